#pragma once

#include "xmpp/RoomMirror.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

class QDomElement;

namespace Tandem {

/// One part of the state of a held room, as the anchor sends it to a sibling that has to catch
/// up with the room (`<snapshot/>`, PROTOCOL.md §9.1): the occupants in one compact element each,
/// our own nick, and in the last part the subject. A room with many occupants takes several parts
/// (stanza size limits); each is one message carrying the stream's term and next seq.
struct SnapshotPart
{
    int term = 0;
    quint64 seq = 0;
    QString room; ///< bare JID; lower-cased by decode()
    QString from; ///< the anchor's full JID
    QString to; ///< the sibling's full JID
    QString ownNick;
    QVector<RoomMirror::Occupant> occupants; ///< may include our own
    bool last = true; ///< the part that carries our own presence and the subject
    std::optional<QString> subject; ///< last part only; absent: the room has none
    /// Not None: the account is out of the room for good, and why (the only part, no occupants):
    /// a sibling that reset its mirror still shows the kick, the ban or the leave.
    RoomMirror::LeaveReason left = RoomMirror::LeaveReason::None;
    QString leftDetail; ///< with `left`: the kick or ban reason, the join error condition
};

/// Pure encoding and validation of snapshot parts, in the envelope and under the sender rules of
/// CoordinatorEnvelope.
namespace SnapshotCodec {

/// Occupants per part: ~70 bytes each keeps a part far below the servers' stanza limits.
constexpr int maxOccupantsPerPart = 250;

/// The parts of `room`, without term, seq and addresses: its state if joined, why we are out of
/// it if we left it for good (nothing while a rejoin is due), else none.
QVector<SnapshotPart> parts(const RoomMirror &room);

QByteArray encode(const SnapshotPart &part);
/// The part carried by `message` if it is well-formed and from another session of `ownBareJid`.
std::optional<SnapshotPart> decode(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected = nullptr);

/// The part as the stanzas a sibling would have seen while joining (RoomSnapshot form): one
/// presence per other occupant, in the last part our own (status 110) and then the subject.
QVector<QByteArray> stanzas(const SnapshotPart &part, const QString &ownFullJid);

} // namespace SnapshotCodec

} // namespace Tandem
