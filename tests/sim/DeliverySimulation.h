#pragma once

#include "ElectionSimulation.h" // SimParameters-style knobs, formatSeconds()
#include "SimScheduler.h"
#include "coordinator/AnchorElection.h"
#include "coordinator/CatchUpGaps.h"
#include "coordinator/RelayReceiver.h"
#include "coordinator/RelaySequence.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace Tandem::Sim {

/// The knobs of one simulated account and its rooms.
struct DeliveryParameters
{
    AnchorElection::Config election { Time(30000), Time(2000), Time(20000) };
    Time maxDelay { 3000 }; ///< longest delivery delay of one stanza
    Time minServerTimeout { 3000 }; ///< the server notices a vanished session after this …
    Time maxServerTimeout { 40000 }; ///< … up to this (XEP-0198 hibernation)
    Time pingInterval { 15000 }; ///< siblings ping the anchor they follow (§6.5)
    Time pingTimeout { 10000 };
    Time requestTimeout { 15000 }; ///< a catch-up page the anchor does not answer falls back to MAM
    int rounds = 3;
    int minEventsPerRound = 3;
    int maxEventsPerRound = 12;
    Time roundLength { 90000 };
    int maxRooms = 3;
    int maxMessagesPerRound = 24;
    int archivePage = 5; ///< MAM page size (RSM max)
    int recentHistory = 50; ///< what a device with nothing stored of a room fetches
    int catchUpPage = 4; ///< the anchor's catch-up page size
    RelayReceiver::FetchPolicy fetchPolicy = RelayReceiver::FetchPolicy::AtOnce;
    bool persistGaps = true; ///< CatchUpGaps::persistent() survives a restart
    /// A ping's verdict counts only if the sibling has not followed anew (any FollowAnchor) since
    /// it sent the ping. Coordinator today keeps its ping timeout running across FollowAnchor, so
    /// a ping lost to an anchor's hibernated old session condemns the anchor's new session.
    bool pingVoidedByFollow = true;
};

struct DeliveryStats
{
    long messages = 0; ///< sent by other occupants
    long obligations = 0; ///< (device, message) pairs checked
    long relays = 0;
    long seqGaps = 0;
    long catchUpPages = 0; ///< served by an anchor
    long catchUpFallbacks = 0; ///< anchor answered an error or nothing: room MAM instead
    long archivePages = 0;
    long crashes = 0;
    long kicks = 0;
    long bans = 0;
    long leaves = 0;
    long takeovers = 0;
    long quiescences = 0;
    Time simulated { 0 };
    DeliveryStats &operator+=(const DeliveryStats &o);
};

struct DeliveryResult
{
    bool ok = true;
    std::string failure;
    DeliveryStats stats;
};

/// One seeded run of message delivery across an account: 2–5 Tandem devices, each with the real
/// AnchorElection, RelaySequence, RelayReceiver and CatchUpGaps, on a simulated server and 1–3
/// simulated rooms with archives. See test_delivery_sim.cpp for what is checked and
/// DeliverySimulationWorld.cpp for what the server and rooms do (and do not) model.
class DeliverySimulation
{
public:
    explicit DeliverySimulation(std::uint64_t seed, DeliveryParameters parameters = {});
    ~DeliverySimulation();
    DeliveryResult run();
    void setVerbose(bool verbose) { m_verbose = verbose; }

    enum class Exit { None, Left, Kicked, Banned, JoinRefused };
    /// What a device shows for a room.
    struct Shown
    {
        bool joined = false;
        Exit why = Exit::None; ///< None: not joined, reason unknown (rebuilt from a snapshot)
    };

private:
    enum class Occupancy { Out, Joining, Joined, Leaving };
    struct Fetch
    {
        quint64 id = 0;
        int room = 0;
        qint64 after = -1; ///< -1: nothing stored, recent history only
        bool viaAnchor = false;
        int anchor = -1;
        qint64 page = -1; ///< the anchor's `next` cursor
        int request = 0;
    };
    struct Served
    {
        int sibling;
        int request;
        int room;
        qint64 after;
    };
    struct Device
    {
        int index = 0;
        QString jid;
        bool alwaysOn = false;
        qint64 preference = 0;
        bool running = false;
        bool connected = false;
        int session = 0;
        int generation = 0; ///< bumped on every process or connection change: voids timers
        std::optional<Time> firstConnected;
        quint64 highestTerm = 0; ///< persisted
        std::map<int, std::set<qint64>> store; ///< persisted: room → stanza-ids (numbers)
        std::map<int, int> duplicates; ///< persisted: stores of a stanza-id already there
        QHash<QString, CatchUpCursor> persistedGaps;
        // The process:
        std::unique_ptr<AnchorElection> election;
        std::unique_ptr<CatchUpGaps> gaps;
        std::unique_ptr<RelayReceiver> receiver;
        RelaySequence sequence;
        bool holds = false;
        bool relaying = false;
        bool takeover = false;
        std::map<int, Occupancy> occupancy;
        std::set<int> kickedHere;
        std::map<int, Shown> shown;
        std::map<quint64, Fetch> fetches;
        std::vector<Served> waiting; ///< catch-ups waiting for our own archive fill
        int nextRequest = 1;
        int pingArmed = -1; ///< the generation a ping timer is armed for
        int follows = 0; ///< FollowAnchor actions carried out
        std::optional<Time> tickAt;
        int tickGeneration = 0;
        std::string name() const { return "dev" + std::to_string(index); }
    };
    struct Message
    {
        qint64 id;
        Time at;
        bool obliged; ///< sent while the account was a member (see test_delivery_sim.cpp)
    };
    struct Room
    {
        int index = 0;
        QString jid;
        std::vector<Message> archive;
        std::map<int, int> occupants; ///< device → session of the account's occupants
        bool banned = false;
        bool member = true; ///< the account has not left, been kicked or banned since it last joined
        bool autojoin = true; ///< the account's bookmark
        std::set<int> kicked; ///< sessions of the account this room kicked or banned
        Exit lastExit = Exit::None;
        /// Every exit the account lived through: in a split view two holders may each show
        /// their own last one (kicked here, left there) until a new join.
        std::set<Exit> exits;
    };
    struct Session
    {
        int id = 0;
        bool zombie = false;
        std::optional<DeviceInfo> presence;
    };

