// Seeded simulation of who notifies a new message across one account's Tandem devices: each
// device's ActivityTracker fed by a simulated user, its reports delivered to the others with
// latency, and NotificationPolicy (with NotifyingDevice) deciding on every device.
#pragma once

#include "SimScheduler.h"

#include "coordinator/ActivityTracker.h"
#include "coordinator/NotifyingDevice.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace Tandem::Sim {

struct NotificationSimParameters
{
    std::chrono::milliseconds duration { 40 * 60 * 1000 };
    std::chrono::milliseconds maxReportLatency { 2000 };
    std::chrono::milliseconds maxReceiptSkew { 500 }; ///< a message reaches devices this far apart
    std::chrono::milliseconds maxClockSkew { 3000 }; ///< each device's wall clock is this far off
    ActivityConfig activity {};
};

struct NotificationSimStats
{
    std::uint64_t messages = 0;
    std::uint64_t history = 0; ///< archive and catch-up messages: none may notify
    std::uint64_t whileActive = 0; ///< news while some device reported itself active
    std::uint64_t settledWhileActive = 0; ///< ...with every view in agreement: exactly one notified
    std::uint64_t duplicates = 0; ///< news that notified on more than one device while one was active
    std::uint64_t noneActive = 0; ///< news while no device was active: every desktop notified
    std::uint64_t reports = 0; ///< activity reports sent (one per device change, to each sibling)
    std::uint64_t inputs = 0;

    NotificationSimStats &operator+=(const NotificationSimStats &o);
};

struct NotificationSimResult
{
    bool ok = true;
    std::string failure;
    NotificationSimStats stats;
};

class NotificationSimulation
{
public:
    NotificationSimulation(std::uint64_t seed, NotificationSimParameters p);
    void setVerbose(bool verbose) { m_sim.setTracing(true, verbose); }
    NotificationSimResult run();

private:
    struct Device
    {
        QString id;
        ActivityTracker tracker;
        NotifyingDevice notifying;
        qint64 clockOffset = 0;
        QHash<QString, DeviceActivity> view; ///< what the siblings last reported
        std::uint64_t tickGeneration = 0;
    };
    struct Decision
    {
        bool notified = false;
        bool settled = false; ///< its view matched every report, and nobody was in a grace period
        QString expected; ///< the notifier from the reports as sent (empty: nobody active)
        bool anyActive = false;
    };

    qint64 wallClock(const Device &d) const;
    QList<NotifyingDevice::Report> siblingsOf(const Device &d) const;
    void input(int device);
    void tick(int device, std::uint64_t generation);
    void scheduleTick(int device);
    void sendReports(int device);
    /// The device's view or own activity changed: NotifyingDevice::update().
    void viewChanged(int device);
    void userSession();
    void nextMessage();
    Decision decide(int device, int kind);
    void check(const std::vector<Decision> &decisions, int kind);
    void fail(const std::string &why);

    SimScheduler m_sim;
    NotificationSimParameters m_p;
    std::vector<Device> m_devices;
    /// Per sender and receiver, when the last report is delivered: reports arrive in order.
    std::vector<std::vector<SimScheduler::Time>> m_lastDelivery;
    std::uint64_t m_inFlight = 0;
    NotificationSimResult m_result;
};

} // namespace Tandem::Sim
