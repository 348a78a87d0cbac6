// DeliverySimulation: the sibling side. Relays go through the real RelayReceiver, gaps through
// the real CatchUpGaps; a fetch asks the anchor first, page by page, and falls back to the room's
// archive on an error or a timeout. Siblings ping the anchor they follow (§6.5).
#include "DeliverySimulation.h"

namespace Tandem::Sim {

int DeliverySimulation::roomIndex(const QString &jid) const
{
    return jid.mid(4, jid.indexOf(QLatin1Char('@')) - 4).toInt(); // roomN@muc.example.org
}

int DeliverySimulation::deviceIndex(const QString &jid) const
{
    return jid.mid(jid.lastIndexOf(QLatin1String("/dev")) + 4).toInt(); // alice@example.org/devN
}

void DeliverySimulation::knownRoomsChanged(Device &d)
{
    // Every room is in the account's bookmarks from the start, and a bookmark stays when the
    // account leaves (autojoin='false'), so every device knows every room.
    QStringList rooms;
    for (const Room &room : m_rooms)
        rooms << room.jid;
    d.receiver->setKnownRooms(rooms);
    d.receiver->setListedRooms(rooms);
}

void DeliverySimulation::carryOut(Device &d, const CatchUp::Actions &actions, std::optional<Time> liveFrom)
{
    for (const CatchUp::Action &action : actions) {
        if (const auto *read = std::get_if<CatchUp::ReadCursor>(&action)) {
            const int room = roomIndex(read->room);
            d.failedFills.erase(room); // a new gap: a fetch will be tried
            carryOut(d, d.gaps->cursorRead(read->room, readCursor(d, room)));
        } else if (const auto *fetch = std::get_if<CatchUp::Fetch>(&action)) {
            const int room = roomIndex(fetch->room);
            if (liveFrom && !d.liveFrom.count(room))
                d.liveFrom[room] = *liveFrom;
            d.failedFills.erase(room);
            startFetch(d, *fetch);
        }
    }
}

void DeliverySimulation::startFetch(Device &d, const CatchUp::Fetch &fetch)
{
    Fetch f;
    f.id = fetch.id;
    f.room = roomIndex(fetch.room);
    f.after = fetch.after;
    if (fetch.fromOldest && f.after.isNull()) {
        f.after = readOldest(d, f.room); // RoomCatchUp: the store has rows of the room by now
        f.afterIsOldest = !f.after.isNull();
    }
    const QString anchor = d.receiver->anchor();
    f.viaAnchor = !d.holds && !anchor.isEmpty();
    f.anchor = f.viaAnchor ? deviceIndex(anchor) : -1;
    d.fetches[f.id] = f;
    trace(d.name() + " catches up room" + std::to_string(f.room) + " after '" + f.after.stanzaId.toStdString()
        + "'" + (f.viaAnchor ? " from " + m_devices[f.anchor]->name() : " from the archive"));
    if (f.viaAnchor)
        requestPage(d, f.id);
    else
        archiveQueryFor(d, f);
}

void DeliverySimulation::archiveQueryFor(Device &d, const Fetch &f)
{
    if (!f.afterIsOldest) {
        archiveQuery(d, f.id, f.after.stanzaId.isEmpty() ? -1 : f.after.stanzaId.toLongLong());
        return;
    }
    // By time, RoomArchive's margin of 120 s before the oldest row (RoomCatchUp::fetchFromArchive).
    archiveQuery(d, f.id, -1, fromDate(f.after.earliestTime()) - Time(120000));
}

void DeliverySimulation::requestPage(Device &d, quint64 fetch)
{
    Fetch &f = d.fetches.at(fetch);
    f.request = d.nextRequest++;
    // AnchorCatchUp::fetch: the cursor's stanza-id and newest time, and where relays were live.
    Served request;
    request.sibling = d.index;
    request.request = f.request;
    request.room = f.room;
    request.after = f.after.stanzaId.isEmpty() ? -1 : f.after.stanzaId.toLongLong();
    if (f.after.newestTime.isValid())
        request.since = fromDate(f.after.newestTime);
    if (const auto live = d.liveFrom.find(f.room); live != d.liveFrom.end())
        request.until = live->second;
    request.cursor = f.page;
    send(d.index, f.anchor, [this, request](Device &a) { serveCatchUp(a, request); });
    m_s.after(m_p.requestTimeout, [this, &d, fetch, request = f.request, generation = d.generation] {
        const auto it = d.fetches.find(fetch);
        if (d.generation == generation && it != d.fetches.end() && it->second.viaAnchor
            && it->second.request == request)
            fallBackToArchive(d, fetch, "timeout");
    });
}

void DeliverySimulation::catchUpAnswer(Device &d, int request, bool error, std::optional<StoreCursor> next)
{
    for (auto &[id, f] : d.fetches) {
        if (!f.viaAnchor || f.request != request)
            continue;
        if (error) {
            fallBackToArchive(d, id, "error");
        } else if (next) {
            f.page = next;
            requestPage(d, id);
        } else {
            endFetch(d, id, true);
        }
        return;
    }
}

void DeliverySimulation::fallBackToArchive(Device &d, quint64 fetch, const char *why)
{
    Fetch &f = d.fetches.at(fetch);
    ++m_result.stats.catchUpFallbacks;
    trace(d.name() + " catch-up of room" + std::to_string(f.room) + ": " + why + ", asking the archive");
    f.viaAnchor = false;
    archiveQueryFor(d, f);
}

void DeliverySimulation::archivePage(
    Device &d, int room, quint64 fetch, const std::vector<Message> &page, bool complete)
{
    // RoomArchive stores what it fetched, even for a fetch since voided, under the archive's
    // stamps: whole seconds of the room's clock.
    for (const Message &m : page)
        store(d, room, m.copy, Time(m.at.count() / 1000 * 1000), -1);
    const auto f = d.fetches.find(fetch);
    if (f == d.fetches.end() || f->second.viaAnchor)
        return;
    if (complete)
        endFetch(d, fetch, true);
    else
        archiveQuery(d, fetch, page.back().copy.stanzaId);
}

void DeliverySimulation::endFetch(Device &d, quint64 fetch, bool complete)
{
    const int room = d.fetches.at(fetch).room;
    d.fetches.erase(fetch);
    carryOut(d, d.gaps->fetchEnded(fetch, complete));
    if (complete)
        d.failedFills.erase(room);
    else
        d.failedFills.insert(room);
    if (!d.gaps->isOpen(m_rooms[room].jid))
        d.liveFrom.erase(room);
    serveWaiting(d);
}

void DeliverySimulation::receiveRelay(Device &d, int anchor, quint64 term, quint64 seq, int room,
    std::optional<Time> stamp, const std::function<void(Device &, Time)> &apply, bool snapshot)
{
    const RelayReceiver::Received got
        = d.receiver->receive(m_devices[anchor]->jid, term, seq, m_rooms[room].jid, snapshot);
    if (got.seqGap) {
        ++m_result.stats.seqGaps;
        trace(d.name() + " sees a seq gap from dev" + std::to_string(anchor) + " at " + std::to_string(seq));
    }
    carryOut(d, got.actions, stamp); // before the relay is stored: a cursor read must not see it
    if (got.verdict == RelayReceiver::Verdict::Apply)
        apply(d, stamp.value_or(clock(d)));
}

void DeliverySimulation::showRelayed(Device &d, int room, Shown shown, std::optional<Time> stamp)
{
    d.shown[room] = shown;
    if (shown.joined) // the anchor's own presence in the room, live or from a snapshot
        carryOut(d, d.receiver->roomJoined(m_rooms[room].jid), stamp);
}

void DeliverySimulation::sendOwn(Device &d)
{
    // The user writes to a room: stored as pending first (RoomService::storeOutgoing), then sent
    // to the room here, or through the anchor.
    const int room = m_s.pick(0, int(m_rooms.size()) - 1);
    const qint64 origin = m_nextOrigin++;
    if (d.holds) {
        const auto occupancy = d.occupancy.find(room);
        if (d.takeover || occupancy == d.occupancy.end() || occupancy->second != Occupancy::Joined)
            return;
        trace(
            d.name() + " writes to room" + std::to_string(room) + " (origin " + std::to_string(origin) + ")");
        storeOutgoing(d, room, origin);
        sendToRoom(d, room, [this, index = d.index, origin](Room &r, int session) {
            if (r.occupants.count(index) && r.occupants.at(index) == session)
                roomPosts(r, Copy { -1, -1, origin, true });
        });
        return;
    }
    const QString anchor = d.receiver ? d.receiver->anchor() : QString();
    if (!d.shown.count(room) || !d.shown[room].joined)
        return; // not-joined: the user cannot write there
    trace(d.name() + " writes to room" + std::to_string(room) + " through the anchor (origin "
        + std::to_string(origin) + ")");
    storeOutgoing(d, room, origin);
    if (anchor.isEmpty())
        return; // no-anchor: the message fails locally, and stays failed
    send(d.index, deviceIndex(anchor), [this, room, origin](Device &a) {
        const auto occupancy = a.occupancy.find(room);
        if (!a.holds || a.takeover || occupancy == a.occupancy.end()
            || occupancy->second != Occupancy::Joined)
            return; // not-anchor or not-joined: failed on the sibling
        storeOutgoing(a, room, origin); // the sibling's origin-id, so the room's echo finds both
        sendToRoom(a, room, [this, index = a.index, origin](Room &r, int session) {
            if (r.occupants.count(index) && r.occupants.at(index) == session)
                roomPosts(r, Copy { -1, -1, origin, true });
        });
    });
}

void DeliverySimulation::schedulePing(Device &d)
{
    if (!live(d) || d.holds || d.election->anchor().isEmpty() || d.pingArmed == d.generation)
        return;
    d.pingArmed = d.generation;
    m_s.after(
        m_p.pingInterval,
        [this, &d, generation = d.generation] {
            if (d.generation == generation)
                ping(d); // keeps pingArmed until it re-arms
        },
        true);
}

void DeliverySimulation::ping(Device &d)
{
    d.pingArmed = d.generation;
    const auto rearm = [this, &d] {
        d.pingArmed = -1;
        schedulePing(d);
    };
    if (!live(d) || d.holds || d.election->anchor().isEmpty())
        return rearm();
    const QString anchor = d.election->anchor();
    const auto session = m_sessions.find(deviceIndex(anchor));
    const bool gone = session == m_sessions.end();
    if (gone || session->second.zombie) {
        // recipient-unavailable from the server at once, or no answer until the timeout
        const Time wait = gone ? m_s.networkDelay(m_p.maxDelay) : m_p.pingTimeout;
        m_s.after(
            wait,
            [this, &d, anchor, rearm, generation = d.generation, follows = d.follows] {
                if (d.generation != generation)
                    return;
                if (d.election && d.election->anchor() == anchor
                    && (!m_p.pingVoidedByFollow || d.follows == follows)) {
                    trace(d.name() + " gets no answer to its ping of " + anchor.toStdString());
                    feed(d, "ping unanswered",
                        [&](AnchorElection &e) { return e.siblingUnavailable(anchor, m_s.now()); });
                }
                rearm();
            },
            true);
        return;
    }
    rearm(); // answered: the anchor is alive
}

} // namespace Tandem::Sim
