#pragma once

#include "storage/Message.h"

#include <QJsonObject>

namespace Tandem {

class Account;
class RoomMirror;

/// The stable JSON shapes of `tandem ctl … --json`, documented in README.md. Change them only
/// by adding fields.
namespace JsonFormat {
QJsonObject message(const Message &message);
QJsonObject account(const Account &account);
/// Role, anchor, term, siblings and rooms of the account-level rooms coordinator.
QJsonObject coordinator(const Account &account);
QString deliveryState(Message::DeliveryState state);
QString timestamp(const QDateTime &time);
QJsonObject room(const RoomMirror &room);
/// A join error condition in words a user understands.
QString joinError(const QString &condition);
} // namespace JsonFormat

} // namespace Tandem
