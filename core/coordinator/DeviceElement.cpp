#include "coordinator/DeviceElement.h"

#include "coordinator/RelayCodec.h"

#include <QDateTime>
#include <QDomDocument>

namespace Tandem::DeviceElement {

namespace {

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QDomElement deviceChild(const QDomElement &presence)
{
    QDomElement e = presence.firstChildElement(QStringLiteral("device"));
    while (!e.isNull() && e.namespaceURI() != CoordinatorEnvelope::namespaceUri())
        e = e.nextSiblingElement(QStringLiteral("device"));
    return e;
}

} // namespace

QXmppElement toElement(const DeviceInfo &device, const DeviceActivity *activity)
{
    QDomDocument doc;
    QDomElement e = doc.createElementNS(CoordinatorEnvelope::namespaceUri(), QStringLiteral("device"));
    e.setAttribute(
        QStringLiteral("always-on"), device.alwaysOn ? QStringLiteral("true") : QStringLiteral("false"));
    e.setAttribute(QStringLiteral("preference"), QString::number(device.preference));
    e.setAttribute(QStringLiteral("since"), stamp(device.since));
    e.setAttribute(QStringLiteral("term"), QString::number(device.term));
    if (!device.anchor.isEmpty()) // left out while following nobody (PROTOCOL.md §5)
        e.setAttribute(QStringLiteral("anchor"), device.anchor);
    e.setAttribute(QStringLiteral("role"), toString(device.role));
    if (device.joining)
        e.setAttribute(QStringLiteral("state"), QStringLiteral("joining"));
    if (activity && activity->state != DeviceActivity::State::Unknown) {
        QDomElement a = doc.createElementNS(CoordinatorEnvelope::namespaceUri(), QStringLiteral("activity"));
        a.setAttribute(QStringLiteral("v"), QStringLiteral("1"));
        a.setAttribute(QStringLiteral("state"), toString(activity->state));
        a.setAttribute(QStringLiteral("since"), stamp(activity->sinceMs));
        e.appendChild(a);
    }
    return QXmppElement(e);
}

std::optional<DeviceInfo> fromPresence(const QDomElement &presence)
{
    const QString from = presence.attribute(QStringLiteral("from"));
    if (presence.tagName() != QLatin1String("presence") || !from.contains(QLatin1Char('/'))
        || !presence.attribute(QStringLiteral("type")).isEmpty())
        return std::nullopt;
    const QDomElement e = deviceChild(presence);
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

std::optional<DeviceActivity> activityFromPresence(const QDomElement &presence)
{
    QDomElement a = deviceChild(presence).firstChildElement(QStringLiteral("activity"));
    while (!a.isNull() && a.namespaceURI() != CoordinatorEnvelope::namespaceUri())
        a = a.nextSiblingElement(QStringLiteral("activity"));
    if (a.isNull())
        return std::nullopt;
    DeviceActivity activity;
    const QString state = a.attribute(QStringLiteral("state"));
    const QDateTime since = QDateTime::fromString(a.attribute(QStringLiteral("since")), Qt::ISODateWithMs);
    // Unreadable counts as unknown, not as the last report: a device we cannot place must not
    // keep another from notifying (a duplicate rather than a miss).
    if (a.attribute(QStringLiteral("v")) != QLatin1String("1") || !since.isValid())
        return activity;
    if (state == QLatin1String("active"))
        activity.state = DeviceActivity::State::Active;
    else if (state == QLatin1String("idle"))
        activity.state = DeviceActivity::State::Idle;
    else
        return activity;
    activity.sinceMs = since.toMSecsSinceEpoch();
    return activity;
}

} // namespace Tandem::DeviceElement
