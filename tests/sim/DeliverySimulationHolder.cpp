// DeliverySimulation: the device that holds the rooms (solo, anchor, or a successor joining
// them), the way RoomService and Coordinator do it: joins without history, fills its own gaps
// from the room's archive, relays every room stanza to each sibling with RelaySequence, sends
// snapshots, and serves siblings' catch-up requests from its own store.
#include "DeliverySimulation.h"

namespace Tandem::Sim {

void DeliverySimulation::startHolding(Device &d)
{
    d.holds = true;
    d.kickedHere.clear();
    d.shown.clear(); // from now on what we show comes from our own occupancy
    QStringList toJoin;
    for (const Room &room : m_rooms) {
        if (room.autojoin)
            toJoin << room.jid;
    }
    const RelayReceiver::Changed changed = d.receiver->holdRooms(toJoin);
    d.fetches.clear(); // voided by holdRooms()
    carryOut(d, changed.actions);
    for (const QString &jid : toJoin)
        joinRoom(d, roomIndex(jid));
}

void DeliverySimulation::stopHolding(Device &d)
{
    d.holds = d.relaying = d.takeover = false;
    for (const auto &[room, occupancy] : d.occupancy) {
        if (occupancy != Occupancy::Out)
            sendToRoom(d, room,
                [this, index = d.index](Room &r, int session) { roomLeave(r, index, session, false); });
    }
    d.occupancy.clear();
    d.kickedHere.clear();
    serveWaiting(d); // not-anchor, from now on
}

void DeliverySimulation::joinRoom(Device &d, int room)
{
    // Without history: what the room said since our store ended comes from its archive.
    carryOut(d, d.gaps->markGap(m_rooms[room].jid));
    d.occupancy[room] = Occupancy::Joining;
    sendToRoom(d, room, [this, index = d.index](Room &r, int session) { roomJoin(r, index, session); });
}

void DeliverySimulation::leaveRoom(Device &d, int room)
{
    d.occupancy[room] = Occupancy::Leaving;
    sendToRoom(
        d, room, [this, index = d.index](Room &r, int session) { roomLeave(r, index, session, true); });
}

void DeliverySimulation::roomEvent(Device &d, int room, Occupancy now, Exit why)
{
    Occupancy &mine = d.occupancy[room];
    if (d.holds && now == Occupancy::Joined && mine == Occupancy::Out && d.kickedHere.count(room)) {
        // Our join crossed a kick of our previous occupancy (we had stood down and picked the
        // rooms up again before our leave reached the room): the room has us again, but this
        // session does not rejoin after a kick (§11). Leave, quietly: siblings keep the kick.
        trace(d.name() + "'s join of room" + std::to_string(room) + " crossed its kick: leaves again");
        sendToRoom(
            d, room, [this, index = d.index](Room &r, int session) { roomLeave(r, index, session, false); });
        return;
    }
    if (!d.holds || (now == Occupancy::Joined && mine != Occupancy::Joining))
        return; // a late answer for rooms we no longer hold for the account
    if (now == Occupancy::Out && (why == Exit::None || mine == Occupancy::Out))
        return;
    mine = now;
    const Shown shown { now == Occupancy::Joined, why };
    d.shown[room] = shown;
    trace(d.name() + (shown.joined ? " joined room" : " is out of room") + std::to_string(room));
    if (why == Exit::Kicked)
        d.kickedHere.insert(room); // not rejoined in this session; the next holder will (§11)
    if (why == Exit::Banned || why == Exit::JoinRefused)
        setAutojoin(d, m_rooms[room], false);
    relay(d, room, [this, room, shown](Device &s) { showRelayed(s, room, shown); });
    // Joined: the archive now covers everything up to our live stream. Refused, kicked, banned or
    // left: no live stream is coming, so a gap marked for the join must be fetched now or never.
    carryOut(d, d.gaps->roomIsBack(m_rooms[room].jid));
    if (why == Exit::Left)
        bookmarkChanged(d, room); // the bookmark may say autojoin again: set while we were leaving
    checkTakeoverJoins(d);
    serveWaiting(d);
}

void DeliverySimulation::roomMessage(Device &d, int room, qint64 id)
{
    store(d, room, id);
    const auto occupancy = d.occupancy.find(room);
    if (d.holds && occupancy != d.occupancy.end()
        && (occupancy->second == Occupancy::Joined || occupancy->second == Occupancy::Leaving))
        relay(d, room, [this, room, id](Device &s) { store(s, room, id); });
}

void DeliverySimulation::bookmarkChanged(Device &d, int room)
{
    if (!d.holds)
        return; // only the holder acts on the room list
    const Occupancy occupancy = d.occupancy.count(room) ? d.occupancy[room] : Occupancy::Out;
    if (!m_rooms[room].autojoin && (occupancy == Occupancy::Joined || occupancy == Occupancy::Joining))
        leaveRoom(d, room);
    else if (m_rooms[room].autojoin && occupancy == Occupancy::Out && !d.kickedHere.count(room))
        joinRoom(d, room);
}

void DeliverySimulation::userAction(Device &d)
{
    const int room = m_s.pick(0, int(m_rooms.size()) - 1);
    if (d.holds && !d.takeover) {
        const auto occupancy = d.occupancy.find(room);
        userActionAt(d, room, occupancy != d.occupancy.end() && occupancy->second != Occupancy::Out);
        return;
    }
    const QString anchor = d.receiver ? d.receiver->anchor() : QString();
    if (d.holds || anchor.isEmpty())
        return; // no-anchor: the request fails locally
    const bool leave = d.shown.count(room) && d.shown[room].joined;
    trace(d.name() + " asks the anchor to " + (leave ? "leave" : "join") + " room" + std::to_string(room));
    send(d.index, deviceIndex(anchor), [this, room, leave](Device &a) {
        if (a.holds && !a.takeover)
            userActionAt(a, room, leave);
    });
}

void DeliverySimulation::userActionAt(Device &holder, int room, bool leave)
{
    const auto occupancy = holder.occupancy.find(room);
    const bool in = occupancy != holder.occupancy.end() && occupancy->second != Occupancy::Out;
    if (leave && in) {
        ++m_result.stats.leaves;
        trace(holder.name() + " leaves room" + std::to_string(room) + " for the account");
        setAutojoin(holder, m_rooms[room], false);
        leaveRoom(holder, room);
    } else if (!leave && !in) {
        trace(holder.name() + " joins room" + std::to_string(room) + " for the account");
        setAutojoin(holder, m_rooms[room], true);
        holder.kickedHere.erase(room);
        joinRoom(holder, room);
    }
}

void DeliverySimulation::relay(Device &d, int room, const std::function<void(Device &)> &apply)
{
    if (!d.relaying)
        return;
    sendSnapshots(d);
    for (const DeviceInfo &sibling : d.election->siblings())
        relayTo(d, deviceIndex(sibling.fullJid), room, apply);
}

void DeliverySimulation::relayTo(Device &d, int sibling, int room, const std::function<void(Device &)> &apply)
{
    const quint64 seq = d.sequence.next(m_devices[sibling]->jid);
    const quint64 term = d.election->claimTerm();
    ++m_result.stats.relays;
    send(d.index, sibling, [this, anchor = d.index, term, seq, room, apply](Device &s) {
        receiveRelay(s, anchor, term, seq, room, apply);
    });
}

void DeliverySimulation::sendSnapshots(Device &d)
{
    if (!d.relaying)
        return;
    QStringList siblings;
    for (const DeviceInfo &s : d.election->siblings())
        siblings << s.fullJid;
    for (const QString &sibling : d.sequence.needsSnapshot(siblings)) {
        d.sequence.snapshotSent(sibling);
        // §9.1: only rooms whose join has completed; a room left is simply not in it.
        for (const auto &[room, occupancy] : d.occupancy) {
            if (occupancy == Occupancy::Joined)
                relayTo(d, deviceIndex(sibling), room, [this, room = room](Device &s) {
                    showRelayed(s, room, { true, Exit::None });
                });
        }
    }
}

void DeliverySimulation::serveCatchUp(Device &d, const Served &request)
{
    const auto answer = [this, &d, request](bool error, qint64 next) {
        send(d.index, request.sibling,
            [request, error, next, this](Device &s) { catchUpAnswer(s, request.request, error, next); });
    };
    if (!d.holds || d.takeover)
        return answer(true, -1); // not-anchor
    const QString jid = m_rooms[request.room].jid;
    const auto occupancy = d.occupancy.find(request.room);
    const bool held = occupancy != d.occupancy.end()
        && (occupancy->second == Occupancy::Joining || occupancy->second == Occupancy::Joined);
    // Only a room we are in: our store of any other may end before what the sibling is owed
    // (a successor's session was in it after we were kicked, or we never held it).
    if (!held)
        return answer(true, -1);
    if (d.gaps->isOpen(jid))
        return d.waiting.push_back(request); // served once our own fill from the archive is done
    const std::set<qint64> &mine = d.store[request.room];
    if (request.after >= 0 && !mine.count(request.after))
        return answer(true, -1); // item-not-found: we never stored that stanza-id
    if (request.after < 0 && mine.empty())
        return answer(!held, -1); // in the room, gap filled: the room has said nothing yet
    auto it = request.after >= 0 ? mine.upper_bound(request.after) : mine.begin();
    if (request.after < 0 && int(mine.size()) > m_p.recentHistory)
        std::advance(it, int(mine.size()) - m_p.recentHistory);
    qint64 last = -1;
    for (int n = 0; it != mine.end() && n < m_p.catchUpPage; ++it, ++n) {
        last = *it;
        relayTo(d, request.sibling, request.room,
            [this, room = request.room, id = *it](Device &s) { store(s, room, id); });
    }
    ++m_result.stats.catchUpPages;
    answer(false, it == mine.end() ? -1 : last);
}

void DeliverySimulation::serveWaiting(Device &d)
{
    std::vector<Served> waiting;
    waiting.swap(d.waiting);
    for (const Served &request : waiting)
        serveCatchUp(d, request);
}

void DeliverySimulation::checkTakeoverJoins(Device &d)
{
    if (!d.takeover || !d.election || !d.election->joining())
        return;
    for (const auto &[room, occupancy] : d.occupancy) {
        if (occupancy == Occupancy::Joining)
            return;
    }
    feed(d, "joined all rooms", [this](AnchorElection &e) { return e.joinedAllRooms(m_s.now()); });
}

} // namespace Tandem::Sim
