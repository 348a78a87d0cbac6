// Hand-written scenarios of AnchorElection: one device's view, fed by hand. The seeded
// simulation (test_election_sim) covers whole accounts; these pin down each rule.
#include "coordinator/AnchorElection.h"

#include <QLoggingCategory>
#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Election;
using ms = std::chrono::milliseconds;

namespace {

DeviceInfo device(const char *resource, bool alwaysOn = false, qint64 preference = 0, qint64 since = 1000)
{
    DeviceInfo d;
    d.fullJid = QStringLiteral("alice@example.org/") + QLatin1String(resource);
    d.alwaysOn = alwaysOn;
    d.preference = preference;
    d.since = since;
    return d;
}

DeviceInfo claiming(DeviceInfo d, quint64 term, bool joining = false)
{
    d.role = DeviceRole::Anchor;
    d.term = term;
    d.anchor = d.fullJid;
    d.joining = joining;
    return d;
}

DeviceInfo following(DeviceInfo d, const QString &anchor, quint64 term)
{
    d.role = DeviceRole::Sibling;
    d.term = term;
    d.anchor = anchor;
    return d;
}

template<class T> std::optional<T> find(const Actions &actions)
{
    for (const auto &action : actions) {
        if (const auto *a = std::get_if<T>(&action))
            return *a;
    }
    return std::nullopt;
}

template<class T> bool has(const Actions &actions)
{
    return find<T>(actions).has_value();
}

/// The first action of type T; a test failure (and a default T) when there is none.
template<class T> T the(const Actions &actions)
{
    if (const auto found = find<T>(actions))
        return *found;
    ADD_FAILURE() << "no such action in " << qPrintable(toString(actions));
    return T();
}

// The defaults: hold-down 30 s, settle 3 s, handover timeout 60 s.
const AnchorElection::Config config;

/// A device connected at t=0 that follows `anchor` (a ready claim under `term`).
AnchorElection followerOf(const DeviceInfo &self, const DeviceInfo &anchor, quint64 term)
{
    AnchorElection e(self, config);
    e.connected(ms(0));
    e.siblingAvailable(claiming(anchor, term), ms(100));
    return e;
}

/// A device that became the anchor under term 1 at t=3 s, with `siblings` following it.
AnchorElection anchorWith(const DeviceInfo &self, const QList<DeviceInfo> &siblings)
{
    AnchorElection e(self, config);
    e.connected(ms(0));
    for (const auto &s : siblings)
        e.siblingAvailable(s, ms(100));
    e.tick(config.settle);
    EXPECT_EQ(e.role(), siblings.isEmpty() ? DeviceRole::Solo : DeviceRole::Anchor);
    for (const auto &s : siblings)
        e.siblingAvailable(following(s, self.fullJid, e.term()), ms(3100));
    return e;
}

class AnchorElectionTest : public ::testing::Test
{
protected:
    void SetUp() override { QLoggingCategory::setFilterRules(QStringLiteral("tandem.coordinator=false")); }
};

} // namespace

TEST(DeviceInfoRanking, AlwaysOnThenPreferenceThenUptimeThenResource)
{
    EXPECT_TRUE(DeviceInfo::ranksAbove(device("b", true, 0), device("a", false, 9)));
    EXPECT_TRUE(DeviceInfo::ranksAbove(device("b", false, 2), device("a", false, 1)));
    EXPECT_TRUE(DeviceInfo::ranksAbove(device("b", false, 1, 10), device("a", false, 1, 20)));
    EXPECT_TRUE(DeviceInfo::ranksAbove(device("a"), device("b")));
    EXPECT_FALSE(DeviceInfo::ranksAbove(device("a"), device("a")));
    // Resources compare by code unit, never by locale: "Z" < "a".
    EXPECT_TRUE(DeviceInfo::ranksAbove(device("Z"), device("a")));
}

