// The one verdict on whether a received <message/> is a message to store, shared by every path a
// message takes: live, carbon, relay by the anchor, the account's archive and a room's archive.
#pragma once

#include <QString>

class QXmppMessage;

namespace Tandem::StorableMessage {

/// Longer bodies are refused: no chat message is that long, and storing or indexing one (a 10 MB
/// "message") only costs the user memory and disk.
constexpr int MaxBodyChars = 256 * 1024;

/// Why `stanza` must not be stored although it may carry a body, or an empty string when nothing
/// forbids it. Coordinator traffic (a child in a urn:tandem:coord: namespace, any version) belongs
/// to the coordinator alone: it is consumed live, so it must be refused on every other path too,
/// or devices of one account would end up with different histories.
QString whyNotStored(const QXmppMessage &stanza);

} // namespace Tandem::StorableMessage
