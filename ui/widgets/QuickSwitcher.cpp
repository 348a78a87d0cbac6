#include "widgets/QuickSwitcher.h"

#include "models/SwitcherFilterModel.h"
#include "profile/Jid.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

namespace Tandem {

QuickSwitcher::QuickSwitcher(
    QAbstractItemModel *conversations, int nameRole, int addressRole, QWidget *parent)
    : QDialog(parent)
    , m_filter(new SwitcherFilterModel(this))
    , m_addressRole(addressRole)
    , m_input(new QLineEdit)
    , m_list(new QListView)
    , m_hint(new QLabel)
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setWindowTitle(tr("Go to Conversation"));
    m_filter->setTextRoles({ nameRole, addressRole });
    m_filter->setSourceModel(conversations);
    m_input->setPlaceholderText(tr("Go to a conversation or address…"));
    m_input->setAccessibleName(tr("Conversation to open"));
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Matching conversations"));
    m_list->setFocusPolicy(Qt::NoFocus); // the arrows move through it from the input
    m_list->setUniformItemSizes(true);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(420, 360);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &QuickSwitcher::queryChanged);
    connect(m_input, &QLineEdit::returnPressed, this, &QuickSwitcher::choose);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        choose();
    });
}

void QuickSwitcher::popUp()
{
    m_input->clear();
    queryChanged(QString());
    if (QWidget *p = parentWidget())
        move(p->mapToGlobal(p->rect().center()) - rect().center());
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            const int rows = m_filter->rowCount();
            if (rows == 0)
                return true;
            const int step = key == Qt::Key_Down ? 1
                : key == Qt::Key_Up              ? -1
                : key == Qt::Key_PageDown        ? 8
                                                 : -8;
            const int row = std::clamp(m_list->currentIndex().row() + step, 0, rows - 1);
            m_list->setCurrentIndex(m_filter->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::queryChanged(const QString &text)
{
    m_filter->setQuery(text);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    const QString typed = text.trimmed();
    if (m_filter->rowCount() == 0 && Jid::isValidBare(typed))
        m_hint->setText(tr("Press Enter to start a chat with %1.").arg(typed));
    else if (m_filter->rowCount() == 0 && !typed.isEmpty())
        m_hint->setText(tr("No conversation matches."));
    else
        m_hint->clear();
}

void QuickSwitcher::choose()
{
    QString address;
    QString account;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid()) {
        address = current.data(m_addressRole).toString();
        if (m_accountRole >= 0)
            account = current.data(m_accountRole).toString();
    } else if (Jid::isValidBare(m_input->text().trimmed()))
        address = m_input->text().trimmed();
    if (address.isEmpty())
        return;
    accept();
    Q_EMIT chosen(address, account);
}

} // namespace Tandem
