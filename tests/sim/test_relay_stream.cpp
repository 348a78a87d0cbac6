// Hand-written scenarios of the pure relay-stream classes: RelaySequence (anchor side),
// CatchUpGaps and RelayReceiver (sibling side). test_delivery_sim runs them across whole accounts.
#include "CatchUpActions.h"
#include "coordinator/CatchUpGaps.h"
#include "coordinator/RelayReceiver.h"
#include "coordinator/RelaySequence.h"

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString A = QStringLiteral("alice@example.org/a");
const QString B = QStringLiteral("alice@example.org/b");
const QString R1 = QStringLiteral("one@rooms.example.org");
const QString R2 = QStringLiteral("two@rooms.example.org");

} // namespace

TEST(RelaySequence, CountsPerSiblingFromOneAndRestarts)
{
    RelaySequence s;
    EXPECT_EQ(s.next(A), 1u);
    EXPECT_EQ(s.next(A), 2u);
    EXPECT_EQ(s.next(B), 1u);
    EXPECT_EQ(s.last(A), 2u);
    s.restart();
    EXPECT_EQ(s.last(A), 0u);
    EXPECT_EQ(s.next(A), 1u);
}

TEST(RelaySequence, ForgetsSiblingsThatLeftAndSnapshotsThemAgain)
{
    RelaySequence s;
    EXPECT_EQ(s.needsSnapshot({ A, B }), QStringList({ A, B }));
    s.snapshotSent(A);
    s.next(A);
    s.next(B);
    EXPECT_EQ(s.needsSnapshot({ A, B }), QStringList({ B }));
    s.retain({ B });
    EXPECT_EQ(s.last(A), 0u);
    EXPECT_EQ(s.last(B), 1u);
    EXPECT_EQ(s.needsSnapshot({ A, B }), QStringList({ A, B }));
    s.snapshotSent(B);
    s.forget(B);
    EXPECT_EQ(s.next(B), 1u);
    s.snapshotSent(A);
    s.restart();
    EXPECT_EQ(s.needsSnapshot({ A }), QStringList({ A }));
}

TEST(CatchUpGaps, FetchesOnceCursorAndRoomAreBothKnown)
{
    CatchUpGaps g;
    EXPECT_EQ(reads(g.markGap(R1)), std::vector<QString>({ R1 }));
    EXPECT_TRUE(g.roomIsBack(R1).empty()); // the cursor's answer continues
    const auto f = fetches(g.cursorRead(R1, cursor("s5")));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].after, cursor("s5"));
    EXPECT_TRUE(g.isFetching(R1));
    EXPECT_TRUE(g.fetchEnded(f[0].id, true).empty());
    EXPECT_FALSE(g.isOpen(R1));
    EXPECT_TRUE(g.roomIsBack(R1).empty());
}

TEST(CatchUpGaps, AnEarlierMarkWins)
{
    CatchUpGaps g;
    g.markGap(R1);
    g.cursorRead(R1, cursor("s5"));
    EXPECT_TRUE(g.markGap(R1).empty()); // no second read: s5 covers the longer gap
    EXPECT_EQ(fetches(g.roomIsBack(R1))[0].after, cursor("s5"));
}

TEST(CatchUpGaps, AFailedOrAbandonedFetchKeepsItsCursor)
{
    CatchUpGaps g;
    g.markGap(R1);
    g.cursorRead(R1, cursor("s5"));
    const auto first = fetches(g.roomIsBack(R1))[0];
    EXPECT_TRUE(g.fetchEnded(first.id, false).empty());
    EXPECT_TRUE(g.isOpen(R1));
    EXPECT_TRUE(g.markGap(R1).empty()); // newer live messages may be stored: never re-read
    const auto second = fetches(g.roomIsBack(R1))[0];
    EXPECT_EQ(second.after, cursor("s5"));
    EXPECT_NE(second.id, first.id);
    g.abandonFetches();
    EXPECT_TRUE(g.fetchEnded(second.id, true).empty()); // late answer of a void fetch
    EXPECT_TRUE(g.isOpen(R1));
    EXPECT_EQ(fetches(g.roomIsBack(R1))[0].after, cursor("s5"));
}

