#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QListView;
class QMenu;

namespace Tandem {

class Account;
class ConversationFilterModel;
class ConversationListModel;
class HiddenRooms;
class MessageEvents;

/// The conversation list: a filter line above a QListView of ConversationListModel painted by
/// ConversationDelegate, with a context menu (pin, mute, a room's notifications, close chat,
/// hide a room on this device, leave room). The order is held while the pointer is over the list, so a row
/// does not jump away under it.
class ConversationListView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationListView(ConversationListModel *model, QWidget *parent = nullptr);

    /// Lists `account`'s conversations; its rooms are left through its RoomService.
    void addAccount(Account *account);
    /// Where "Hide on This Device" writes (null: the entry is not offered).
    void setHiddenRooms(HiddenRooms *hidden);
    /// Makes `account`'s `conversation` the current row without announcing it (it is already open).
    void selectConversation(const QString &account, const QString &conversation);

    QListView *listView() const { return m_view; }
    QLineEdit *filterLine() const { return m_filter; }
    ConversationFilterModel *filterModel() const { return m_filterModel; }

Q_SIGNALS:
    /// The user chose a conversation.
    void conversationActivated(const QString &account, const QString &conversation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &position);
    /// The room's notification level (NotificationLevel), written through `target`.
    void addNotificationMenu(QMenu *menu, const QPointer<MessageEvents> &target, const QString &room);

    ConversationListModel *m_model;
    ConversationFilterModel *m_filterModel;
    QLineEdit *m_filter;
    QListView *m_view;
    QHash<QString, QPointer<Account>> m_accounts;
    QPointer<HiddenRooms> m_hidden;
};

} // namespace Tandem
