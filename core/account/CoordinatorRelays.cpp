// Coordinator, the relay streams (PROTOCOL.md §7, §9.1): as anchor, every room stanza and the
// rooms' snapshots to each sibling; as sibling, what the anchor relays, checked by RelayReceiver.
#include "account/Coordinator.h"

#include "common/Logging.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/SnapshotCodec.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomOccupancy.h"
#include "rooms/RoomService.h"

#include <QUuid>
#include <QXmppClient.h>

namespace Tandem {

void Coordinator::relayRoomStanza(const QString &room, const QDomElement &stanza, const QDateTime &receivedAt)
{
    if (!m_relaying)
        return;
    sendSnapshots();
    const QByteArray inner = RelayCodec::stanzaXml(stanza);
    const bool isPresence = stanza.tagName() == QLatin1String("presence");
    // Read before RoomService sees the stanza: the presence that completes the join answers it.
    const bool byUser = isPresence && m_rooms->awaitsUserJoinOrLeave(room);
    for (const DeviceInfo &sibling : m_election.siblings())
        relayTo(sibling.fullJid, room, inner, isPresence, receivedAt, false, byUser);
}

void Coordinator::relayTo(const QString &sibling, const QString &room, const QByteArray &stanza,
    bool isPresence, const QDateTime &delay, bool history, bool byUser)
{
    Relay relay;
    relay.term = int(m_election.claimTerm());
    relay.seq = m_sequence.next(sibling);
    if (!history)
        m_sequence.relayed(sibling, room, delay);
    relay.room = room;
    relay.from = client()->configuration().jid();
    relay.to = sibling;
    relay.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    relay.delay = delay;
    relay.kind = isPresence ? Relay::Kind::Presence : Relay::Kind::Message;
    relay.stanza = stanza;
    relay.history = history;
    relay.byUser = byUser;
    QString why;
    const QByteArray xml = RelayCodec::encodeRelay(relay, &why);
    if (xml.isEmpty()) {
        qCWarning(lcCoordinator) << "cannot relay a stanza from" << room << ":" << why;
        return;
    }
    client()->sendPacket(RawStanza(xml));
}

void Coordinator::sendSnapshots()
{
    if (!m_relaying)
        return;
    QStringList siblings;
    for (const DeviceInfo &sibling : m_election.siblings())
        siblings << sibling.fullJid;
    for (const QString &sibling : m_sequence.needsSnapshot(siblings)) {
        m_sequence.snapshotSent(sibling);
        // Rooms left for good this session too: a kick is in no bookmark.
        for (const QString &room : m_rooms->occupancy()->allRooms())
            sendSnapshot(sibling, room);
    }
}

void Coordinator::sendRoomSnapshot(const QString &room)
{
    sendSnapshots(); // a sibling still owed the whole snapshot gets it first, this room included
    for (const DeviceInfo &sibling : m_election.siblings())
        sendSnapshot(sibling.fullJid, room);
}

void Coordinator::sendSnapshot(const QString &sibling, const QString &room)
{
    const RoomMirror *mirror = m_rooms->occupancy()->mirror(room);
    if (!mirror)
        return;
    for (SnapshotPart part : SnapshotCodec::parts(*mirror)) {
        part.term = int(m_election.claimTerm());
        part.seq = m_sequence.next(sibling);
        part.from = client()->configuration().jid();
        part.to = sibling;
        m_sequence.relayed(sibling, room, QDateTime::currentDateTimeUtc());
        client()->sendPacket(RawStanza(SnapshotCodec::encode(part)));
    }
}

void Coordinator::handleRelay(const Relay &relay)
{
    const RelayReceiver::Received received
        = m_receiver.receive(relay.from, quint64(relay.term), relay.seq, relay.room);
    if (received.verdict == RelayReceiver::Verdict::Drop) {
        qCWarning(lcCoordinator) << "dropped relay from" << relay.from << "term" << relay.term << "of"
                                 << relay.room << ":" << received.why << "; following" << m_receiver.anchor()
                                 << "term" << m_receiver.fence();
        m_rooms->catchUp()->execute(received.actions, relay.delay);
        return;
    }
    if (received.seqGap)
        qCWarning(lcCoordinator) << "relays from" << relay.from << "were lost (seq" << relay.seq
                                 << "): catching up every room";
    // Before the relay is stored: each gap's cursor must be where our copy ends without it.
    m_rooms->catchUp()->execute(received.actions, relay.delay);
    switch (m_rooms->applyRelayed(relay)) {
    case RoomService::AnchorInRoom::Back:
        m_rooms->catchUp()->execute(m_receiver.roomJoined(relay.room), relay.delay);
        break;
    case RoomService::AnchorInRoom::Out:
        m_rooms->catchUp()->execute(m_receiver.roomLeft(relay.room), relay.delay);
        break;
    case RoomService::AnchorInRoom::Unchanged:
        break;
    }
}

void Coordinator::handleSnapshot(const SnapshotPart &part)
{
    const RelayReceiver::Received received
        = m_receiver.receive(part.from, quint64(part.term), part.seq, part.room, true);
    if (received.verdict == RelayReceiver::Verdict::Drop) {
        qCWarning(lcCoordinator) << "dropped snapshot from" << part.from << "term" << part.term << ":"
                                 << received.why;
        return;
    }
    m_rooms->catchUp()->execute(received.actions);
    if (part.left != RoomMirror::LeaveReason::None) {
        m_rooms->applyRelayedExit(part.room, part.left, part.leftDetail);
        return;
    }
    // Expanded here into the presences a join would have brought, for the same mirror code.
    Relay relay;
    relay.term = part.term;
    relay.seq = part.seq;
    relay.room = part.room;
    relay.from = part.from;
    relay.to = part.to;
    for (const QByteArray &stanza : SnapshotCodec::stanzas(part, client()->configuration().jid())) {
        relay.kind = stanza.startsWith("<presence") ? Relay::Kind::Presence : Relay::Kind::Message;
        relay.stanza = stanza;
        if (m_rooms->applyRelayed(relay) == RoomService::AnchorInRoom::Back)
            m_rooms->catchUp()->execute(m_receiver.roomJoined(part.room));
    }
}

} // namespace Tandem