TEST(CatchUpGaps, AMarkDuringAFetchFetchesAgain)
{
    CatchUpGaps g;
    g.markGap(R1);
    g.cursorRead(R1, cursor("s5"));
    const auto first = fetches(g.roomIsBack(R1))[0];
    g.markGap(R1);
    const auto again = fetches(g.fetchEnded(first.id, true));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].after, cursor("s5"));
    g.fetchEnded(again[0].id, true);
    EXPECT_FALSE(g.isOpen(R1));
}

TEST(CatchUpGaps, OpenGapsSurviveARestart)
{
    CatchUpGaps g;
    g.markGap(R1);
    g.cursorRead(R1, cursor("s5"));
    g.markGap(R2); // cursor not read yet: nothing stored after it either
    CatchUpGaps restarted(g.persistent());
    EXPECT_TRUE(restarted.isOpen(R1));
    EXPECT_FALSE(restarted.isOpen(R2));
    EXPECT_EQ(fetches(restarted.roomIsBack(R1))[0].after, cursor("s5"));
}

TEST(CatchUpGaps, AGapOpenedWithNothingStoredIsFetchedAgainFromTheOldestRow)
{
    // Its first fetch asks for the recent history; once rows are stored, asking for that again
    // (after a restart, or a new mark) would skip what is missing between them (tests/sim seeds
    // 33759, 521816): a repeated fetch continues after the oldest stored row instead.
    CatchUpGaps g;
    g.markGap(R1);
    g.cursorRead(R1, CatchUpCursor());
    const auto first = fetches(g.roomIsBack(R1));
    ASSERT_EQ(first.size(), 1u);
    EXPECT_FALSE(first[0].fromOldest);
    g.markGap(R1);
    const auto again = fetches(g.fetchEnded(first[0].id, true));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_TRUE(again[0].fromOldest);
    CatchUpGaps restarted(g.persistent());
    ASSERT_TRUE(restarted.isOpen(R1));
    const auto resumed = fetches(restarted.roomIsBack(R1));
    ASSERT_EQ(resumed.size(), 1u);
    EXPECT_TRUE(resumed[0].fromOldest);
    // A real cursor never needs it.
    g.markGap(R2);
    g.cursorRead(R2, cursor("s5"));
    EXPECT_FALSE(fetches(g.roomIsBack(R2))[0].fromOldest);
}

TEST(RelayReceiver, AppliesRelaysOnlyOfRoomsTheAnchorHolds)
{
    // PROTOCOL.md §14: the room a relay names must be one the anchor holds as far as we know.
    const QString R3 = QStringLiteral("r3@muc.example.org");
    const QString R4 = QStringLiteral("r4@muc.example.org");
    CatchUpGaps g;
    RelayReceiver r(&g);
    r.setListedRooms({ R1 }); // the account's bookmarks
    r.follow(A, 3);
    EXPECT_EQ(r.receive(A, 3, 1, R1).verdict, RelayReceiver::Verdict::Apply);
    const auto unknown = r.receive(A, 3, 2, R2);
    EXPECT_EQ(unknown.verdict, RelayReceiver::Verdict::Drop);
    EXPECT_NE(unknown.why, nullptr);
    EXPECT_FALSE(unknown.seqGap); // dropped, not lost: the next relay is no gap either
    EXPECT_FALSE(r.knownRooms().contains(R2));
    EXPECT_EQ(r.receive(A, 3, 3, R2, true).verdict, RelayReceiver::Verdict::Apply); // its snapshot
    EXPECT_EQ(r.receive(A, 3, 4, R2).verdict, RelayReceiver::Verdict::Apply);
    r.expectRoom(R3); // we asked the anchor to join it
    EXPECT_EQ(r.receive(A, 3, 5, R3).verdict, RelayReceiver::Verdict::Apply);
    EXPECT_EQ(r.receive(A, 3, 6, R4).verdict, RelayReceiver::Verdict::Drop);
    // A new stream: what the previous one announced no longer counts; the list still does.
    r.follow(B, 4);
    EXPECT_EQ(r.receive(B, 4, 1, R2).verdict, RelayReceiver::Verdict::Drop);
    EXPECT_EQ(r.receive(B, 4, 2, R3).verdict, RelayReceiver::Verdict::Drop);
    EXPECT_EQ(r.receive(B, 4, 3, R1).verdict, RelayReceiver::Verdict::Apply);
}

