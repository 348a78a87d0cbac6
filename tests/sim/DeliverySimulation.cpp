// DeliverySimulation: the run, the chaos schedule, devices' processes and connections, and the
// election's actions carried out the way Coordinator::execute does.
#include "DeliverySimulation.h"

#include <algorithm>
#include <sstream>

namespace Tandem::Sim {

DeliveryStats &DeliveryStats::operator+=(const DeliveryStats &o)
{
    for (auto [mine, theirs] : { std::pair { &messages, o.messages }, { &obligations, o.obligations },
             { &relays, o.relays }, { &seqGaps, o.seqGaps }, { &catchUpPages, o.catchUpPages },
             { &catchUpFallbacks, o.catchUpFallbacks }, { &archivePages, o.archivePages },
             { &crashes, o.crashes }, { &kicks, o.kicks }, { &bans, o.bans }, { &leaves, o.leaves },
             { &takeovers, o.takeovers }, { &quiescences, o.quiescences }, { &ownMessages, o.ownMessages },
             { &merged, o.merged }, { &keylessCopies, o.keylessCopies } })
        *mine += theirs;
    simulated += o.simulated;
    return *this;
}

DeliverySimulation::DeliverySimulation(std::uint64_t seed, DeliveryParameters parameters)
    : m_seed(seed)
    , m_p(parameters)
    , m_s(seed)
{ }

DeliverySimulation::~DeliverySimulation() = default;

DeliveryResult DeliverySimulation::run()
{
    if (m_verbose)
        return runOnce(true);
    DeliveryResult result = runOnce(false);
    if (result.ok)
        return result;
    // Passing runs pay nothing for the trace: a failing seed is replayed with it.
    DeliveryResult traced = DeliverySimulation(m_seed, m_p).runOnce(true);
    if (traced.ok)
        result.failure += "(replaying the seed with tracing did NOT fail: nondeterminism)\n";
    return traced.ok ? result : traced;
}

DeliveryResult DeliverySimulation::runOnce(bool tracing)
{
    m_s.setTracing(tracing, m_verbose);
    const int devices = m_s.pick(2, 5);
    for (int i = 0; i < devices; ++i) {
        auto d = std::make_unique<Device>();
        d->index = i;
        d->jid = QStringLiteral("alice@example.org/dev%1").arg(i);
        d->alwaysOn = m_s.oneIn(4);
        d->preference = m_s.pick(0, 2);
        // Features drawn only when enabled, so that seeds of runs without them replay unchanged.
        if (m_p.maxClockSkew.count() > 0)
            d->skew = m_s.between(-m_p.maxClockSkew, m_p.maxClockSkew);
        m_devices.push_back(std::move(d));
    }
    const int rooms = m_s.pick(1, m_p.maxRooms);
    for (int i = 0; i < rooms; ++i) {
        Room room;
        room.index = i;
        room.jid = QStringLiteral("room%1@muc.example.org").arg(i);
        room.stamps = !m_s.oneIn(m_p.unstampedRoomOneIn);
        m_rooms.push_back(room);
    }
    trace("seed " + std::to_string(m_seed) + ": " + std::to_string(devices) + " devices, "
        + std::to_string(rooms) + " rooms");

    for (int round = 0; round < m_p.rounds && ok(); ++round) {
        const Time begin = m_s.now();
        if (round == 0) {
            for (auto &d : m_devices) {
                if (d->index == devices - 1 || m_s.oneIn(2))
                    m_s.at(begin + m_s.between(Time(0), Time(3000)),
                        [this, dev = d.get()] { this->start(*dev); });
            }
        }
        const int events = m_s.pick(m_p.minEventsPerRound, m_p.maxEventsPerRound);
        for (int i = 0; i < events; ++i)
            m_s.at(begin + m_s.between(Time(0), m_p.roundLength), [this] { chaos(); });
        const int messages = m_s.pick(0, m_p.maxMessagesPerRound);
        for (int i = 0; i < messages; ++i) {
            const int room = m_s.pick(0, rooms - 1);
            m_s.at(begin + m_s.between(Time(0), m_p.roundLength), [this, room] { roomSays(m_rooms[room]); });
        }
        const int own = m_p.ownMessagesPerRound > 0 ? m_s.pick(0, m_p.ownMessagesPerRound) : 0;
        for (int i = 0; i < own; ++i) {
            Device *d = m_devices[std::size_t(m_s.pick(0, devices - 1))].get();
            m_s.at(begin + m_s.between(Time(0), m_p.roundLength), [this, d] {
                if (live(*d) && ok())
                    sendOwn(*d);
            });
        }
        const Time limit = begin + m_p.roundLength + Time(4 * 3600 * 1000);
        if (!m_s.runUntilQuiet(limit, [this] { return ok(); })) {
            fail("no quiescence within 4 h of simulated time");
            break;
        }
        if (std::none_of(m_devices.begin(), m_devices.end(), [](const auto &d) { return d->running; })) {
            start(*m_devices[m_s.pick(0, devices - 1)]); // end every round with someone to check
            if (!m_s.runUntilQuiet(limit, [this] { return ok(); }))
                fail("no quiescence within 4 h of simulated time");
        }
        checkQuiescent();
    }
    m_result.stats.simulated = m_s.now();
    return m_result;
}

void DeliverySimulation::chaos()
{
    const int roll = m_s.pick(1, 100);
    if (roll <= 6) {
        Room &room = m_rooms[m_s.pick(0, int(m_rooms.size()) - 1)];
        roomExpels(room, roll <= 4 ? Exit::Kicked : Exit::Banned);
        return;
    }
    Device &d = *m_devices[m_s.pick(0, int(m_devices.size()) - 1)];
    if (!d.running) {
        start(d);
    } else if (roll <= 24) {
        crash(d);
    } else if (roll <= 36) {
        trace(d.name() + " stops cleanly");
        if (d.connected)
            endSession(d.index);
        endProcess(d);
    } else if (roll <= 56 && d.connected) {
        dropNetwork(d);
    } else if (roll <= 72 && d.connected) {
        feed(d, "ctl anchor", [this](AnchorElection &e) { return e.preferAsAnchor(m_s.now()); });
    } else if (d.connected) {
        userAction(d);
    }
}

void DeliverySimulation::start(Device &d)
{
    if (d.running)
        return;
    d.running = true;
    d.connected = false;
    DeviceInfo self;
    self.fullJid = d.jid;
    self.alwaysOn = d.alwaysOn;
    self.preference = d.preference;
    self.since = EpochBase + m_s.now().count();
    d.election = std::make_unique<AnchorElection>(self, m_p.election, d.highestTerm);
    d.gaps
        = std::make_unique<CatchUpGaps>(m_p.persistGaps ? d.persistedGaps : QHash<QString, CatchUpCursor>());
    d.receiver = std::make_unique<RelayReceiver>(d.gaps.get(), m_p.fetchPolicy);
    d.held = std::make_unique<HeldRoomGaps>(d.gaps.get());
    knownRoomsChanged(d);
    d.sequence = RelaySequence();
    const int generation = ++d.generation;
    trace(d.name() + " process starts");
    m_s.after(m_s.between(Time(20), Time(1500)), [this, &d, generation] {
        if (d.running && !d.connected && d.generation == generation)
            connect(d);
    });
}

void DeliverySimulation::connect(Device &d)
{
    bind(d);
    d.connected = true;
    d.session = m_sessions.at(d.index).id;
    if (!d.firstConnected)
        d.firstConnected = m_s.now();
    ++d.generation;
    fetchBookmarks(d);
    feed(d, "connected", [this](AnchorElection &e) { return e.connected(m_s.now()); });
}

void DeliverySimulation::crash(Device &d)
{
    trace(d.name() + " crashes (kill -9)");
    ++m_result.stats.crashes;
    if (d.connected)
        loseStream(d);
    endProcess(d);
}

void DeliverySimulation::loseStream(Device &d)
{
    // The server keeps the session (and its room occupancy) until it notices: stanzas to it are
    // lost meanwhile, and so is what the device had not yet written to the socket.
    Session &s = m_sessions.at(d.index);
    s.zombie = true;
    m_streamLost[s.id] = m_s.now();
    m_s.after(m_s.between(m_p.minServerTimeout, m_p.maxServerTimeout), [this, index = d.index, id = s.id] {
        if (m_sessions.count(index) && m_sessions.at(index).id == id) {
            trace("server times out dev" + std::to_string(index));
            endSession(index);
        }
    });
}

void DeliverySimulation::endProcess(Device &d)
{
    // The store and what the profile persisted survive; everything else dies with the process.
    if (d.gaps)
        d.persistedGaps = d.gaps->persistent();
    d.running = false;
    d.connected = false;
    d.election.reset();
    d.receiver.reset();
    d.held.reset();
    d.gaps.reset();
    d.holds = d.relaying = d.takeover = false;
    d.occupancy.clear();
    d.kickedHere.clear();
    d.shown.clear();
    d.listed.clear();
    d.autojoin.clear();
    d.fetches.clear();
    d.failedFills.clear();
    d.liveFrom.clear();
    d.waiting.clear();
    ++d.generation;
}

void DeliverySimulation::dropNetwork(Device &d)
{
    trace(d.name() + " loses its network");
    loseStream(d);
    d.connected = false;
    const int generation = ++d.generation;
    d.receiver->disconnected();
    d.fetches.clear();
    d.waiting.clear();
    feed(d, "network lost", [this](AnchorElection &e) { return e.disconnected(m_s.now()); });
    m_s.after(m_s.between(Time(1000), Time(15000)), [this, &d, generation] {
        if (d.running && !d.connected && d.generation == generation)
            connect(d);
    });
}

void DeliverySimulation::feed(
    Device &d, const std::string &what, const std::function<Election::Actions(AnchorElection &)> &event)
{
    if (!d.election || !ok())
        return;
    const Election::Actions actions = event(*d.election);
    if (!actions.empty())
        trace(d.name() + " " + what + " -> " + Election::toString(actions).toStdString());
    apply(d, actions);
    if (!d.election)
        return;
    d.highestTerm = d.election->highestTermSeen();
    if (d.relaying) {
        QSet<QString> present;
        for (const DeviceInfo &s : d.election->siblings())
            present.insert(s.fullJid);
        d.sequence.retain(present);
        sendSnapshots(d);
    }
    scheduleTick(d);
    schedulePing(d);
}

void DeliverySimulation::apply(Device &d, const Election::Actions &actions)
{
    using namespace Election;
    for (const Action &action : actions) {
        if (const auto *a = std::get_if<BecomeAnchor>(&action)) {
            if (!d.holds)
                startHolding(d);
            d.takeover = false;
            d.relaying = true;
            d.sequence.restart(); // every sibling's stream starts again at 1, with a snapshot
            carryOut(d, d.held->ready());
            serveWaiting(d);
            Q_UNUSED(a);
        } else if (std::holds_alternative<BecomeSolo>(action)) {
            if (!d.holds)
                startHolding(d);
            d.takeover = false;
            d.relaying = false;
            carryOut(d, d.held->ready());
        } else if (std::holds_alternative<StartTakeover>(action)) {
            ++m_result.stats.takeovers;
            startHolding(d);
            d.takeover = true;
            d.held->takeoverStarted();
            m_s.after(Time(0), [this, &d, generation = d.generation] {
                if (d.generation == generation)
                    checkTakeoverJoins(d);
            });
        } else if (const auto *h = std::get_if<SendHandover>(&action)) {
            const auto to = std::find_if(
                m_devices.begin(), m_devices.end(), [h](const auto &o) { return o->jid == h->to; });
            if (to != m_devices.end() && d.connected) {
                const QString from = d.jid;
                const quint64 term = h->term;
                send(d.index, (*to)->index, [this, from, term](Device &r) {
                    feed(r, "handover",
                        [&](AnchorElection &e) { return e.handoverReceived(from, term, m_s.now()); });
                });
            }
        } else if (std::holds_alternative<LeaveRooms>(action)) {
            stopHolding(d);
            d.held->stoodDown();
        } else if (const auto *f = std::get_if<FollowAnchor>(&action)) {
            ++d.follows;
            // A successor joining the rooms follows the old anchor in the election (R1 while
            // joining), but it holds the rooms: its receiver, its mirrors and its fetches are
            // the holder's, and a new relay stream would reset them. The end of this batch
            // follows the election's anchor once the device stops holding.
            if (!d.holds)
                followAnchor(d, f->fullJid, f->term);
        } else if (const auto *p = std::get_if<PublishPresence>(&action)) {
            if (d.connected)
                broadcastPresence(d, p->device);
        }
    }
    // A successor that gave up its takeover (LeaveRooms) gets no FollowAnchor if it keeps
    // following the anchor it followed while joining: its receiver must follow that one again.
    if (d.election && d.receiver && !d.holds)
        followAnchor(d, d.election->anchor(), d.election->term());
}

void DeliverySimulation::followAnchor(Device &d, const QString &anchor, quint64 term)
{
    const RelayReceiver::Changed changed = d.receiver->follow(anchor, term);
    if (changed.newStream) {
        d.shown.clear(); // the anchor's snapshot rebuilds them
        d.fetches.clear(); // CatchUpGaps voided them
    }
    carryOut(d, changed.actions);
}

void DeliverySimulation::scheduleTick(Device &d)
{
    const auto deadline = d.election->nextDeadline();
    if (!deadline || (d.tickAt && *d.tickAt == *deadline && d.tickGeneration == d.generation))
        return;
    d.tickAt = deadline;
    d.tickGeneration = d.generation;
    m_s.at(*deadline, [this, &d, generation = d.generation, when = *deadline] {
        if (!d.election || d.generation != generation || d.tickAt != when)
            return;
        d.tickAt.reset();
        feed(d, "tick", [this](AnchorElection &e) { return e.tick(m_s.now()); });
    });
}

void DeliverySimulation::fail(const std::string &why)
{
    if (!m_result.ok)
        return;
    m_result.ok = false;
    std::ostringstream out;
    out << "seed " << m_seed << " at " << formatSeconds(m_s.now()) << ": " << why << '\n'
        << m_s.recentTrace();
    m_result.failure = out.str();
}

} // namespace Tandem::Sim
