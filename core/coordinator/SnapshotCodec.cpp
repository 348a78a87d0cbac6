#include "coordinator/SnapshotCodec.h"

#include "coordinator/CoordinatorEnvelope.h"
#include "coordinator/RoomSnapshot.h"

#include <QDomElement>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Tandem::SnapshotCodec {

using namespace CoordinatorEnvelope;

QVector<SnapshotPart> parts(const RoomMirror &room)
{
    QVector<SnapshotPart> out;
    if (room.state() == RoomMirror::State::Left && room.leaveReason() != RoomMirror::LeaveReason::None
        && !RoomMirror::mayRejoin(room.leaveReason(), room.leaveDetail())) {
        SnapshotPart part;
        part.room = room.room();
        part.ownNick = room.ownNick();
        part.left = room.leaveReason();
        part.leftDetail = room.leaveDetail();
        out << part;
        return out;
    }
    if (room.state() != RoomMirror::State::Joined)
        return out;
    SnapshotPart part;
    part.room = room.room();
    part.ownNick = room.ownNick();
    for (const RoomMirror::Occupant &o : room.occupants()) {
        if (o.nick == room.ownNick())
            continue; // ours goes last: its presence completes the join
        if (part.occupants.size() == maxOccupantsPerPart) {
            part.last = false;
            out << part;
            part.occupants.clear();
        }
        part.occupants << o;
    }
    if (part.occupants.size() == maxOccupantsPerPart) {
        part.last = false;
        out << part;
        part.occupants.clear();
    }
    part.occupants << room.occupants().value(
        room.ownNick(), RoomMirror::Occupant { room.ownNick(), {}, {}, {}, {} });
    part.last = true;
    if (!room.subject().isEmpty())
        part.subject = room.subject();
    out << part;
    return out;
}

QByteArray encode(const SnapshotPart &part)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return encodeStanza(part.from, part.to, id, QStringLiteral("snapshot"), [&part](QXmlStreamWriter &w) {
        writeStreamAttributes(&w, part.term, part.seq, part.room);
        writeOptionalAttribute(&w, QStringLiteral("nick"), part.ownNick);
        if (part.left != RoomMirror::LeaveReason::None) {
            w.writeAttribute(QStringLiteral("left"), RoomMirror::reasonName(part.left));
            writeOptionalAttribute(&w, QStringLiteral("detail"), part.leftDetail);
        }
        if (!part.last)
            w.writeAttribute(QStringLiteral("more"), QStringLiteral("true"));
        for (const RoomMirror::Occupant &o : part.occupants) {
            w.writeEmptyElement(QStringLiteral("o"));
            w.writeAttribute(QStringLiteral("n"), xmlSafe(o.nick));
            writeOptionalAttribute(&w, QStringLiteral("a"), o.affiliation);
            writeOptionalAttribute(&w, QStringLiteral("r"), o.role);
            writeOptionalAttribute(&w, QStringLiteral("j"), o.realJid);
            writeOptionalAttribute(&w, QStringLiteral("s"), o.show);
        }
        if (part.last && part.subject)
            writeTextElement(&w, QStringLiteral("subject"), *part.subject);
    });
}

std::optional<SnapshotPart> decode(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement e = expectPayload(
        message, ownBareJid, { QStringLiteral("snapshot") }, QStringLiteral("snapshot"), whyRejected);
    if (e.isNull())
        return std::nullopt;
    SnapshotPart part;
    part.from = message.attribute(QStringLiteral("from"));
    part.to = message.attribute(QStringLiteral("to"));
    const auto stream = streamAttributes(e, whyRejected);
    if (!stream)
        return std::nullopt;
    part.term = stream->term;
    part.seq = stream->seq;
    part.room = stream->room;
    part.ownNick = e.attribute(QStringLiteral("nick"));
    if (e.hasAttribute(QStringLiteral("left"))) {
        const auto left = RoomMirror::reasonFromName(e.attribute(QStringLiteral("left")));
        if (!left)
            return reject<SnapshotPart>(whyRejected,
                QStringLiteral("unknown reason left='%1'").arg(e.attribute(QStringLiteral("left"))));
        if (!e.firstChildElement().isNull() || e.hasAttribute(QStringLiteral("more")))
            return reject<SnapshotPart>(whyRejected, QStringLiteral("a room left carries no state"));
        part.left = *left;
        part.leftDetail = e.attribute(QStringLiteral("detail"));
        return part;
    }
    if (part.ownNick.isEmpty())
        return reject<SnapshotPart>(whyRejected, QStringLiteral("snapshot without our nick"));
    part.last = e.attribute(QStringLiteral("more")) != QLatin1String("true");
    for (QDomElement c = e.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        if (c.namespaceURI() != namespaceUri())
            continue;
        if (c.localName() == QLatin1String("o")) {
            if (part.occupants.size() >= maxOccupantsPerPart)
                return reject<SnapshotPart>(
                    whyRejected, QStringLiteral("more than %1 occupants in a part").arg(maxOccupantsPerPart));
            RoomMirror::Occupant o;
            o.nick = c.attribute(QStringLiteral("n"));
            o.affiliation = c.attribute(QStringLiteral("a"));
            o.role = c.attribute(QStringLiteral("r"));
            o.realJid = c.attribute(QStringLiteral("j"));
            o.show = c.attribute(QStringLiteral("s"));
            if (o.nick.isEmpty())
                return reject<SnapshotPart>(whyRejected, QStringLiteral("occupant without a nick"));
            part.occupants << o;
        } else if (c.localName() == QLatin1String("subject") && part.last) {
            part.subject = c.text();
        }
    }
    return part;
}

QVector<QByteArray> stanzas(const SnapshotPart &part, const QString &ownFullJid)
{
    QVector<QByteArray> out;
    if (part.left != RoomMirror::LeaveReason::None)
        return out; // no stanza says it: RoomService::applyRelayedExit()
    std::optional<RoomMirror::Occupant> self;
    for (const RoomMirror::Occupant &o : part.occupants) {
        if (o.nick == part.ownNick)
            self = o;
        else
            out << RoomSnapshot::presence(part.room, o, false, ownFullJid);
    }
    if (!part.last)
        return out;
    out << RoomSnapshot::presence(
        part.room, self.value_or(RoomMirror::Occupant { part.ownNick, {}, {}, {}, {} }), true, ownFullJid);
    if (part.subject)
        out << RoomSnapshot::subject(part.room, *part.subject, ownFullJid);
    return out;
}

} // namespace Tandem::SnapshotCodec
