#pragma once

#include "storage/Message.h"
#include "xmpp/RoomMirror.h"

#include <optional>

namespace Tandem {

/// A room event (someone joined, left, was kicked or banned, changed nick, changed the subject)
/// as a row of the room's conversation, Message::Kind::RoomEvent. Pure: which events become rows,
/// and how a row says what happened. The row's fields:
/// - sender: the occupant it is about (for a subject: who changed it);
/// - body: the kick or ban reason, the new nick, or the new subject;
/// - origin-id: `room-event:<type>:<digest>`, the type and a digest of the event and its time,
///   so a relay or snapshot replayed to this device stores nothing twice.
class RoomEventRow
{
public:
    /// AccountJoined, AccountLeft: the account itself (its nick is the sender).
    enum class Type { Joined, Left, Kicked, Banned, NickChanged, SubjectChanged, AccountJoined, AccountLeft };

    /// The row for `event` of `room`, or nullopt when it is not one to keep: a silent event (the
    /// state found on joining, a renamed occupant's new presence), an event no stamped stanza caused, our own
    /// joins and leaves (a kick or ban of us is kept), role and presence changes.
    static std::optional<Message> fromEvent(
        const QString &account, const QString &room, const RoomMirror::Event &event);

    /// The row of the account's own join (`event` is Joined) or leave (Left as asked, SelfLeave)
    /// of `room`, or nullopt for any other event and an unstamped one. Only for a join or leave a
    /// user of the account asked for: whether the anchor merely joined again (failover, takeover,
    /// reconnection, start) is for the caller to know (RoomService), not the event.
    static std::optional<Message> fromAccountEvent(
        const QString &account, const QString &room, const RoomMirror::Event &event);

    /// What a stored row says, or nullopt for a row that is not a room event.
    struct Parsed
    {
        Type type = Type::Joined;
        QString nick;
        QString detail; ///< the reason, the new nick, or the subject
    };
    static std::optional<Parsed> parse(const Message &row);

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
};

} // namespace Tandem
