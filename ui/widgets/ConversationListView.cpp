#include "widgets/ConversationListView.h"

#include "account/Account.h"
#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"
#include "profile/HiddenRooms.h"
#include "rooms/RoomService.h"
#include "storage/ConversationStateStore.h"
#include "storage/MessageEvents.h"
#include "widgets/ConversationDelegate.h"
#include "widgets/Icons.h"

#include <QActionGroup>
#include <QDateTime>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace Tandem {

ConversationListView::ConversationListView(ConversationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterModel(new ConversationFilterModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QListView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_filter->setPlaceholderText(tr("Filter conversations"));
    m_filter->setAccessibleName(tr("Filter conversations"));
    m_filter->setClearButtonEnabled(true);
    Icons::addToLine(m_filter, Icons::Search);
    m_view->setObjectName(QStringLiteral("conversations"));
    m_view->setAccessibleName(tr("Conversations"));
    m_filterModel->setSourceModel(model);
    m_view->setModel(m_filterModel);
    m_view->setItemDelegate(new ConversationDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &ConversationFilterModel::setFilterText);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConversationListView::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid()) {
                Q_EMIT conversationActivated(current.data(ConversationListModel::AccountRole).toString(),
                    current.data(ConversationListModel::ConversationRole).toString());
            }
        });
}

void ConversationListView::addAccount(Account *account)
{
    if (!account)
        return;
    m_accounts.insert(account->jid(), account);
    m_model->addAccount(account->messageEvents());
}

void ConversationListView::setHiddenRooms(HiddenRooms *hidden)
{
    m_hidden = hidden;
}

void ConversationListView::selectConversation(const QString &account, const QString &conversation)
{
    const int row = m_model->rowOf(account, conversation);
    if (row < 0)
        return;
    const QModelIndex index = m_filterModel->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    // Selecting it again must not reopen it (which would reload its messages).
    QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->viewport()->update();
}

bool ConversationListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Enter)
            m_model->setReorderHeld(true);
        else if (event->type() == QEvent::Leave || event->type() == QEvent::Hide)
            m_model->setReorderHeld(false);
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListView::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const QString account = index.data(ConversationListModel::AccountRole).toString();
    const QString conversation = index.data(ConversationListModel::ConversationRole).toString();
    MessageEvents *events = m_model->events(account);
    if (!events)
        return;
    QPointer<MessageEvents> target = events;
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    QMenu menu(this);
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    QAction *pin = menu.addAction(pinned ? tr("Unpin") : tr("Pin"), this, [=] {
        if (target)
            target->setPinned(conversation, !pinned);
    });
    pin->setIcon(Icons::get(Icons::Pin, menu.palette(), Icons::Use::Menu));
    if (index.data(ConversationListModel::MutedRole).toBool()) {
        QAction *unmute = menu.addAction(tr("Unmute"), this, [=] {
            if (target)
                target->setMutedUntil(conversation, 0);
        });
        unmute->setIcon(Icons::get(Icons::Unmute, menu.palette(), Icons::Use::Menu));
    } else {
        QAction *mute = menu.addAction(tr("Mute for 1 Hour"), this, [=] {
            if (target)
                target->setMutedUntil(conversation, now() + 3600 * 1000);
        });
        // One bell for the three lengths: the first of them, the others aligned under it.
        mute->setIcon(Icons::get(Icons::Mute, menu.palette(), Icons::Use::Menu));
        menu.addAction(tr("Mute for 8 Hours"), this, [=] {
            if (target)
                target->setMutedUntil(conversation, now() + 8 * 3600 * 1000);
        });
        menu.addAction(tr("Mute Until I Unmute"), this, [=] {
            if (target)
                target->setMutedUntil(conversation, ConversationState::mutedForever);
        });
    }
    if (index.data(ConversationListModel::IsRoomRole).toBool())
        addNotificationMenu(&menu, target, conversation);
    menu.addSeparator();
    QAction *close = menu.addAction(tr("Close Chat"), this, [=] {
        if (target)
            target->closeConversation(conversation);
    });
    close->setIcon(Icons::get(Icons::Close, menu.palette(), Icons::Use::Menu));
    if (index.data(ConversationListModel::IsRoomRole).toBool() && m_hidden) {
        QPointer<HiddenRooms> hidden = m_hidden;
        QAction *hide = menu.addAction(tr("Hide on This Device"), this, [=] {
            if (hidden)
                hidden->setHidden(account, conversation, true);
        });
        hide->setIcon(Icons::get(Icons::Hide, menu.palette(), Icons::Use::Menu));
        hide->setToolTip(
            tr("It stays the account's room, shown on your other devices; its messages are still kept"));
        menu.setToolTipsVisible(true);
    }
    if (index.data(ConversationListModel::IsRoomRole).toBool()) {
        QPointer<Account> owner = m_accounts.value(account);
        QAction *leave = menu.addAction(tr("Leave Room"), this, [=] {
            if (owner)
                owner->rooms()->leave(conversation);
            if (target)
                target->closeConversation(conversation);
        });
        leave->setIcon(Icons::get(Icons::Leave, menu.palette(), Icons::Use::Menu));
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ConversationListView::addNotificationMenu(
    QMenu *menu, const QPointer<MessageEvents> &target, const QString &room)
{
    QMenu *levels = menu->addMenu(tr("Notify"));
    levels->setObjectName(QStringLiteral("notificationLevels"));
    auto *group = new QActionGroup(levels);
    const std::pair<NotificationLevel, QString> choices[] = {
        { NotificationLevel::Default, tr("As Usual for This Room") },
        { NotificationLevel::All, tr("For All Messages") },
        { NotificationLevel::Mentions, tr("Only When Mentioned") },
        { NotificationLevel::None, tr("Never") },
    };
    for (const auto &[level, text] : choices) {
        QAction *action = levels->addAction(text, this, [target, room, level = level] {
            if (target)
                target->setNotificationLevel(room, level);
        });
        action->setCheckable(true);
        action->setData(int(level));
        group->addAction(action);
    }
    // The list does not carry the level: it is read while the menu opens, and ticked on arrival.
    if (ConversationStateStore *states = target ? target->conversationState() : nullptr) {
        states->state(target->account(), room, levels, [group](const ConversationState &state) {
            for (QAction *action : group->actions())
                action->setChecked(action->data().toInt() == int(state.notification));
        });
    }
}

} // namespace Tandem
