#include "coordinator/ActivityTracker.h"

#include <algorithm>

namespace Tandem {

ActivityTracker::ActivityTracker(bool desktop, ActivityConfig config)
    : m_desktop(desktop)
    , m_config(config)
{ }

bool ActivityTracker::input(qint64 nowMs, std::optional<qint64> latestSiblingSinceMs)
{
    if (!m_desktop)
        return false;
    tick(nowMs); // an input after a long silence starts a new active period
    m_lastInputMs = nowMs;
    if (m_reported.isActive()) {
        // Back here after a sibling became active later: say so, but at most every refreshMs; a
        // report held back goes out at the next tick.
        if (!latestSiblingSinceMs || *latestSiblingSinceMs < m_reported.sinceMs)
            return false;
        m_comeBackPending = true;
        if (nowMs - m_lastReportMs < m_config.refreshMs)
            return false;
    }
    report(nowMs, nowMs);
    return true;
}

void ActivityTracker::report(qint64 sinceMs, qint64 nowMs)
{
    m_reported = { DeviceActivity::State::Active, sinceMs };
    m_lastActiveSinceMs = sinceMs;
    m_lastReportMs = nowMs;
    m_comeBackPending = false;
}

bool ActivityTracker::tick(qint64 nowMs)
{
    if (!m_reported.isActive())
        return false;
    if (nowMs - m_lastInputMs >= m_config.windowMs) {
        m_reported = { DeviceActivity::State::Idle, m_lastInputMs };
        m_idleAtMs = nowMs;
        m_lastReportMs = nowMs;
        m_comeBackPending = false;
        return true;
    }
    if (m_comeBackPending && nowMs - m_lastReportMs >= m_config.refreshMs) {
        report(m_lastInputMs, nowMs); // since the input that brought the user back
        return true;
    }
    return false;
}

std::optional<qint64> ActivityTracker::nextDeadline() const
{
    if (!m_reported.isActive())
        return std::nullopt;
    const qint64 idleAt = m_lastInputMs + m_config.windowMs;
    return m_comeBackPending ? std::min(idleAt, m_lastReportMs + m_config.refreshMs) : idleAt;
}

std::optional<qint64> ActivityTracker::activeSince(qint64 nowMs) const
{
    if (m_reported.isActive())
        return m_reported.sinceMs;
    if (m_reported.state == DeviceActivity::State::Idle && nowMs - m_idleAtMs < m_config.graceMs)
        return m_lastActiveSinceMs;
    return std::nullopt;
}

} // namespace Tandem
