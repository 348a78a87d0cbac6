// This device's user activity, fed by the window's input events, reported through the coordinator.
#pragma once

#include "coordinator/ActivityTracker.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace Tandem {

/// The device's ActivityTracker on the wall clock, with the timer that ends an active period.
/// The GUI calls noteInput() on the user's key presses, clicks and window activation (so does
/// `ctl active`); a headless device has no user and never becomes active. Every account's
/// Coordinator sends reportChanged()'s new report to its siblings (PROTOCOL.md §16).
class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    /// `desktop` is false on a headless device. Timings: ActivityConfig's defaults, or
    /// TANDEM_ACTIVITY_WINDOW_MS, TANDEM_ACTIVITY_REFRESH_MS, TANDEM_ACTIVITY_GRACE_MS.
    explicit ActivityMonitor(bool desktop, QObject *parent = nullptr);

    bool isDesktop() const { return m_tracker.isDesktop(); }
    const ActivityConfig &config() const { return m_tracker.config(); }
    DeviceActivity reported() const { return m_tracker.reported(); }
    std::optional<qint64> activeSince(qint64 nowMs) const { return m_tracker.activeSince(nowMs); }
    /// The latest `since` a sibling of any account reports active: whether input here is the
    /// user coming back from another device.
    void setSiblingsActiveSince(std::function<std::optional<qint64>()> latest)
    {
        m_siblings = std::move(latest);
    }

    /// The user did something on this device now. Cheap: call it for every input event.
    void noteInput();

Q_SIGNALS:
    /// reported() changed: became active, came back, or became idle.
    void reportChanged();

private:
    void tick();
    void schedule();

    ActivityTracker m_tracker;
    QTimer m_timer;
    std::function<std::optional<qint64>()> m_siblings;
};

} // namespace Tandem