    DeliveryResult runOnce(bool tracing);
    void chaos();
    bool ok() const { return m_result.ok; }
    void trace(const std::string &line) { m_s.trace(line); }
    void fail(const std::string &why);
    bool live(const Device &d) const { return d.running && d.connected && d.election; }

    // DeliverySimulation.cpp: lifecycle of devices, election actions
    void start(Device &d);
    void connect(Device &d);
    void crash(Device &d);
    void dropNetwork(Device &d);
    void loseStream(Device &d);
    void endProcess(Device &d);
    void feed(
        Device &d, const std::string &what, const std::function<Election::Actions(AnchorElection &)> &event);
    void apply(Device &d, const Election::Actions &actions);
    void followAnchor(Device &d, const QString &anchor, quint64 term);
    void scheduleTick(Device &d);

    // DeliverySimulationWorld.cpp: the server, the rooms and their archives
    void bind(Device &d);
    void broadcastPresence(Device &d, const DeviceInfo &info);
    void endSession(int device);
    void send(int from, int to, std::function<void(Device &)> handler, bool fromServer = false);
    void sendToRoom(Device &from, int room, std::function<void(Room &, int session)> handler);
    void roomToDevice(Room &room, int device, int session, std::function<void(Device &)> handler);
    void roomSays(Room &room);
    void roomExpels(Room &room, Exit why);
    void roomJoin(Room &room, int device, int session);
    void roomLeave(Room &room, int device, int session, bool userLeave);
    void archiveQuery(Device &d, quint64 fetch, qint64 after);
    void setAutojoin(Device &by, Room &room, bool autojoin);

    // DeliverySimulationHolder.cpp: the device that holds the rooms (solo, anchor, successor)
    void startHolding(Device &d);
    void stopHolding(Device &d);
    void joinRoom(Device &d, int room);
    void leaveRoom(Device &d, int room);
    void roomEvent(Device &d, int room, Occupancy now, Exit why);
    void roomMessage(Device &d, int room, qint64 id);
    void bookmarkChanged(Device &d, int room);
    void userAction(Device &d);
    void userActionAt(Device &holder, int room, bool leave);
    void relay(Device &d, int room, const std::function<void(Device &)> &apply);
    void relayTo(Device &d, int sibling, int room, const std::function<void(Device &)> &apply);
    void sendSnapshots(Device &d);
    void serveCatchUp(Device &d, const Served &request);
    void serveWaiting(Device &d);
    void checkTakeoverJoins(Device &d);

    // DeliverySimulationSibling.cpp: relays, catch-up and pings on the sibling side
    void carryOut(Device &d, const CatchUp::Actions &actions);
    void startFetch(Device &d, const CatchUp::Fetch &fetch);
    void requestPage(Device &d, quint64 fetch);
    void catchUpAnswer(Device &d, int request, bool error, qint64 next);
    void fallBackToArchive(Device &d, quint64 fetch, const char *why);
    void archivePage(Device &d, int room, quint64 fetch, const std::vector<qint64> &ids, bool complete);
    void endFetch(Device &d, quint64 fetch, bool complete);
    void receiveRelay(Device &d, int anchor, quint64 term, quint64 seq, int room,
        const std::function<void(Device &)> &apply);
    void store(Device &d, int room, qint64 id);
    void showRelayed(Device &d, int room, Shown shown);
    void schedulePing(Device &d);
    void ping(Device &d);
    void knownRoomsChanged(Device &d);
    int roomIndex(const QString &jid) const;
    int deviceIndex(const QString &jid) const;

    // DeliverySimulationChecks.cpp
    void checkQuiescent();
    void checkRooms(const Device &anchor);
    void checkStores();

    std::uint64_t m_seed;
    DeliveryParameters m_p;
    SimScheduler m_s;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::vector<Room> m_rooms;
    std::map<int, Session> m_sessions;
    std::map<int, Time> m_streamLost; ///< session → when its stream dropped
    std::map<std::pair<int, int>, Time> m_lastDelivery; ///< FIFO per (from, to) endpoint
    int m_nextSession = 1;
    bool m_verbose = false;
    DeliveryResult m_result;
};

} // namespace Tandem::Sim
