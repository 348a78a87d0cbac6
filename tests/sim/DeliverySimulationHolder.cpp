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
    carryOut(d, d.held->joining(m_rooms[room].jid));
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
    if (!d.holds && now == Occupancy::Joined) {
        // The answer to a join we sent before we stood down. RoomOccupancy leaves any room it
        // does not want whenever the room says it has us: here, a join still on its way when a
        // kick of our earlier occupancy reached us, so that standing down sent no leave after it
        // (seed 1371798 of FastFailoverSlowNetwork). A leave of ours already on its way makes
        // this one redundant, never wrong: every later join of ours follows it.
        trace(d.name() + " is in room" + std::to_string(room) + " it does not hold: leaves again");
        sendToRoom(
            d, room, [this, index = d.index](Room &r, int session) { roomLeave(r, index, session, false); });
        return;
    }
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
        setAutojoin(d, m_rooms[room], false, why); // the reason goes into the bookmark
    relay(d, room, clock(d), [this, room, shown](Device &s, Time stamp) {
        showRelayed(s, room, shown, stamp);
        if (!shown.joined) // RoomService::applyRelayed: the anchor's own exit
            carryOut(s, s.receiver->roomLeft(m_rooms[room].jid), stamp);
    });
    // RoomService: our own occupancy's events, while we hold the rooms.
    const QString jid = m_rooms[room].jid;
    carryOut(d,
        shown.joined            ? d.held->joined(jid)
            : why == Exit::Left ? d.held->left(jid)
                                : d.held->expelled(jid));
    if (why == Exit::Left)
        bookmarkChanged(d, room); // the bookmark may say autojoin again: set while we were leaving
    checkTakeoverJoins(d);
    serveWaiting(d);
}

void DeliverySimulation::roomMessage(Device &d, int room, const Copy &copy)
{
    // A live message carries no time of its own: stored, and relayed, under our receive time.
    const Time received = clock(d);
    store(d, room, copy, received, d.index);
    const auto occupancy = d.occupancy.find(room);
    if (d.holds && occupancy != d.occupancy.end()
        && (occupancy->second == Occupancy::Joined || occupancy->second == Occupancy::Leaving))
        relay(d, room, received, [this, room, copy, anchor = d.index](Device &s, Time stamp) {
            store(s, room, copy, stamp, anchor);
        });
}

void DeliverySimulation::bookmarkChanged(Device &d, int room)
{
    if (!d.holds)
        return; // only the holder acts on the room list
    // What the bookmarks this device was told say, in the order the pushes came: a join and a
    // leave of another holder (a split view) are both acted on, even when the leave is already
    // the latest word by the time the first push arrives (seed 709660 of FastFailoverSlowNetwork).
    const auto told = d.autojoin.find(room);
    const bool autojoin = told != d.autojoin.end() ? told->second : m_rooms[room].autojoin;
    const Occupancy occupancy = d.occupancy.count(room) ? d.occupancy[room] : Occupancy::Out;
    if (!autojoin && (occupancy == Occupancy::Joined || occupancy == Occupancy::Joining))
        leaveRoom(d, room);
    else if (autojoin && occupancy == Occupancy::Out && !d.kickedHere.count(room))
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
        // The account's decision, whatever the room says first (a kick crossing the leave).
        m_rooms[room].exits.insert(Exit::Left);
        setAutojoin(holder, m_rooms[room], false, Exit::Left);
        leaveRoom(holder, room);
    } else if (!leave && !in) {
        trace(holder.name() + " joins room" + std::to_string(room) + " for the account");
        setAutojoin(holder, m_rooms[room], true);
        holder.kickedHere.erase(room);
        joinRoom(holder, room);
    }
}

void DeliverySimulation::relay(
    Device &d, int room, Time stamp, const std::function<void(Device &, Time)> &apply)
{
    if (!d.relaying)
        return;
    sendSnapshots(d);
    for (const DeviceInfo &sibling : d.election->siblings())
        relayTo(d, deviceIndex(sibling.fullJid), room, stamp, apply);
}

void DeliverySimulation::relayTo(Device &d, int sibling, int room, std::optional<Time> stamp,
    const std::function<void(Device &, Time)> &apply, bool snapshot)
{
    // `stamp`: a live relay's <delay/>, or when a snapshot part was sent (which carries none);
    // none for a catch-up page's history relay. RelaySequence notes it as Coordinator does.
    const QString to = m_devices[sibling]->jid;
    const quint64 seq = d.sequence.next(to);
    if (stamp)
        d.sequence.relayed(to, m_rooms[room].jid, toDate(*stamp));
    const std::optional<Time> carried = snapshot ? std::nullopt : stamp;
    const quint64 term = d.election->claimTerm();
    ++m_result.stats.relays;
    send(d.index, sibling, [this, anchor = d.index, term, seq, room, carried, apply, snapshot](Device &s) {
        receiveRelay(s, anchor, term, seq, room, carried, apply, snapshot);
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
        // §9.1: rooms whose join has completed, and rooms we are out of with why (a kick, which
        // the bookmark does not say, above all).
        for (const auto &[room, shown] : d.shown) {
            const auto occupancy = d.occupancy.find(room);
            if (!shown.joined && shown.why != Exit::None
                && (occupancy == d.occupancy.end() || occupancy->second == Occupancy::Out))
                relayTo(
                    d, deviceIndex(sibling), room, clock(d),
                    [this, room = room, shown = shown](
                        Device &s, Time) { showRelayed(s, room, shown, std::nullopt); },
                    true);
        }
        for (const auto &[room, occupancy] : d.occupancy) {
            if (occupancy == Occupancy::Joined)
                relayTo(
                    d, deviceIndex(sibling), room, clock(d),
                    [this, room = room](Device &s, Time) {
                        showRelayed(s, room, { true, Exit::None }, std::nullopt);
                    },
                    true);
        }
    }
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
