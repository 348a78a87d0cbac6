// DeliverySimulation: each device's message store as MessageQueries keeps it, and what reads it:
// RoomCursor (where a gap starts) and CatchUpServer (the anchor's catch-up pages, PROTOCOL.md
// §9.3). Rows are keyed the way production de-duplicates — origin-id first, then the room's
// stanza-id — so a copy that arrives without either is a new row, exactly as it would be on disk.
#include "DeliverySimulation.h"

#include <algorithm>
#include <limits>

namespace Tandem::Sim {

namespace {
// CatchUpServer's margin before the row of the sibling's stanza-id: archive stamps have whole
// seconds, live ones the anchor's clock.
constexpr Time TimeMargin { 120000 };
} // namespace

void DeliverySimulation::store(Device &d, int room, const Copy &copy, Time time, int stampedBy, bool history)
{
    std::vector<Row> &rows = d.store[room];
    if (history && copy.stanzaId < 0 && copy.originId < 0) {
        // RoomService: a catch-up copy with neither id is the row of the same sender, body and
        // time, if there is one (the anchor's stamp on its live relay is the time it stored).
        if (std::any_of(rows.begin(), rows.end(),
                [&](const Row &r) { return r.copy.message == copy.message && r.time == time; })) {
            ++m_result.stats.merged;
            return;
        }
    }
    const auto find = [&rows](qint64 Copy::*key, qint64 value) -> Row * {
        if (value < 0)
            return nullptr;
        const auto it
            = std::find_if(rows.begin(), rows.end(), [&](const Row &r) { return r.copy.*key == value; });
        return it == rows.end() ? nullptr : &*it;
    };
    Row *existing = find(&Copy::originId, copy.originId);
    if (!existing)
        existing = find(&Copy::stanzaId, copy.stanzaId);
    if (!existing) {
        if (rows.empty())
            d.firstStored.emplace(room, m_s.now());
        rows.push_back(Row { copy, time, d.nextRow++, true, stampedBy });
        if (m_s.tracing())
            trace(d.name() + " stores room" + std::to_string(room) + " message "
                + std::to_string(copy.message) + " under " + formatSeconds(time));
        return;
    }
    ++m_result.stats.merged;
    // UPDATE OR IGNORE: an id another row already owns stays where it is.
    if (existing->copy.stanzaId < 0 && !find(&Copy::stanzaId, copy.stanzaId))
        existing->copy.stanzaId = copy.stanzaId;
    if (existing->copy.originId < 0 && !find(&Copy::originId, copy.originId))
        existing->copy.originId = copy.originId;
    if (existing->copy.message < 0 && copy.message >= 0) {
        existing->copy.message = copy.message; // the room's copy of our pending message
        existing->delivered = true;
    }
}

void DeliverySimulation::storeOutgoing(Device &d, int room, qint64 originId)
{
    Copy pending;
    pending.originId = originId;
    pending.own = true;
    if (d.store[room].empty())
        d.firstStored.emplace(room, m_s.now());
    d.store[room].push_back(Row { pending, clock(d), d.nextRow++, false, d.index });
}

std::vector<const DeliverySimulation::Row *> DeliverySimulation::sortedRows(const Device &d, int room) const
{
    std::vector<const Row *> sorted;
    const auto rows = d.store.find(room);
    if (rows == d.store.end())
        return sorted;
    for (const Row &r : rows->second)
        sorted.push_back(&r);
    std::sort(sorted.begin(), sorted.end(), [](const Row *a, const Row *b) {
        return std::pair(a->time, a->rowId) < std::pair(b->time, b->rowId);
    });
    return sorted;
}

CatchUpCursor DeliverySimulation::readCursor(const Device &d, int room) const
{
    // RoomCursor::read: the newest row the room stamped, and the newest of another occupant.
    CatchUpCursor cursor;
    const std::vector<const Row *> rows = sortedRows(d, room);
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if ((*it)->copy.stanzaId >= 0) {
            cursor.stanzaId = QString::number((*it)->copy.stanzaId);
            cursor.serverTime = toDate((*it)->time);
            break;
        }
    }
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (!(*it)->copy.own) {
            cursor.newestTime = toDate((*it)->time); // another occupant's: in the anchor's times
            break;
        }
    }
    return cursor;
}

CatchUpCursor DeliverySimulation::readOldest(const Device &d, int room) const
{
    // RoomCursor::readOldest: where the copy starts, in the same two ways.
    CatchUpCursor cursor;
    const std::vector<const Row *> rows = sortedRows(d, room);
    for (const Row *r : rows) {
        if (r->copy.stanzaId >= 0) {
            cursor.stanzaId = QString::number(r->copy.stanzaId);
            cursor.serverTime = toDate(r->time);
            break;
        }
    }
    for (const Row *r : rows) {
        if (!r->copy.own) {
            cursor.newestTime = toDate(r->time);
            break;
        }
    }
    return cursor;
}