TEST(RelayReceiver, DropsRelaysNotFromTheFollowedAnchorOrBelowTheFence)
{
    CatchUpGaps g;
    RelayReceiver r(&g);
    r.setListedRooms({ R1 });
    EXPECT_EQ(r.receive(A, 3, 1, R1).verdict, RelayReceiver::Verdict::Drop); // follows nobody
    r.follow(A, 3);
    EXPECT_EQ(r.receive(B, 3, 1, R1).verdict, RelayReceiver::Verdict::Drop);
    EXPECT_EQ(r.receive(A, 2, 1, R1).verdict, RelayReceiver::Verdict::Drop);
    EXPECT_EQ(r.receive(A, 3, 1, R1).verdict, RelayReceiver::Verdict::Apply);
    EXPECT_EQ(r.receive(A, 4, 2, R1).verdict, RelayReceiver::Verdict::Apply);
}

TEST(RelayReceiver, ANewStreamMarksEveryKnownRoomAndFetchesAtOnce)
{
    CatchUpGaps g;
    RelayReceiver r(&g);
    r.setKnownRooms({ R2, R1 });
    const auto followed = r.follow(A, 3);
    EXPECT_TRUE(followed.newStream);
    EXPECT_EQ(reads(followed.actions), std::vector<QString>({ R1, R2 }));
    EXPECT_EQ(fetches(g.cursorRead(R1, cursor("s1"))).size(), 1u);
    // Same stream again (the election repeats nothing, but a host might): no new gap.
    EXPECT_FALSE(r.follow(A, 3).newStream);
    // Re-assertion under a new term is a new stream too.
    EXPECT_TRUE(r.follow(A, 4).newStream);
}

TEST(RelayReceiver, AtFirstRelayWaitsForTheRoomToRelay)
{
    CatchUpGaps g;
    RelayReceiver r(&g, RelayReceiver::FetchPolicy::AtFirstRelay);
    r.setKnownRooms({ R1 });
    r.setListedRooms({ R1 });
    r.follow(A, 3);
    EXPECT_TRUE(g.cursorRead(R1, cursor("s1")).empty());
    const auto got = r.receive(A, 3, 1, R1);
    ASSERT_EQ(fetches(got.actions).size(), 1u);
    EXPECT_EQ(fetches(got.actions)[0].after, cursor("s1"));
}

TEST(RelayReceiver, TheSameAnchorAfterABreakIsANewStream)
{
    CatchUpGaps g;
    RelayReceiver r(&g);
    r.setKnownRooms({ R1 });
    r.follow(A, 3);
    g.cursorRead(R1, cursor("s1"));
    r.follow({}, 3); // A's unavailable presence
    EXPECT_TRUE(r.follow(A, 3).newStream);
    r.disconnected();
    EXPECT_TRUE(r.follow(A, 3).newStream);
    r.holdRooms({ R1 });
    EXPECT_TRUE(r.follow(B, 5).newStream);
}

TEST(RelayReceiver, ASeqGapFetchesEveryRoomNow)
{
    CatchUpGaps g;
    RelayReceiver r(&g, RelayReceiver::FetchPolicy::AtFirstRelay);
    r.setKnownRooms({ R1, R2 });
    r.setListedRooms({ R1, R2 });
    r.follow(A, 3);
    g.cursorRead(R1, cursor("s1"));
    g.cursorRead(R2, cursor("t1"));
    for (const auto &f : fetches(r.receive(A, 3, 1, R1).actions))
        g.fetchEnded(f.id, true);
    EXPECT_FALSE(g.isOpen(R1));
    EXPECT_FALSE(r.receive(A, 3, 2, R1).seqGap);
    const auto got = r.receive(A, 3, 4, R1);
    EXPECT_TRUE(got.seqGap);
    EXPECT_EQ(got.verdict, RelayReceiver::Verdict::Apply);
    EXPECT_EQ(reads(got.actions), std::vector<QString>({ R1 })); // R2's gap is still open
    EXPECT_EQ(fetches(got.actions).size(), 1u); // R2 fetched now, R1 once its cursor is read
    EXPECT_EQ(fetches(g.cursorRead(R1, cursor("s2"))).size(), 1u);
    // The anchor restarted our count (it thought we had gone): one resync, not one per relay.
    EXPECT_TRUE(r.receive(A, 3, 1, R1).seqGap);
    EXPECT_FALSE(r.receive(A, 3, 2, R1).seqGap);
}