TEST(DeviceInfoRanking, ClaimsCompareTermThenRank)
{
    EXPECT_TRUE(DeviceInfo::claimBeats(claiming(device("z"), 5), claiming(device("a", true), 4)));
    EXPECT_TRUE(DeviceInfo::claimBeats(claiming(device("a"), 5), claiming(device("b"), 5)));
    EXPECT_FALSE(DeviceInfo::claimBeats(claiming(device("b"), 5), claiming(device("a"), 5)));
}

TEST_F(AnchorElectionTest, AloneAfterSettleBecomesSolo)
{
    AnchorElection e(device("home"), config);
    const Actions first = e.connected(ms(0));
    ASSERT_TRUE(has<PublishPresence>(first)); // the initial presence
    EXPECT_EQ(the<PublishPresence>(first).device.role, DeviceRole::Sibling);
    EXPECT_EQ(e.nextDeadline(), config.settle);
    EXPECT_FALSE(has<BecomeSolo>(e.tick(ms(2999))));
    const Actions settled = e.tick(config.settle);
    ASSERT_TRUE(has<BecomeSolo>(settled)) << qPrintable(toString(settled));
    EXPECT_EQ(the<BecomeSolo>(settled).term, 1u);
    EXPECT_EQ(the<PublishPresence>(settled).device.role, DeviceRole::Solo);
    EXPECT_EQ(e.role(), DeviceRole::Solo);
    EXPECT_EQ(e.anchor(), e.advertised().fullJid);
}

TEST_F(AnchorElectionTest, ARestartedDeviceClaimsAboveThePersistedTerm)
{
    // What the previous run saw (CoordinatorState) fences this run's first claim.
    AnchorElection e(device("home"), config);
    e.restoreHighestTerm(41);
    e.restoreHighestTerm(7); // only raises
    e.connected(ms(0));
    const Actions settled = e.tick(config.settle);
    ASSERT_TRUE(has<BecomeSolo>(settled)) << qPrintable(toString(settled));
    EXPECT_EQ(the<BecomeSolo>(settled).term, 42u);
    EXPECT_EQ(e.highestTermSeen(), 42u);
}

TEST_F(AnchorElectionTest, SoloBecomesAnchorWithASiblingAndSoloAgainWithout)
{
    AnchorElection e = anchorWith(device("home", true), {});
    const Actions joined = e.siblingAvailable(device("laptop"), ms(5000));
    EXPECT_EQ(the<BecomeAnchor>(joined).term, 1u) << "same holder, same term";
    EXPECT_EQ(e.role(), DeviceRole::Anchor);
    const Actions left = e.siblingUnavailable(device("laptop").fullJid, ms(6000));
    EXPECT_EQ(the<BecomeSolo>(left).term, 1u);
    EXPECT_FALSE(has<LeaveRooms>(left));
}

TEST_F(AnchorElectionTest, FollowsAnExistingAnchorWithoutWaitingForSettle)
{
    AnchorElection e(device("laptop"), config);
    e.connected(ms(0));
    const Actions a = e.siblingAvailable(claiming(device("home", true), 7), ms(50));
    ASSERT_TRUE(has<FollowAnchor>(a));
    EXPECT_EQ(the<FollowAnchor>(a).fullJid, device("home").fullJid);
    EXPECT_EQ(e.term(), 7u);
    EXPECT_EQ(the<PublishPresence>(a).device.anchor, device("home").fullJid);
    e.tick(ms(60000));
    EXPECT_FALSE(e.holdsRooms()) << "a lower-ranked device never takes over";
}

TEST_F(AnchorElectionTest, FailoverIsImmediateForTheBestRemainingDevice)
{
    AnchorElection e = followerOf(device("desktop", false, 1), device("home", true), 4);
    e.siblingAvailable(following(device("laptop"), device("home").fullJid, 4), ms(200));
    const Actions a = e.siblingUnavailable(device("home").fullJid, ms(5000));
    ASSERT_TRUE(has<BecomeAnchor>(a)) << qPrintable(toString(a));
    EXPECT_EQ(the<BecomeAnchor>(a).term, 5u);
    EXPECT_EQ(e.anchor(), device("desktop").fullJid);
}

