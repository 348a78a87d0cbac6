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

} // namespace StatusText

} // namespace Tandem
