// FetchedRanges: merging stored archive pages into ranges and finding the gaps between them.
#include "storage/FetchedRanges.h"

#include <QStringList>
#include <gtest/gtest.h>

QT_BEGIN_NAMESPACE
// Readable failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << s.toStdString();
}
QT_END_NAMESPACE

using namespace Tandem;

namespace {

/// Entry "e<n>" stamped at n seconds: ids are opaque, times give the order.
ArchivePoint at(int n)
{
    return { QStringLiteral("e%1").arg(n), qint64(n) * 1000 };
}

ArchiveRange range(int first, int last, bool complete = false)
{
    return { at(first), at(last), complete };
}

QString describe(const FetchedRanges &ranges)
{
    QStringList parts;
    for (const ArchiveRange &r : ranges.ranges())
        parts << QStringLiteral("%1-%2%3").arg(
            r.first.id, r.last.id, r.complete ? QStringLiteral("!") : QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

TEST(FetchedRanges, EmptyHasNoGapsAndNoNewest)
{
    FetchedRanges ranges;
    EXPECT_TRUE(ranges.isEmpty());
    EXPECT_FALSE(ranges.newest().has_value());
    // Before anything is fetched there is no gap: the caller fetches the recent window.
    EXPECT_TRUE(ranges.gaps().isEmpty());
}

TEST(FetchedRanges, InvalidRangesAreRefused)
{
    FetchedRanges ranges;
    EXPECT_FALSE(ranges.add({ {}, at(2), false }));
    EXPECT_FALSE(ranges.add({ at(1), {}, false }));
    EXPECT_FALSE(ranges.add({ at(5), at(2), false })); // time runs backwards
    EXPECT_TRUE(ranges.isEmpty());
    // Loading stored rows drops broken ones too.
    FetchedRanges loaded({ range(1, 2), { at(9), at(3), true }, range(4, 5) });
    EXPECT_EQ(describe(loaded), QStringLiteral("e1-e2 e4-e5"));
}

TEST(FetchedRanges, ForwardPagesChainByTheirCursor)
{
    FetchedRanges ranges;
    ranges.add(range(1, 10, true));
    // Pages asked with RSM after=e10, then after=e20: one range, however close the times are.
    ranges.add(range(11, 20), QStringLiteral("e10"));
    ranges.add(range(21, 30, true), QStringLiteral("e20"));
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e30!"));
    ASSERT_EQ(ranges.gaps().size(), 1);
    EXPECT_TRUE(ranges.gaps().first().toNow());
    EXPECT_EQ(ranges.gaps().first().after.id, QStringLiteral("e30"));
    EXPECT_FALSE(ranges.gaps().first().interrupted);
}

TEST(FetchedRanges, BackwardPagesChainByTheirCursor)
{
    FetchedRanges ranges;
    ranges.add(range(41, 50, true)); // the newest page: <before/>
    ranges.add(range(31, 40), {}, QStringLiteral("e41")); // before=e41
    ranges.add(range(21, 30), {}, QStringLiteral("e31"));
    // An older page keeps the newer end's flag: the newest page did reach the archive's end.
    EXPECT_EQ(describe(ranges), QStringLiteral("e21-e50!"));
}

TEST(FetchedRanges, InterruptedPageLeavesAnInterruptedGap)
{
    FetchedRanges ranges;
    ranges.add(range(1, 10, true));
    ranges.add(range(11, 20, false), QStringLiteral("e10")); // more pages were due, then a disconnect
    ASSERT_EQ(ranges.gaps().size(), 1);
    const ArchiveGap gap = ranges.gaps().first();
    EXPECT_TRUE(gap.toNow());
    EXPECT_TRUE(gap.interrupted);
    // The next sync resumes from the last stored page, not from the start.
    EXPECT_EQ(gap.after.id, QStringLiteral("e20"));
    // ...and once it reaches the end the gap is no longer an interrupted one.
    ranges.add(range(21, 25, true), QStringLiteral("e20"));
    EXPECT_FALSE(ranges.gaps().first().interrupted);
    EXPECT_EQ(ranges.gaps().first().after.id, QStringLiteral("e25"));
}

TEST(FetchedRanges, EmptyFinalPageMarksComplete)
{
    FetchedRanges ranges;
    ranges.add(range(1, 10, false));
    EXPECT_TRUE(ranges.gaps().first().interrupted);
    EXPECT_TRUE(ranges.setComplete(QStringLiteral("e10"), true));
    EXPECT_FALSE(ranges.gaps().first().interrupted);
    EXPECT_FALSE(ranges.setComplete(QStringLiteral("e1"), true)); // no range ends there
}

TEST(FetchedRanges, DisjointRangesLeaveHolesNewestFirst)
{
    FetchedRanges ranges;
    ranges.add(range(1, 5));
    ranges.add(range(20, 30, true));
    ranges.add(range(10, 15));
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e5 e10-e15 e20-e30!"));
    const auto gaps = ranges.gaps();
    ASSERT_EQ(gaps.size(), 3);
    EXPECT_TRUE(gaps[0].toNow());
    EXPECT_EQ(gaps[0].after.id, QStringLiteral("e30"));
    EXPECT_EQ(gaps[1].after.id, QStringLiteral("e15"));
    EXPECT_EQ(gaps[1].before.id, QStringLiteral("e20"));
    EXPECT_EQ(gaps[2].after.id, QStringLiteral("e5"));
    EXPECT_EQ(gaps[2].before.id, QStringLiteral("e10"));
    EXPECT_FALSE(gaps[1].interrupted);
}

TEST(FetchedRanges, OverlappingRangesMerge)
{
    FetchedRanges ranges;
    ranges.add(range(1, 10));
    ranges.add(range(5, 20, true)); // strictly overlapping in time
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e20!"));
    ranges.add(range(3, 8)); // inside: changes nothing
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e20!"));
    ranges.add(range(20, 25)); // shares its first entry with the last one
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e25"));
}

TEST(FetchedRanges, ARangeBridgingTwoMergesAllThree)
{
    FetchedRanges ranges;
    ranges.add(range(1, 5));
    ranges.add(range(10, 15));
    ranges.add(range(20, 25, true));
    ranges.add(range(4, 21)); // overlaps all three
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e25!"));
    EXPECT_EQ(ranges.gaps().size(), 1);
}

TEST(FetchedRanges, MeetingAtTheSameSecondIsNotProofOfAdjacency)
{
    // Second-precision stamps: other entries may share that second, so no merge.
    FetchedRanges ranges;
    ranges.add({ { QStringLiteral("a"), 1000 }, { QStringLiteral("b"), 5000 }, false });
    ranges.add({ { QStringLiteral("c"), 5000 }, { QStringLiteral("d"), 9000 }, false });
    EXPECT_EQ(ranges.ranges().size(), 2);
    // The cursor proves it.
    ranges.add({ { QStringLiteral("e"), 5000 }, { QStringLiteral("f"), 5000 }, false }, QStringLiteral("b"),
        QStringLiteral("c"));
    EXPECT_EQ(describe(ranges), QStringLiteral("a-d"));
}

TEST(FetchedRanges, JoinClosesAHoleFoundEmpty)
{
    FetchedRanges ranges;
    ranges.add(range(1, 5));
    ranges.add(range(10, 15, true));
    EXPECT_FALSE(ranges.join(QStringLiteral("e1"), QStringLiteral("e10"))); // e1 ends no range
    EXPECT_FALSE(ranges.join(QStringLiteral("e5"), QStringLiteral("e5")));
    EXPECT_TRUE(ranges.join(QStringLiteral("e5"), QStringLiteral("e10")));
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e15!"));
}

TEST(FetchedRanges, FillingAHoleForwardMergesWithTheNextRange)
{
    FetchedRanges ranges;
    ranges.add(range(1, 5));
    ranges.add(range(20, 30, true));
    ranges.add(range(6, 12), QStringLiteral("e5"));
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e12 e20-e30!"));
    // The last page of the hole runs into the next range (it includes its first entry).
    ranges.add(range(13, 20), QStringLiteral("e12"));
    EXPECT_EQ(describe(ranges), QStringLiteral("e1-e30!"));
}

TEST(FetchedRanges, RepeatedPageChangesNothing)
{
    FetchedRanges ranges;
    ranges.add(range(1, 10, true));
    ranges.add(range(11, 20, true), QStringLiteral("e10"));
    const auto before = ranges.ranges();
    ranges.add(range(11, 20, true), QStringLiteral("e10"));
    EXPECT_EQ(ranges.ranges(), before);
}

TEST(FetchedRanges, BackwardsStampsFromALiarKeepRangesValid)
{
    FetchedRanges ranges;
    ranges.add(range(10, 20, true));
    // The cursor says "after e20", the stamps say "before e10".
    ranges.add(
        { { QStringLiteral("x"), 1000 }, { QStringLiteral("y"), 2000 }, false }, QStringLiteral("e20"));
    ASSERT_EQ(ranges.ranges().size(), 1);
    EXPECT_TRUE(ranges.ranges().first().isValid());
}
