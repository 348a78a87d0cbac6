// Seeded simulations of message delivery across an account's Tandem devices (see
// DeliverySimulation.h and DeliverySimulationWorld.cpp for the model).
//
//   TANDEM_SIM_SEEDS=20000 ./test_delivery_sim        more seeds than CI runs
//   TANDEM_SIM_SEED=417 TANDEM_SIM_TRACE=1 ./test_delivery_sim --gtest_filter='*Default*'
//                                                      replay one seed with its full trace
//
// After every round of chaos the run goes quiet (nothing pending but the siblings' pings) and
// these are asserted:
//
// 1. One anchor: exactly one online device holds the rooms, not mid-takeover, and every online
//    device follows it and accepts relays only from it.
// 2. Occupancy: each room has exactly one occupant session of the account, the anchor's, if the
//    account wants the room (its bookmark says autojoin and no kick sent the anchor's current
//    session out of it: §11, a kick is not rejoined in that session); otherwise none.
// 3. Leave, kick and ban are seen everywhere: every online device shows each room joined exactly
//    when (2) says the account is in it, and otherwise shows why, exactly: the account's latest
//    exit (left, kicked, banned, join refused; in a split view, any exit since it last joined).
//    "Unknown" fails. A device learns it live, from the anchor's snapshot (which carries the
//    rooms left for good, §9.1) or from the bookmark (which records why autojoin is off, §11),
//    and shows the bookmark's reason first: it is the account's latest decision. A join that
//    reaches the room after the account decided to leave (its bookmark already says so) is not
//    joining again: a kick of it crossed the leave, and "left" is the reason shown.
// 4. Delivery: a message is *owed* to device D when (a) the account was a member of its room when
//    the room sent it (the account had not left, been kicked or banned since it last joined; a
//    failover window, with no session of the account in the room, does not end membership) and
//    (b) D had connected at least once by then, and D is online now (online after the message,
//    or came back). Messages are other occupants' (half of them with an origin-id) and the
//    account's own, written on any device (through the anchor on a sibling). Every owed message
//    is in D's store exactly once. The store is a list of rows de-duplicated the way
//    MessageQueries does it (origin-id, then the room's stanza-id; a catch-up copy with neither
//    is matched on content and time, HistoryCopy), so a copy that arrives without the ids that
//    would match it is a second row and fails the run. A device with nothing of a room (it
//    first connects later, or stored nothing before a crash) owes only what its first catch-up
//    brings (the room's recent history) and what follows its first row; with no row at all it
//    owes everything since it first connected. A device offline now is checked when it is back.
// 5. Rooms without stanza-ids or archive (one in three): nothing fills a window no session of
//    the account was in (§9.4), so only "at most once" is checked there, and a message without
//    an origin-id that two sessions received live (a takeover's overlap, a device that held the
//    room itself) is two rows with different times: tolerated and counted, since nothing could
//    tell the copies apart. Two rows stamped by the same clock at the same time are a duplicate
//    and fail the run.
//    Devices' clocks are off the server's by up to 1.5 s.
#include "DeliverySimulation.h"

#include <QLoggingCategory>
#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>

using namespace Tandem;
using namespace Tandem::Sim;

namespace {

std::uint64_t fromEnv(const char *name, std::uint64_t fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? std::strtoull(value, nullptr, 10) : fallback;
}

/// Runs the default seeds (or TANDEM_SIM_SEEDS of them, or only TANDEM_SIM_SEED) and reports the
/// first failing ones with the command that replays them.
void runSeeds(const char *label, std::uint64_t first, std::uint64_t seeds, const DeliveryParameters &p)
{
    QLoggingCategory::setFilterRules(QStringLiteral("tandem.coordinator=false"));
    const char *one = std::getenv("TANDEM_SIM_SEED");
    if (one && *one) {
        first = std::strtoull(one, nullptr, 10);
        seeds = 1;
    } else {
        seeds = fromEnv("TANDEM_SIM_SEEDS", seeds);
    }
    const bool verbose = fromEnv("TANDEM_SIM_TRACE", 0) != 0;
    const auto began = std::chrono::steady_clock::now();
    DeliveryStats total;
    int failed = 0;
    for (std::uint64_t seed = first; seed < first + seeds && failed < 3; ++seed) {
        DeliverySimulation sim(seed, p);
        sim.setVerbose(verbose);
        const DeliveryResult result = sim.run();
        total += result.stats;
        if (!result.ok) {
            ++failed;
            ADD_FAILURE() << "[" << label << "] " << result.failure << "replay: TANDEM_SIM_SEED=" << seed
                          << " TANDEM_SIM_TRACE=1 ./test_delivery_sim --gtest_filter='*" << label << "*'";
        }
    }
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began)
              .count();
    std::cout << "[" << label << "] " << seeds << " seeds from " << first << " in " << ms
              << " ms: " << total.quiescences << " quiet states checked, " << total.obligations
              << " owed messages found, " << total.messages << " room messages (" << total.ownMessages
              << " the account's), " << total.merged << " copies merged by the store's de-duplication, "
              << total.keylessCopies << " tolerated copies without ids, " << total.relays << " relays, "
              << total.seqGaps << " seq gaps, " << total.catchUpPages << " catch-up pages served by anchors, "
              << total.catchUpFallbacks << " fallbacks to the archive, " << total.archivePages
              << " archive queries, " << total.crashes << " crashes, " << total.takeovers << " takeovers, "
              << total.kicks << " kicks, " << total.bans << " bans, " << total.leaves << " leaves, "
              << total.simulated.count() / 3600000 << " h simulated" << std::endl;
}