TEST_F(AnchorElectionTest, FailoverWaitsForTheBestRemainingDevice)
{
    AnchorElection e = followerOf(device("laptop"), device("home", true), 4);
    e.siblingAvailable(following(device("desktop", false, 1), device("home").fullJid, 4), ms(200));
    const Actions lost = e.siblingUnavailable(device("home").fullJid, ms(1000));
    EXPECT_FALSE(e.holdsRooms());
    ASSERT_TRUE(has<FollowAnchor>(lost));
    EXPECT_TRUE(the<FollowAnchor>(lost).fullJid.isEmpty()) << "no anchor: nobody to send requests to";
    const Actions found = e.siblingAvailable(claiming(device("desktop", false, 1), 5), ms(1200));
    EXPECT_EQ(the<FollowAnchor>(found).fullJid, device("desktop").fullJid);
    EXPECT_EQ(e.term(), 5u);
}

TEST_F(AnchorElectionTest, AJoiningSuccessorHoldsOffAFailover)
{
    // The old anchor vanished mid-takeover. We rank first, yet the successor (which did not see
    // us) is about to hold the rooms: we claim nothing meanwhile and follow it once it is ready.
    const DeviceInfo successor = device("phone", false, 0);
    AnchorElection e = followerOf(device("desktop", false, 1), device("laptop"), 3);
    e.siblingAvailable(claiming(successor, 4, true), ms(4000));
    const Actions lost = e.siblingUnavailable(device("laptop").fullJid, ms(5000));
    EXPECT_FALSE(e.holdsRooms()) << qPrintable(toString(lost));
    EXPECT_TRUE(e.anchor().isEmpty());
    const Actions ready = e.siblingAvailable(claiming(successor, 4), ms(6000));
    EXPECT_EQ(the<FollowAnchor>(ready).fullJid, successor.fullJid);
    EXPECT_EQ(e.term(), 4u);
    EXPECT_FALSE(e.holdsRooms()) << "inside our hold-down";
    EXPECT_TRUE(has<StartTakeover>(e.tick(config.holdDown))) << "then we take over as the best device";
}

TEST_F(AnchorElectionTest, HoldDownThenMakeBeforeBreakTakeover)
{
    const DeviceInfo home = device("home", true);
    const DeviceInfo laptop = device("laptop");
    AnchorElection e = followerOf(home, laptop, 3);
    EXPECT_FALSE(has<StartTakeover>(e.tick(ms(29999)))) << "inside hold-down";
    EXPECT_EQ(e.nextDeadline(), config.holdDown);
    const Actions start = e.tick(config.holdDown);
    ASSERT_TRUE(has<StartTakeover>(start)) << qPrintable(toString(start));
    EXPECT_EQ(the<StartTakeover>(start).term, 4u);
    const DeviceInfo announced = the<PublishPresence>(start).device;
    EXPECT_EQ(announced.role, DeviceRole::Anchor);
    EXPECT_TRUE(announced.joining);
    EXPECT_EQ(e.anchor(), laptop.fullJid) << "the old anchor still relays while we join";
    EXPECT_EQ(e.term(), 3u);

    const Actions ready = e.joinedAllRooms(ms(32000));
    ASSERT_TRUE(has<BecomeAnchor>(ready)) << qPrintable(toString(ready));
    EXPECT_EQ(the<BecomeAnchor>(ready).term, 4u);
    ASSERT_TRUE(has<SendHandover>(ready));
    EXPECT_EQ(the<SendHandover>(ready).to, laptop.fullJid);
    EXPECT_FALSE(the<PublishPresence>(ready).device.joining);
    EXPECT_EQ(e.anchor(), home.fullJid);
    EXPECT_EQ(e.term(), 4u);
}

