#include "coordinator/DeviceInfo.h"

namespace Tandem {

QString toString(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Offline:
        return QStringLiteral("offline");
    case DeviceRole::Sibling:
        return QStringLiteral("sibling");
    case DeviceRole::Anchor:
        return QStringLiteral("anchor");
    case DeviceRole::Solo:
        return QStringLiteral("solo");
    }
    return QStringLiteral("sibling");
}

DeviceRole deviceRoleFromString(const QString &text)
{
    if (text == QLatin1String("anchor"))
        return DeviceRole::Anchor;
    if (text == QLatin1String("solo"))
        return DeviceRole::Solo;
    return DeviceRole::Sibling;
}

QString DeviceInfo::resource() const
{
    const int slash = fullJid.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : fullJid.mid(slash + 1);
}

bool DeviceInfo::ranksAbove(const DeviceInfo &a, const DeviceInfo &b)
{
    if (a.alwaysOn != b.alwaysOn)
        return a.alwaysOn;
    if (a.preference != b.preference)
        return a.preference > b.preference;
    if (a.since != b.since)
        return a.since < b.since;
    // Ordinal comparison of UTF-16 code units, never locale-aware: two devices with different
    // locales must not disagree on the anchor.
    return QString::compare(a.resource(), b.resource(), Qt::CaseSensitive) < 0;
}

bool DeviceInfo::claimBeats(const DeviceInfo &a, const DeviceInfo &b)
{
    if (a.term != b.term)
        return a.term > b.term;
    return ranksAbove(a, b);
}

bool DeviceInfo::operator==(const DeviceInfo &other) const
{
    return fullJid == other.fullJid && alwaysOn == other.alwaysOn && preference == other.preference
        && since == other.since && term == other.term && anchor == other.anchor && role == other.role
        && joining == other.joining;
}

QString toString(const DeviceInfo &info)
{
    return QStringLiteral("%1 %2%3 term=%4 anchor=%5 always-on=%6 preference=%7 since=%8")
        .arg(info.fullJid, toString(info.role), info.joining ? QStringLiteral("(joining)") : QString())
        .arg(info.term)
        .arg(info.anchor.isEmpty() ? QStringLiteral("-") : info.anchor)
        .arg(info.alwaysOn ? QStringLiteral("true") : QStringLiteral("false"))
        .arg(info.preference)
        .arg(info.since);
}

} // namespace Tandem
