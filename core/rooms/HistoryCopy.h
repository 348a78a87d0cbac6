#pragma once

#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"

#include <QObject>
#include <functional>

namespace Tandem {

class MessageStore;

/// Stores a message that a catch-up page brought (PROTOCOL.md §9.3). One with a stanza-id or an
/// origin-id is stored as usual (MessageStore de-duplicates by them). One with neither — a room
/// that stamps no stanza-ids, a client that sends no origin-id — is also not stored again when
/// the conversation already has a row of the same sender, body and time: the anchor serves its
/// rows under the very stamp it put on their live relays, so that is the copy we got live, or
/// from an earlier fetch of the same gap (found by tests/sim).
namespace HistoryCopy {

void store(MessageStore *store, const Message &message, QObject *context,
    std::function<void(const StoreResult &)> done);

} // namespace HistoryCopy

} // namespace Tandem
