// Relays (anchor → sibling): encoding, validation, and the XML copying they need. The envelope
// every coordinator stanza shares is in CoordinatorEnvelope.cpp.
#include "coordinator/RelayCodec.h"

#include "profile/Jid.h"
#include "xmpp/DomXml.h"
#include "xmpp/MessageBody.h"

#include <QDomDocument>
#include <QVector>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace Tandem::RelayCodec {

using namespace CoordinatorEnvelope;

namespace {
const QString nsClient = QStringLiteral("jabber:client");
const QString nsForward = QStringLiteral("urn:xmpp:forward:0");
const QString nsDelay = QStringLiteral("urn:xmpp:delay");
const QString nsXmlns = QStringLiteral("http://www.w3.org/2000/xmlns/");

void writeAttributes(QXmlStreamWriter *writer, const QDomElement &element)
{
    const QDomNamedNodeMap attributes = element.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const QDomAttr attribute = attributes.item(i).toAttr();
        const QString name = nameOf(attribute);
        // Declarations are rewritten from the elements' namespaces.
        if (attribute.namespaceURI() == nsXmlns || attribute.name() == QLatin1String("xmlns")
            || attribute.name().startsWith(QLatin1String("xmlns:")))
            continue;
        if (attribute.namespaceURI().isEmpty())
            writer->writeAttribute(name, xmlSafe(attribute.value()));
        else
            writer->writeAttribute(
                DomXml::escapedNamespace(attribute.namespaceURI()), name, xmlSafe(attribute.value()));
    }
}

// Iterative rather than recursive: nesting depth is chosen by whoever wrote the stanza.
void writeTree(QXmlStreamWriter *writer, const QDomElement &root)
{
    QVector<QString> namespaces; // effective namespace of each open element
    QDomNode node = root;
    for (;;) {
        if (node.isElement()) {
            const QDomElement element = node.toElement();
            const QString inherited = namespaces.isEmpty() ? nsClient : namespaces.last();
            const QString ns = element.namespaceURI().isEmpty() ? inherited : element.namespaceURI();
            writer->writeStartElement(nameOf(element));
            if (namespaces.isEmpty() || ns != inherited)
                writer->writeDefaultNamespace(DomXml::escapedNamespace(ns));
            writeAttributes(writer, element);
            namespaces.append(ns);
            if (element.hasChildNodes()) {
                node = element.firstChild();
                continue;
            }
            writer->writeEndElement();
            namespaces.removeLast();
        } else if (node.isText()) { // and CDATA; comments and processing instructions are not for stanzas
            writer->writeCharacters(xmlSafe(node.nodeValue()));
        }
        for (;;) {
            if (node == root)
                return;
            const QDomNode next = node.nextSibling();
            if (!next.isNull()) {
                node = next;
                break;
            }
            node = node.parentNode();
            writer->writeEndElement();
            namespaces.removeLast();
        }
    }
}

QDomElement parseRoot(const QByteArray &xml, QDomDocument *document)
{
    return document->setContent(xml, true) ? document->documentElement() : QDomElement();
}

template<typename Stanza> std::optional<Stanza> innerStanza(const Relay &relay, const QString &name)
{
    QDomDocument document;
    const QDomElement root = parseRoot(relay.stanza, &document);
    if (nameOf(root) != name)
        return std::nullopt;
    Stanza stanza;
    stanza.parse(root);
    return stanza;
}

bool containsCoordinatorElement(const QDomElement &root)
{
    const QString nsCoord = namespaceUri();
    QDomNode node = root.firstChild();
    while (!node.isNull() && node != root) {
        if (node.isElement() && node.namespaceURI() == nsCoord)
            return true;
        if (node.hasChildNodes()) {
            node = node.firstChild();
            continue;
        }
        while (!node.isNull() && node != root && node.nextSibling().isNull())
            node = node.parentNode();
        if (!node.isNull() && node != root)
            node = node.nextSibling();
    }
    return false;
}

// Rules for the forwarded stanza itself: from the room, and of a kind a room sends.
QString checkInner(const QDomElement &inner, const QString &room)
{
    const QString from = inner.attribute(QStringLiteral("from"));
    if (Jid::bare(from) != room)
        return QStringLiteral("the forwarded stanza is from '%1', not from room %2").arg(from, room);
    const bool fromOccupant = !Jid::resource(from).isEmpty();
    const QString type = inner.attribute(QStringLiteral("type"));
    if (nameOf(inner) == QLatin1String("message")) {
        if (type == QLatin1String("chat") && !fromOccupant)
            return QStringLiteral("a private message must come from an occupant (room/nick)");
        if (type != QLatin1String("groupchat") && type != QLatin1String("chat"))
            return QStringLiteral("forwarded message type '%1' is neither groupchat nor chat").arg(type);
    } else {
        if (!fromOccupant)
            return QStringLiteral("a forwarded presence must come from an occupant (room/nick)");
        if (!type.isEmpty() && type != QLatin1String("unavailable") && type != QLatin1String("error"))
            return QStringLiteral("forwarded presence type '%1' is not an occupant's").arg(type);
    }
    if (containsCoordinatorElement(inner))
        return QStringLiteral("the forwarded stanza contains a coordinator element (nested relay)");
    return {};
}
} // namespace

