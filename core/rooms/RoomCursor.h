#pragma once

#include "coordinator/CatchUpGaps.h"

#include <QObject>
#include <functional>

namespace Tandem {

class MessageStore;

/// Where this device's copy of a room ends (a CatchUpCursor), read from the store: what a catch-up
/// from the room's archive or from the anchor continues after. Read it before joining or
/// following again, or live messages received since would hide the gap.
namespace RoomCursor {

/// Reads the cursor of `room` for `account` on the database thread.
void read(MessageStore *store, const QString &account, const QString &room, QObject *context,
    std::function<void(const CatchUpCursor &)> done);
/// The same for where the copy *starts*: the oldest stanza-id the room stamped and the oldest
/// message of another occupant. What a gap opened with nothing stored continues after once rows
/// are there (CatchUp::Fetch::fromOldest). Null when nothing of the room is stored.
void readOldest(MessageStore *store, const QString &account, const QString &room, QObject *context,
    std::function<void(const CatchUpCursor &)> done);

} // namespace RoomCursor

} // namespace Tandem
