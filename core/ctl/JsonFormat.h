#pragma once

#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"
#include "storage/SearchTypes.h"

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
/// One hit of `ctl search --json`.
QJsonObject searchHit(const SearchHit &hit);
/// A paging position: {"time_ms": ..., "id": ...}, or null for the null cursor.
QJsonValue cursor(const HistoryCursor &cursor);
/// The inverse of cursor(); anything malformed is the null cursor.
HistoryCursor cursorFrom(const QJsonValue &value);
/// One message of a plain-text export (`ctl export`), from its JSON form: "[TIME] SENDER: BODY"
/// with the time in UTC (ISO 8601) and every further line of the body indented by four spaces,
/// so that each message starts a line with "[". Ends with a newline.
QString messageAsText(const QJsonObject &message);
} // namespace JsonFormat

} // namespace Tandem
