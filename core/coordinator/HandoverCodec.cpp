#include "coordinator/HandoverCodec.h"

#include "coordinator/RelayCodec.h"

#include <QDomElement>
#include <QUuid>
#include <QXmlStreamWriter>
#include <limits>

namespace Tandem::HandoverCodec {

QByteArray encode(const Handover &handover)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    RelayCodec::writeEnvelopeStart(
        &writer, handover.from, handover.to, QUuid::createUuid().toString(QUuid::WithoutBraces));
    writer.writeStartElement(QStringLiteral("handover"));
    writer.writeDefaultNamespace(RelayCodec::namespaceUri());
    writer.writeAttribute(QStringLiteral("term"), QString::number(handover.term));
    writer.writeEndElement();
    RelayCodec::writeEnvelopeEnd(&writer);
    return xml;
}

std::optional<Handover> decode(const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement payload = RelayCodec::envelopePayload(message, ownBareJid, whyRejected);
    if (payload.isNull() || payload.tagName() != QLatin1String("handover")) {
        if (whyRejected && !payload.isNull())
            *whyRejected = QStringLiteral("not a handover");
        return std::nullopt;
    }
    const auto term = RelayCodec::parseCount(
        payload.attribute(QStringLiteral("term")), std::numeric_limits<qint32>::max());
    if (!term) {
        if (whyRejected)
            *whyRejected = QStringLiteral("handover without a valid term");
        return std::nullopt;
    }
    return Handover { *term, message.attribute(QStringLiteral("from")),
        message.attribute(QStringLiteral("to")) };
}

} // namespace Tandem::HandoverCodec
