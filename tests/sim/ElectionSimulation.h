#pragma once

#include "coordinator/AnchorElection.h"

#include <QString>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace Tandem::Sim {

using Time = std::chrono::milliseconds;

/// "12.345s", for traces.
std::string formatSeconds(Time t);

/// The knobs of one simulated account. Delays are drawn per stanza and per recipient, so two
/// devices routinely see the same presences in different orders (split views).
struct SimParameters
{
    AnchorElection::Config election { Time(30000), Time(2000), Time(20000) };
    /// Longest delivery delay of any stanza; most are far shorter.
    Time maxDelay { 5000 };
    /// Server-side detection of a session that vanished without unavailable presence.
    Time minServerTimeout { 3000 };
    Time maxServerTimeout { 45000 };
    /// Rounds of chaos, each followed by quiescence and the end-state checks.
    int rounds = 3;
    int minEventsPerRound = 3;
    int maxEventsPerRound = 15;
    Time roundLength { 90000 };
    /// A takeover's joins complete after 100 ms up to this; one takeover in `joinStallOneIn`
    /// never completes them (the successor's own handover timeout must then make it ready).
    Time maxJoinTime { 4000 };
    int joinStallOneIn = 30;
    /// When non-zero, one successor in this many crashes while still joining: the old anchor
    /// must keep the rooms (PROTOCOL.md §6.4) until the server ends the crashed session.
    int crashWhileJoiningOneIn = 0;
    /// Equal-term anchors must resolve within this (they resolve once each sees the other's claim).
    Time convergenceBound() const { return maxDelay * 2 + Time(1000); }
};

/// Counters over one run, summed over seeds by the test.
struct SimStats
{
    long events = 0;
    long deliveries = 0;
    long claims = 0; ///< BecomeAnchor/BecomeSolo from a device that held no room (failover, start)
    long takeovers = 0; ///< StartTakeover
    long handovers = 0; ///< SendHandover
    long steppedDown = 0; ///< LeaveRooms while connected
    long breaks = 0; ///< a LeaveRooms that left no connected device in the rooms
    long crashedJoining = 0; ///< successors that crashed or lost the network while joining
    /// A ready anchor still held the rooms a handover timeout after it first saw a better claim
    /// joining (the successor crashed, stalled or is slow to announce it is ready).
    long keptPastHandoverTimeout = 0;
    long checkedQuiescences = 0;
    Time maxConvergence { 0 }; ///< last chaos event of a round → last election action
    Time simulated { 0 };

    SimStats &operator+=(const SimStats &o);
};

struct SimResult
{
    bool ok = true;
    std::string failure; ///< what broke, with the seed and the recent trace
    SimStats stats;
};

/// One seeded run: N devices (2–6) of one account on a simulated server that broadcasts presence
/// among the account's resources (RFC 6121 §4.4.2/§4.5.2) and routes handovers, in order per
/// sender and recipient (RFC 6120 §10.1) but with random per-recipient delays. A seeded schedule
/// starts, crashes (no unavailable until a server timeout), stops cleanly, disconnects, restarts
/// devices and changes their preferences; after each round everything goes quiet and the end
/// state is checked. Continuous invariants are checked after every event.
class ElectionSimulation
{
public:
    explicit ElectionSimulation(std::uint64_t seed, SimParameters parameters = SimParameters());
    ~ElectionSimulation();

    /// Runs the seed. A failing run is replayed with tracing on (the seed fixes everything), so
    /// the failure message carries the recent trace while passing runs pay nothing for it.
    SimResult run();
    /// Print every trace line as it happens (TANDEM_SIM_TRACE=1).
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    /// One simulated device (a Tandem profile): its process, its connection, what it persisted.
    struct Device
    {
        int index = 0;
        QString fullJid;
        bool alwaysOn = false;
        qint64 preference = 0;
        std::unique_ptr<AnchorElection> election;
        bool running = false; ///< the process
        bool connected = false; ///< its XMPP session, as the device sees it
        int session = 0; ///< the server session of that connection
        int generation = 0; ///< bumped whenever the process or connection changes: cancels stale timers
        int joinGeneration = 0;
        quint64 persisted = 0; ///< highestTermSeen as written to the profile
        quint64 lastTerm = 0;
        quint64 lastHighest = 0;
        bool holdsRooms = false;
        std::optional<Time> tickAt;
        Time connectedAt { 0 };
        /// Ready and facing a better joining claim in its view: since when; whether counted.
        std::optional<Time> facingJoiningSince;
        bool countedPastTimeout = false;
        std::string name() const { return "dev" + std::to_string(index); }
    };
    struct Session
    {
        int id = 0;
        bool zombie = false; ///< the device is gone but the server has not noticed yet
        std::optional<DeviceInfo> presence;
    };
    struct Event
    {
        Time at;
        std::uint64_t order;
        std::function<void()> run;
    };
    struct Later
    {
        bool operator()(const Event &a, const Event &b) const
        {
            return a.at != b.at ? a.at > b.at : a.order > b.order;
        }
    };

    SimResult runOnce(bool tracing);

    // schedule
    void at(Time when, std::function<void()> run);
    Time delay();
    Time uniform(Time low, Time high);
    void chaosEvent();
    bool drain(Time limit);

    // devices
    void startProcess(Device &d);
    void connect(Device &d);
    void crash(Device &d);
    void stop(Device &d);
    void dropNetwork(Device &d);
    void changePreference(Device &d);
    void feed(Device &d, const char *what, const std::function<Election::Actions(AnchorElection &)> &event);
    void apply(Device &d, const Election::Actions &actions);
    void scheduleTick(Device &d);

    // server
    void bind(Device &d);
    void serverPresence(Device &d, const DeviceInfo &info);
    void serverUnavailable(int device);
    void deliver(int from, int to, std::function<void(Device &)> handler);

    // checks
    void checkContinuous();
    void watchHandoverTimeout(Device &d);
    void checkQuiescent();
    void fail(const std::string &why);
    void trace(const std::string &line);
    bool live(const Device &d) const;

    std::uint64_t m_seed;
    SimParameters m_p;
    std::mt19937_64 m_rng;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::map<int, Session> m_sessions; ///< by device index: at most one session per resource
    std::priority_queue<Event, std::vector<Event>, Later> m_queue;
    std::map<std::pair<int, int>, Time> m_lastDelivery;
    std::map<std::tuple<int, int, quint64>, Time> m_equalTerms;
    /// Every ready claim ever announced: a FollowAnchor must name one of them exactly.
    std::set<std::pair<QString, quint64>> m_claims;
    std::deque<std::string> m_trace;
    Time m_now { 0 };
    Time m_lastAction { 0 };
    std::uint64_t m_order = 0;
    int m_nextSession = 1;
    bool m_verbose = false;
    bool m_tracing = false;
    SimResult m_result;
};

} // namespace Tandem::Sim
