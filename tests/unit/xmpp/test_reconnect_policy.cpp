#include "xmpp/ReconnectPolicy.h"

#include <gtest/gtest.h>

using Tandem::ReconnectPolicy;
using ms = std::chrono::milliseconds;

TEST(ReconnectPolicy, DoublesWithinJitterBounds)
{
    ReconnectPolicy policy(ms(1000), ms(60000));
    long long ceiling = 1000;
    for (int i = 0; i < 10; ++i) {
        const auto low = ReconnectPolicy(policy).nextDelay(0.0);
        const auto high = ReconnectPolicy(policy).nextDelay(0.999999);
        EXPECT_EQ(low.count(), ceiling / 2) << "attempt " << i;
        EXPECT_LE(high.count(), ceiling) << "attempt " << i;
        EXPECT_GE(high.count(), ceiling - 1) << "attempt " << i;
        policy.nextDelay(0.5);
        ceiling = std::min<long long>(ceiling * 2, 60000);
    }
}

TEST(ReconnectPolicy, CapsAtMaximumWithoutOverflow)
{
    ReconnectPolicy policy(ms(1000), ms(300000));
    for (int i = 0; i < 1000; ++i)
        policy.nextDelay(0.5);
    const auto d = policy.nextDelay(1.0);
    EXPECT_EQ(d.count(), 300000);
    EXPECT_GT(policy.nextDelay(0.0).count(), 0);
}

TEST(ReconnectPolicy, ResetStartsOver)
{
    ReconnectPolicy policy(ms(1000), ms(300000));
    for (int i = 0; i < 5; ++i)
        policy.nextDelay(0.5);
    policy.reset();
    EXPECT_EQ(policy.attempts(), 0);
    EXPECT_LE(policy.nextDelay(1.0).count(), 1000);
}

TEST(ReconnectPolicy, JitterSpreadsAFleet)
{
    // Two clients that lost the same server at once must not retry in lockstep.
    ReconnectPolicy a(ms(1000), ms(300000));
    ReconnectPolicy b(ms(1000), ms(300000));
    EXPECT_NE(a.nextDelay(0.1).count(), b.nextDelay(0.9).count());
}
