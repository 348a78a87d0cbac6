// ActivityTracker (this device's reports) and NotifyingDevice (who notifies), scenario by
// scenario; tests/sim/test_notification_sim.cpp runs them across seeded accounts.
#include "coordinator/ActivityTracker.h"
#include "coordinator/NotifyingDevice.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

using Report = NotifyingDevice::Report;
constexpr qint64 t0 = 1'800'000'000'000;

Report active(const QString &device, qint64 since)
{
    return { device, { DeviceActivity::State::Active, since } };
}

Report idle(const QString &device, qint64 since)
{
    return { device, { DeviceActivity::State::Idle, since } };
}

} // namespace

TEST(ActivityTracker, ReportsTransitionsOnlyNotEveryInput)
{
    ActivityTracker tracker(true);
    EXPECT_TRUE(tracker.input(t0));
    EXPECT_EQ(tracker.reported(), (DeviceActivity { DeviceActivity::State::Active, t0 }));
    for (qint64 t = t0 + 100; t < t0 + 60000; t += 100)
        EXPECT_FALSE(tracker.input(t));
    EXPECT_EQ(tracker.nextDeadline(), t0 + 59900 + 120000);
    EXPECT_FALSE(tracker.tick(t0 + 59900 + 119999));
    EXPECT_TRUE(tracker.tick(t0 + 59900 + 120000));
    EXPECT_EQ(tracker.reported(), (DeviceActivity { DeviceActivity::State::Idle, t0 + 59900 }));
    EXPECT_FALSE(tracker.tick(t0 + 400000));
    EXPECT_FALSE(tracker.nextDeadline());
    EXPECT_TRUE(tracker.input(t0 + 500000)); // a new active period
    EXPECT_EQ(tracker.reported().sinceMs, t0 + 500000);
}

TEST(ActivityTracker, HeadlessIsNeverActive)
{
    ActivityTracker tracker(false);
    EXPECT_FALSE(tracker.input(t0));
    EXPECT_EQ(tracker.reported().state, DeviceActivity::State::Unknown);
    EXPECT_FALSE(tracker.activeSince(t0));
}

TEST(ActivityTracker, CountsItselfActiveForTheGraceAfterGoingIdle)
{
    ActivityTracker tracker(true, { 1000, 200, 300 });
    tracker.input(t0);
    EXPECT_TRUE(tracker.tick(t0 + 1000));
    EXPECT_EQ(tracker.activeSince(t0 + 1000), t0);
    EXPECT_EQ(tracker.activeSince(t0 + 1299), t0);
    EXPECT_FALSE(tracker.activeSince(t0 + 1300));
}

TEST(ActivityTracker, ComingBackReportsAgainThrottled)
{
    ActivityTracker tracker(true, { 120000, 10000, 5000 });
    tracker.input(t0);
    // A sibling became active later: the user moved there. Input here again is news, but it
    // waits for the refresh interval since our last report.
    EXPECT_FALSE(tracker.input(t0 + 3000, t0 + 2000));
    EXPECT_EQ(tracker.nextDeadline(), t0 + 10000);
    EXPECT_TRUE(tracker.tick(t0 + 10000));
    EXPECT_EQ(tracker.reported(), (DeviceActivity { DeviceActivity::State::Active, t0 + 3000 }));
    // Nobody later than us: nothing to say.
    EXPECT_FALSE(tracker.input(t0 + 30000, t0 + 2000));
    EXPECT_TRUE(tracker.input(t0 + 40000, t0 + 35000));
    EXPECT_EQ(tracker.reported().sinceMs, t0 + 40000);
}

TEST(NotifyingDevice, TheLatestActiveDeviceNotifiesAlone)
{
    const QList<Report> siblings { active(QStringLiteral("desk"), t0 + 5),
        idle(QStringLiteral("home"), t0 + 9) };
    EXPECT_FALSE(NotifyingDevice::leads(QStringLiteral("laptop"), true, t0, siblings));
    EXPECT_TRUE(NotifyingDevice::leads(QStringLiteral("laptop"), true, t0 + 6, siblings));
    EXPECT_FALSE(NotifyingDevice::leads(QStringLiteral("laptop"), true, std::nullopt, siblings));
    EXPECT_EQ(NotifyingDevice::latestActiveSince(siblings), t0 + 5);
}

TEST(NotifyingDevice, EqualStampsGoToTheSmallerId)
{
    const QList<Report> siblings { active(QStringLiteral("b"), t0) };
    EXPECT_TRUE(NotifyingDevice::leads(QStringLiteral("a"), true, t0, siblings));
    EXPECT_FALSE(NotifyingDevice::leads(QStringLiteral("c"), true, t0, siblings));
    EXPECT_EQ(NotifyingDevice::notifier({ active(QStringLiteral("c"), t0), active(QStringLiteral("b"), t0) }),
        QStringLiteral("b"));
}

TEST(NotifyingDevice, NobodyActiveMeansEveryDesktop)
{
    const QList<Report> siblings { idle(QStringLiteral("desk"), t0), { QStringLiteral("old"), {} } };
    EXPECT_TRUE(NotifyingDevice::leads(QStringLiteral("laptop"), true, std::nullopt, siblings));
    EXPECT_FALSE(NotifyingDevice::leads(QStringLiteral("home"), false, std::nullopt, siblings));
    EXPECT_TRUE(NotifyingDevice::notifier(siblings).isEmpty());
}

TEST(NotifyingDevice, HeadlessNeverNotifies)
{
    EXPECT_FALSE(NotifyingDevice::leads(QStringLiteral("home"), false, t0, {}));
}

TEST(NotifyingDevice, KeepsNotifyingForTheGraceAfterLosingTheLead)
{
    NotifyingDevice laptop(QStringLiteral("laptop"), true, 5000);
    EXPECT_TRUE(laptop.notifiesHere(t0)); // alone
    laptop.update(t0, t0, {});
    laptop.update(t0 + 1000, t0, { active(QStringLiteral("desk"), t0 + 900) });
    EXPECT_TRUE(laptop.notifiesHere(t0 + 5999));
    EXPECT_TRUE(laptop.inGrace(t0 + 5999));
    EXPECT_FALSE(laptop.notifiesHere(t0 + 6000));
    // Later updates in the same view do not extend the grace.
    laptop.update(t0 + 3000, t0, { active(QStringLiteral("desk"), t0 + 900) });
    EXPECT_FALSE(laptop.notifiesHere(t0 + 6000));
    laptop.update(t0 + 7000, t0 + 7000, { active(QStringLiteral("desk"), t0 + 900) });
    EXPECT_TRUE(laptop.notifiesHere(t0 + 7000));
    EXPECT_FALSE(laptop.inGrace(t0 + 7000));

    NotifyingDevice home(QStringLiteral("home"), false, 5000);
    EXPECT_FALSE(home.notifiesHere(t0));
    home.update(t0, std::nullopt, {});
    EXPECT_FALSE(home.notifiesHere(t0));
}
