#include "coordinator/CoordinatorEnvelope.h"

#include "profile/Jid.h"

#include <QXmlStreamWriter>
#include <limits>
#include <utility>

namespace Tandem::CoordinatorEnvelope {

namespace {
const QString nsCoord = QStringLiteral("urn:tandem:coord:0");
const QString nsClient = QStringLiteral("jabber:client");
const QString nsHints = QStringLiteral("urn:xmpp:hints");
const QString nsCarbons = QStringLiteral("urn:xmpp:carbons:2");

// The element readers refuse with a null element.
QDomElement refuse(QString *whyRejected, const QString &reason)
{
    reject<QDomElement>(whyRejected, reason);
    return {};
}

// One wording for every counted attribute, whichever codec reads it.
std::optional<quint64> countAttribute(
    const QDomElement &payload, const QString &name, quint64 max, QString *whyRejected)
{
    const QString text = payload.attribute(name);
    if (const auto count = parseCount(text, max))
        return count;
    return reject<quint64>(whyRejected, QStringLiteral("%1 '%2' is not a count").arg(name, text));
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

bool isClientStanza(const QDomElement &element, const QString &name)
{
    return nameOf(element) == name
        && (element.namespaceURI().isEmpty() || element.namespaceURI() == nsClient);
}

bool isOwnSession(const QString &jid, const QString &ownBareJid)
{
    return Jid::bare(jid) == Jid::bare(ownBareJid) && !Jid::resource(jid).isEmpty();
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
    writeEmptyElement(writer, QStringLiteral("no-copy"), nsHints);
    writeEmptyElement(writer, QStringLiteral("no-store"), nsHints);
    writeEmptyElement(writer, QStringLiteral("private"), nsCarbons);
    writer->writeEndElement();
}

QByteArray encodeStanza(const QString &from, const QString &to, const QString &id, const QString &payload,
    const std::function<void(QXmlStreamWriter &)> &writeContent)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writeEnvelopeStart(&writer, from, to, id);
    writer.writeStartElement(payload);
    writer.writeDefaultNamespace(nsCoord);
    writeContent(writer);
    writer.writeEndElement();
    writeEnvelopeEnd(&writer);
    return xml;
}

void writeStreamAttributes(QXmlStreamWriter *writer, int term, quint64 seq, const QString &room)
{
    writer->writeAttribute(QStringLiteral("term"), QString::number(term));
    writer->writeAttribute(QStringLiteral("seq"), QString::number(seq));
    writer->writeAttribute(QStringLiteral("room"), xmlSafe(room));
}

void writeEmptyElement(QXmlStreamWriter *writer, const QString &name, const QString &ns)
{
    writer->writeEmptyElement(name);
    writer->writeDefaultNamespace(ns);
}

void writeOptionalAttribute(QXmlStreamWriter *writer, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        writer->writeAttribute(name, xmlSafe(value));
}

void writeTextElement(QXmlStreamWriter *writer, const QString &name, const QString &text)
{
    writer->writeTextElement(name, xmlSafe(text));
}

QDomElement envelopePayload(const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    if (!isClientStanza(message, QStringLiteral("message")))
        return refuse(whyRejected, QStringLiteral("not a <message/> stanza"));
    const QString type = message.attribute(QStringLiteral("type"));
    if (type != QLatin1String("headline"))
        return refuse(whyRejected, QStringLiteral("message type is '%1', not headline").arg(type));
    const QString own = Jid::bare(ownBareJid);
    if (!Jid::isValidBare(own))
        return refuse(whyRejected, QStringLiteral("own JID '%1' is not valid").arg(ownBareJid));
    const QString from = message.attribute(QStringLiteral("from"));
    const QString to = message.attribute(QStringLiteral("to"));
    if (!isOwnSession(from, own))
        return refuse(whyRejected, QStringLiteral("sender '%1' is not a session of %2").arg(from, own));
    if (!isOwnSession(to, own))
        return refuse(whyRejected, QStringLiteral("recipient '%1' is not a session of %2").arg(to, own));
    if (Jid::bare(from) == Jid::bare(to) && Jid::resource(from) == Jid::resource(to))
        return refuse(whyRejected, QStringLiteral("sent by the receiving session itself"));

    QDomElement payload;
    for (QDomElement child = message.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() != nsCoord)
            continue;
        if (!payload.isNull())
            return refuse(whyRejected, QStringLiteral("more than one coordinator element"));
        payload = child;
    }
    if (payload.isNull())
        return refuse(whyRejected, QStringLiteral("no coordinator element"));
    return payload;
}

QDomElement expectPayload(const QDomElement &message, const QString &ownBareJid, const QStringList &names,
    const QString &kind, QString *whyRejected)
{
    const QDomElement payload = envelopePayload(message, ownBareJid, whyRejected);
    if (payload.isNull() || names.contains(payload.localName()))
        return payload;
    return refuse(whyRejected, QStringLiteral("<%1/> is not a %2").arg(payload.localName(), kind));
}

QDomElement childElement(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (QDomElement child = parent.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() == ns && child.localName() == name)
            return child;
    }
    return {};
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

std::optional<int> termAttribute(const QDomElement &payload, QString *whyRejected)
{
    const auto term
        = countAttribute(payload, QStringLiteral("term"), std::numeric_limits<int>::max(), whyRejected);
    return term ? std::optional<int>(int(*term)) : std::nullopt;
}

std::optional<QString> roomAttribute(const QDomElement &payload, QString *whyRejected)
{
    const QString room = payload.attribute(QStringLiteral("room"));
    if (!Jid::isValidBare(room))
        return reject<QString>(whyRejected, QStringLiteral("room '%1' is not a bare JID").arg(room));
    return room.toLower();
}

std::optional<StreamAttributes> streamAttributes(const QDomElement &payload, QString *whyRejected)
{
    const auto term = termAttribute(payload, whyRejected);
    if (!term)
        return std::nullopt;
    const auto seq
        = countAttribute(payload, QStringLiteral("seq"), std::numeric_limits<quint64>::max(), whyRejected);
    if (!seq)
        return std::nullopt;
    const auto room = roomAttribute(payload, whyRejected);
    if (!room)
        return std::nullopt;
    return StreamAttributes { *term, *seq, *room };
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
