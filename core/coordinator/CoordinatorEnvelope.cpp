#include "coordinator/CoordinatorEnvelope.h"

#include "profile/Jid.h"

#include <QXmlStreamWriter>
#include <utility>

namespace Tandem::CoordinatorEnvelope {

namespace {
const QString nsCoord = QStringLiteral("urn:tandem:coord:0");
const QString nsClient = QStringLiteral("jabber:client");
const QString nsHints = QStringLiteral("urn:xmpp:hints");
const QString nsCarbons = QStringLiteral("urn:xmpp:carbons:2");

bool isOwnFullJid(const QString &jid, const QString &ownBare)
{
    return Jid::bare(jid) == ownBare && !Jid::resource(jid).isEmpty();
}

void writeEmpty(QXmlStreamWriter *writer, const QString &name, const QString &ns)
{
    writer->writeEmptyElement(name);
    writer->writeDefaultNamespace(ns);
}
} // namespace

QString namespaceUri()
{
    return nsCoord;
}

QString nameOf(const QDomNode &node)
{
    return node.localName().isEmpty() ? node.nodeName() : node.localName();
}

bool isCoordinatorStanza(const QDomElement &stanza)
{
    if (nameOf(stanza) != QLatin1String("message"))
        return false;
    for (QDomElement child = stanza.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() == nsCoord)
            return true;
    }
    return false;
}

void writeEnvelopeStart(QXmlStreamWriter *writer, const QString &from, const QString &to, const QString &id)
{
    writer->writeStartElement(QStringLiteral("message"));
    writer->writeDefaultNamespace(nsClient);
    // Headline: RFC 6121 §8.5.3 discards it when the addressed session is gone, where chat or normal
    // would fall back to the bare JID (other clients, offline storage).
    writer->writeAttribute(QStringLiteral("type"), QStringLiteral("headline"));
    const std::pair<QString, QString> attributes[]
        = { { QStringLiteral("from"), from }, { QStringLiteral("to"), to }, { QStringLiteral("id"), id } };
    for (const auto &[name, value] : attributes) {
        if (!value.isEmpty())
            writer->writeAttribute(name, xmlSafe(value));
    }
}

void writeEnvelopeEnd(QXmlStreamWriter *writer)
{
    writeEmpty(writer, QStringLiteral("no-copy"), nsHints);
    writeEmpty(writer, QStringLiteral("no-store"), nsHints);
    writeEmpty(writer, QStringLiteral("private"), nsCarbons);
    writer->writeEndElement();
}

QDomElement envelopePayload(const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    auto fail = [whyRejected](const QString &why) {
        if (whyRejected)
            *whyRejected = why;
        return QDomElement();
    };
    // Outer stanzas come from the stream, whose default namespace is jabber:client.
    if (nameOf(message) != QLatin1String("message")
        || !(message.namespaceURI().isEmpty() || message.namespaceURI() == nsClient))
        return fail(QStringLiteral("not a <message/> stanza"));
    const QString type = message.attribute(QStringLiteral("type"));
    if (type != QLatin1String("headline"))
        return fail(QStringLiteral("message type is '%1', not headline").arg(type));
    const QString own = Jid::bare(ownBareJid);
    if (!Jid::isValidBare(own))
        return fail(QStringLiteral("own JID '%1' is not valid").arg(ownBareJid));
    const QString from = message.attribute(QStringLiteral("from"));
    const QString to = message.attribute(QStringLiteral("to"));
    if (!isOwnFullJid(from, own))
        return fail(QStringLiteral("sender '%1' is not a session of %2").arg(from, own));
    if (!isOwnFullJid(to, own))
        return fail(QStringLiteral("recipient '%1' is not a session of %2").arg(to, own));
    if (Jid::bare(from) == Jid::bare(to) && Jid::resource(from) == Jid::resource(to))
        return fail(QStringLiteral("sent by the receiving session itself"));

    QDomElement payload;
    for (QDomElement child = message.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() != nsCoord)
            continue;
        if (!payload.isNull())
            return fail(QStringLiteral("more than one coordinator element"));
        payload = child;
    }
    if (payload.isNull())
        return fail(QStringLiteral("no coordinator element"));
    return payload;
}

std::optional<quint64> parseCount(const QString &text, quint64 max)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

QString xmlSafe(const QString &text)
{
    QString safe;
    bool dropped = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (dropped)
                safe.append(text.midRef(i, 2));
            ++i;
            continue;
        }
        const ushort u = c.unicode();
        const bool allowed
            = !c.isSurrogate() && (u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xFFFD));
        if (allowed && dropped) {
            safe.append(c);
        } else if (!allowed && !dropped) {
            dropped = true;
            safe.reserve(text.size());
            safe.append(text.leftRef(i));
        }
    }
    return dropped ? safe : text;
}

} // namespace Tandem::CoordinatorEnvelope
