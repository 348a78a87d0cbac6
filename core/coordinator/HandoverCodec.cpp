#include "coordinator/HandoverCodec.h"

#include "coordinator/CoordinatorEnvelope.h"

#include <QDomElement>
#include <QUuid>
#include <QXmlStreamWriter>
#include <limits>

namespace Tandem::HandoverCodec {

using namespace CoordinatorEnvelope;

QByteArray encode(const Handover &handover)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writeEnvelopeStart(
        &writer, handover.from, handover.to, QUuid::createUuid().toString(QUuid::WithoutBraces));
    writer.writeStartElement(QStringLiteral("handover"));
    writer.writeDefaultNamespace(namespaceUri());
    writer.writeAttribute(QStringLiteral("term"), QString::number(handover.term));
    writer.writeEndElement();
    writeEnvelopeEnd(&writer);
    return xml;
}

std::optional<Handover> decode(const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement payload = envelopePayload(message, ownBareJid, whyRejected);
    if (payload.isNull() || payload.tagName() != QLatin1String("handover")) {
        if (whyRejected && !payload.isNull())
            *whyRejected = QStringLiteral("not a handover");
        return std::nullopt;
    }
    const auto term
        = parseCount(payload.attribute(QStringLiteral("term")), std::numeric_limits<qint32>::max());
    if (!term) {
        if (whyRejected)
            *whyRejected = QStringLiteral("handover without a valid term");
        return std::nullopt;
    }
    return Handover { *term, message.attribute(QStringLiteral("from")),
        message.attribute(QStringLiteral("to")) };
}

} // namespace Tandem::HandoverCodec
