#pragma once

#include <QString>

namespace Tandem {

/// The words a user reads for the stable codes of `ctl --json` (account states, coordinator
/// roles, room states, reasons a room was left, delivery states), translated. The window and
/// the text output of `tandem ctl` use them; JSON keeps the codes. A code this version does not
/// know (sent by a newer instance) is shown as it is.
namespace StatusText {

QString accountState(const QString &code);
QString role(const QString &code);
QString roomState(const QString &code);
QString leftReason(const QString &code);
QString deliveryState(const QString &code);
/// Why a room refused a join or a nick change, from its error condition (XEP-0045 §7.2).
QString joinError(const QString &condition);

} // namespace StatusText

} // namespace Tandem
