#include "widgets/ChatView.h"

#include "account/Account.h"
#include "models/TimelineModel.h"
#include "profile/Jid.h"
#include "rooms/RoomService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Tandem {

ChatView::ChatView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_title(new QLabel)
    , m_view(new QListView)
    , m_input(new QLineEdit)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_input);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_input->setPlaceholderText(tr("Write a message…"));
    m_input->setEnabled(false);
    connect(m_input, &QLineEdit::returnPressed, this, &ChatView::send);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    connect(m_model, &TimelineModel::positioned, m_view,
        [this](int row) { m_view->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter); });
    // Rows put in or dropped above keep the message at the top where it was; at the live end
    // the view follows new messages.
    auto keepTop = [this] { m_top = m_view->indexAt(QPoint(1, 1)); };
    auto restoreTop = [this] {
        if (m_model->atLiveEnd() && m_atBottom)
            m_view->scrollToBottom();
        else if (m_top.isValid())
            m_view->scrollTo(m_top, QAbstractItemView::PositionAtTop);
    };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, keepTop);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, keepTop);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, restoreTop);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, restoreTop);
    // Near the top asks for older pages, near the bottom for newer ones.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_atBottom = value >= bar->maximum() - 4;
        if (value <= bar->minimum() + bar->pageStep() && m_model->canFetchOlder())
            m_model->fetchOlder();
        else if (value >= bar->maximum() - bar->pageStep() && !m_model->atLiveEnd())
            m_model->fetchNewer();
    });
}

void ChatView::open(Account *account, const QString &conversation)
{
    m_account = account;
    m_conversation = conversation;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(conversation.toHtmlEscaped()));
    m_input->setEnabled(account != nullptr);
    m_atBottom = true;
    m_model->setConversation(account ? account->messageEvents() : nullptr, conversation);
    m_input->setFocus();
}

void ChatView::send()
{
    const QString text = m_input->text();
    if (!m_account || text.trimmed().isEmpty())
        return;
    // A room (or an occupant of one) goes through the account's rooms: held here or by the anchor.
    RoomService *rooms = m_account->rooms();
    const QString room = Jid::bare(m_conversation);
    if (rooms->rooms().contains(room)) {
        const QString nick = Jid::resource(m_conversation);
        if (nick.isEmpty())
            rooms->sendMessage(room, text);
        else
            rooms->sendPrivateMessage(room, nick, text);
    } else {
        m_account->sendMessage(m_conversation, text);
    }
    m_input->clear();
}

} // namespace Tandem
