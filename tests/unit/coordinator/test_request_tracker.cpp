// RequestTracker: a sibling's requests and their answers (PROTOCOL.md §8, §14).
#include "coordinator/RequestTracker.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {
const QString anchor = QStringLiteral("alice@example.org/home");
const QString other = QStringLiteral("alice@example.org/laptop");

Ack ackFrom(const QString &id, const QString &from)
{
    return Ack { id, from, QStringLiteral("alice@example.org/phone"), -1, {} };
}
} // namespace

TEST(RequestTracker, OnlyTheAnchorItWasSentToAnswers)
{
    RequestTracker t;
    int answered = 0;
    t.add(QStringLiteral("r1"), anchor, [&](const Response &) { ++answered; });
    // Another session of the account (an anchor we followed before, a sibling) guessing the id.
    EXPECT_FALSE(t.answer(ackFrom(QStringLiteral("r1"), other)));
    EXPECT_FALSE(
        t.answer(RequestError { QStringLiteral("r1"), QStringLiteral("not-anchor"), {}, other, {} }));
    EXPECT_TRUE(t.isPending(QStringLiteral("r1")));
    const auto done = t.answer(ackFrom(QStringLiteral("r1"), anchor));
    ASSERT_TRUE(done);
    (*done)(ackFrom(QStringLiteral("r1"), anchor));
    EXPECT_EQ(answered, 1);
    EXPECT_FALSE(t.isPending(QStringLiteral("r1")));
    EXPECT_FALSE(t.answer(ackFrom(QStringLiteral("r1"), anchor))); // answered once
}

TEST(RequestTracker, UnknownIdsAndTimeouts)
{
    RequestTracker t;
    EXPECT_FALSE(t.answer(ackFrom(QStringLiteral("nope"), anchor)));
    t.add(QStringLiteral("r2"), anchor, [](const Response &) {});
    EXPECT_TRUE(t.expire(QStringLiteral("r2")));
    EXPECT_FALSE(t.expire(QStringLiteral("r2")));
    EXPECT_FALSE(t.answer(ackFrom(QStringLiteral("r2"), anchor))); // too late
}
