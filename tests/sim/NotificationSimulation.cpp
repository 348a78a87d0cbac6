#include "NotificationSimulation.h"

#include "ElectionSimulation.h" // formatSeconds()
#include "session/NotificationPolicy.h"

#include <memory>
#include <sstream>

namespace Tandem::Sim {

namespace {

using Time = SimScheduler::Time;
/// The simulated wall clock starts here (2027-01-15), so stamps look like real ones.
constexpr qint64 epochMs = 1'800'000'000'000;

enum Kind { Live, Archive, CatchUp };

const char *kindName(int kind)
{
    return kind == Live ? "live" : kind == Archive ? "archive" : "catch-up";
}

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

NotificationSimStats &NotificationSimStats::operator+=(const NotificationSimStats &o)
{
    messages += o.messages;
    history += o.history;
    whileActive += o.whileActive;
    settledWhileActive += o.settledWhileActive;
    duplicates += o.duplicates;
    noneActive += o.noneActive;
    reports += o.reports;
    inputs += o.inputs;
    return *this;
}

NotificationSimulation::NotificationSimulation(std::uint64_t seed, NotificationSimParameters p)
    : m_sim(seed)
    , m_p(p)
{
    // One headless device (never active, never notifies) and two or three desktops, their ids
    // shuffled so that the tie-break by id lands on any of them.
    const int count = m_sim.pick(3, 4);
    std::vector<QString> ids { QStringLiteral("tandem-a"), QStringLiteral("tandem-b"),
        QStringLiteral("tandem-c"), QStringLiteral("tandem-d") };
    std::shuffle(ids.begin(), ids.end(), m_sim.rng());
    for (int i = 0; i < count; ++i) {
        Device d { ids[i], ActivityTracker(i != 0, p.activity),
            NotifyingDevice(ids[i], i != 0, p.activity.graceMs) };
        d.clockOffset = m_sim.pick(-int(p.maxClockSkew.count()), int(p.maxClockSkew.count()));
        m_devices.push_back(std::move(d));
    }
    m_lastDelivery.assign(count, std::vector<Time>(count, Time(0)));
}

qint64 NotificationSimulation::wallClock(const Device &d) const
{
    return epochMs + m_sim.now().count() + d.clockOffset;
}

QList<NotifyingDevice::Report> NotificationSimulation::siblingsOf(const Device &d) const
{
    QList<NotifyingDevice::Report> reports;
    for (const Device &other : m_devices) {
        if (other.id != d.id)
            reports.append({ other.id, d.view.value(other.id) });
    }
    return reports;
}

void NotificationSimulation::fail(const std::string &why)
{
    if (!m_result.ok)
        return;
    m_result.ok = false;
    m_result.failure = formatSeconds(m_sim.now()) + " " + why + "\n" + m_sim.recentTrace();
}

void NotificationSimulation::sendReports(int device)
{
    const DeviceActivity report = m_devices[device].tracker.reported();
    m_sim.trace(str(m_devices[device].id) + " reports " + str(toString(report.state)) + " since "
        + std::to_string(report.sinceMs - epochMs));
    for (int to = 0; to < int(m_devices.size()); ++to) {
        if (to == device)
            continue;
        ++m_result.stats.reports;
        Time at = m_sim.now() + m_sim.networkDelay(m_p.maxReportLatency);
        at = std::max(at, m_lastDelivery[device][to]); // in order per sender and receiver
        m_lastDelivery[device][to] = at;
        const QString from = m_devices[device].id;
        m_sim.at(at, [this, to, from, report] {
            m_devices[to].view.insert(from, report);
            viewChanged(to);
        });
    }
    viewChanged(device);
}

void NotificationSimulation::viewChanged(int device)
{
    Device &d = m_devices[device];
    const qint64 now = wallClock(d);
    d.notifying.update(now, d.tracker.activeSince(now), siblingsOf(d));
}

void NotificationSimulation::scheduleTick(int device)
{
    Device &d = m_devices[device];
    const std::uint64_t generation = ++d.tickGeneration;
    if (const auto deadline = d.tracker.nextDeadline())
        m_sim.after(Time(std::max<qint64>(0, *deadline - wallClock(d))),
            [this, device, generation] { tick(device, generation); });
}

void NotificationSimulation::tick(int device, std::uint64_t generation)
{
    Device &d = m_devices[device];
    if (generation != d.tickGeneration)
        return;
    if (d.tracker.tick(wallClock(d)))
        sendReports(device);
    scheduleTick(device);
}

void NotificationSimulation::input(int device)
{
    Device &d = m_devices[device];
    ++m_result.stats.inputs;
    const bool report = d.tracker.input(wallClock(d), NotifyingDevice::latestActiveSince(siblingsOf(d)));
    if (!d.tracker.isDesktop() && report)
        fail("a headless device reported activity");
    if (report)
        sendReports(device);
    scheduleTick(device);
}

void NotificationSimulation::userSession()
{
    if (m_sim.now() >= m_p.duration)
        return;
    // A stretch of use of one desktop, sometimes of two at once (a laptop beside the desktop).
    const int desktops = int(m_devices.size()) - 1;
    const int first = m_sim.pick(1, desktops);
    const int second = m_sim.oneIn(4) ? m_sim.pick(1, desktops) : first;
    const Time length = m_sim.between(Time(2000), Time(300000));
    Time t = m_sim.now();
    const Time end = t + length;
    while (t < end) {
        const int device = m_sim.oneIn(3) ? second : first;
        m_sim.at(t, [this, device] { input(device); });
        t += m_sim.oneIn(10) ? m_sim.between(Time(20000), Time(150000))
                             : m_sim.between(Time(100), Time(8000));
    }
    // Then to another device at once, or away for a while.
    const Time gap
        = m_sim.oneIn(2) ? m_sim.between(Time(0), Time(10000)) : m_sim.between(Time(60000), Time(600000));
    m_sim.at(end + gap, [this] { userSession(); });
}

NotificationSimulation::Decision NotificationSimulation::decide(int device, int kind)
{
    Device &d = m_devices[device];
    const qint64 now = wallClock(d);
    NotificationInput in;
    in.message.account = QStringLiteral("alice@example.org");
    in.message.conversation = QStringLiteral("bob@example.org");
    in.message.sender = QStringLiteral("bob@example.org/phone");
    in.message.kind = Message::Kind::Chat;
    in.message.direction = Message::Direction::Incoming;
    in.message.body = QStringLiteral("hello");
    in.message.fromArchive = kind != Live;
    in.origin = kind == Archive ? MessageEvents::Origin::Archive
        : kind == CatchUp       ? MessageEvents::Origin::Relay
                                : std::array { MessageEvents::Origin::Live, MessageEvents::Origin::Relay,
                                MessageEvents::Origin::Carbon }[m_sim.pick(0, 2)];
    in.nowMs = now;
    viewChanged(device);
    in.notifyingDevice = d.notifying.notifiesHere(now);

    Decision decision;
    decision.notified = NotificationPolicy::decide(in) == NotificationPolicy::Verdict::Notify;
    // Settled: this view holds every report as sent, and no device is inside its grace period.
    decision.settled = true;
    QList<NotifyingDevice::Report> truth;
    for (const Device &other : m_devices) {
        const DeviceActivity reported = other.tracker.reported();
        truth.append({ other.id, reported });
        if (other.id != d.id && d.view.value(other.id) != reported)
            decision.settled = false;
        if (other.tracker.activeSince(wallClock(other)).has_value() != reported.isActive()
            || other.notifying.inGrace(wallClock(other)))
            decision.settled = false;
        decision.anyActive = decision.anyActive || reported.isActive();
    }
    decision.expected = NotifyingDevice::notifier(truth);
    return decision;
}

void NotificationSimulation::check(const std::vector<Decision> &decisions, int kind)
{
    NotificationSimStats &s = m_result.stats;
    ++s.messages;
    int notified = 0;
    bool settled = true;
    bool anyActive = false;
    std::ostringstream who;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const Decision &d = decisions[i];
        notified += d.notified ? 1 : 0;
        settled = settled && d.settled && d.expected == decisions.front().expected;
        anyActive = anyActive || d.anyActive;
        who << " " << str(m_devices[i].id) << (d.notified ? "=notified" : "=silent");
    }
    m_sim.trace(std::string(kindName(kind)) + " message:" + who.str() + (settled ? " (settled)" : ""));
    if (decisions.front().notified)
        fail("the headless device notified");
    if (kind != Live) {
        ++s.history;
        if (notified > 0)
            fail(std::string("a ") + kindName(kind) + " message notified:" + who.str());
        return;
    }
    // Never a miss: some desktop device always shows news, settled views or not.
    if (notified == 0)
        fail("no device notified a live message:" + who.str());
    if (anyActive) {
        ++s.whileActive;
        s.duplicates += notified > 1 ? 1 : 0;
    } else if (settled) {
        ++s.noneActive;
    }
    if (!settled)
        return;
    if (anyActive) {
        ++s.settledWhileActive;
        const QString expected = decisions.front().expected;
        for (std::size_t i = 0; i < decisions.size(); ++i) {
            if (decisions[i].notified != (m_devices[i].id == expected))
                fail("settled views, but not exactly " + str(expected) + " notified:" + who.str());
        }
    } else if (notified != int(decisions.size()) - 1) {
        fail("nobody active, but not every desktop notified:" + who.str());
    }
}

void NotificationSimulation::nextMessage()
{
    if (m_sim.now() >= m_p.duration)
        return;
    const int roll = m_sim.pick(1, 10);
    const int kind = roll <= 6 ? Live : roll <= 8 ? Archive : CatchUp;
    // Each device receives it a little apart (relays, carbons); decided on receipt.
    auto decisions = std::make_shared<std::vector<Decision>>(m_devices.size());
    auto pending = std::make_shared<int>(int(m_devices.size()));
    for (int i = 0; i < int(m_devices.size()); ++i) {
        m_sim.after(m_sim.between(Time(0), m_p.maxReceiptSkew), [this, i, kind, decisions, pending] {
            (*decisions)[i] = decide(i, kind);
            if (--*pending == 0)
                check(*decisions, kind);
        });
    }
    m_sim.after(m_sim.between(Time(500), Time(40000)), [this] { nextMessage(); });
}

NotificationSimResult NotificationSimulation::run()
{
    m_sim.after(m_sim.between(Time(0), Time(30000)), [this] { userSession(); });
    m_sim.after(Time(0), [this] { nextMessage(); });
    if (!m_sim.runUntilQuiet(m_p.duration + Time(3600000), [this] { return m_result.ok; }) && m_result.ok)
        fail("the simulation never became quiet");
    return m_result;
}

} // namespace Tandem::Sim
