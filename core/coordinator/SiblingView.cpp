#include "coordinator/SiblingView.h"

#include <algorithm>

namespace Tandem {

bool SiblingView::update(const DeviceInfo &sibling, const QString &self)
{
    if (sibling.fullJid.isEmpty() || sibling.fullJid == self)
        return false;
    m_devices.insert(sibling.fullJid, sibling);
    return true;
}

bool SiblingView::remove(const QString &fullJid)
{
    return m_devices.remove(fullJid) > 0;
}

std::optional<DeviceInfo> SiblingView::find(const QString &fullJid) const
{
    const auto it = m_devices.constFind(fullJid);
    if (it == m_devices.cend())
        return std::nullopt;
    return *it;
}

std::optional<DeviceInfo> SiblingView::bestClaim(bool joining, quint64 minTerm) const
{
    std::optional<DeviceInfo> best;
    for (const DeviceInfo &device : m_devices) {
        if (!device.claims() || device.joining != joining || device.term < minTerm)
            continue;
        if (!best || DeviceInfo::claimBeats(device, *best))
            best = device;
    }
    return best;
}

quint64 SiblingView::highestTerm() const
{
    quint64 highest = 0;
    for (const DeviceInfo &device : m_devices)
        highest = std::max(highest, device.term);
    return highest;
}

std::optional<qint64> SiblingView::highestPreference() const
{
    std::optional<qint64> highest;
    for (const DeviceInfo &device : m_devices)
        highest = std::max(highest.value_or(device.preference), device.preference);
    return highest;
}

bool SiblingView::ranksFirst(const DeviceInfo &self) const
{
    return std::none_of(m_devices.cbegin(), m_devices.cend(),
        [&self](const DeviceInfo &device) { return DeviceInfo::ranksAbove(device, self); });
}

QList<QString> SiblingView::readyClaimsBeatenBy(const DeviceInfo &mine) const
{
    QList<QString> beaten;
    for (const DeviceInfo &device : m_devices) {
        if (device.claims() && !device.joining && DeviceInfo::claimBeats(mine, device))
            beaten << device.fullJid;
    }
    return beaten;
}

bool SiblingView::hasOrphanAbove(quint64 claimTerm) const
{
    for (const DeviceInfo &device : m_devices) {
        if (device.claims() || device.term <= claimTerm)
            continue;
        // If it follows a sibling we see, either that sibling's claim under the higher term is
        // still on its way to us (presence from one sender arrives in order) or the reporter
        // will soon update its report: both settle things without us, so wait.
        if (device.anchor.isEmpty() || !m_devices.contains(device.anchor))
            return true;
    }
    return false;
}

} // namespace Tandem
