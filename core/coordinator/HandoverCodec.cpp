#include "coordinator/HandoverCodec.h"

#include "coordinator/CoordinatorEnvelope.h"

#include <QDomElement>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Tandem::HandoverCodec {

using namespace CoordinatorEnvelope;

QByteArray encode(const Handover &handover)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return encodeStanza(
        handover.from, handover.to, id, QStringLiteral("handover"), [&handover](QXmlStreamWriter &writer) {
            writer.writeAttribute(QStringLiteral("term"), QString::number(handover.term));
        });
}

std::optional<Handover> decode(const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement payload = expectPayload(
        message, ownBareJid, { QStringLiteral("handover") }, QStringLiteral("handover"), whyRejected);
    if (payload.isNull())
        return std::nullopt;
    const auto term = termAttribute(payload, whyRejected);
    if (!term)
        return std::nullopt;
    return Handover { quint64(*term), message.attribute(QStringLiteral("from")),
        message.attribute(QStringLiteral("to")) };
}

} // namespace Tandem::HandoverCodec
