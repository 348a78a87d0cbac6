// NickCompletion: prefix matching, recent speakers first, cycling, and where the separator goes.
#include "models/NickCompletion.h"

#include <gtest/gtest.h>

using Tandem::NickCompletion;

namespace {
NickCompletion room()
{
    NickCompletion c;
    c.setOccupants({ QStringLiteral("bob"), QStringLiteral("Bernd"), QStringLiteral("alice"),
        QStringLiteral("barbara"), QStringLiteral("b.o.b") });
    c.setOwnNick(QStringLiteral("alice"));
    return c;
}
} // namespace

TEST(NickCompletion, RecentSpeakersFirstThenAlphabetical)
{
    NickCompletion c = room();
    EXPECT_EQ(c.candidates(QStringLiteral("b")),
        (QStringList { QStringLiteral("b.o.b"), QStringLiteral("barbara"), QStringLiteral("Bernd"),
            QStringLiteral("bob") }));
    c.noteSpoke(QStringLiteral("bob"));
    c.noteSpoke(QStringLiteral("Bernd"));
    EXPECT_EQ(c.candidates(QStringLiteral("B")),
        (QStringList { QStringLiteral("Bernd"), QStringLiteral("bob"), QStringLiteral("b.o.b"),
            QStringLiteral("barbara") }));
    EXPECT_TRUE(c.candidates(QString()).isEmpty());
    EXPECT_TRUE(c.candidates(QStringLiteral("al")).isEmpty()) << "our own nick is never offered";
}

TEST(NickCompletion, AtTheStartItAddressesAndTabCycles)
{
    NickCompletion c = room();
    c.noteSpoke(QStringLiteral("bob"));
    NickCompletion::Result r;
    ASSERT_TRUE(c.complete(QStringLiteral("b"), 1, &r));
    EXPECT_EQ(r.text, QStringLiteral("bob: "));
    EXPECT_EQ(r.cursor, 5);
    ASSERT_TRUE(c.complete(r.text, r.cursor, &r)); // Tab again: the next one
    EXPECT_EQ(r.text, QStringLiteral("b.o.b: "));
    for (int i = 0; i < 3; ++i) // barbara, Bernd, and round
        ASSERT_TRUE(c.complete(r.text, r.cursor, &r));
    EXPECT_EQ(r.text, QStringLiteral("bob: "));
    c.reset();
    ASSERT_TRUE(c.complete(QStringLiteral("bo"), 2, &r));
    ASSERT_TRUE(c.complete(r.text, r.cursor, &r)); // the only candidate stays
    EXPECT_EQ(r.text, QStringLiteral("bob: "));
}

TEST(NickCompletion, InsideTextAndAfterAt)
{
    NickCompletion c = room();
    NickCompletion::Result r;
    ASSERT_TRUE(c.complete(QStringLiteral("ask ber about it"), 7, &r));
    EXPECT_EQ(r.text, QStringLiteral("ask Bernd about it"));
    EXPECT_EQ(r.cursor, 9);
    c.reset();
    ASSERT_TRUE(c.complete(QStringLiteral("thanks @bar"), 11, &r));
    EXPECT_EQ(r.text, QStringLiteral("thanks @barbara "));
    c.reset();
    ASSERT_TRUE(c.complete(QStringLiteral("@bo"), 3, &r));
    EXPECT_EQ(r.text, QStringLiteral("@bob "));
}

TEST(NickCompletion, NothingToCompleteLeavesTheKeyAlone)
{
    NickCompletion c = room();
    NickCompletion::Result r;
    EXPECT_FALSE(c.complete(QString(), 0, &r));
    EXPECT_FALSE(c.complete(QStringLiteral("hello "), 6, &r));
    EXPECT_FALSE(c.complete(QStringLiteral("zz"), 2, &r));
    EXPECT_FALSE(c.complete(QStringLiteral("@"), 1, &r));
    EXPECT_FALSE(c.complete(QStringLiteral("x"), 99, &r)) << "a cursor past the end is clamped";
}

TEST(NickCompletion, EditingBetweenTabsStartsOver)
{
    NickCompletion c = room();
    NickCompletion::Result r;
    ASSERT_TRUE(c.complete(QStringLiteral("bo"), 2, &r));
    EXPECT_EQ(r.text, QStringLiteral("bob: "));
    ASSERT_TRUE(c.complete(QStringLiteral("bob: bar"), 8, &r));
    EXPECT_EQ(r.text, QStringLiteral("bob: barbara "));
}
