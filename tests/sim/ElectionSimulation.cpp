#include "ElectionSimulation.h"

#include <QSet>
#include <algorithm>
#include <iostream>
#include <sstream>

namespace Tandem::Sim {

namespace {
// 2025-01-01T00:00:00Z: `since` values look like real start times.
constexpr qint64 EpochBase = 1735689600000;
} // namespace

SimStats &SimStats::operator+=(const SimStats &o)
{
    events += o.events;
    deliveries += o.deliveries;
    claims += o.claims;
    takeovers += o.takeovers;
    handovers += o.handovers;
    steppedDown += o.steppedDown;
    breaks += o.breaks;
    crashedJoining += o.crashedJoining;
    keptPastHandoverTimeout += o.keptPastHandoverTimeout;
    checkedQuiescences += o.checkedQuiescences;
    maxConvergence = std::max(maxConvergence, o.maxConvergence);
    simulated += o.simulated;
    return *this;
}

ElectionSimulation::ElectionSimulation(std::uint64_t seed, SimParameters parameters)
    : m_seed(seed)
    , m_p(parameters)
    , m_rng(seed)
{ }

ElectionSimulation::~ElectionSimulation() = default;

void ElectionSimulation::at(Time when, std::function<void()> run)
{
    m_queue.push(Event { std::max(when, m_now), m_order++, std::move(run) });
}

Time ElectionSimulation::uniform(Time low, Time high)
{
    return Time(std::uniform_int_distribution<long long>(low.count(), high.count())(m_rng));
}

Time ElectionSimulation::delay()
{
    // Mostly a LAN/WAN round trip, sometimes a congested link, rarely a stall: the long tail is
    // what splits views.
    const double r = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
    const Time max = m_p.maxDelay;
    if (r < 0.90)
        return uniform(Time(1), std::min(Time(200), max));
    if (r < 0.98)
        return uniform(std::min(Time(200), max), std::min(Time(1500), max));
    return uniform(std::min(Time(1500), max), max);
}

SimResult ElectionSimulation::run()
{
    if (m_verbose)
        return runOnce(true);
    SimResult result = runOnce(false);
    if (result.ok)
        return result;
    SimResult traced = ElectionSimulation(m_seed, m_p).runOnce(true);
    if (traced.ok) {
        // The seed must replay exactly; if it does not, that is the bug to report.
        result.failure += "(and replaying the seed with tracing did NOT reproduce it: nondeterminism)\n";
        return result;
    }
    return traced;
}

SimResult ElectionSimulation::runOnce(bool tracing)
{
    m_tracing = tracing;
    const int count = std::uniform_int_distribution<int>(2, 6)(m_rng);
    for (int i = 0; i < count; ++i) {
        auto d = std::make_unique<Device>();
        d->index = i;
        d->fullJid = QStringLiteral("alice@example.org/dev%1").arg(i);
        d->alwaysOn = std::uniform_int_distribution<int>(0, 3)(m_rng) == 0;
        d->preference = std::uniform_int_distribution<int>(0, 2)(m_rng);
        m_devices.push_back(std::move(d));
    }
    if (m_tracing) {
        std::ostringstream line;
        line << "seed " << m_seed << ": " << count << " devices:";
        for (const auto &d : m_devices)
            line << ' ' << d->name() << '(' << (d->alwaysOn ? "always-on, " : "") << "pref " << d->preference
                 << ')';
        trace(line.str());
    }

    for (int round = 0; round < m_p.rounds && m_result.ok; ++round) {
        const Time start = m_now;
        Time lastChaos = start;
        if (round == 0) {
            // A random non-empty set of devices starts together: the classic split view.
            bool any = false;
            for (auto &d : m_devices) {
                if (std::uniform_int_distribution<int>(0, 1)(m_rng) == 0 && d->index != count - 1)
                    continue;
                any = true;
                const Time when = start + uniform(Time(0), Time(3000));
                lastChaos = std::max(lastChaos, when);
                Device *device = d.get();
                at(when, [this, device] { startProcess(*device); });
            }
            Q_ASSERT(any);
        }
        const int events
            = std::uniform_int_distribution<int>(m_p.minEventsPerRound, m_p.maxEventsPerRound)(m_rng);
        for (int i = 0; i < events; ++i) {
            const Time when = start + uniform(Time(0), m_p.roundLength);
            lastChaos = std::max(lastChaos, when);
            at(when, [this] { chaosEvent(); });
        }
        const Time limit = start + m_p.roundLength + Time(4 * 3600 * 1000);
        if (!drain(limit))
            break;
        if (std::none_of(m_devices.begin(), m_devices.end(), [](const auto &d) { return d->running; })) {
            // Everyone stopped: bring one back, so the round ends with something to check.
            Device &d = *m_devices[std::uniform_int_distribution<int>(0, count - 1)(m_rng)];
            lastChaos = m_now;
            startProcess(d);
            if (!drain(limit))
                break;
        }
        if (m_lastAction > lastChaos)
            m_result.stats.maxConvergence = std::max(m_result.stats.maxConvergence, m_lastAction - lastChaos);
        checkQuiescent();
    }
    m_result.stats.simulated = m_now;
    return m_result;
}

bool ElectionSimulation::drain(Time limit)
{
    while (!m_queue.empty() && m_result.ok) {
        Event event = m_queue.top();
        m_queue.pop();
        if (event.at > limit) {
            fail("no quiescence: events keep coming at " + formatSeconds(event.at));
            return false;
        }
        m_now = event.at;
        event.run();
    }
    return m_result.ok;
}

void ElectionSimulation::chaosEvent()
{
    Device &d = *m_devices[std::uniform_int_distribution<std::size_t>(0, m_devices.size() - 1)(m_rng)];
    if (!d.running) {
        startProcess(d);
        return;
    }
    const double r = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
    if (r < 0.2)
        crash(d);
    else if (r < 0.4)
        stop(d);
    else if (r < 0.6 && d.connected)
        dropNetwork(d);
    else if (d.connected)
        changePreference(d);
    else
        crash(d);
}

void ElectionSimulation::startProcess(Device &d)
{
    if (d.running)
        return;
    d.running = true;
    d.connected = false;
    d.holdsRooms = false;
    d.tickAt.reset();
    d.lastTerm = 0; // a new process: term() starts again, highestTermSeen() does not
    DeviceInfo identity;
    identity.fullJid = d.fullJid;
    identity.alwaysOn = d.alwaysOn;
    identity.preference = d.preference;
    identity.since = EpochBase + m_now.count();
    d.election = std::make_unique<AnchorElection>(identity, m_p.election, d.persisted);
    const int generation = ++d.generation;
    trace(formatSeconds(m_now) + " " + d.name() + " process starts");
    at(m_now + uniform(Time(20), Time(1500)), [this, &d, generation] {
        if (d.running && !d.connected && d.generation == generation)
            connect(d);
    });
}

void ElectionSimulation::connect(Device &d)
{
    bind(d);
    d.connected = true;
    d.connectedAt = m_now;
    d.session = m_sessions.at(d.index).id;
    ++d.generation;
    feed(d, "connected", [this](AnchorElection &e) { return e.connected(m_now); });
}

void ElectionSimulation::crash(Device &d)
{
    trace(formatSeconds(m_now) + " " + d.name() + " crashes");
    if (d.connected && d.election && d.election->joining())
        ++m_result.stats.crashedJoining;
    if (d.connected) {
        Session &s = m_sessions.at(d.index);
        s.zombie = true;
        const int id = s.id;
        const int index = d.index;
        at(m_now + uniform(m_p.minServerTimeout, m_p.maxServerTimeout), [this, index, id] {
            const auto it = m_sessions.find(index);
            if (it != m_sessions.end() && it->second.id == id) {
                trace(formatSeconds(m_now) + " server times out dev" + std::to_string(index));
                serverUnavailable(index);
            }
        });
    }
    d.running = false;
    d.connected = false;
    d.holdsRooms = false;
    d.election.reset();
    d.tickAt.reset();
    ++d.generation;
    checkContinuous();
}

void ElectionSimulation::stop(Device &d)
{
    trace(formatSeconds(m_now) + " " + d.name() + " stops cleanly");
    if (d.connected)
        serverUnavailable(d.index);
    d.running = false;
    d.connected = false;
    d.holdsRooms = false;
    d.election.reset();
    d.tickAt.reset();
    ++d.generation;
    checkContinuous();
}

void ElectionSimulation::dropNetwork(Device &d)
{
    if (d.election && d.election->joining())
        ++m_result.stats.crashedJoining;
    Session &s = m_sessions.at(d.index);
    s.zombie = true;
    const int id = s.id;
    const int index = d.index;
    at(m_now + uniform(m_p.minServerTimeout, m_p.maxServerTimeout), [this, index, id] {
        const auto it = m_sessions.find(index);
        if (it != m_sessions.end() && it->second.id == id) {
            trace(formatSeconds(m_now) + " server times out dev" + std::to_string(index));
            serverUnavailable(index);
        }
    });
    d.connected = false;
    d.tickAt.reset();
    const int generation = ++d.generation;
    feed(d, "network lost", [this](AnchorElection &e) { return e.disconnected(m_now); });
    at(m_now + uniform(Time(1000), Time(15000)), [this, &d, generation] {
        if (d.running && !d.connected && d.generation == generation)
            connect(d);
    });
}

void ElectionSimulation::changePreference(Device &d)
{
    const double r = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
    if (r < 0.5) {
        feed(d, "ctl anchor", [this](AnchorElection &e) { return e.preferAsAnchor(m_now); });
        d.preference = d.election ? d.election->advertised().preference : d.preference;
        return;
    }
    if (r < 0.85)
        d.preference = std::uniform_int_distribution<int>(0, 3)(m_rng);
    else
        d.alwaysOn = !d.alwaysOn;
    DeviceInfo changed = d.election->advertised();
    changed.preference = d.preference;
    changed.alwaysOn = d.alwaysOn;
    feed(d, "settings changed", [this, changed](AnchorElection &e) { return e.selfChanged(changed, m_now); });
}

void ElectionSimulation::feed(
    Device &d, const char *what, const std::function<Election::Actions(AnchorElection &)> &event)
{
    if (!d.election || !m_result.ok)
        return;
    ++m_result.stats.events;
    const bool wasReady = d.election->holdsRooms() && !d.election->joining();
    const Election::Actions actions = event(*d.election);
    if (!actions.empty()) {
        m_lastAction = m_now;
        if (m_tracing)
            trace(formatSeconds(m_now) + " " + d.name() + " " + what + " -> "
                + Election::toString(actions).toStdString());
    } else if (m_verbose) {
        trace(formatSeconds(m_now) + " " + d.name() + " " + what);
    }
    apply(d, actions);
    if (!d.election)
        return;
    const AnchorElection &e = *d.election;
    // A ready anchor leaves the account's rooms only for a ready successor it then follows
    // (R4, R8), never for one that is merely joining (R4a, PROTOCOL.md §6.4).
    if (wasReady && d.connected && !e.holdsRooms() && e.anchor().isEmpty())
        fail(d.name() + ": left the rooms on '" + what + "' with no ready anchor to follow");
    if (e.term() < d.lastTerm)
        fail(d.name() + ": term went down from " + std::to_string(d.lastTerm) + " to "
            + std::to_string(e.term()));
    if (e.highestTermSeen() < d.lastHighest)
        fail(d.name() + ": highest term seen went down");
    d.lastTerm = e.term();
    d.lastHighest = e.highestTermSeen();
    d.persisted = e.highestTermSeen();
    scheduleTick(d);
    checkContinuous();
}

void ElectionSimulation::apply(Device &d, const Election::Actions &actions)
{
    using namespace Election;
    for (const Action &action : actions) {
        if (const auto *a = std::get_if<PublishPresence>(&action)) {
            if (a->device.claims() && !a->device.joining)
                m_claims.insert({ a->device.fullJid, a->device.term });
            if (d.connected)
                serverPresence(d, a->device);
        } else if (const auto *a = std::get_if<FollowAnchor>(&action)) {
            if (!a->fullJid.isEmpty() && !m_claims.count({ a->fullJid, a->term }))
                fail(d.name() + ": follows " + a->fullJid.toStdString() + " under term "
                    + std::to_string(a->term) + ", which it never claimed");
        } else if (const auto *a = std::get_if<SendHandover>(&action)) {
            ++m_result.stats.handovers;
            const auto to = std::find_if(m_devices.begin(), m_devices.end(),
                [a](const auto &other) { return other->fullJid == a->to; });
            if (to == m_devices.end()) {
                fail(d.name() + ": handover to unknown " + a->to.toStdString());
                return;
            }
            const QString from = d.fullJid;
            const quint64 term = a->term;
            deliver(d.index, (*to)->index, [this, from, term](Device &r) {
                feed(r, "handover",
                    [this, from, term](AnchorElection &e) { return e.handoverReceived(from, term, m_now); });
            });
        } else if (std::holds_alternative<BecomeAnchor>(action)
            || std::holds_alternative<BecomeSolo>(action)) {
            if (!d.holdsRooms)
                ++m_result.stats.claims;
            d.holdsRooms = true;
        } else if (std::holds_alternative<StartTakeover>(action)) {
            if (m_now - d.connectedAt < m_p.election.holdDown)
                fail(d.name() + ": took over before its hold-down elapsed");
            if (d.holdsRooms)
                fail(d.name() + ": StartTakeover while already in the rooms");
            ++m_result.stats.takeovers;
            d.holdsRooms = true;
            const int join = ++d.joinGeneration;
            // Now and then a join never completes: the successor's own timeout must cover it.
            if (std::uniform_int_distribution<int>(0, m_p.joinStallOneIn - 1)(m_rng) != 0) {
                at(m_now + uniform(Time(100), m_p.maxJoinTime), [this, &d, join] {
                    if (d.election && d.joinGeneration == join && d.election->joining())
                        feed(d, "joined all rooms",
                            [this](AnchorElection &e) { return e.joinedAllRooms(m_now); });
                });
            }
            if (m_p.crashWhileJoiningOneIn > 0
                && std::uniform_int_distribution<int>(0, m_p.crashWhileJoiningOneIn - 1)(m_rng) == 0) {
                at(m_now + uniform(Time(50), m_p.maxJoinTime), [this, &d, join] {
                    if (d.election && d.joinGeneration == join && d.election->joining())
                        crash(d);
                });
            }
        } else if (std::holds_alternative<LeaveRooms>(action)) {
            if (d.connected) {
                ++m_result.stats.steppedDown;
                const bool anyoneElse = std::any_of(m_devices.begin(), m_devices.end(),
                    [&d, this](const auto &o) { return o.get() != &d && live(*o) && o->holdsRooms; });
                if (!anyoneElse)
                    ++m_result.stats.breaks;
            }
            d.holdsRooms = false;
            ++d.joinGeneration;
        }
    }
}

void ElectionSimulation::scheduleTick(Device &d)
{
    if (!d.election)
        return;
    const auto deadline = d.election->nextDeadline();
    if (!deadline || (d.tickAt && *d.tickAt == *deadline))
        return;
    if (*deadline <= m_now) {
        fail(d.name() + ": nextDeadline() is not in the future");
        return;
    }
    d.tickAt = deadline;
    const int generation = d.generation;
    const Time when = *deadline;
    at(when, [this, &d, generation, when] {
        if (!d.election || d.generation != generation || d.tickAt != when)
            return;
        d.tickAt.reset();
        feed(d, "tick", [this](AnchorElection &e) { return e.tick(m_now); });
    });
}

} // namespace Tandem::Sim
