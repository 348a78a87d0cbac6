#include "coordinator/RoomSnapshot.h"

#include "xmpp/RoomMirror.h"

#include <QXmlStreamWriter>

namespace Tandem::RoomSnapshot {

QByteArray presence(const QString &room, const RoomMirror::Occupant &o, bool self, const QString &ownFullJid)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("presence"));
    w.writeDefaultNamespace(QStringLiteral("jabber:client"));
    w.writeAttribute(QStringLiteral("from"), room + QLatin1Char('/') + o.nick);
    w.writeAttribute(QStringLiteral("to"), ownFullJid);
    if (!o.show.isEmpty())
        w.writeTextElement(QStringLiteral("show"), o.show);
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

QByteArray subject(const QString &room, const QString &subject, const QString &ownFullJid)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("message"));
    w.writeDefaultNamespace(QStringLiteral("jabber:client"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
    w.writeAttribute(QStringLiteral("from"), room);
    w.writeAttribute(QStringLiteral("to"), ownFullJid);
    w.writeTextElement(QStringLiteral("subject"), subject);
    w.writeEndElement();
    return xml;
}

} // namespace Tandem::RoomSnapshot
