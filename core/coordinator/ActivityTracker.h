#pragma once

#include "coordinator/DeviceActivity.h"

#include <optional>

namespace Tandem {

/// The timings of activity reports (PROTOCOL.md §16.3).
struct ActivityConfig
{
    /// Input within this window makes a device active; without input for it, the device is idle.
    qint64 windowMs = 120000;
    /// While active, a device re-reports (the user came back to it from a device that became
    /// active later) at most this often.
    qint64 refreshMs = 10000;
    /// After reporting idle, the device still counts itself active for this long, so that a
    /// message arriving while the report is in flight notifies twice rather than nowhere.
    qint64 graceMs = 5000;
};

/// This device's own activity from its input events, as a pure state machine: input and the time
/// in, whether a report must go out. Only transitions are reported — became active, came back
/// (throttled), became idle — never each key press. A headless device never becomes active.
class ActivityTracker
{
public:
    explicit ActivityTracker(bool desktop, ActivityConfig config = {});

    bool isDesktop() const { return m_desktop; }
    const ActivityConfig &config() const { return m_config; }

    /// The user touched this device at `nowMs`; `latestSiblingSinceMs` is the latest `since` a
    /// sibling reports active (none: nobody else is active). True when a report must go out.
    bool input(qint64 nowMs, std::optional<qint64> latestSiblingSinceMs = std::nullopt);
    /// Time passes; true when the device just became idle (a report must go out).
    bool tick(qint64 nowMs);
    /// When tick() must run next (the window's end), if the device is active.
    std::optional<qint64> nextDeadline() const;

    /// What this device reports (and what its siblings therefore believe).
    DeviceActivity reported() const { return m_reported; }
    /// The `since` this device decides with at `nowMs`: its active `since`, kept for the grace
    /// period after going idle; none when it counts as inactive.
    std::optional<qint64> activeSince(qint64 nowMs) const;

private:
    void report(qint64 sinceMs, qint64 nowMs);

    bool m_desktop;
    ActivityConfig m_config;
    DeviceActivity m_reported;
    qint64 m_lastInputMs = 0;
    qint64 m_lastReportMs = 0;
    qint64 m_idleAtMs = 0; ///< when it last became idle
    qint64 m_lastActiveSinceMs = 0; ///< the `since` of the last active period
    bool m_comeBackPending = false; ///< the user came back here; the report waits for refreshMs
};

} // namespace Tandem