QByteArray encodeRelay(const Relay &relay, QString *whyNot)
{
    QDomDocument document;
    const QDomElement inner = parseRoot(relay.stanza, &document);
    const QString expected
        = relay.kind == Relay::Kind::Message ? QStringLiteral("message") : QStringLiteral("presence");
    QString problem;
    if (inner.isNull())
        problem = QStringLiteral("the stanza to relay is not well-formed XML");
    else if (!isClientStanza(inner, expected))
        problem = QStringLiteral("the stanza to relay is not a jabber:client <%1>").arg(expected);
    if (!problem.isEmpty()) {
        if (whyNot)
            *whyNot = problem;
        return {};
    }

    return encodeStanza(
        relay.from, relay.to, relay.id, QStringLiteral("relay"), [&](QXmlStreamWriter &writer) {
            writeStreamAttributes(&writer, relay.term, relay.seq, relay.room);
            if (relay.history)
                writer.writeAttribute(QStringLiteral("history"), QStringLiteral("true"));
            if (relay.byUser)
                writer.writeAttribute(QStringLiteral("by-user"), QStringLiteral("true"));
            writer.writeStartElement(QStringLiteral("forwarded"));
            writer.writeDefaultNamespace(nsForward);
            if (relay.delay.isValid()) {
                writeEmptyElement(&writer, QStringLiteral("delay"), nsDelay);
                writer.writeAttribute(QStringLiteral("stamp"), QXmppUtils::datetimeToString(relay.delay));
            }
            writeTree(&writer, inner);
            writer.writeEndElement();
        });
}

std::optional<Relay> decodeRelay(const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement relayElement = expectPayload(
        message, ownBareJid, { QStringLiteral("relay") }, QStringLiteral("relay"), whyRejected);
    if (relayElement.isNull())
        return std::nullopt;

    Relay relay;
    relay.from = message.attribute(QStringLiteral("from"));
    relay.to = message.attribute(QStringLiteral("to"));
    relay.id = message.attribute(QStringLiteral("id"));
    const auto stream = streamAttributes(relayElement, whyRejected);
    if (!stream)
        return std::nullopt;
    relay.term = stream->term;
    relay.seq = stream->seq;
    relay.room = stream->room;
    relay.history = relayElement.attribute(QStringLiteral("history")) == QLatin1String("true");
    relay.byUser = relayElement.attribute(QStringLiteral("by-user")) == QLatin1String("true");

    QDomElement forwarded;
    for (QDomElement child = relayElement.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() != nsForward || nameOf(child) != QLatin1String("forwarded"))
            continue; // room for later versions' additions
        if (!forwarded.isNull())
            return reject<Relay>(whyRejected, QStringLiteral("more than one <forwarded/>"));
        forwarded = child;
    }
    if (forwarded.isNull())
        return reject<Relay>(whyRejected, QStringLiteral("no <forwarded/> in the relay"));

    QDomElement delay;
    QDomElement inner;
    for (QDomElement child = forwarded.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        const QString name = nameOf(child);
        if (child.namespaceURI() == nsDelay && name == QLatin1String("delay")) {
            if (!delay.isNull())
                return reject<Relay>(whyRejected, QStringLiteral("more than one <delay/>"));
            delay = child;
        } else if (child.namespaceURI() == nsClient
            && (name == QLatin1String("message") || name == QLatin1String("presence"))) {
            if (!inner.isNull())
                return reject<Relay>(whyRejected, QStringLiteral("more than one forwarded stanza"));
            inner = child;
        } else {
            return reject<Relay>(whyRejected,
                QStringLiteral("unexpected <%1 xmlns='%2'/> in <forwarded/>")
                    .arg(name, child.namespaceURI()));
        }
    }
    if (inner.isNull())
        return reject<Relay>(whyRejected, QStringLiteral("no forwarded stanza"));
    if (!delay.isNull()) {
        const QString stamp = delay.attribute(QStringLiteral("stamp"));
        relay.delay = QDateTime::fromString(stamp, Qt::ISODate);
        // XEP-0082 times carry a zone; without one Qt would read local time.
        if (!relay.delay.isValid() || relay.delay.timeSpec() == Qt::LocalTime)
            return reject<Relay>(
                whyRejected, QStringLiteral("delay stamp '%1' is not a XEP-0082 time").arg(stamp));
        relay.delay = relay.delay.toUTC();
    }
    if (const QString problem = checkInner(inner, relay.room); !problem.isEmpty())
        return reject<Relay>(whyRejected, problem);
    relay.kind = nameOf(inner) == QLatin1String("message") ? Relay::Kind::Message : Relay::Kind::Presence;
    relay.stanza = stanzaXml(inner);
    return relay;
}

QByteArray stanzaXml(const QDomElement &stanza)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writeTree(&writer, stanza);
    return xml;
}

QByteArray stanzaXml(const QXmppStanza &stanza)
{
    // Into a QString: QXmpp writes text as it is, and a writer encoding to UTF-8 would break off at a lone
    // surrogate. Dropping what XML forbids from the whole document is safe, as markup never contains it.
    QString raw;
    QXmlStreamWriter writer(&raw);
    stanza.toXml(&writer);
    QDomDocument document;
    return stanzaXml(parseRoot(xmlSafe(raw).toUtf8(), &document));
}

std::optional<QXmppMessage> innerMessage(const Relay &relay)
{
    QDomDocument document;
    const QDomElement root = parseRoot(relay.stanza, &document);
    if (nameOf(root) != QLatin1String("message"))
        return std::nullopt;
    return MessageBody::parse(root); // the body the anchor stored, of several
}

std::optional<QXmppPresence> innerPresence(const Relay &relay)
{
    return innerStanza<QXmppPresence>(relay, QStringLiteral("presence"));
}

bool writeXml(QXmlStreamWriter *writer, const QByteArray &xml)
{
    QDomDocument document;
    const QDomElement root = parseRoot(xml, &document);
    if (root.isNull())
        return false;
    writeTree(writer, root);
    return true;
}

} // namespace Tandem::RelayCodec