TEST_F(AnchorElectionTest, OldAnchorKeepsTheRoomsUntilTheHandover)
{
    const DeviceInfo home = device("home", true);
    AnchorElection e = anchorWith(device("laptop"), {});
    e.siblingAvailable(following(home, device("laptop").fullJid, e.term()), ms(10000)); // home is back
    const quint64 old = e.term();
    const Actions joining = e.siblingAvailable(claiming(home, old + 1, true), ms(40000));
    EXPECT_FALSE(has<LeaveRooms>(joining)) << "make before break";
    EXPECT_TRUE(e.holdsRooms());
    EXPECT_EQ(e.nextDeadline(), ms(40000) + config.handoverTimeout);
    const Actions handed = e.handoverReceived(home.fullJid, old + 1, ms(42000));
    // The successor's ready presence normally comes first; the handover alone suffices too.
    EXPECT_TRUE(has<LeaveRooms>(handed)) << qPrintable(toString(handed));
    EXPECT_FALSE(e.holdsRooms());
    const Actions ready = e.siblingAvailable(claiming(home, old + 1), ms(42001));
    EXPECT_EQ(the<FollowAnchor>(ready).fullJid, home.fullJid);
    EXPECT_EQ(e.term(), old + 1);
}

TEST_F(AnchorElectionTest, OldAnchorKeepsTheRoomsAfterTheHandoverTimeout)
{
    // PROTOCOL.md §6.4: a successor still joining after the handover timeout has most likely
    // crashed; leaving would leave the account in no room until the server noticed.
    const DeviceInfo home = device("home", true);
    AnchorElection e = anchorWith(device("laptop"), {});
    e.siblingAvailable(following(home, device("laptop").fullJid, e.term()), ms(10000)); // home is back
    const quint64 term = e.term();
    e.siblingAvailable(claiming(home, term + 1, true), ms(40000));
    const Actions timeout = e.tick(ms(40000) + config.handoverTimeout);
    EXPECT_FALSE(has<LeaveRooms>(timeout)) << qPrintable(toString(timeout));
    EXPECT_TRUE(e.holdsRooms());
    EXPECT_EQ(e.role(), DeviceRole::Anchor);
    EXPECT_EQ(e.term(), term);
    EXPECT_EQ(e.anchor(), device("laptop").fullJid);
    const auto next = e.nextDeadline();
    EXPECT_TRUE(!next || *next > ms(40000) + config.handoverTimeout) << "the timeout fires once";
    EXPECT_FALSE(has<LeaveRooms>(e.tick(ms(500000))));
    EXPECT_TRUE(e.holdsRooms());

    // A successor that was only slow still takes over once it is ready.
    const Actions ready = e.siblingAvailable(claiming(home, term + 1), ms(600000));
    EXPECT_TRUE(has<LeaveRooms>(ready)) << qPrintable(toString(ready));
    EXPECT_EQ(the<FollowAnchor>(ready).fullJid, home.fullJid);
    EXPECT_EQ(e.term(), term + 1);
}

TEST_F(AnchorElectionTest, OldAnchorStaysWhenAStuckSuccessorVanishes)
{
    const DeviceInfo home = device("home", true);
    AnchorElection e = anchorWith(device("laptop"), {});
    e.siblingAvailable(following(home, device("laptop").fullJid, e.term()), ms(10000)); // home is back
    const quint64 term = e.term();
    e.siblingAvailable(claiming(home, term + 1, true), ms(40000));
    e.tick(ms(40000) + config.handoverTimeout);
    // The server ends the crashed successor's session.
    const Actions gone = e.siblingUnavailable(home.fullJid, ms(150000));
    EXPECT_FALSE(has<LeaveRooms>(gone)) << qPrintable(toString(gone));
    EXPECT_EQ(e.role(), DeviceRole::Solo);
    EXPECT_EQ(the<BecomeSolo>(gone).term, term) << "same holder, same term";
}

