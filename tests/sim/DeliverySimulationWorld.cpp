// The world of DeliverySimulation: the account's server and the rooms with their archives.
//
// The server keeps one session per resource (a new one replaces the old, with unavailable
// presence first), broadcasts presence among the account's resources (RFC 6121 §4.4.2/§4.5.2),
// routes stanzas between two endpoints in order (RFC 6120 §10.1: one FIFO per sender and
// recipient, presence and messages alike), drops a stanza to a full JID with no live session
// (a headline is never redirected, RFC 6121 §8.5.3), loses what is in flight to a session whose
// stream dropped and what a device wrote just before its own stream dropped, and ends a vanished
// session only after a timeout (then its rooms drop it too).
//
// A room stamps every groupchat message with a stanza-id (a counter), archives it and sends it to
// every occupant session; one room in three stamps nothing and keeps no archive (its archive
// queries fail). Several sessions of the account may share the nick (Prosody). Joins
// ask for no history; a banned account's join is refused. A kick or ban expels every session of
// the account's nick. Its archive (XEP-0313) answers any session of the account: pages forward
// after a stanza-id, or the recent history when the query names none.
#include "DeliverySimulation.h"

#include <algorithm>

namespace Tandem::Sim {

namespace {
constexpr int RoomEndpoint = 1000;
constexpr int PepEndpoint = 2000; ///< the account's PEP service: its pushes and answers, in order
} // namespace

void DeliverySimulation::bind(Device &d)
{
    if (m_sessions.count(d.index)) {
        trace("server replaces the old session of " + d.name());
        endSession(d.index);
    }
    m_sessions[d.index] = Session { m_nextSession++, false, std::nullopt };
}

void DeliverySimulation::broadcastPresence(Device &d, const DeviceInfo &info)
{
    Session &mine = m_sessions.at(d.index);
    const bool initial = !mine.presence;
    mine.presence = info;
    for (const auto &[index, other] : m_sessions) {
        if (index == d.index)
            continue;
        send(d.index, index, [this, info](Device &r) {
            r.sequence.siblingReported(info.fullJid, info.anchor, info.term);
            feed(r, "presence", [&](AnchorElection &e) { return e.siblingAvailable(info, m_s.now()); });
        });
        if (initial && other.presence) {
            const DeviceInfo theirs = *other.presence;
            send(
                index, d.index,
                [this, theirs](Device &r) {
                    r.sequence.siblingReported(theirs.fullJid, theirs.anchor, theirs.term);
                    feed(r, "presence",
                        [&](AnchorElection &e) { return e.siblingAvailable(theirs, m_s.now()); });
                },
                true);
        }
    }
}

void DeliverySimulation::endSession(int device)
{
    const int id = m_sessions.at(device).id;
    m_sessions.erase(device);
    const QString jid = m_devices[device]->jid;
    for (const auto &[index, other] : m_sessions) {
        send(
            device, index,
            [this, jid](Device &r) {
                feed(r, "unavailable",
                    [&](AnchorElection &e) { return e.siblingUnavailable(jid, m_s.now()); });
            },
            true);
    }
    // The server's unavailable presence to every room the session joined, behind whatever the
    // session sent there before it ended.
    for (Room &room : m_rooms) {
        Time &last = m_lastDelivery[{ device, RoomEndpoint + room.index }];
        last = std::max(last, m_s.now() + m_s.networkDelay(m_p.maxDelay));
        m_s.at(last, [this, device, id, r = room.index] {
            const auto it = m_rooms[r].occupants.find(device);
            if (it != m_rooms[r].occupants.end() && it->second == id)
                m_rooms[r].occupants.erase(it);
        });
    }
}

void DeliverySimulation::send(int from, int to, std::function<void(Device &)> handler, bool fromServer)
{
    const auto target = m_sessions.find(to);
    if (target == m_sessions.end() || target->second.zombie)
        return; // no live session of that full JID: a headline is dropped
    int senderSession = 0;
    if (!fromServer) {
        const auto sender = m_sessions.find(from);
        if (sender == m_sessions.end() || !live(*m_devices[from]))
            return;
        senderSession = sender->second.id;
    }
    const Time sent = m_s.now();
    const Time uplink = m_s.between(Time(1), Time(40));
    Time &last = m_lastDelivery[{ from, to }];
    last = std::max(last, sent + m_s.networkDelay(m_p.maxDelay));
    m_s.at(
        last, [this, to, id = target->second.id, senderSession, sent, uplink, handler = std::move(handler)] {
            const auto lost = m_streamLost.find(senderSession);
            if (lost != m_streamLost.end() && lost->second <= sent + uplink)
                return; // still in the sender's socket when its stream dropped
            Device &r = *m_devices[to];
            if (live(r) && r.session == id)
                handler(r);
        });
}

void DeliverySimulation::sendToRoom(Device &from, int room, std::function<void(Room &, int session)> handler)
{
    if (!live(from))
        return;
    const int session = from.session;
    const Time sent = m_s.now();
    const Time uplink = m_s.between(Time(1), Time(40));
    Time &last = m_lastDelivery[{ from.index, RoomEndpoint + room }];
    last = std::max(last, sent + m_s.networkDelay(m_p.maxDelay));
    m_s.at(last, [this, room, session, sent, uplink, handler = std::move(handler)] {
        const auto lost = m_streamLost.find(session);
        if (lost == m_streamLost.end() || lost->second > sent + uplink)
            handler(m_rooms[room], session);
    });
}

void DeliverySimulation::roomToDevice(
    Room &room, int device, int session, std::function<void(Device &)> handler)
{
    Time &last = m_lastDelivery[{ RoomEndpoint + room.index, device }];
    last = std::max(last, m_s.now() + m_s.networkDelay(m_p.maxDelay));
    m_s.at(last, [this, device, session, handler = std::move(handler)] {
        Device &d = *m_devices[device];
        const auto s = m_sessions.find(device);
        if (live(d) && d.session == session && s != m_sessions.end() && !s->second.zombie)
            handler(d);
    });
}

void DeliverySimulation::roomSays(Room &room)
{
    // Another occupant writes; about half of today's clients add an origin-id.
    roomPosts(room, Copy { -1, -1, m_s.oneIn(m_p.originIdOneIn) ? m_nextOrigin++ : -1, false });
}

void DeliverySimulation::roomPosts(Room &room, const Copy &sent)
{
    // Owed only while the account is a member (not left, kicked or banned since it last joined)
    // and wants the room: no ready holder stays out of it after a kick (§11), even while a
    // successor's join has put a session of the account back in.
    const bool wanted
        = room.autojoin && std::none_of(m_devices.begin(), m_devices.end(), [&room, this](const auto &d) {
              return live(*d) && d->holds && !d->takeover && room.kicked.count(d->session);
          });
    Message m { qint64(room.archive.size()) + 1, m_s.now(), room.member && wanted, sent };
    m.copy.message = m.id;
    m.copy.stanzaId = room.stamps ? m.id : -1;
    room.archive.push_back(m);
    ++m_result.stats.messages;
    if (sent.own)
        ++m_result.stats.ownMessages;
    trace("room" + std::to_string(room.index) + " message " + std::to_string(m.id)
        + (sent.own ? " from the account" : "") + (m.obliged ? "" : " (account not a member)"));
    const int r = room.index;
    for (const auto &[device, session] : room.occupants)
        roomToDevice(room, device, session, [this, r, copy = m.copy](Device &d) { roomMessage(d, r, copy); });
}

void DeliverySimulation::roomExpels(Room &room, Exit why)
{
    if (room.occupants.empty())
        return; // nobody of the account to kick or ban right now
    ++(why == Exit::Banned ? m_result.stats.bans : m_result.stats.kicks);
    trace("room" + std::to_string(room.index) + (why == Exit::Banned ? " bans" : " kicks") + " the account");
    // What the account lived through is its first exit since it last joined: a kick or ban of a
    // session it no longer counts on (a crashed one the server still shows, after the account
    // left) reaches nobody; a later join would learn of a ban from its refusal.
    if (room.member) {
        room.lastExit = why;
        room.exits.insert(why);
    } else if (std::any_of(room.occupants.begin(), room.occupants.end(), [this](const auto &o) {
                   const Device &d = *m_devices[o.first];
                   return live(d) && d.holds && d.session == o.second;
               })) {
        // The account left through one holder while another (a split view) was still in the
        // room: the kick reaches that holder, which shows and relays it.
        room.exits.insert(why);
    }
    room.member = false;
    room.banned = room.banned || why == Exit::Banned;
    const int r = room.index;
    for (const auto &[device, session] : room.occupants) {
        room.kicked.insert(session);
        roomToDevice(
            room, device, session, [this, r, why](Device &d) { roomEvent(d, r, Occupancy::Out, why); });
    }
    room.occupants.clear();
}

void DeliverySimulation::roomJoin(Room &room, int device, int session)
{
    const int r = room.index;
    if (room.banned) {
        room.lastExit = Exit::JoinRefused;
        room.exits.insert(Exit::JoinRefused);
        roomToDevice(room, device, session,
            [this, r](Device &d) { roomEvent(d, r, Occupancy::Out, Exit::JoinRefused); });
        return;
    }
    // A join restarts the account's membership only if it comes from a session that holds the
    // rooms for the account now, not the late join of one that has stepped down meanwhile, and
    // only while the account still wants the room: every join is sent with the bookmark saying
    // autojoin, so one that arrives after it says otherwise was overtaken by the account's leave,
    // and the story of that leave (a kick that crossed it included) goes on.
    const Device &d = *m_devices[device];
    if (!room.member && live(d) && d.session == session && d.holds && room.autojoin) {
        trace("room" + std::to_string(r) + ": the account is a member again");
        room.member = true;
        room.exits.clear(); // the story of the previous membership is over
    }
    room.occupants[device] = session;
    roomToDevice(
        room, device, session, [this, r](Device &d) { roomEvent(d, r, Occupancy::Joined, Exit::None); });
}

void DeliverySimulation::roomLeave(Room &room, int device, int session, bool userLeave)
{
    const auto it = room.occupants.find(device);
    if (it == room.occupants.end() || it->second != session)
        return;
    room.occupants.erase(it);
    if (userLeave && room.member) {
        room.member = false;
        room.lastExit = Exit::Left;
        room.exits.insert(Exit::Left);
    }
    const int r = room.index;
    roomToDevice(room, device, session, [this, r, userLeave](Device &d) {
        roomEvent(d, r, Occupancy::Out, userLeave ? Exit::Left : Exit::None);
    });
}

void DeliverySimulation::archiveQuery(Device &d, quint64 fetch, qint64 after, std::optional<Time> since)
{
    const auto f = d.fetches.find(fetch);
    if (f == d.fetches.end())
        return;
    ++m_result.stats.archivePages;
    sendToRoom(d, f->second.room, [this, device = d.index, fetch, after, since](Room &room, int session) {
        if (!room.stamps) {
            // No archive: the query fails, and the gap stays open (RoomCatchUp::m_failed).
            roomToDevice(room, device, session, [this, fetch](Device &d) {
                const auto f = d.fetches.find(fetch);
                if (f != d.fetches.end() && !f->second.viaAnchor)
                    endFetch(d, fetch, false);
            });
            return;
        }
        const auto &a = room.archive;
        const qint64 total = qint64(a.size());
        // Stanza-ids are the archive's positions; by time, from the first at or after it; with
        // neither, only the recent history.
        qint64 from = after >= 0 ? std::min(after, total) : std::max<qint64>(0, total - m_p.recentHistory);
        if (after < 0 && since)
            from = std::find_if(a.begin(), a.end(), [&](const Message &m) { return m.at >= *since; })
                - a.begin();
        const bool paged = after >= 0 || since;
        const qint64 to = paged ? std::min(total, from + m_p.archivePage) : total;
        const std::vector<Message> page(a.begin() + from, a.begin() + to);
        const bool complete = to == total;
        roomToDevice(room, device, session, [this, r = room.index, fetch, page, complete](Device &d) {
            archivePage(d, r, fetch, page, complete);
        });
    });
}

void DeliverySimulation::setAutojoin(Device &by, Room &room, bool autojoin, Exit why)
{
    const Exit listed = autojoin ? Exit::None : why;
    if (room.autojoin == autojoin && room.listedExit == listed)
        return;
    room.autojoin = autojoin;
    room.listedExit = listed;
    trace(by.name() + " sets the bookmark of room" + std::to_string(room.index)
        + " to autojoin=" + (autojoin ? "true" : "false"));
    // PEP notifications reach every session of the account, the writer's too, in order with the
    // answers to their fetches; holders act on them (§11).
    for (const auto &d : m_devices) {
        if (live(*d))
            send(
                PepEndpoint, d->index,
                [this, r = room.index, listed, autojoin](Device &h) {
                    h.listed[r] = listed;
                    h.autojoin[r] = autojoin;
                    bookmarkChanged(h, r);
                },
                true);
    }
}

void DeliverySimulation::fetchBookmarks(Device &d)
{
    // BookmarksManager0402 fetches the whole list after every connection.
    std::map<int, Exit> list;
    std::map<int, bool> autojoin;
    for (const Room &room : m_rooms) {
        list[room.index] = room.listedExit;
        autojoin[room.index] = room.autojoin;
    }
    send(
        PepEndpoint, d.index,
        [list, autojoin](Device &h) {
            h.listed = list;
            h.autojoin = autojoin;
        },
        true);
}

} // namespace Tandem::Sim
