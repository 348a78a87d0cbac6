#include "coordinator/DeviceElement.h"

#include "coordinator/RelayCodec.h"

#include <QDateTime>
#include <QDomDocument>

namespace Tandem::DeviceElement {

QXmppElement toElement(const DeviceInfo &device)
{
    QDomDocument doc;
    QDomElement e = doc.createElementNS(CoordinatorEnvelope::namespaceUri(), QStringLiteral("device"));
    e.setAttribute(
        QStringLiteral("always-on"), device.alwaysOn ? QStringLiteral("true") : QStringLiteral("false"));
    e.setAttribute(QStringLiteral("preference"), QString::number(device.preference));
    e.setAttribute(QStringLiteral("since"),
        QDateTime::fromMSecsSinceEpoch(device.since, Qt::UTC).toString(Qt::ISODateWithMs));
    e.setAttribute(QStringLiteral("term"), QString::number(device.term));
    if (!device.anchor.isEmpty()) // left out while following nobody (PROTOCOL.md §5)
        e.setAttribute(QStringLiteral("anchor"), device.anchor);
    e.setAttribute(QStringLiteral("role"), toString(device.role));
    if (device.joining)
        e.setAttribute(QStringLiteral("state"), QStringLiteral("joining"));
    return QXmppElement(e);
}

std::optional<DeviceInfo> fromPresence(const QDomElement &presence)
{
    const QString from = presence.attribute(QStringLiteral("from"));
    if (presence.tagName() != QLatin1String("presence") || !from.contains(QLatin1Char('/'))
        || !presence.attribute(QStringLiteral("type")).isEmpty())
        return std::nullopt;
    QDomElement e = presence.firstChildElement(QStringLiteral("device"));
    while (!e.isNull() && e.namespaceURI() != CoordinatorEnvelope::namespaceUri())
        e = e.nextSiblingElement(QStringLiteral("device"));
    if (e.isNull())
        return std::nullopt;
    DeviceInfo d;
    d.fullJid = from;
    d.alwaysOn = e.attribute(QStringLiteral("always-on")) == QLatin1String("true");
    bool ok = false;
    d.preference = e.attribute(QStringLiteral("preference")).toLongLong(&ok);
    if (!ok)
        d.preference = 0;
    const QDateTime since = QDateTime::fromString(e.attribute(QStringLiteral("since")), Qt::ISODateWithMs);
    if (!since.isValid())
        return std::nullopt; // unrankable: every device must rank from the same value
    d.since = since.toMSecsSinceEpoch();
    d.term = CoordinatorEnvelope::parseCount(
        e.attribute(QStringLiteral("term")), std::numeric_limits<qint32>::max())
                 .value_or(0);
    d.anchor = e.attribute(QStringLiteral("anchor"));
    d.role = deviceRoleFromString(e.attribute(QStringLiteral("role")));
    d.joining = e.attribute(QStringLiteral("state")) == QLatin1String("joining");
    return d;
}

} // namespace Tandem::DeviceElement
