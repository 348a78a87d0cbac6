#pragma once

#include "coordinator/DeviceInfo.h"

#include <QList>
#include <QMap>
#include <optional>

namespace Tandem {

/// The Tandem siblings one device currently sees online: the latest `<device/>` each of them
/// advertised, keyed by full JID. Our own full JID is never in it. Ordered (QMap), so that every
/// query and every list is reproducible from run to run: the simulation replays seeds exactly.
class SiblingView
{
public:
    /// Records a sibling's (new) presence; returns false and ignores it when it is `self`.
    bool update(const DeviceInfo &sibling, const QString &self);
    /// Forgets a sibling; returns whether it was known.
    bool remove(const QString &fullJid);
    void clear() { m_devices.clear(); }

    bool isEmpty() const { return m_devices.isEmpty(); }
    int size() const { return m_devices.size(); }
    bool contains(const QString &fullJid) const { return m_devices.contains(fullJid); }
    std::optional<DeviceInfo> find(const QString &fullJid) const;
    QList<DeviceInfo> devices() const { return m_devices.values(); }

    /// The best claim (see DeviceInfo::claimBeats) among siblings that claim the rooms, are (or
    /// are not) still joining, and carry at least `minTerm`: claims below our fence are stale.
    std::optional<DeviceInfo> bestClaim(bool joining, quint64 minTerm) const;
    /// The highest term any sibling advertises, claims and reports alike.
    quint64 highestTerm() const;
    /// The highest preference any sibling advertises; none without siblings.
    std::optional<qint64> highestPreference() const;
    /// True when no sibling ranks above `self`.
    bool ranksFirst(const DeviceInfo &self) const;
    /// Full JIDs of siblings whose ready claim `mine` beats: the old anchors to send a handover to.
    QList<QString> readyClaimsBeatenBy(const DeviceInfo &mine) const;
    /// True when a sibling that claims nothing reports following an anchor under a term above
    /// `claimTerm`, and that anchor is not another sibling we can see. Such a sibling fences us
    /// out (its term is above ours) and no claim we could wait for will ever reach us.
    bool hasOrphanAbove(quint64 claimTerm) const;

private:
    QMap<QString, DeviceInfo> m_devices;
};

} // namespace Tandem
