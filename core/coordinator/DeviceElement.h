#pragma once

#include "coordinator/DeviceActivity.h"
#include "coordinator/DeviceInfo.h"

#include <QXmppElement.h>
#include <optional>

class QDomElement;

namespace Tandem {

/// The <device xmlns='urn:tandem:coord:0'/> element a Tandem session adds to its presence so
/// that its siblings find and rank it (PROTOCOL.md §Discovery).
namespace DeviceElement {
/// The element for `device` (its fullJid is the presence's from, not repeated). With `activity`,
/// it carries `<activity/>` (§16): only in presence directed to a sibling, never broadcast.
QXmppElement toElement(const DeviceInfo &device, const DeviceActivity *activity = nullptr);
/// The device advertised by `presence` (available, from a full JID), if it carries the element.
std::optional<DeviceInfo> fromPresence(const QDomElement &presence);
/// The `<activity/>` of the `<device/>` in `presence`: none when the element has no such child
/// (a broadcast presence, an older Tandem: the last report stands); Unknown when it has one this
/// version cannot read (a later `v`, a bad state or stamp).
std::optional<DeviceActivity> activityFromPresence(const QDomElement &presence);
} // namespace DeviceElement

} // namespace Tandem
