#include "coordinator/RoomSnapshot.h"

#include "rooms/RoomMirror.h"

#include <QXmlStreamWriter>

namespace Tandem::RoomSnapshot {

namespace {
QByteArray presence(const QString &room, const RoomMirror::Occupant &o, bool self, const QString &ownFullJid)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("presence"));
    w.writeDefaultNamespace(QStringLiteral("jabber:client"));
    w.writeAttribute(QStringLiteral("from"), room + QLatin1Char('/') + o.nick);
    w.writeAttribute(QStringLiteral("to"), ownFullJid);
    w.writeStartElement(QStringLiteral("x"));
    w.writeDefaultNamespace(QStringLiteral("http://jabber.org/protocol/muc#user"));
    w.writeStartElement(QStringLiteral("item"));
    if (!o.affiliation.isEmpty())
        w.writeAttribute(QStringLiteral("affiliation"), o.affiliation);
    if (!o.role.isEmpty())
        w.writeAttribute(QStringLiteral("role"), o.role);
    if (!o.realJid.isEmpty())
        w.writeAttribute(QStringLiteral("jid"), o.realJid);
    w.writeEndElement();
    if (self) {
        w.writeStartElement(QStringLiteral("status"));
        w.writeAttribute(QStringLiteral("code"), QStringLiteral("110"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    return xml;
}
} // namespace

QVector<QByteArray> stanzas(const RoomMirror &room, const QString &ownFullJid)
{
    QVector<QByteArray> out;
    if (room.state() != RoomMirror::State::Joined)
        return out;
    for (const RoomMirror::Occupant &o : room.occupants()) {
        if (o.nick != room.ownNick())
            out << presence(room.room(), o, false, ownFullJid);
    }
    const auto self
        = room.occupants().value(room.ownNick(), RoomMirror::Occupant { room.ownNick(), {}, {}, {} });
    out << presence(room.room(), self, true, ownFullJid);
    if (!room.subject().isEmpty()) {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.writeStartElement(QStringLiteral("message"));
        w.writeDefaultNamespace(QStringLiteral("jabber:client"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
        w.writeAttribute(QStringLiteral("from"), room.room());
        w.writeAttribute(QStringLiteral("to"), ownFullJid);
        w.writeTextElement(QStringLiteral("subject"), room.subject());
        w.writeEndElement();
        out << xml;
    }
    return out;
}

} // namespace Tandem::RoomSnapshot
