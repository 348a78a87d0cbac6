#pragma once

#include <QByteArray>
#include <QVector>

namespace Tandem {

class RoomMirror;

/// The state of a held room as the stanzas a sibling would have seen while joining: one
/// presence per occupant, our own (status 110) last, then the subject. Relayed to a sibling
/// that appears after the anchor joined, it brings that sibling's mirror to the anchor's, using
/// the same relay path and the same RoomMirror code as live traffic.
namespace RoomSnapshot {
/// Standalone jabber:client stanzas (Relay::stanza form), presences then the subject message.
QVector<QByteArray> stanzas(const RoomMirror &room, const QString &ownFullJid);
} // namespace RoomSnapshot

} // namespace Tandem
