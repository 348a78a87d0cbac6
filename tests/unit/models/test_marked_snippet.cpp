// MarkedSnippet turns a search snippet's markers into ranges a view can paint.
#include "models/MarkedSnippet.h"

#include <gtest/gtest.h>

using Tandem::MarkedSnippet;

namespace {
const QString startMark = QStringLiteral("\u0002");
const QString endMark = QStringLiteral("\u0003");
} // namespace

TEST(MarkedSnippet, MarkersBecomeRanges)
{
    const auto s = MarkedSnippet::fromMarked(
        QStringLiteral("green \u0002tea\u0003 or black \u0002tea\u0003…"), startMark, endMark);
    EXPECT_EQ(s.text, QStringLiteral("green tea or black tea…"));
    ASSERT_EQ(s.highlights.size(), 2);
    EXPECT_EQ(s.highlights[0], qMakePair(6, 3));
    EXPECT_EQ(s.highlights[1], qMakePair(19, 3));
}

TEST(MarkedSnippet, BodyTextThatLooksLikeDefaultMarkersStaysText)
{
    const auto s = MarkedSnippet::fromMarked(QStringLiteral("[x] \u0002tea\u0003"), startMark, endMark);
    EXPECT_EQ(s.text, QStringLiteral("[x] tea"));
    ASSERT_EQ(s.highlights.size(), 1);
    EXPECT_EQ(s.highlights[0], qMakePair(4, 3));
}

TEST(MarkedSnippet, UnclosedRunsToTheEndAndStrayEndIsText)
{
    auto s = MarkedSnippet::fromMarked(QStringLiteral("a \u0002tea"), startMark, endMark);
    EXPECT_EQ(s.text, QStringLiteral("a tea"));
    ASSERT_EQ(s.highlights.size(), 1);
    EXPECT_EQ(s.highlights[0], qMakePair(2, 3));
    s = MarkedSnippet::fromMarked(QStringLiteral("a\u0003b"), startMark, endMark);
    EXPECT_EQ(s.text, QStringLiteral("a\u0003b"));
    EXPECT_TRUE(s.highlights.isEmpty());
}

TEST(MarkedSnippet, EmptyMarkersLeaveTheTextAlone)
{
    const auto s = MarkedSnippet::fromMarked(QStringLiteral("[tea]"), QString(), QString());
    EXPECT_EQ(s.text, QStringLiteral("[tea]"));
    EXPECT_TRUE(s.highlights.isEmpty());
}
