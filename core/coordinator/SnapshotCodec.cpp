#include "coordinator/SnapshotCodec.h"

#include "coordinator/CoordinatorEnvelope.h"
#include "coordinator/RoomSnapshot.h"
#include "profile/Jid.h"

#include <QDomElement>
#include <QUuid>
#include <QXmlStreamWriter>
#include <limits>

namespace Tandem::SnapshotCodec {

using namespace CoordinatorEnvelope;

namespace {
std::optional<SnapshotPart> reject(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

void writeOptional(QXmlStreamWriter *w, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        w->writeAttribute(name, xmlSafe(value));
}
} // namespace

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
        room.ownNick(), RoomMirror::Occupant { room.ownNick(), {}, {}, {} });
    part.last = true;
    if (!room.subject().isEmpty())
        part.subject = room.subject();
    out << part;
    return out;
}

QByteArray encode(const SnapshotPart &part)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    writeEnvelopeStart(&w, part.from, part.to, QUuid::createUuid().toString(QUuid::WithoutBraces));
    w.writeStartElement(QStringLiteral("snapshot"));
    w.writeDefaultNamespace(namespaceUri());
    w.writeAttribute(QStringLiteral("term"), QString::number(part.term));
    w.writeAttribute(QStringLiteral("seq"), QString::number(part.seq));
    w.writeAttribute(QStringLiteral("room"), xmlSafe(part.room));
    writeOptional(&w, QStringLiteral("nick"), part.ownNick);
    if (part.left != RoomMirror::LeaveReason::None) {
        w.writeAttribute(QStringLiteral("left"), RoomMirror::reasonName(part.left));
        writeOptional(&w, QStringLiteral("detail"), part.leftDetail);
    }
    if (!part.last)
        w.writeAttribute(QStringLiteral("more"), QStringLiteral("true"));
    for (const RoomMirror::Occupant &o : part.occupants) {
        w.writeEmptyElement(QStringLiteral("o"));
        w.writeAttribute(QStringLiteral("n"), xmlSafe(o.nick));
        writeOptional(&w, QStringLiteral("a"), o.affiliation);
        writeOptional(&w, QStringLiteral("r"), o.role);
        writeOptional(&w, QStringLiteral("j"), o.realJid);
    }
    if (part.last && part.subject)
        w.writeTextElement(QStringLiteral("subject"), xmlSafe(*part.subject));
    w.writeEndElement();
    writeEnvelopeEnd(&w);
    return xml;
}

std::optional<SnapshotPart> decode(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    QString why;
    const QDomElement e = envelopePayload(message, ownBareJid, &why);
    if (e.isNull())
        return reject(whyRejected, why);
    if (e.localName() != QLatin1String("snapshot"))
        return reject(whyRejected, QStringLiteral("<%1/> is not a snapshot").arg(e.localName()));
    SnapshotPart part;
    part.from = message.attribute(QStringLiteral("from"));
    part.to = message.attribute(QStringLiteral("to"));
    const auto term = parseCount(e.attribute(QStringLiteral("term")), std::numeric_limits<int>::max());
    const auto seq = parseCount(e.attribute(QStringLiteral("seq")), std::numeric_limits<quint64>::max());
    if (!term || !seq)
        return reject(whyRejected, QStringLiteral("snapshot without a valid term and seq"));
    part.term = int(*term);
    part.seq = *seq;
    const QString room = e.attribute(QStringLiteral("room"));
    if (!Jid::isValidBare(room))
        return reject(whyRejected, QStringLiteral("room '%1' is not a bare JID").arg(room));
    part.room = room.toLower();
    part.ownNick = e.attribute(QStringLiteral("nick"));
    if (e.hasAttribute(QStringLiteral("left"))) {
        const auto left = RoomMirror::reasonFromName(e.attribute(QStringLiteral("left")));
        if (!left)
            return reject(whyRejected,
                QStringLiteral("unknown reason left='%1'").arg(e.attribute(QStringLiteral("left"))));
        if (!e.firstChildElement().isNull() || e.hasAttribute(QStringLiteral("more")))
            return reject(whyRejected, QStringLiteral("a room left carries no state"));
        part.left = *left;
        part.leftDetail = e.attribute(QStringLiteral("detail"));
        return part;
    }
    if (part.ownNick.isEmpty())
        return reject(whyRejected, QStringLiteral("snapshot without our nick"));
    part.last = e.attribute(QStringLiteral("more")) != QLatin1String("true");
    for (QDomElement c = e.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        if (c.namespaceURI() != namespaceUri())
            continue;
        if (c.localName() == QLatin1String("o")) {
            if (part.occupants.size() >= maxOccupantsPerPart)
                return reject(
                    whyRejected, QStringLiteral("more than %1 occupants in a part").arg(maxOccupantsPerPart));
            RoomMirror::Occupant o;
            o.nick = c.attribute(QStringLiteral("n"));
            o.affiliation = c.attribute(QStringLiteral("a"));
            o.role = c.attribute(QStringLiteral("r"));
            o.realJid = c.attribute(QStringLiteral("j"));
            if (o.nick.isEmpty())
                return reject(whyRejected, QStringLiteral("occupant without a nick"));
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
        part.room, self.value_or(RoomMirror::Occupant { part.ownNick, {}, {}, {} }), true, ownFullJid);
    if (part.subject)
        out << RoomSnapshot::subject(part.room, *part.subject, ownFullJid);
    return out;
}

} // namespace Tandem::SnapshotCodec
