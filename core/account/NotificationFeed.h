// The desktop notifications one account's messages call for, and their withdrawal once read.
#pragma once

#include "session/NotificationPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

namespace Tandem {

class Account;
class HiddenRooms;
class Coordinator;
class MessageEvents;

/// Turns an account's message events into notifications: each message reported as added is
/// weighed by NotificationPolicy against its conversation's state (read from the store first),
/// and one that notifies is announced by notificationDue(). A conversation that was notified is
/// announced withdrawn() once it has no unread message left. Of the account's Tandem devices,
/// only the one the user is active on notifies (Coordinator::notifiesHere()). Knows nothing of
/// how a notification is shown.
class NotificationFeed : public QObject
{
    Q_OBJECT
public:
    /// Whether `conversation` is in front of the user now (open in an active window).
    using InView = std::function<bool(const QString &conversation)>;

    explicit NotificationFeed(Account *account, QObject *parent = nullptr);

    QString account() const { return m_account; }
    void setInView(InView inView) { m_inView = std::move(inView); }
    /// Rooms hidden on this device never notify (null: none hidden).
    void setHiddenRooms(const HiddenRooms *hidden);
    /// What is known of `room`'s listing; decides what Default means there.
    void setRoomVisibility(const QString &room, RoomVisibility visibility);
    RoomVisibility roomVisibility(const QString &room) const
    {
        return m_visibility.value(room, RoomVisibility::Unknown);
    }

    /// A notification this device showed (`ctl notifications`).
    struct Shown
    {
        QString conversation;
        qint64 rowId = 0;
        qint64 atMs = 0; ///< when, ms since the epoch
        bool withdrawn = false; ///< the conversation was read since, here or on another device
    };
    /// The latest notifications, oldest first (at most 100).
    const QVector<Shown> &recent() const { return m_recent; }

    /// The title and text of the notification for `message`.
    static QString title(const Message &message);
    static QString text(const Message &message);

Q_SIGNALS:
    void notificationDue(const QString &account, const QString &conversation, const QString &title,
        const QString &body, qint64 rowId);
    /// `conversation` was read: its notifications are no news any more.
    void withdrawn(const QString &conversation);

private:
    void onMessageAdded(const Message &message, MessageEvents::Origin origin);
    void onStateChanged(const QString &conversation);
    bool isHidden(const QString &conversation) const;

    QString m_account;
    QPointer<MessageEvents> m_events;
    QPointer<Coordinator> m_coordinator;
    QVector<Shown> m_recent;
    InView m_inView;
    QPointer<const HiddenRooms> m_hidden;
    QHash<QString, RoomVisibility> m_visibility;
    QHash<QString, qint64> m_shown; ///< conversation → row of its latest notification
};

} // namespace Tandem
