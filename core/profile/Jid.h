#pragma once

#include <QString>

namespace Tandem {

/// Syntax checks for JIDs typed by a user (RFC 7622, pragmatically: no stringprep).
namespace Jid {
/// True for "local@domain" with both parts non-empty and no resource.
bool isValidBare(const QString &jid, QString *why = nullptr);
/// The bare part of a full or bare JID, lower-cased (local part and domain are case-insensitive).
QString bare(const QString &jid);
/// The resource part, or an empty string.
QString resource(const QString &jid);
} // namespace Jid

} // namespace Tandem
