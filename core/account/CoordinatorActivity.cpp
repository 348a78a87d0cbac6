// Coordinator: this device's activity reports to its siblings and theirs to it (PROTOCOL.md §16),
// and the NotifyingDevice decided from them.
#include "account/ActivityMonitor.h"
#include "account/Coordinator.h"
#include "common/Logging.h"
#include "coordinator/DeviceElement.h"

#include <QDateTime>
#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppPresence.h>

namespace Tandem {

void Coordinator::setActivity(ActivityMonitor *monitor)
{
    m_activity = monitor;
    const QString self = m_election.advertised().fullJid;
    m_notifying.emplace(self, monitor->isDesktop(), monitor->config().graceMs);
    connect(monitor, &ActivityMonitor::reportChanged, this, [this] {
        updateNotifying();
        m_toldActivity.clear();
        for (const DeviceInfo &sibling : m_election.siblings())
            sendActivity(sibling.fullJid);
    });
}

QList<NotifyingDevice::Report> Coordinator::siblingActivity() const
{
    QList<NotifyingDevice::Report> reports;
    for (auto it = m_siblingActivity.cbegin(); it != m_siblingActivity.cend(); ++it)
        reports.append({ it.key(), it.value() });
    return reports;
}

void Coordinator::updateNotifying()
{
    if (!m_notifying)
        return;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_notifying->update(nowMs, m_activity->activeSince(nowMs), siblingActivity());
}

bool Coordinator::notifiesHere()
{
    if (!m_notifying)
        return true;
    updateNotifying();
    return m_notifying->notifiesHere(QDateTime::currentMSecsSinceEpoch());
}

void Coordinator::handleSiblingActivity(const QDomElement &presence, bool available)
{
    const QString from = presence.attribute(QStringLiteral("from"));
    if (!available) {
        m_siblingActivity.remove(from);
        m_toldActivity.remove(from);
    } else {
        // Broadcast presence carries no <activity/>: the sibling's last report stands.
        if (const auto activity = DeviceElement::activityFromPresence(presence)) {
            qCDebug(lcCoordinator) << from << "reports" << toString(activity->state) << activity->sinceMs;
            m_siblingActivity.insert(from, *activity);
        }
        // A sibling that just came knows nothing of us yet.
        if (!m_toldActivity.contains(from))
            sendActivity(from);
    }
    updateNotifying();
}

void Coordinator::sendActivity(const QString &sibling)
{
    if (!m_activity || !client() || !client()->isConnected())
        return;
    m_toldActivity.insert(sibling);
    const DeviceActivity activity = m_activity->reported();
    if (activity.state == DeviceActivity::State::Unknown)
        return; // nothing to say: the sibling assumes as much
    // Our presence as broadcast, directed to this one sibling with the activity added: the
    // contacts and plain clients of the account never see it (§16.2).
    QXmppPresence presence = client()->clientPresence();
    QXmppElementList extensions;
    for (const QXmppElement &e : presence.extensions()) {
        if (e.tagName() != QLatin1String("device"))
            extensions << e;
    }
    extensions << DeviceElement::toElement(m_election.advertised(), &activity);
    presence.setExtensions(extensions);
    presence.setTo(sibling);
    client()->sendPacket(presence);
}

} // namespace Tandem
