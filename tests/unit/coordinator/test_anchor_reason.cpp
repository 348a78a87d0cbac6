// Why the anchor is the anchor: the first rule of the ranking that sets it above the runner-up.
#include "coordinator/AnchorReason.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {
DeviceInfo device(const QString &resource, bool alwaysOn = false, qint64 preference = 0, qint64 since = 1000)
{
    DeviceInfo d;
    d.fullJid = QStringLiteral("alice@localhost/") + resource;
    d.alwaysOn = alwaysOn;
    d.preference = preference;
    d.since = since;
    return d;
}
} // namespace

TEST(AnchorReason, NoAnchorAndAlone)
{
    EXPECT_EQ(anchorReason(DeviceInfo(), {}), AnchorReason::None);
    const DeviceInfo a = device(QStringLiteral("a"));
    EXPECT_EQ(anchorReason(a, {}), AnchorReason::Alone);
    EXPECT_EQ(anchorReason(a, { a }), AnchorReason::Alone); // the anchor itself is not its runner-up
}

TEST(AnchorReason, FirstRuleThatDiffers)
{
    const DeviceInfo home = device(QStringLiteral("home"), true, 0, 5000);
    const DeviceInfo laptop = device(QStringLiteral("laptop"), false, 3, 1000);
    const DeviceInfo desktop = device(QStringLiteral("desktop"), false, 0, 2000);
    EXPECT_EQ(anchorReason(home, { home, laptop, desktop }), AnchorReason::AlwaysOn);
    EXPECT_EQ(anchorReason(laptop, { desktop }), AnchorReason::Chosen);
    EXPECT_EQ(
        anchorReason(device(QStringLiteral("x"), false, 0, 500), { desktop }), AnchorReason::LongestRunning);
    EXPECT_EQ(anchorReason(device(QStringLiteral("a"), false, 0, 2000), { desktop }), AnchorReason::Name);
}

TEST(AnchorReason, AnchorBelowTheBestIsIncumbent)
{
    // A better device is online but still in its hold-down period: the anchor keeps the rooms.
    const DeviceInfo anchor = device(QStringLiteral("laptop"), false, 0, 2000);
    EXPECT_EQ(
        anchorReason(anchor, { anchor, device(QStringLiteral("home"), true) }), AnchorReason::Incumbent);
    EXPECT_EQ(toString(AnchorReason::Incumbent), QStringLiteral("incumbent"));
    EXPECT_TRUE(toString(AnchorReason::None).isEmpty());
}