TEST(RelayReceiver, AnUnknownRoomIsFetchedAtItsFirstRelay)
{
    // Unknown to the store (a new device, a room joined while we were away), not to the anchor:
    // its snapshot names it.
    CatchUpGaps g;
    RelayReceiver r(&g, RelayReceiver::FetchPolicy::AtFirstRelay);
    r.follow(A, 3);
    const auto got = r.receive(A, 3, 1, R2, true);
    EXPECT_EQ(reads(got.actions), std::vector<QString>({ R2 }));
    EXPECT_EQ(fetches(g.cursorRead(R2, {})).size(), 1u);
    EXPECT_EQ(r.knownRooms(), QStringList({ R2 }));
}

TEST(RelayReceiver, HoldingFetchesRoomsItWillNotJoinAtOnce)
{
    CatchUpGaps g;
    RelayReceiver r(&g);
    r.setKnownRooms({ R1, R2 });
    r.follow(A, 3);
    g.cursorRead(R1, cursor("s1"));
    const auto inFlight = fetches(g.cursorRead(R2, cursor("t1")));
    ASSERT_EQ(inFlight.size(), 1u);
    const auto held = r.holdRooms({ R1 }); // R2 was left: nobody will join it
    EXPECT_EQ(r.anchor(), QString());
    const auto f = fetches(held.actions);
    ASSERT_EQ(f.size(), 1u); // R1 waits for its join
    EXPECT_EQ(f[0].room, R2);
    EXPECT_NE(f[0].id, inFlight[0].id);
    EXPECT_EQ(fetches(g.roomIsBack(R1)).size(), 1u);
}

TEST(RelaySequence, ASiblingThatFollowsAnewGetsTheSnapshotAgain)
{
    RelaySequence s;
    EXPECT_TRUE(s.siblingReported(A, B, 3));
    s.snapshotSent(A);
    s.next(A);
    EXPECT_FALSE(s.siblingReported(A, B, 3)); // same presence again: nothing to do
    EXPECT_TRUE(s.needsSnapshot({ A }).isEmpty());
    EXPECT_TRUE(s.siblingReported(A, QString(), 3)); // lost us (ping), then back to us
    EXPECT_TRUE(s.siblingReported(A, B, 3));
    EXPECT_EQ(s.needsSnapshot({ A }), QStringList({ A }));
    EXPECT_EQ(s.next(A), 2u); // the count goes on: a new stream accepts any first seq
}

// The anchor's exit may close a window in which the account was in the room through a session
// this sibling does not follow: the room is fetched again, though its last fetch completed.
TEST(RelayReceiver, TheAnchorsExitFetchesTheRoomAgain)
{
    CatchUpGaps g;
    RelayReceiver r(&g);
    r.setKnownRooms({ R1 });
    r.follow(A, 3);
    const auto first = fetches(g.cursorRead(R1, cursor("s1")));
    ASSERT_EQ(first.size(), 1u);
    EXPECT_TRUE(g.fetchEnded(first.front().id, true).empty());
    EXPECT_FALSE(g.isOpen(R1));

    EXPECT_EQ(reads(r.roomLeft(R1)), std::vector<QString>({ R1 }));
    const auto again = fetches(g.cursorRead(R1, cursor("s9")));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again.front().after.stanzaId, QStringLiteral("s9"));
    // Without an anchor (failover under way) there is no stream to speak of.
    RelayReceiver alone(&g);
    EXPECT_TRUE(alone.roomLeft(R1).empty());
}
