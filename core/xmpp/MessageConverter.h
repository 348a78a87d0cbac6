#pragma once

#include "storage/Message.h"

#include <QDateTime>
#include <QXmppMessage.h>
#include <optional>

namespace Tandem {

/// Translates between QXmpp's wire stanzas and Tandem's stored messages, both ways. Pure: no
/// I/O, so malformed or forged stanzas can be tested row by row.
namespace MessageConverter {

/// A 1:1 message received live, from offline storage or as a carbon. `direction` says whether
/// the stanza was sent by us (a "sent" carbon) or to us. Returns nothing for stanzas without
/// content to store (errors, bare receipts, chat states, groupchat) and for those
/// StorableMessage::whyNotStored() refuses. A <delay/> is the sender's claim: the message is
/// stored under ClaimedTime::clamp() of it.
std::optional<Message> fromChatStanza(const QXmppMessage &stanza, const QString &ownBareJid,
    Message::Direction direction, const QDateTime &receivedAt);

/// A groupchat message from `room` (live, or relayed by the anchor), or a private message from
/// one of its occupants (conversation "room/nick"). Our own groupchat messages come back as
/// reflections from `ownNick` and are marked outgoing. Only a stanza-id stamped by the room
/// itself is kept (XEP-0359 §7). Returns nothing for subjects, errors, bodiless stanzas and those
/// StorableMessage::whyNotStored() refuses. The stamp is taken as it is: the callers have made it the
/// room's, the anchor's or the archive's, or clamped it (ClaimedTime).
std::optional<Message> fromGroupChatStanza(const QXmppMessage &stanza, const QString &ownBareJid,
    const QString &room, const QString &ownNick, const QDateTime &receivedAt);

/// The stanza that sends an outgoing message; sending it again yields the same ids, so the
/// peer can drop the repetition.
QXmppMessage toChatStanza(const Message &message);

/// The receipt (XEP-0184) acknowledging a stored message.
QXmppMessage receiptFor(const QXmppMessage &stanza);

} // namespace MessageConverter

} // namespace Tandem