int DeliverySimulation::copiesOf(const Device &d, const Room &room, const Message &m) const
{
    const auto rows = d.store.find(room.index);
    if (rows == d.store.end())
        return 0;
    return int(std::count_if(rows->second.begin(), rows->second.end(), [&m](const Row &r) {
        return r.copy.message == m.id || (m.copy.originId >= 0 && r.copy.originId == m.copy.originId);
    }));
}

int DeliverySimulation::distinctStampsOf(const Device &d, const Room &room, const Message &m) const
{
    // Two sessions' clocks may read the same millisecond: what tells live copies apart is the
    // clock that stamped each, and its time.
    std::set<std::pair<int, Time>> stamps;
    for (const Row &r : d.store.at(room.index)) {
        if (r.copy.message == m.id)
            stamps.emplace(r.stampedBy, r.time);
    }
    return int(stamps.size());
}

void DeliverySimulation::serveCatchUp(Device &d, const Served &request, bool waited)
{
    const auto answer = [this, &d, request](bool error, std::optional<StoreCursor> next) {
        send(d.index, request.sibling,
            [request, error, next, this](Device &s) { catchUpAnswer(s, request.request, error, next); });
    };
    if (!d.holds || d.takeover)
        return answer(true, std::nullopt); // not-anchor
    const QString jid = m_rooms[request.room].jid;
    const auto occupancy = d.occupancy.find(request.room);
    const bool held = occupancy != d.occupancy.end()
        && (occupancy->second == Occupancy::Joining || occupancy->second == Occupancy::Joined);
    // Only a room we are in: our store of any other may end before what the sibling is owed
    // (a successor's session was in it after we were kicked, or we never held it).
    if (!held)
        return answer(true, std::nullopt); // item-not-found
    if (!waited && d.gaps->isOpen(jid) && !d.failedFills.count(request.room)) {
        // Served once our own fill from the archive is done, or after the wait limit as it is.
        d.waiting.push_back(request);
        m_s.after(m_p.serveWaitLimit, [this, &d, request, generation = d.generation] {
            const auto it = std::find_if(d.waiting.begin(), d.waiting.end(), [&](const Served &w) {
                return w.sibling == request.sibling && w.request == request.request;
            });
            if (d.generation != generation || it == d.waiting.end())
                return;
            d.waiting.erase(it);
            serveCatchUp(d, request, true);
        });
        return;
    }
    // The page ends where the sibling had messages live (Coordinator::serveCatchUp).
    Time until = clock(d);
    if (request.until && *request.until < until)
        until = *request.until;
    const QDateTime first = d.sequence.firstRelayed(m_devices[request.sibling]->jid, jid);
    if (first.isValid() && fromDate(first) < until)
        until = fromDate(first);

    const std::vector<const Row *> rows = sortedRows(d, request.room);
    std::vector<const Row *> page;
    bool hasMore = false;
    const auto pageAfter = [&](StoreCursor after) {
        for (const Row *r : rows) {
            if (std::pair(r->time, r->rowId) > after)
                page.push_back(r);
        }
        hasMore = int(page.size()) > m_p.catchUpPage;
        if (hasMore)
            page.resize(std::size_t(m_p.catchUpPage));
    };
    const auto known = std::find_if(rows.begin(), rows.end(),
        [&](const Row *r) { return request.after >= 0 && r->copy.stanzaId == request.after; });
    if (!request.cursor && request.after >= 0 && known == rows.end()) {
        return answer(true, std::nullopt); // item-not-found: our copy may have a hole there
    } else if (request.cursor) {
        pageAfter(*request.cursor);
    } else if (known != rows.end()) {
        pageAfter({ (*known)->time - TimeMargin, 0 });
    } else if (request.since) {
        pageAfter({ *request.since, std::numeric_limits<qint64>::max() });
    } else {
        // Nothing of the room on the sibling: our recent history, like a join (filtered below).
        page = rows;
        if (int(page.size()) > m_p.recentHistory)
            page.erase(page.begin(), page.end() - m_p.recentHistory);
    }
    const std::optional<StoreCursor> next
        = hasMore ? std::optional(StoreCursor(page.back()->time, page.back()->rowId)) : std::nullopt;
    for (const Row *r : page) {
        // From `until` on the sibling had it live: only a row it cannot tell from its own copy
        // (no stanza-id) is left out. Our own messages the room never reflected are not served.
        if ((r->copy.stanzaId < 0 && r->time >= until) || (r->copy.own && !r->delivered))
            continue;
        relayTo(d, request.sibling, request.room, std::nullopt,
            [this, room = request.room, copy = r->copy, time = r->time, stampedBy = r->stampedBy](
                Device &s, Time) { store(s, room, copy, time, stampedBy, true); });
    }
    ++m_result.stats.catchUpPages;
    answer(false, next);
}

void DeliverySimulation::serveWaiting(Device &d)
{
    std::vector<Served> waiting;
    waiting.swap(d.waiting);
    for (const Served &request : waiting)
        serveCatchUp(d, request);
}

} // namespace Tandem::Sim
