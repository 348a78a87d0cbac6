#include "coordinator/HistoryStanza.h"

#include "coordinator/RelayCodec.h"
#include "storage/Message.h"

#include <QXmlStreamWriter>

namespace Tandem::HistoryStanza {

QByteArray fromMessage(const Message &message)
{
    if (message.kind != Message::Kind::GroupChat || message.sender.isEmpty() || message.body.isEmpty())
        return {};
    // A message the room never reflected may never have reached it: the sibling would show it
    // as delivered. Its own copy (if it sent it) is still pending there.
    if (message.direction == Message::Direction::Outgoing
        && message.state != Message::DeliveryState::Delivered)
        return {};
    const QString room = message.conversation;
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("message"));
    writer.writeDefaultNamespace(QStringLiteral("jabber:client"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
    writer.writeAttribute(
        QStringLiteral("from"), CoordinatorEnvelope::xmlSafe(room + QLatin1Char('/') + message.sender));
    if (!message.messageId.isEmpty())
        writer.writeAttribute(QStringLiteral("id"), CoordinatorEnvelope::xmlSafe(message.messageId));
    writer.writeTextElement(QStringLiteral("body"), CoordinatorEnvelope::xmlSafe(message.body));
    if (!message.stanzaId.isEmpty() && message.stanzaIdBy == room) {
        writer.writeEmptyElement(QStringLiteral("stanza-id"));
        writer.writeDefaultNamespace(QStringLiteral("urn:xmpp:sid:0"));
        writer.writeAttribute(QStringLiteral("by"), CoordinatorEnvelope::xmlSafe(room));
        writer.writeAttribute(QStringLiteral("id"), CoordinatorEnvelope::xmlSafe(message.stanzaId));
    }
    if (!message.originId.isEmpty()) {
        writer.writeEmptyElement(QStringLiteral("origin-id"));
        writer.writeDefaultNamespace(QStringLiteral("urn:xmpp:sid:0"));
        writer.writeAttribute(QStringLiteral("id"), CoordinatorEnvelope::xmlSafe(message.originId));
    }
    if (!message.replacesId.isEmpty()) {
        writer.writeEmptyElement(QStringLiteral("replace"));
        writer.writeDefaultNamespace(QStringLiteral("urn:xmpp:message-correct:0"));
        writer.writeAttribute(QStringLiteral("id"), CoordinatorEnvelope::xmlSafe(message.replacesId));
    }
    writer.writeEmptyElement(QStringLiteral("delay"));
    writer.writeDefaultNamespace(QStringLiteral("urn:xmpp:delay"));
    writer.writeAttribute(QStringLiteral("from"), CoordinatorEnvelope::xmlSafe(room));
    writer.writeAttribute(QStringLiteral("stamp"), message.serverTime.toUTC().toString(Qt::ISODateWithMs));
    writer.writeEndElement();
    return xml;
}

} // namespace Tandem::HistoryStanza
