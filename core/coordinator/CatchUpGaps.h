#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

namespace Tandem {

/// Where this device's store of a room ended when a gap opened: the newest stanza-id the room
/// stamped there, and its time; and the time of the newest message of another occupant, stamped
/// or not (rooms that stamp no stanza-ids), which the anchor serves after when it does not know
/// the stanza-id (PROTOCOL.md §9.3). Null when nothing of the room is stored (fetch only recent
/// history).
struct CatchUpCursor
{
    QString stanzaId;
    QDateTime serverTime;
    QDateTime newestTime;

    bool isNull() const { return stanzaId.isEmpty() && !serverTime.isValid() && !newestTime.isValid(); }
    /// The earlier of the two times that are valid (invalid if neither is).
    QDateTime earliestTime() const
    {
        if (!serverTime.isValid() || (newestTime.isValid() && newestTime < serverTime))
            return newestTime;
        return serverTime;
    }
    bool operator==(const CatchUpCursor &o) const
    {
        return stanzaId == o.stanzaId && serverTime == o.serverTime && newestTime == o.newestTime;
    }
};

/// What CatchUpGaps (and RelayReceiver) ask their host to do.
namespace CatchUp {

/// Read the newest cursor of `room` in the store and call CatchUpGaps::cursorRead(). The read must
/// see the store as it is now, before anything of `room` that arrives later is written (the
/// database runs its jobs in order), so that the cursor marks exactly where the gap starts.
struct ReadCursor
{
    QString room;
};

/// Fetch everything of `room` after `after` (the sibling asks the anchor it follows, falling back
/// to the room's archive on an error or timeout; the holder asks the archive), then call
/// CatchUpGaps::fetchEnded(id, …). `id` tells a fetch from a later one of the same room.
struct Fetch
{
    quint64 id = 0;
    QString room;
    CatchUpCursor after;
    /// `after` is null (nothing of the room was stored when the gap opened) and this gap was
    /// fetched before, in this run or the last: the store has rows of the room by now, so fetch
    /// after the oldest of them rather than only the recent history again, which would skip
    /// what is missing between them (found by tests/sim).
    bool fromOldest = false;
    /// Set by the host once it has read that oldest row into `after`. The anchor serves from 120 s
    /// before its copy of `after` anyway; the room's archive serves strictly after it, so a host
    /// asking the archive asks by time instead (RoomArchive's time margin, 120 s, before that
    /// row's `earliestTime()`): what is missing may
    /// lie just before the oldest row too (a first fetch abandoned before it stored anything,
    /// while live messages did arrive: found by tests/sim).
    bool afterIsOldest = false;
};

using Action = std::variant<ReadCursor, Fetch>;
using Actions = std::vector<Action>;

} // namespace CatchUp

/// The gaps in this device's store of its rooms (PROTOCOL.md §9.2), as a pure state machine: the
/// bookkeeping of RoomCatchUp, without the store and the archive. A gap is *marked* where it may
/// start, its cursor is read from the store, and it is *fetched* once the room is back (we joined
/// it, or the anchor we follow relays from it). One instance serves both roles of a device, so a
/// gap marked as a sibling is still filled after a failover makes the device the holder.
///
/// A gap closes only when a fetch of it *completes*. A fetch that fails or is abandoned (our
/// stream dropped, the anchor changed) leaves it open from the same cursor: closing it at the
/// start, as RoomCatchUp does, would let newer live messages stored meanwhile hide the hole from
/// the next newest-cursor read. For the same reason the open gaps must survive a restart: persist
/// persistent() and pass it back to the constructor.
class CatchUpGaps
{
public:
    explicit CatchUpGaps(const QHash<QString, CatchUpCursor> &persisted = {});
    /// Adds what a previous run persisted, for rooms without an open gap of this run.
    void restore(const QHash<QString, CatchUpCursor> &persisted);

    /// A gap may open for `room` now. An open gap keeps its earlier cursor (it covers the longer
    /// gap); a fetch under way is repeated from that cursor once it ends, since it may have been
    /// answered before the new gap opened.
    CatchUp::Actions markGap(const QString &room);
    /// The answer to ReadCursor.
    CatchUp::Actions cursorRead(const QString &room, const CatchUpCursor &cursor);
    /// The room is held again, by us or by the anchor we follow: fetch its gap now, if one is open.
    CatchUp::Actions roomIsBack(const QString &room);
    /// Fetch `id` ended. Complete: the gap is closed, unless it was marked again meanwhile (then
    /// it is fetched again at once). Otherwise it stays open and is fetched at the next
    /// roomIsBack(). Unknown ids (a fetch already abandoned) are ignored.
    CatchUp::Actions fetchEnded(quint64 id, bool complete);
    /// Every fetch under way is void (our stream dropped, or it was asked of an anchor we no longer
    /// follow): their gaps stay open and are fetched at the next roomIsBack().
    void abandonFetches();

    /// The store of `room` may lack something: a gap is marked or being fetched.
    bool isOpen(const QString &room) const { return m_gaps.contains(room); }
    /// A fetch of `room` is under way.
    bool isFetching(const QString &room) const { return m_gaps.value(room).fetch != 0; }
    QStringList openRooms() const;
    /// The open gaps whose cursor is known: what a restart must not forget.
    QHash<QString, CatchUpCursor> persistent() const;

private:
    struct Gap
    {
        bool cursorKnown = false;
        bool roomBack = false;
        bool markedAgain = false; ///< marked while a fetch was under way
        quint64 fetch = 0; ///< the fetch under way, 0: none
        int fetches = 0; ///< fetches started (a restored gap counts as fetched once)
        CatchUpCursor cursor;
    };

    CatchUp::Actions startIfReady(const QString &room);

    QHash<QString, Gap> m_gaps;
    quint64 m_nextFetch = 1;
};

} // namespace Tandem
