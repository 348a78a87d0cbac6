#pragma once

#include "coordinator/CatchUpGaps.h"

#include <QString>
#include <QStringList>

namespace Tandem {

/// The holder's side of CatchUpGaps (PROTOCOL.md §9.2, §10), as RelayReceiver is the sibling's:
/// when a room this device holds for the account (solo, anchor, or a successor taking over) may
/// have a gap in its store, and when to fetch it from the room's archive. Pure: RoomService feeds
/// it its own occupancy's events, Coordinator the takeover, and tests/sim runs the same calls.
///
/// The rule it adds to "a join is sent without history and fetches after it": an exit the room
/// imposes (kick, ban, refused join, destruction) fetches the room once more, since the account
/// may have been in it until then through another session of its own — above all the previous
/// anchor during a takeover, which stays in the rooms until the successor is ready. A successor
/// expelled while taking over fetches such rooms again once it is ready (found by tests/sim).
class HeldRoomGaps
{
public:
    explicit HeldRoomGaps(CatchUpGaps *gaps)
        : m_gaps(gaps)
    { }

    /// We are about to join `room`, without history replay: what it says until the join completes
    /// comes from its archive.
    CatchUp::Actions joining(const QString &room) { return m_gaps->markGap(room); }
    /// Our join of `room` completed: its archive now covers everything up to our live stream.
    CatchUp::Actions joined(const QString &room) { return m_gaps->roomIsBack(room); }
    /// We lost `room` for a reason we rejoin after (connection, self-ping, shutdown): what it says
    /// meanwhile is fetched after the rejoin.
    CatchUp::Actions lost(const QString &room) { return m_gaps->markGap(room); }
    /// We left `room`, as the account decided: no live stream is coming, so a gap marked for the
    /// join is fetched now or never.
    CatchUp::Actions left(const QString &room) { return m_gaps->roomIsBack(room); }
    /// The room put us out for good (kicked, banned, join refused, destroyed): fetch it now.
    CatchUp::Actions expelled(const QString &room);

    /// Election::StartTakeover: the previous anchor holds the rooms until we are ready.
    void takeoverStarted();
    /// Election::BecomeAnchor or BecomeSolo: the rooms we were expelled from while taking over
    /// are fetched once more, now that the previous anchor's stay in them is over.
    CatchUp::Actions ready();
    /// Election::LeaveRooms: we no longer hold the rooms.
    void stoodDown();

private:
    CatchUpGaps *m_gaps;
    bool m_takingOver = false;
    QStringList m_expelledWhileTakingOver;
};

} // namespace Tandem
