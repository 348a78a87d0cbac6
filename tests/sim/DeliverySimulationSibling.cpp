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
}

void DeliverySimulation::carryOut(Device &d, const CatchUp::Actions &actions)
{
    for (const CatchUp::Action &action : actions) {
        if (const auto *read = std::get_if<CatchUp::ReadCursor>(&action)) {
            const std::set<qint64> &stored = d.store[roomIndex(read->room)];
            CatchUpCursor cursor;
            if (!stored.empty())
                cursor.stanzaId = QString::number(*stored.rbegin());
            carryOut(d, d.gaps->cursorRead(read->room, cursor));
        } else if (const auto *fetch = std::get_if<CatchUp::Fetch>(&action)) {
            startFetch(d, *fetch);
        }
    }
}

void DeliverySimulation::startFetch(Device &d, const CatchUp::Fetch &fetch)
{
    Fetch f;
    f.id = fetch.id;
    f.room = roomIndex(fetch.room);
    f.after = fetch.after.isNull() ? -1 : fetch.after.stanzaId.toLongLong();
    const QString anchor = d.receiver->anchor();
    f.viaAnchor = !d.holds && !anchor.isEmpty();
    f.anchor = f.viaAnchor ? deviceIndex(anchor) : -1;
    d.fetches[f.id] = f;
    trace(d.name() + " catches up room" + std::to_string(f.room) + " after " + std::to_string(f.after)
        + (f.viaAnchor ? " from " + m_devices[f.anchor]->name() : " from the archive"));
    if (f.viaAnchor)
        requestPage(d, f.id);
    else
        archiveQuery(d, f.id, f.after);
}

void DeliverySimulation::requestPage(Device &d, quint64 fetch)
{
    Fetch &f = d.fetches.at(fetch);
    f.request = d.nextRequest++;
    const Served request { d.index, f.request, f.room, f.page >= 0 ? f.page : f.after };
    send(d.index, f.anchor, [this, request](Device &a) { serveCatchUp(a, request); });
    m_s.after(m_p.requestTimeout, [this, &d, fetch, request = f.request, generation = d.generation] {
        const auto it = d.fetches.find(fetch);
        if (d.generation == generation && it != d.fetches.end() && it->second.viaAnchor
            && it->second.request == request)
            fallBackToArchive(d, fetch, "timeout");
    });
}

void DeliverySimulation::catchUpAnswer(Device &d, int request, bool error, qint64 next)
{
    for (auto &[id, f] : d.fetches) {
        if (!f.viaAnchor || f.request != request)
            continue;
        if (error) {
            fallBackToArchive(d, id, "error");
        } else if (next >= 0) {
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
    archiveQuery(d, fetch, f.after);
}

void DeliverySimulation::archivePage(
    Device &d, int room, quint64 fetch, const std::vector<qint64> &ids, bool complete)
{
    for (qint64 id : ids)
        store(d, room, id); // RoomArchive stores what it fetched, even for a fetch since voided
    const auto f = d.fetches.find(fetch);
    if (f == d.fetches.end() || f->second.viaAnchor)
        return;
    if (complete)
        endFetch(d, fetch, true);
    else
        archiveQuery(d, fetch, ids.back());
}

void DeliverySimulation::endFetch(Device &d, quint64 fetch, bool complete)
{
    d.fetches.erase(fetch);
    carryOut(d, d.gaps->fetchEnded(fetch, complete));
    serveWaiting(d);
}

void DeliverySimulation::receiveRelay(
    Device &d, int anchor, quint64 term, quint64 seq, int room, const std::function<void(Device &)> &apply)
{
    const RelayReceiver::Received got
        = d.receiver->receive(m_devices[anchor]->jid, term, seq, m_rooms[room].jid);
    if (got.seqGap) {
        ++m_result.stats.seqGaps;
        trace(d.name() + " sees a seq gap from dev" + std::to_string(anchor) + " at " + std::to_string(seq));
    }
    carryOut(d, got.actions); // before the relay is stored: a cursor read must not see it
    if (got.verdict == RelayReceiver::Verdict::Apply)
        apply(d);
}

void DeliverySimulation::showRelayed(Device &d, int room, Shown shown)
{
    d.shown[room] = shown;
    if (shown.joined) // the anchor's own presence in the room, live or from a snapshot
        carryOut(d, d.receiver->roomJoined(m_rooms[room].jid));
}

void DeliverySimulation::store(Device &d, int room, qint64 id)
{
    if (!d.store[room].insert(id).second)
        ++d.duplicates[room]; // de-duplicated by stanza-id, as MessageStore does
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