TEST_F(AnchorElectionTest, LateHandoverAfterTheTimeoutIsHonoured)
{
    const DeviceInfo home = device("home", true);
    AnchorElection e = anchorWith(device("laptop"), {});
    e.siblingAvailable(following(home, device("laptop").fullJid, e.term()), ms(10000)); // home is back
    const quint64 term = e.term();
    e.siblingAvailable(claiming(home, term + 1, true), ms(40000));
    e.tick(ms(40000) + config.handoverTimeout);
    const Actions handed = e.handoverReceived(home.fullJid, term + 1, ms(110000));
    EXPECT_TRUE(has<LeaveRooms>(handed)) << qPrintable(toString(handed));
    EXPECT_FALSE(e.holdsRooms());
}

TEST_F(AnchorElectionTest, ABetterReadyClaimWinsEvenWhileAnotherIsJoining)
{
    // A failover we missed made desktop anchor under term 2, and home is already taking over
    // from it under term 3: we hold no legitimate claim any more and yield at once to desktop,
    // rather than wait for home.
    AnchorElection e = anchorWith(device("laptop"), {});
    e.siblingAvailable(claiming(device("home", true), 3, true), ms(5000));
    EXPECT_TRUE(e.holdsRooms()) << "a joining claim alone does not move the rooms";
    const Actions a = e.siblingAvailable(claiming(device("desktop", false, 1), 2), ms(5100));
    EXPECT_TRUE(has<LeaveRooms>(a)) << qPrintable(toString(a));
    EXPECT_EQ(the<FollowAnchor>(a).fullJid, device("desktop").fullJid);
    EXPECT_EQ(e.term(), 2u);
}

TEST_F(AnchorElectionTest, AbandonedTakeoverLeavesTheOldAnchorInPlace)
{
    const DeviceInfo home = device("home", true);
    AnchorElection e = anchorWith(device("laptop"), {});
    e.siblingAvailable(following(home, device("laptop").fullJid, e.term()), ms(10000)); // home is back
    const quint64 term = e.term();
    e.siblingAvailable(claiming(home, term + 1, true), ms(40000));
    const Actions gone = e.siblingUnavailable(home.fullJid, ms(41000));
    EXPECT_FALSE(has<LeaveRooms>(gone));
    EXPECT_EQ(e.role(), DeviceRole::Solo);
    EXPECT_EQ(e.term(), term);
    EXPECT_FALSE(e.nextDeadline() == ms(40000) + config.handoverTimeout);
}

TEST_F(AnchorElectionTest, FencingIgnoresStaleClaimsAndHandovers)
{
    AnchorElection e = followerOf(device("laptop"), device("home", true), 5);
    const Actions stale = e.siblingAvailable(claiming(device("desktop", false, 3), 4), ms(500));
    EXPECT_FALSE(has<FollowAnchor>(stale));
    EXPECT_EQ(e.anchor(), device("home").fullJid);
    EXPECT_EQ(e.term(), 5u);
    // Even with the real anchor gone, a claim below our fence is not followed.
    const Actions lost = e.siblingUnavailable(device("home").fullJid, ms(600));
    EXPECT_TRUE(the<FollowAnchor>(lost).fullJid.isEmpty());
    EXPECT_EQ(e.term(), 5u);

    AnchorElection anchor = anchorWith(device("home", true), { device("laptop") });
    const Actions handover = anchor.handoverReceived(device("laptop").fullJid, 0, ms(5000));
    EXPECT_FALSE(has<LeaveRooms>(handover));
    EXPECT_TRUE(anchor.holdsRooms());
}

TEST_F(AnchorElectionTest, SplitViewTheLowerRankedAnchorStepsDown)
{
    // Both claimed term 1 without seeing each other.
    AnchorElection worse = anchorWith(device("laptop"), {});
    const Actions yield = worse.siblingAvailable(claiming(device("home", true), 1), ms(3500));
    EXPECT_TRUE(has<LeaveRooms>(yield)) << qPrintable(toString(yield));
    EXPECT_EQ(worse.anchor(), device("home").fullJid);

    AnchorElection better = anchorWith(device("home", true), {});
    const Actions keep = better.siblingAvailable(claiming(device("laptop"), 1), ms(3500));
    EXPECT_FALSE(has<LeaveRooms>(keep));
    EXPECT_TRUE(better.holdsRooms());
}

