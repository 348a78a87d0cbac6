// A stored chat message, independent of QXmpp.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Tandem {

/// One message as the archive keeps it. Empty ids mean "absent" (stored as NULL).
struct Message
{
    /// Stored as integers. RoomEvent: a room's join, leave, kick, ban, nick or subject change
    /// (RoomEventRow in core/rooms says how its fields are used); never unread, never a preview.
    enum class Kind { Chat, GroupChat, GroupChatPrivate, RoomEvent };
    enum class Direction { Incoming, Outgoing };
    /// Stored as integers; the outbox index relies on Pending = 1 and Sent = 2.
    enum class DeliveryState { Received, Pending, Sent, Delivered, Failed };

    qint64 rowId = 0;
    QString account; ///< our bare JID
    QString conversation; ///< peer or room bare JID
    Kind kind = Kind::Chat;
    Direction direction = Direction::Incoming;
    QString sender; ///< full JID for chat, nick for groupchat
    QString messageId; ///< stanza @id
    QString originId; ///< XEP-0359 origin-id
    QString stanzaId; ///< XEP-0359 stanza-id, only meaningful with stanzaIdBy
    QString stanzaIdBy;
    QString body;
    QDateTime serverTime; ///< delay stamp or receive time, UTC
    QDateTime localTime;
    QString replacesId; ///< XEP-0308 message correction
    DeliveryState state = DeliveryState::Received;
    bool fromArchive = false;
    QString failure; ///< why an outgoing message failed, in the server's words or ours
    int sendAttempts = 0; ///< how often the outbox sent it again after reconnecting
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::Message)
Q_DECLARE_METATYPE(Tandem::Message::DeliveryState)
