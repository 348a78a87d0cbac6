#pragma once

#include "coordinator/CatchUpGaps.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Tandem {

/// A sibling's side of the relay stream (PROTOCOL.md §7, §9): which relays to accept and when the
/// device's store of its rooms may have a gap. Pure: it replaces the bookkeeping of
/// Coordinator::handleRelay (fence, `seq`), RoomService::followAnchor/applyRelayed (which rooms
/// to catch up, and when) and drives a CatchUpGaps, which its host shares with the holder role.
///
/// A *stream* is the relays of one (anchor, term) to this session. Every new stream may follow a
/// gap (the previous anchor crashed, we reconnected, the anchor forgot us, or it rejoined the
/// rooms under a new term), so each starts with a gap marked for every known room, and with
/// `newStream` set: the room mirrors are stale and the anchor's snapshot (§9.1) rebuilds them.
/// Within a stream a `seq` gap means lost relays: every known room is fetched at once.
///
/// Known rooms are the account's room list (bookmarks, left ones included, so that what was said
/// before a leave we missed is still fetched) plus every room a relay came from.
///
/// A relay is applied only for a room the anchor holds as far as we know (PROTOCOL.md §14): one
/// in the account's room list, one its snapshot named in this stream (it sends one for every room
/// whose join completes), or one we asked it to join or to catch up. A relay naming any other
/// room is dropped, however well-formed: the anchor relays only its rooms' traffic.
class RelayReceiver
{
public:
    /// When a new stream's gaps are fetched. AtOnce is the default: catch-up is served by the
    /// anchor, which waits for its own joins and archive fills, and a room that will never relay
    /// again (left while we were away) still gets what it said before. AtFirstRelay is the
    /// behaviour of PROTOCOL.md §9.2 as of this writing, kept for comparison in tests/sim.
    enum class FetchPolicy { AtOnce, AtFirstRelay };

    enum class Verdict {
        Drop, ///< not from the anchor we follow, under a term below our fence, or another room
        Apply, ///< feed the stanza to the room's mirror and the message pipeline
    };

    struct Received
    {
        Verdict verdict = Verdict::Drop;
        const char *why = nullptr; ///< for logs, with Drop
        bool seqGap = false; ///< relays were lost within this stream (for logs)
        /// Carry these out before applying the relay: a ReadCursor must see the store without it.
        CatchUp::Actions actions;
    };

    struct Changed
    {
        /// The room mirrors learned from relays are stale: reset them; the anchor's snapshot
        /// and relays rebuild them (a room left while we were away then shows as not joined).
        bool newStream = false;
        CatchUp::Actions actions;
    };

    explicit RelayReceiver(CatchUpGaps *gaps, FetchPolicy policy = FetchPolicy::AtOnce);

    /// The account's rooms as far as the host knows them (bookmarks and stored conversations).
    void setKnownRooms(const QStringList &rooms);
    QStringList knownRooms() const;
    /// The account's room list (every bookmark, autojoin or not): rooms whose relays we accept.
    void setListedRooms(const QStringList &rooms);
    /// We asked the anchor to join `room`, or to catch it up: its relays of it are expected.
    void expectRoom(const QString &room) { m_held.insert(room); }

    /// Election::FollowAnchor. An empty `anchor` (failover under way) ends the stream.
    Changed follow(const QString &anchor, quint64 term);
    /// Election::BecomeAnchor, BecomeSolo or StartTakeover from a device that did not hold the
    /// rooms: we stop following. Every known room gets a gap mark; those not in `roomsToJoin` are
    /// fetched (from the room's archive) at once, the others when their join succeeds
    /// (CatchUpGaps::roomIsBack()).
    Changed holdRooms(const QStringList &roomsToJoin);
    /// Our own stream dropped: fetches under way are void, and the next stream is new even from
    /// the same anchor under the same term (relays sent meanwhile were lost).
    void disconnected();

    /// A relay that RelayCodec decoded: `from` the anchor's full JID, its `term` and `seq`, and
    /// the relayed stanza's `room`. `snapshot`: a snapshot part, which says the anchor holds
    /// (or left for good) `room`.
    Received receive(
        const QString &from, quint64 term, quint64 seq, const QString &room, bool snapshot = false);

    /// A relay (live or snapshot) of the account's own presence says the anchor is in `room`
    /// (again). If it was out of it within this stream (a user's join, a rejoin after a kick or
    /// a lost occupancy), it fills that window from the room's archive into its own store, and
    /// that fill is not relayed: fetch the room from the anchor, which answers after its fill.
    CatchUp::Actions roomJoined(const QString &room);
    /// A live relay says the anchor is out of `room` again (the account left, or was kicked,
    /// banned or refused). Meanwhile the account may have been in the room through a session we
    /// did not follow (a device that still held a lower term), and what the room said then is in
    /// the room's archive only: fetch the room now; the anchor, out of it, sends us there.
    CatchUp::Actions roomLeft(const QString &room) { return roomJoined(room); }

    /// The anchor whose relays we accept; empty if none.
    QString anchor() const { return m_anchor; }
    quint64 fence() const { return m_fence; }

private:
    void markAll(const QStringList &rooms, bool fetchNow, CatchUp::Actions &out);

    CatchUpGaps *m_gaps;
    FetchPolicy m_policy;
    QSet<QString> m_known;
    QSet<QString> m_listed;
    QSet<QString> m_held; ///< named by the anchor's snapshots, or asked of it, in this stream
    QString m_anchor;
    quint64 m_fence = 0;
    quint64 m_lastSeq = 0;
    /// The stream ended (no anchor, our disconnect, we held the rooms): the next follow starts a
    /// new one even to the same anchor and term.
    bool m_ended = true;
};

} // namespace Tandem
