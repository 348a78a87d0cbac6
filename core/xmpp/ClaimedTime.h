// A sender's <delay/> (XEP-0203) is a claim: what a message's time may be taken from it.
#pragma once

#include <QDateTime>

namespace Tandem::ClaimedTime {

/// The time to store a received message under, given the `claimed` stamp it carries (invalid for
/// none) and when it was received. A claim is kept only when it is plausible: not after the
/// receipt (a stamp in the future would sort the message last for ever) and not before XMPP
/// existed. Offline storage, which stamps a message hours or days earlier, passes. Archive results
/// do not come here: they carry the archive's own stamp.
QDateTime clamp(const QDateTime &claimed, const QDateTime &receivedAt);

} // namespace Tandem::ClaimedTime
