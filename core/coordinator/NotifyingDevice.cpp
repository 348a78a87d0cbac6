#include "coordinator/NotifyingDevice.h"

namespace Tandem {

namespace {

/// True when `a` was the device the user came to after `b`.
bool moreRecent(const NotifyingDevice::Report &a, const NotifyingDevice::Report &b)
{
    if (a.activity.sinceMs != b.activity.sinceMs)
        return a.activity.sinceMs > b.activity.sinceMs;
    return QString::compare(a.device, b.device, Qt::CaseSensitive) < 0;
}

} // namespace

QString NotifyingDevice::notifier(const QList<Report> &devices)
{
    const Report *best = nullptr;
    for (const Report &r : devices) {
        if (r.activity.isActive() && (!best || moreRecent(r, *best)))
            best = &r;
    }
    return best ? best->device : QString();
}

NotifyingDevice::NotifyingDevice(const QString &self, bool desktop, qint64 graceMs)
    : m_self(self)
    , m_desktop(desktop)
    , m_graceMs(graceMs)
    , m_leads(desktop)
{ }

void NotifyingDevice::update(
    qint64 nowMs, std::optional<qint64> selfActiveSince, const QList<Report> &siblings)
{
    const bool leadsNow = leads(m_self, m_desktop, selfActiveSince, siblings);
    if (m_leads && !leadsNow)
        m_lostAtMs = nowMs;
    m_leads = leadsNow;
}

bool NotifyingDevice::notifiesHere(qint64 nowMs) const
{
    return m_leads || inGrace(nowMs);
}

bool NotifyingDevice::leads(
    const QString &self, bool desktop, std::optional<qint64> selfActiveSince, const QList<Report> &siblings)
{
    if (!desktop)
        return false;
    QList<Report> all = siblings;
    if (selfActiveSince)
        all.append({ self, { DeviceActivity::State::Active, *selfActiveSince } });
    const QString chosen = notifier(all);
    return chosen.isEmpty() || chosen == self;
}

std::optional<qint64> NotifyingDevice::latestActiveSince(const QList<Report> &siblings)
{
    std::optional<qint64> latest;
    for (const Report &r : siblings) {
        if (r.activity.isActive() && (!latest || r.activity.sinceMs > *latest))
            latest = r.activity.sinceMs;
    }
    return latest;
}

} // namespace Tandem
