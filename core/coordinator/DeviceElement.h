#pragma once

#include "coordinator/DeviceInfo.h"

#include <QXmppElement.h>
#include <optional>

class QDomElement;

namespace Tandem {

/// The <device xmlns='urn:tandem:coord:0'/> element a Tandem session adds to its presence so
/// that its siblings find and rank it (PROTOCOL.md §Discovery).
namespace DeviceElement {
/// The element for `device` (its fullJid is the presence's from, not repeated).
QXmppElement toElement(const DeviceInfo &device);
/// The device advertised by `presence` (available, from a full JID), if it carries the element.
std::optional<DeviceInfo> fromPresence(const QDomElement &presence);
} // namespace DeviceElement

} // namespace Tandem