TEST_F(AnchorElectionTest, BestDeviceOutbidsALowerRankedHigherTermInsteadOfRejoining)
{
    AnchorElection e = anchorWith(device("home", true), { device("laptop") });
    const Actions a = e.siblingAvailable(claiming(device("laptop"), 9), ms(40000));
    EXPECT_FALSE(has<LeaveRooms>(a)) << qPrintable(toString(a));
    ASSERT_TRUE(has<BecomeAnchor>(a));
    EXPECT_EQ(the<BecomeAnchor>(a).term, 10u);
}

TEST_F(AnchorElectionTest, AnchorRaisesItsTermForAnOrphanedSibling)
{
    // laptop followed an anchor under term 7 that vanished before we ever saw it: it cannot
    // accept our term 1, so we move above it.
    AnchorElection e = anchorWith(device("home", true), {});
    const Actions a = e.siblingAvailable(following(device("laptop"), QString(), 7), ms(5000));
    ASSERT_TRUE(has<BecomeAnchor>(a)) << qPrintable(toString(a));
    EXPECT_EQ(the<BecomeAnchor>(a).term, 8u);
    EXPECT_FALSE(has<LeaveRooms>(a));
}

TEST_F(AnchorElectionTest, PreferAsAnchorTakesOverAtOnceAfterHoldDown)
{
    const DeviceInfo home = device("home", false, 2);
    AnchorElection e = followerOf(device("laptop", false, 0), home, 3);
    EXPECT_FALSE(has<StartTakeover>(e.tick(ms(60000))));
    const Actions a = e.preferAsAnchor(ms(61000));
    EXPECT_EQ(e.advertised().preference, 3);
    ASSERT_TRUE(has<StartTakeover>(a)) << qPrintable(toString(a));
    EXPECT_EQ(the<PublishPresence>(a).device.preference, 3);
}

TEST_F(AnchorElectionTest, PreferAsAnchorRespectsHoldDownOfAFreshDevice)
{
    AnchorElection e = followerOf(device("laptop", false, 0), device("home", false, 2), 3);
    EXPECT_FALSE(has<StartTakeover>(e.preferAsAnchor(ms(1000))));
    EXPECT_TRUE(has<StartTakeover>(e.tick(config.holdDown)));
}

TEST_F(AnchorElectionTest, JoiningSuccessorAbortsForABetterClaim)
{
    AnchorElection e = followerOf(device("desktop", false, 1), device("laptop"), 3);
    ASSERT_TRUE(has<StartTakeover>(e.tick(config.holdDown)));
    const Actions a = e.siblingAvailable(claiming(device("home", true), 4, true), ms(30500));
    EXPECT_TRUE(has<LeaveRooms>(a)) << qPrintable(toString(a));
    EXPECT_FALSE(e.holdsRooms());
    EXPECT_EQ(e.anchor(), device("laptop").fullJid) << "still follows the ready anchor";
}

TEST_F(AnchorElectionTest, DisconnectForgetsRoomsAndSiblings)
{
    AnchorElection e = anchorWith(device("home", true), { device("laptop") });
    const Actions down = e.disconnected(ms(9000));
    EXPECT_TRUE(has<LeaveRooms>(down));
    EXPECT_EQ(e.role(), DeviceRole::Offline);
    EXPECT_TRUE(e.siblings().isEmpty());
    EXPECT_FALSE(e.nextDeadline());
    const quint64 fence = e.term();
    const Actions up = e.connected(ms(12000));
    EXPECT_EQ(the<PublishPresence>(up).device.term, fence) << "the fence survives a reconnection";
    EXPECT_TRUE(the<PublishPresence>(up).device.anchor.isEmpty());
}

TEST_F(AnchorElectionTest, RestartedDeviceDoesNotReuseATerm)
{
    AnchorElection e(device("home"), config, 41);
    e.connected(ms(0));
    EXPECT_EQ(the<BecomeSolo>(e.tick(config.settle)).term, 42u);
}
