#include "widgets/SearchPanel.h"

#include "models/SearchResultModel.h"
#include "widgets/SearchHitDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tandem {

namespace {
// Private-use characters never typed in a message, so a body with brackets stays plain text.
const QString markStart = QStringLiteral("\uE000");
const QString markEnd = QStringLiteral("\uE001");
constexpr int typingPauseMs = 250;
} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit)
    , m_where(new QComboBox)
    , m_hits(new QListView)
    , m_state(new QLabel)
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query->setPlaceholderText(tr("Search messages"));
    m_query->setAccessibleName(tr("Search messages"));
    m_query->setClearButtonEnabled(true);
    m_where->addItem(tr("All conversations"));
    m_where->addItem(tr("This conversation"));
    m_where->setAccessibleName(tr("Where to search"));
    m_hits->setAccessibleName(tr("Search results"));
    m_hits->setItemDelegate(new SearchHitDelegate(m_hits));
    m_hits->setUniformItemSizes(true);
    m_hits->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_state->setWordWrap(true);
    m_state->setContentsMargins(4, 2, 4, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_where);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_hits, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive() || !m_model || m_model->rowCount() == 0) {
            m_typing->stop();
            runSearch();
        } else {
            activateRow(m_model->index(0));
        }
    });
    connect(m_where, qOverload<int>(&QComboBox::currentIndexChanged), this, &SearchPanel::runSearch);
    connect(m_hits, &QListView::activated, this, &SearchPanel::activateRow);
    connect(m_hits, &QListView::clicked, this, &SearchPanel::activateRow);
}

void SearchPanel::setScope(MessageStore *store, const QString &account, const QString &conversation)
{
    if (store != m_store || !m_model) {
        delete m_model;
        m_model = new SearchResultModel(store, this);
        m_hits->setModel(m_model);
        connect(m_model, &SearchResultModel::finished, this, &SearchPanel::onFinished);
        m_store = store;
    }
    const bool changed = account != m_account || conversation != m_conversation;
    m_account = account;
    m_conversation = conversation;
    m_where->setItemText(1, conversation.isEmpty() ? tr("This conversation") : tr("In %1").arg(conversation));
    m_where->setEnabled(!conversation.isEmpty());
    if (conversation.isEmpty())
        m_where->setCurrentIndex(0);
    if (changed && m_where->currentIndex() == 1)
        runSearch();
}

void SearchPanel::setWithinConversation(bool within)
{
    m_where->setCurrentIndex(within ? 1 : 0);
}

void SearchPanel::activate()
{
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    if (event->key() == Qt::Key_Down && m_query->hasFocus() && m_model && m_model->rowCount() > 0) {
        m_hits->setFocus();
        m_hits->setCurrentIndex(m_model->index(0));
        return;
    }
    QWidget::keyPressEvent(event);
}

void SearchPanel::runSearch()
{
    if (!m_model)
        return;
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_model->clear();
        m_state->clear();
        return;
    }
    SearchRequest request;
    request.account = m_account;
    request.query = query;
    request.conversation = m_where->currentIndex() == 1 ? m_conversation : QString();
    request.snippetStart = markStart;
    request.snippetEnd = markEnd;
    m_state->setText(tr("Searching…"));
    m_model->search(request);
}

void SearchPanel::onFinished(const QString &error)
{
    if (!error.isEmpty())
        m_state->setText(tr("Search failed: %1").arg(error));
    else if (m_model->rowCount() == 0)
        m_state->setText(tr("No messages found."));
    else if (m_model->hasMore())
        m_state->setText(tr("The %n most relevant messages.", nullptr, m_model->rowCount()));
    else
        m_state->setText(tr("%n message(s) found.", nullptr, m_model->rowCount()));
}

void SearchPanel::activateRow(const QModelIndex &index)
{
    if (m_model && index.isValid())
        Q_EMIT hitActivated(m_model->hit(index.row()));
}

} // namespace Tandem
