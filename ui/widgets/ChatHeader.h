#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Tandem {

class Account;
class HiddenRooms;

/// Above the timeline: who or which room the conversation is with, a room's subject under its
/// name, and for a room a menu to change our nick or the subject, to hide it on this device, or
/// to leave. The changes go
/// through the account's RoomService, so on a sibling the anchor makes them.
class ChatHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ChatHeader(QWidget *parent = nullptr);

    void setConversation(Account *account, const QString &conversation);
    /// Where "Hide on This Device" writes (null: the entry is not offered).
    void setHiddenRooms(HiddenRooms *hidden);
    QString subject() const;

Q_SIGNALS:
    /// A room action failed or was refused: the reason in words.
    void problem(const QString &text);

private:
    void refresh();
    void changeNick();
    void changeSubject();

    QPointer<Account> m_account;
    QString m_conversation;
    QLabel *m_title;
    QLabel *m_subject;
    QToolButton *m_roomMenu;
    QAction *m_hideAction;
    QPointer<HiddenRooms> m_hidden;
};

} // namespace Tandem