/// Hold-down and settle well under the worst delays; pages of one message: takeovers and
/// failovers race with catch-ups still paging, and split views put several short-lived holders in
/// the rooms at once.
DeliveryParameters fastFailoverSlowNetwork()
{
    DeliveryParameters p;
    p.election = AnchorElection::Config { Time(4000), Time(0), Time(6000) };
    p.maxDelay = Time(6000);
    p.minServerTimeout = Time(500);
    p.maxServerTimeout = Time(12000);
    p.roundLength = Time(40000);
    p.catchUpPage = 1;
    p.archivePage = 2;
    return p;
}

} // namespace

TEST(DeliverySimulation, DefaultParameters)
{
    runSeeds("DefaultParameters", 1, 1000, DeliveryParameters());
}

TEST(DeliverySimulation, FastFailoverSlowNetwork)
{
    runSeeds("FastFailoverSlowNetwork", 500001, 1000, fastFailoverSlowNetwork());
}

// Seeds of FastFailoverSlowNetwork beyond the CI range that once failed: 501115 and 502259 (a
// successor still joining the rooms was told to follow a new ready claim and reset its own
// mirrors as if it were a sibling), 502225 (a holder's rejoin crossed the kick of its previous
// occupancy; the room had it back while it showed the kick), 504221 (the account left through
// one holder while a second was still in the room; the kick of the second is what it shows).
// And once exits had to be exact: 505393 and 505474 (a holder showed its own old kick while the
// account had since left, or been refused, through another holder: the bookmark says so). 521816
// (a device crashed before its first catch-up was answered: its gap, opened with nothing stored,
// must survive the restart and continue after its oldest row). 509890 (as 1507 of DefaultParameters).
// 562976 (not the client: the check. A device that had just stood down got an id-less message
// live in the room it was leaving and again from the anchor, and the two clocks read the same
// millisecond; copies are now told apart by the clock that stamped them, not the time alone).
// 587365 (a sibling's first catch-up, asked with nothing of the room stored, was abandoned when
// its anchor vanished; as the holder it then asked the room's archive for what followed its
// oldest row, a live message, and never got those just before it: CatchUp::Fetch::afterIsOldest).
// 574265 (the account was back in a room through a device still holding a lower term while the
// anchor a sibling followed was joining it; the anchor left again before its join completed, and
// the sibling never fetched what the room said meanwhile: RelayReceiver::roomLeft).
// From a soak of 200,000 seeds: 597848 (a successor's takeover join crossed the kick of its own
// previous occupancy; out of the room, it never got what the previous anchor, still in it, heard
// before the handover: HeldRoomGaps fetches an expelled room, and again once ready). 640099 (as
// 105982 of DefaultParameters). From a soak of 1,000,000 seeds, both in the simulation's model, not
// the client: 1371798 (a device stood down while a join it sent after a kick was still on its
// way, and stayed in the room: RoomOccupancy leaves any room it does not want when the room says
// it has us, and now so does the simulation), 709660 (a holder acted on the latest bookmark, not
// on each push in turn, and missed another holder's brief join; BookmarkSync applies every push).
TEST(DeliverySimulation, FastFailoverSlowNetworkRegressions)
{
    for (const std::uint64_t seed : { 501115, 502225, 502259, 504221, 505393, 505474, 509890, 521816, 562976,
             574265, 587365, 597848, 640099, 709660, 1371798 }) {
        const DeliveryResult result = DeliverySimulation(seed, fastFailoverSlowNetwork()).run();
        EXPECT_TRUE(result.ok) << result.failure;
    }
}

// Seeds of DefaultParameters that once failed once the store counted rows: 4 (a gap re-fetched
// from its first cursor stored a room's id-less messages twice: HistoryCopy), 240 (an anchor's
// recent history cut at `until` left out rows its own archive fill stamped later), 4384 (a
// sibling's cursor started at its own failed message, in its own clock: RoomCursor). Once exits
// had to be exact: 3 (a restarted device knew a leave only from the bookmark), 28 (a sibling
// whose mirrors a new stream reset knew a kick only from the anchor's snapshot). 33759 (a gap
// opened with nothing stored survived a restart and asked for the recent history only; a repeated
// fetch of such a gap now continues after the oldest stored row). 1507 (an anchor whose store
// started after the sibling's newest stanza-id served "after its time" and hid the hole: an
// unknown stanza-id is now item-not-found, and the room's archive serves). 105982 (not the
// client: the check. The account left a room while a join sent before the leave was still on its
// way; the room took the join, then kicked the account. A join the account's leave overtook no
// longer restarts its membership in the check, so "left", the account's decision, is the reason
// every device shows, PROTOCOL §11).
TEST(DeliverySimulation, DefaultParametersRegressions)
{
    for (const std::uint64_t seed : { 3, 4, 28, 240, 1507, 4384, 33759, 105982 }) {
        const DeliveryResult result = DeliverySimulation(seed).run();
        EXPECT_TRUE(result.ok) << result.failure;
    }
}

TEST(DeliverySimulation, SameSeedSameRun)
{
    const DeliveryResult a = DeliverySimulation(4242).run();
    const DeliveryResult b = DeliverySimulation(4242).run();
    EXPECT_EQ(a.stats.relays, b.stats.relays);
    EXPECT_EQ(a.stats.obligations, b.stats.obligations);
    EXPECT_EQ(a.stats.simulated, b.stats.simulated);
    EXPECT_EQ(a.ok, b.ok);
}
