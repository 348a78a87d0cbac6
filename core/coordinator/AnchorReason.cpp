#include "coordinator/AnchorReason.h"

namespace Tandem {

AnchorReason anchorReason(const DeviceInfo &anchor, const QList<DeviceInfo> &others)
{
    if (anchor.fullJid.isEmpty())
        return AnchorReason::None;
    const DeviceInfo *runnerUp = nullptr;
    for (const DeviceInfo &d : others) {
        if (d.fullJid != anchor.fullJid && (!runnerUp || DeviceInfo::ranksAbove(d, *runnerUp)))
            runnerUp = &d;
    }
    if (!runnerUp)
        return AnchorReason::Alone;
    if (DeviceInfo::ranksAbove(*runnerUp, anchor))
        return AnchorReason::Incumbent;
    // The same order of rules as DeviceInfo::ranksAbove: the first that differs decided.
    if (anchor.alwaysOn != runnerUp->alwaysOn)
        return AnchorReason::AlwaysOn;
    if (anchor.preference != runnerUp->preference)
        return AnchorReason::Chosen;
    if (anchor.since != runnerUp->since)
        return AnchorReason::LongestRunning;
    return AnchorReason::Name;
}

QString toString(AnchorReason reason)
{
    switch (reason) {
    case AnchorReason::None:
        return {};
    case AnchorReason::Alone:
        return QStringLiteral("alone");
    case AnchorReason::AlwaysOn:
        return QStringLiteral("always-on");
    case AnchorReason::Chosen:
        return QStringLiteral("chosen");
    case AnchorReason::LongestRunning:
        return QStringLiteral("longest-running");
    case AnchorReason::Name:
        return QStringLiteral("name");
    case AnchorReason::Incumbent:
        return QStringLiteral("incumbent");
    }
    return {};
}

} // namespace Tandem
