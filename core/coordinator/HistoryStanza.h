#pragma once

#include <QByteArray>

namespace Tandem {

struct Message;

/// A stored room message written back as the groupchat stanza the room sent, for a catch-up page
/// served by the anchor (PROTOCOL.md §9.3): the occupant as sender, the room's stanza-id, the
/// origin-id and correction it carried, and its time as a XEP-0203 delay stamped by the room.
/// The sibling reads it with the same converter as a live relay, so the two copies de-duplicate.
namespace HistoryStanza {

/// The stanza as standalone XML (xmlns='jabber:client'), or empty for a message that is not a
/// groupchat message of its room (private messages, our own messages the room has not taken yet).
QByteArray fromMessage(const Message &message);

} // namespace HistoryStanza

} // namespace Tandem
