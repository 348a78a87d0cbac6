#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>

namespace Tandem {

class MessageStore;

/// Where this device's copy of a room ends: what a catch-up (from the room's archive or from the
/// anchor) continues after. Read it before joining or following again, or live messages received
/// since would hide the gap.
struct RoomCursor
{
    QString stanzaId; ///< the newest stanza-id the room stamped; empty when none is stored
    QDateTime stanzaTime; ///< that row's server time (UTC)
    /// The newest message of another occupant, stamped or not (also rooms that stamp no
    /// stanza-ids): the anchor serves what it stored after this when it does not know `stanzaId`.
    QDateTime newestTime;

    bool isEmpty() const { return stanzaId.isEmpty() && !newestTime.isValid(); }

    /// Reads the cursor of \a room for \a account on the database thread.
    static void read(MessageStore *store, const QString &account, const QString &room, QObject *context,
        std::function<void(const RoomCursor &)> done);
};

} // namespace Tandem
