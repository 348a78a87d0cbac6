#pragma once

#include "ElectionSimulation.h" // SimParameters-style knobs, formatSeconds()
#include "SimScheduler.h"
#include "coordinator/AnchorElection.h"
#include "coordinator/CatchUpGaps.h"
#include "coordinator/HeldRoomGaps.h"
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
    Time requestTimeout { 60000 }; ///< a catch-up page the anchor does not answer falls back to MAM
    Time serveWaitLimit { 30000 }; ///< longest an anchor holds a catch-up back for its own fill
    Time maxClockSkew { 1500 }; ///< each device's clock is off the server's by up to this
    int unstampedRoomOneIn = 3; ///< rooms that stamp no stanza-ids and keep no archive (0: none)
    int ownMessagesPerRound = 8; ///< the account's own messages, sent from any device
    int originIdOneIn = 2; ///< other occupants' messages that carry an origin-id (0: none)
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
    long messages = 0; ///< sent in the rooms (by other occupants and by the account)
    long ownMessages = 0; ///< of which the account sent
    long merged = 0; ///< copies production's de-duplication merged into a stored row
    long keylessCopies = 0; ///< extra copies of messages without ids, from two sessions' live copies
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
    /// What identifies a copy of a room message in the store (MessageQueries: origin-id first,
    /// then the room's stanza-id), and the simulation's own truth about it.
    struct Copy
    {
        qint64 message = -1; ///< the room message (-1: our own, not yet seen by the room)
        qint64 stanzaId = -1; ///< -1: none (the room stamps none, or not reflected yet)
        qint64 originId = -1; ///< -1: none
        bool own = false; ///< sent by the account (outgoing)
    };
    /// One row of a device's message store.
    struct Row
    {
        Copy copy;
        Time time { 0 }; ///< server_ts: what cursors and catch-up pages compare
        qint64 rowId = 0;
        bool delivered = true; ///< an own message the room reflected (HistoryStanza serves only those)
        int stampedBy = -1; ///< whose clock gave `time`: a device's index, or -1 (the room's archive)
    };
    /// A catch-up page's position in the anchor's store (its opaque `next`).
    using StoreCursor = std::pair<Time, qint64>;
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
        CatchUpCursor after; ///< null: nothing stored, recent history only
        bool afterIsOldest = false; ///< CatchUp::Fetch::afterIsOldest: the archive is asked by time
        bool viaAnchor = false;
        int anchor = -1;
        std::optional<StoreCursor> page; ///< the anchor's `next` cursor
        int request = 0;
    };
    /// A catch-up request as the anchor receives it (RequestCodec's fields that matter).
    struct Served
    {
        int sibling = 0;
        int request = 0;
        int room = 0;
        qint64 after = -1; ///< stanza-id
        std::optional<Time> since;
        std::optional<Time> until;
        std::optional<StoreCursor> cursor;
        Time arrived { 0 };
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
        Time skew { 0 }; ///< this device's clock minus the server's
        std::map<int, std::vector<Row>> store; ///< persisted: room → rows, in insertion order
        std::map<int, Time> firstStored; ///< persisted: when the store first had a row of the room
        qint64 nextRow = 1;
        QHash<QString, CatchUpCursor> persistedGaps;
        // The process:
        std::unique_ptr<AnchorElection> election;
        std::unique_ptr<CatchUpGaps> gaps;
        std::unique_ptr<RelayReceiver> receiver;
        std::unique_ptr<HeldRoomGaps> held;
        RelaySequence sequence;
        bool holds = false;
        bool relaying = false;
        bool takeover = false;
        std::map<int, Occupancy> occupancy;
        std::set<int> kickedHere;
        std::map<int, Shown> shown; ///< what the room's mirror says
        std::map<int, Exit> listed; ///< the exits the bookmarks this process fetched or was sent say
        std::map<int, bool> autojoin; ///< what those bookmarks say of autojoin: a holder acts on them
        std::map<quint64, Fetch> fetches;
        std::set<int> failedFills; ///< rooms whose last fetch did not complete (RoomCatchUp::m_failed)
        std::map<int, Time> liveFrom; ///< per open gap: the anchor's stamp on the first relay after it
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
        Copy copy; ///< as the room sends it
    };
    struct Room
    {
        int index = 0;
        QString jid;
        bool stamps = true; ///< stamps stanza-ids and keeps an archive (XEP-0313)
        std::vector<Message> archive; ///< every message, archived or not (the checks' truth)
        std::map<int, int> occupants; ///< device → session of the account's occupants
        bool banned = false;
        bool member = true; ///< the account has not left, been kicked or banned since it last joined
        bool autojoin = true; ///< the account's bookmark
        Exit listedExit = Exit::None; ///< why the bookmark says autojoin='false' (its extension)
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
    /// 2025-01-01T00:00:00Z plus simulated time, so that times look like real ones.
    static constexpr qint64 EpochBase = 1735689600000;
    static QDateTime toDate(Time t) { return QDateTime::fromMSecsSinceEpoch(EpochBase + t.count(), Qt::UTC); }
    static Time fromDate(const QDateTime &t) { return Time(t.toMSecsSinceEpoch() - EpochBase); }
    Time clock(const Device &d) const { return m_s.now() + d.skew; }

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
    void roomPosts(Room &room, const Copy &copy);
    void roomExpels(Room &room, Exit why);
    void roomJoin(Room &room, int device, int session);
    void roomLeave(Room &room, int device, int session, bool userLeave);
    void archiveQuery(Device &d, quint64 fetch, qint64 after, std::optional<Time> since = std::nullopt);
    /// The first archive query of fetch `f` (RoomCatchUp::fetchFromArchive).
    void archiveQueryFor(Device &d, const Fetch &f);
    void setAutojoin(Device &by, Room &room, bool autojoin, Exit why = Exit::None);
    void fetchBookmarks(Device &d);

    // DeliverySimulationHolder.cpp: the device that holds the rooms (solo, anchor, successor)
    void startHolding(Device &d);
    void stopHolding(Device &d);
    void joinRoom(Device &d, int room);
    void leaveRoom(Device &d, int room);
    void roomEvent(Device &d, int room, Occupancy now, Exit why);
    void roomMessage(Device &d, int room, const Copy &copy);
    void bookmarkChanged(Device &d, int room);
    void userAction(Device &d);
    void userActionAt(Device &holder, int room, bool leave);
    void relay(Device &d, int room, Time stamp, const std::function<void(Device &, Time)> &apply);
    void relayTo(Device &d, int sibling, int room, std::optional<Time> stamp,
        const std::function<void(Device &, Time)> &apply, bool snapshot = false);
    void sendSnapshots(Device &d);
    void serveCatchUp(Device &d, const Served &request, bool waited = false);
    void serveWaiting(Device &d);
    void checkTakeoverJoins(Device &d);

    // DeliverySimulationSibling.cpp: relays, catch-up and pings on the sibling side
    /// `liveFrom`: the anchor's stamp on the relay that caused `actions` (RoomCatchUp::execute).
    void carryOut(Device &d, const CatchUp::Actions &actions, std::optional<Time> liveFrom = std::nullopt);
    void startFetch(Device &d, const CatchUp::Fetch &fetch);
    void requestPage(Device &d, quint64 fetch);
    void catchUpAnswer(Device &d, int request, bool error, std::optional<StoreCursor> next);
    void fallBackToArchive(Device &d, quint64 fetch, const char *why);
    void archivePage(Device &d, int room, quint64 fetch, const std::vector<Message> &page, bool complete);
    void endFetch(Device &d, quint64 fetch, bool complete);
    void receiveRelay(Device &d, int anchor, quint64 term, quint64 seq, int room, std::optional<Time> stamp,
        const std::function<void(Device &, Time)> &apply, bool snapshot);
    void sendOwn(Device &d);

    // DeliverySimulationStore.cpp: the store as MessageQueries keeps it, and what reads it
    /// `history`: a catch-up page's copy (stored like an archived message).
    /// `stampedBy`: the device whose clock gave `time` (-1: the room's archive), as Row keeps it.
    void store(Device &d, int room, const Copy &copy, Time time, int stampedBy, bool history = false);
    CatchUpCursor readCursor(const Device &d, int room) const;
    CatchUpCursor readOldest(const Device &d, int room) const;
    std::vector<const Row *> sortedRows(const Device &d, int room) const;
    void storeOutgoing(Device &d, int room, qint64 originId);
    void showRelayed(Device &d, int room, Shown shown, std::optional<Time> stamp);
    void schedulePing(Device &d);
    void ping(Device &d);
    void knownRoomsChanged(Device &d);
    int roomIndex(const QString &jid) const;
    int deviceIndex(const QString &jid) const;

    // DeliverySimulationChecks.cpp
    void checkQuiescent();
    void checkRooms(const Device &anchor);
    void checkStores();
    int copiesOf(const Device &d, const Room &room, const Message &m) const;
    int distinctStampsOf(const Device &d, const Room &room, const Message &m) const;

    std::uint64_t m_seed;
    DeliveryParameters m_p;
    SimScheduler m_s;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::vector<Room> m_rooms;
    std::map<int, Session> m_sessions;
    std::map<int, Time> m_streamLost; ///< session → when its stream dropped
    std::map<std::pair<int, int>, Time> m_lastDelivery; ///< FIFO per (from, to) endpoint
    int m_nextSession = 1;
    qint64 m_nextOrigin = 1;
    bool m_verbose = false;
    DeliveryResult m_result;
};

} // namespace Tandem::Sim
