#pragma once

#include "xmpp/RoomMirror.h"

#include <QByteArray>

namespace Tandem {

/// The state of a held room as the stanzas a sibling would have seen while joining it: one
/// presence per occupant, our own (status 110) last, then the subject. A sibling expands the
/// anchor's compact `<snapshot/>` (SnapshotCodec) into these and feeds them to the same
/// RoomMirror code as live traffic.
namespace RoomSnapshot {

/// A standalone jabber:client presence of `occupant` in `room` (Relay::stanza form).
QByteArray presence(
    const QString &room, const RoomMirror::Occupant &occupant, bool self, const QString &ownFullJid);
/// The room's subject as the groupchat message a join receives.
QByteArray subject(const QString &room, const QString &subject, const QString &ownFullJid);

} // namespace RoomSnapshot

} // namespace Tandem
