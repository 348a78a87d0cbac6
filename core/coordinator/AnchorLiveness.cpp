#include "coordinator/AnchorLiveness.h"

#include "common/Logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppPingIq.h>

namespace Tandem {

namespace {
int envMs(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

AnchorLiveness::AnchorLiveness(QObject *parent)
    : QObject(parent)
{
    m_interval.setInterval(envMs("TANDEM_ANCHOR_PING_MS", 15000));
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(envMs("TANDEM_ANCHOR_PING_TIMEOUT_MS", 10000));
    connect(&m_interval, &QTimer::timeout, this, &AnchorLiveness::ping);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcCoordinator) << "anchor" << m_pinged << "does not answer: treating it as gone";
        m_pingId.clear();
        Q_EMIT anchorGone(m_pinged);
    });
}

void AnchorLiveness::watch(const QString &anchor)
{
    if (anchor != m_anchor) {
        // A ping to the previous anchor says nothing about this one: its timeout would remove
        // an anchor we just started to follow (found by the delivery simulation).
        m_pingId.clear();
        m_timeout.stop();
    }
    m_anchor = anchor;
    if (anchor.isEmpty()) {
        m_interval.stop();
        return;
    }
    if (!m_interval.isActive())
        m_interval.start();
}

void AnchorLiveness::ping()
{
    if (!m_client || !m_client->isConnected() || m_anchor.isEmpty() || !m_pingId.isEmpty())
        return;
    QXmppPingIq ping;
    ping.setTo(m_anchor);
    m_pingId = ping.id();
    m_pinged = m_anchor;
    m_client->sendPacket(ping);
    m_timeout.start();
}

bool AnchorLiveness::handleIq(const QDomElement &iq)
{
    if (m_pingId.isEmpty() || iq.attribute(QStringLiteral("id")) != m_pingId)
        return false;
    m_pingId.clear();
    m_timeout.stop();
    // An error that comes from the server (the session is gone) also means unavailable; a
    // client that merely lacks ping support still answered, so it is alive.
    const QDomElement error = iq.firstChildElement(QStringLiteral("error"));
    if (iq.attribute(QStringLiteral("type")) == QLatin1String("error")
        && (!error.firstChildElement(QStringLiteral("recipient-unavailable")).isNull()
            || !error.firstChildElement(QStringLiteral("item-not-found")).isNull()))
        Q_EMIT anchorGone(m_pinged);
    return true;
}

} // namespace Tandem
