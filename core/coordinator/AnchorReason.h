#pragma once

#include "coordinator/DeviceInfo.h"

#include <QList>

namespace Tandem {

/// Why the anchor is the anchor, as the devices panel tells the user: the first rule of the
/// ranking (DeviceInfo::ranksAbove) that puts it above the runner-up, or that it is alone, or that
/// it keeps the rooms only until a better-ranked device has proved itself (hold-down).
enum class AnchorReason {
    None, ///< no anchor in view (offline, or a failover under way)
    Alone, ///< the only Tandem device of the account online
    AlwaysOn, ///< always-on, the runner-up is not
    Chosen, ///< the user chose it (`ctl anchor`, "make this device the anchor")
    LongestRunning, ///< started before the runner-up
    Name, ///< ties on everything else: the resource name decides
    Incumbent, ///< a better-ranked device is online but has not taken over yet
};

/// The reason `anchor` holds the rooms, among `others` (the account's other devices online,
/// the anchor itself left out or not). Pure.
AnchorReason anchorReason(const DeviceInfo &anchor, const QList<DeviceInfo> &others);

/// A stable code for logs and tests: "alone", "always-on", "chosen", "longest-running", "name",
/// "incumbent"; empty for None.
QString toString(AnchorReason reason);

} // namespace Tandem
