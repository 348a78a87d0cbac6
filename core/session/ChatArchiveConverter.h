// Turns results of the user's own archive (XEP-0313 on the account's bare JID) into messages.
#pragma once

#include "storage/Message.h"
#include "xmpp/Mam0313.h"
#include "xmpp/StorableMessage.h"

#include <QDateTime>
#include <optional>

namespace Tandem::ChatArchiveConverter {

/// Longer bodies are rejected (StorableMessage::whyNotStored()).
constexpr int MaxBodyChars = StorableMessage::MaxBodyChars;

/// What became of one archive result.
struct Converted
{
    std::optional<Message> message; ///< set: store it
    /// Set when the result is bad input worth a log line (forged, oversized, malformed).
    /// Results that simply have nothing to store (receipts, chat states, room traffic) leave
    /// both empty.
    QString rejected;
    /// The sender asked for a receipt (XEP-0184) and the message has an id to acknowledge.
    bool receiptRequested = false;
};

/// Converts \a result from the archive of \a ownBareJid. The message is a 1:1 chat message with
/// the peer, Outgoing when we sent it (from any of our devices), with the archive id as its
/// stanza-id (by \a ownBareJid), the archive's stamp as server time, and marked fromArchive.
/// Pure: the caller has already checked that the result comes from our own archive.
Converted fromOwnArchive(
    const Mam0313::Result &result, const QString &ownBareJid, const QDateTime &receivedAt);

} // namespace Tandem::ChatArchiveConverter
