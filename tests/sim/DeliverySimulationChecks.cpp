// What DeliverySimulation asserts once everything has gone quiet (no stanza, timer or server
// timeout pending but the siblings' periodic pings). The precise definitions are in
// test_delivery_sim.cpp.
#include "DeliverySimulation.h"

#include <sstream>

namespace Tandem::Sim {

namespace {
const char *exitName(DeliverySimulation::Exit why)
{
    switch (why) {
    case DeliverySimulation::Exit::None:
        return "unknown";
    case DeliverySimulation::Exit::Left:
        return "left";
    case DeliverySimulation::Exit::Kicked:
        return "kicked";
    case DeliverySimulation::Exit::Banned:
        return "banned";
    case DeliverySimulation::Exit::JoinRefused:
        return "join refused";
    }
    return "?";
}

bool sameExit(DeliverySimulation::Exit shown, DeliverySimulation::Exit last)
{
    using Exit = DeliverySimulation::Exit;
    // Once banned, a refused rejoin is the same story told later.
    const auto banned = [](Exit e) { return e == Exit::Banned || e == Exit::JoinRefused; };
    return shown == last || (banned(shown) && banned(last));
}
} // namespace

void DeliverySimulation::checkQuiescent()
{
    if (!ok())
        return;
    ++m_result.stats.quiescences;
    std::vector<const Device *> online;
    std::vector<const Device *> holders;
    for (const auto &d : m_devices) {
        if (!live(*d))
            continue;
        online.push_back(d.get());
        if (d->holds)
            holders.push_back(d.get());
    }
    if (online.empty())
        return;
    if (holders.size() != 1)
        return fail("after quiescence " + std::to_string(holders.size()) + " devices hold the rooms among "
            + std::to_string(online.size()) + " online");
    const Device &anchor = *holders.front();
    if (anchor.takeover)
        return fail(anchor.name() + " is still taking over after quiescence");
    for (const Device *d : online) {
        if (d->election->anchor() != anchor.jid)
            return fail(
                d->name() + " follows '" + d->election->anchor().toStdString() + "', not " + anchor.name());
        if (d != &anchor && d->receiver->anchor() != anchor.jid)
            return fail(d->name() + " accepts relays from '" + d->receiver->anchor().toStdString() + "'");
    }
    checkRooms(anchor);
    checkStores();
    trace(
        "quiescent: " + anchor.name() + " holds the rooms for " + std::to_string(online.size()) + " online");
}

void DeliverySimulation::checkRooms(const Device &anchor)
{
    for (const Room &room : m_rooms) {
        const std::string name = "room" + std::to_string(room.index);
        // The account wants the room, and no kick sent this very holding session out of it.
        const bool wanted = room.autojoin && !anchor.kickedHere.count(room.index);
        const auto in = room.occupants.find(anchor.index);
        const bool anchorIn = in != room.occupants.end() && in->second == anchor.session;
        if (room.occupants.size() != (wanted ? 1u : 0u) || (wanted && !anchorIn)) {
            std::ostringstream why;
            why << name << " has " << room.occupants.size() << " occupant sessions of the account"
                << (anchorIn ? " (the anchor's among them)" : "") << ", expected "
                << (wanted ? "the anchor's alone" : "none");
            return fail(why.str());
        }
        for (const auto &d : m_devices) {
            if (!live(*d))
                continue;
            const auto shown = d->shown.find(room.index);
            Shown s = shown == d->shown.end() ? Shown() : shown->second;
            // What the bookmark says (the account's latest decision) comes before what the
            // mirror remembers: RoomService::shown().
            if (!s.joined && d->listed.count(room.index) && d->listed.at(room.index) != Exit::None)
                s.why = d->listed.at(room.index);
            if (s.joined != wanted)
                return fail(d->name() + " shows " + name + (s.joined ? " joined" : " not joined")
                    + ", but it is "
                    + (wanted ? "joined" : std::string("not (") + exitName(room.lastExit) + ")"));
            // Out because the holding session was kicked (it does not rejoin, §11): that kick is
            // the reason, whatever the account went through in other holders' sessions since.
            const bool heldOutByKick = anchor.kickedHere.count(room.index) && s.why == Exit::Kicked;
            if (!wanted && !heldOutByKick && !sameExit(s.why, room.lastExit) && !room.exits.count(s.why))
                return fail(d->name() + " shows " + name + " as " + exitName(s.why) + ", but it was "
                    + exitName(room.lastExit));
        }
    }
}

void DeliverySimulation::checkStores()
{
    for (const auto &d : m_devices) {
        if (!live(*d))
            continue;
        for (const Room &room : m_rooms) {
            for (const Message &m : room.archive) {
                const int copies = copiesOf(*d, room, m);
                if (copies > 1 && m.copy.stanzaId < 0 && m.copy.originId < 0
                    && copies == distinctStampsOf(*d, room, m)) {
                    // Nothing identifies this message but its content and the time the session
                    // that received it live stored it under: two sessions' copies (a takeover's
                    // overlap, a device that held the room itself) cannot be told apart (§9.4),
                    // even when their clocks happened to read the same millisecond.
                    m_result.stats.keylessCopies += copies - 1;
                } else if (copies > 1) {
                    std::ostringstream why;
                    why << d->name() << " shows room" << room.index << " message " << m.id << " " << copies
                        << " times (stanza-id " << m.copy.stanzaId << ", origin-id " << m.copy.originId
                        << (m.copy.own ? ", the account's own" : "") << ")";
                    return fail(why.str());
                }
                // A room without an archive loses what no session of the account saw (§9.4):
                // there only "at most once" is owed.
                // A device with nothing of a room is new to it: like a join, it gets the room's
                // recent history, and owes what follows from its first row on.
                const auto first = d->firstStored.find(room.index);
                const Time since = first == d->firstStored.end() ? *d->firstConnected : first->second;
                if (!room.stamps || !m.obliged || m.at < since)
                    continue;
                ++m_result.stats.obligations;
                if (copies == 1)
                    continue;
                std::ostringstream why;
                why << d->name() << " lacks room" << room.index << " message " << m.id << " (sent at "
                    << formatSeconds(m.at) << "; stored " << d->store[room.index].size() << " rows of "
                    << room.archive.size() << ", open gaps:";
                for (const QString &gap : d->gaps->openRooms())
                    why << ' ' << gap.toStdString();
                why << ")";
                return fail(why.str());
            }
        }
    }
}

} // namespace Tandem::Sim
