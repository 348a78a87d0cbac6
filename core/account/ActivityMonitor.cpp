#include "account/ActivityMonitor.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcActivity, "tandem.activity", QtInfoMsg)

namespace Tandem {

namespace {

ActivityConfig configFromEnvironment()
{
    ActivityConfig config;
    const auto read = [](const char *name, qint64 fallback) {
        bool ok = false;
        const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    config.windowMs = read("TANDEM_ACTIVITY_WINDOW_MS", config.windowMs);
    config.refreshMs = read("TANDEM_ACTIVITY_REFRESH_MS", config.refreshMs);
    config.graceMs = read("TANDEM_ACTIVITY_GRACE_MS", config.graceMs);
    return config;
}

} // namespace

ActivityMonitor::ActivityMonitor(bool desktop, QObject *parent)
    : QObject(parent)
    , m_tracker(desktop, configFromEnvironment())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActivityMonitor::tick);
}

void ActivityMonitor::noteInput()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_tracker.input(now, m_siblings ? m_siblings() : std::nullopt)) {
        qCInfo(lcActivity) << "active since" << m_tracker.reported().sinceMs;
        Q_EMIT reportChanged();
    }
    schedule();
}

void ActivityMonitor::tick()
{
    if (m_tracker.tick(QDateTime::currentMSecsSinceEpoch())) {
        qCInfo(lcActivity) << toString(m_tracker.reported().state) << "since" << m_tracker.reported().sinceMs;
        Q_EMIT reportChanged();
    }
    schedule();
}

void ActivityMonitor::schedule()
{
    const auto deadline = m_tracker.nextDeadline();
    if (!deadline) {
        m_timer.stop();
        return;
    }
    const qint64 in = std::max<qint64>(0, *deadline - QDateTime::currentMSecsSinceEpoch());
    // Input keeps moving the deadline: restart the timer only when it must fire sooner or is idle.
    if (!m_timer.isActive() || m_timer.remainingTime() > in)
        m_timer.start(int(std::min<qint64>(in, std::numeric_limits<int>::max())));
}

} // namespace Tandem
