// Hand-written scenarios of HeldRoomGaps, the holder's side of CatchUpGaps: a join fetches once it
// completes, our own leave fetches only a gap already open, an expulsion fetches the room again,
// and one that happened while taking over is fetched once more when the device is ready.
// test_delivery_sim runs it across whole accounts (seed 597848 of FastFailoverSlowNetwork).
#include "CatchUpActions.h"
#include "coordinator/HeldRoomGaps.h"

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QString R1 = QStringLiteral("one@rooms.example.org");
const QString R2 = QStringLiteral("two@rooms.example.org");

/// The fetch `marked` starts, or the one reading `room`'s cursor as `stanzaId` starts, ended complete.
CatchUp::Fetch fetchOnce(
    CatchUpGaps &g, const CatchUp::Actions &marked, const QString &room, const char *stanzaId)
{
    auto started = fetches(marked);
    if (started.empty()) {
        EXPECT_EQ(reads(marked), std::vector<QString>({ room }));
        started = fetches(g.cursorRead(room, cursor(stanzaId)));
    }
    EXPECT_EQ(started.size(), 1u);
    if (started.empty())
        return {};
    EXPECT_TRUE(g.fetchEnded(started.front().id, true).empty());
    EXPECT_FALSE(g.isOpen(room));
    return started.front();
}
} // namespace

TEST(HeldRoomGaps, AJoinFetchesOnceItCompletes)
{
    CatchUpGaps g;
    HeldRoomGaps h(&g);
    EXPECT_EQ(reads(h.joining(R1)), std::vector<QString>({ R1 }));
    EXPECT_TRUE(g.cursorRead(R1, cursor("s4")).empty()); // not joined yet
    const auto started = fetches(h.joined(R1));
    ASSERT_EQ(started.size(), 1u);
    EXPECT_EQ(started.front().after.stanzaId, QStringLiteral("s4"));
}

TEST(HeldRoomGaps, LosingTheRoomFetchesAfterTheRejoin)
{
    CatchUpGaps g;
    HeldRoomGaps h(&g);
    EXPECT_EQ(reads(h.lost(R1)), std::vector<QString>({ R1 }));
    EXPECT_TRUE(g.cursorRead(R1, cursor("s4")).empty());
    EXPECT_EQ(fetches(h.joined(R1)).size(), 1u);
}

TEST(HeldRoomGaps, OurLeaveFetchesOnlyAGapAlreadyOpen)
{
    CatchUpGaps g;
    HeldRoomGaps h(&g);
    // Left before the join completed: no live stream is coming, so now or never.
    h.joining(R1);
    g.cursorRead(R1, cursor("s4"));
    EXPECT_EQ(fetches(h.left(R1)).size(), 1u);
    // Left a room whose store is whole: the account's decision ends it there.
    EXPECT_TRUE(h.left(R2).empty());
    EXPECT_FALSE(g.isOpen(R2));
}

TEST(HeldRoomGaps, AnExpulsionFetchesTheRoomAgain)
{
    CatchUpGaps g;
    HeldRoomGaps h(&g);
    // Another session of the account may have been in the room until now: what it heard is in
    // the room's archive, after where our store ends.
    const CatchUp::Fetch f = fetchOnce(g, h.expelled(R1), R1, "s7");
    EXPECT_EQ(f.after.stanzaId, QStringLiteral("s7"));
    // A gap still open from the join keeps its earlier cursor.
    h.joining(R2);
    g.cursorRead(R2, cursor("s2"));
    const auto started = fetches(h.expelled(R2));
    ASSERT_EQ(started.size(), 1u);
    EXPECT_EQ(started.front().after.stanzaId, QStringLiteral("s2"));
    // Not ready after a takeover: nothing more to fetch.
    EXPECT_TRUE(h.ready().empty());
}

TEST(HeldRoomGaps, ExpelledWhileTakingOverIsFetchedAgainWhenReady)
{
    CatchUpGaps g;
    HeldRoomGaps h(&g);
    h.takeoverStarted();
    h.joining(R1);
    h.joining(R2);
    g.cursorRead(R1, cursor("s3"));
    g.cursorRead(R2, cursor("t3"));
    fetchOnce(g, h.joined(R2), R2, "t3");
    // Our join crossed a kick of our previous occupancy: we are out, the previous anchor is not,
    // and it hears what the room says until we are ready and it leaves.
    const auto first = fetches(h.expelled(R1));
    ASSERT_EQ(first.size(), 1u);
    EXPECT_TRUE(g.fetchEnded(first.front().id, true).empty());

    const CatchUp::Actions ready = h.ready();
    const CatchUp::Fetch again = fetchOnce(g, ready, R1, "s5");
    EXPECT_EQ(again.after.stanzaId, QStringLiteral("s5"));
    EXPECT_TRUE(h.ready().empty()); // once
}

TEST(HeldRoomGaps, StandingDownForgetsTheTakeover)
{
    CatchUpGaps g;
    HeldRoomGaps h(&g);
    h.takeoverStarted();
    fetchOnce(g, h.expelled(R1), R1, "s3");
    h.stoodDown();
    EXPECT_TRUE(h.ready().empty());
    // A new takeover starts with a clean slate.
    h.takeoverStarted();
    EXPECT_TRUE(h.ready().empty());
}
