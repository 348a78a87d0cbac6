// ControlCommands for the user's activity and the notifications it decides (`ctl active`,
// `ctl notifications`, PROTOCOL.md §16).
#include "ctl/ControlCommands.h"

#include "account/Account.h"
#include "account/ActivityMonitor.h"
#include "account/Coordinator.h"
#include "account/Instance.h"
#include "account/NotificationFeed.h"
#include "ctl/JsonFormat.h"

#include <QDateTime>
#include <QJsonArray>

namespace Tandem {

namespace {

QJsonObject activityJson(const DeviceActivity &activity)
{
    QJsonObject json { { QStringLiteral("state"), toString(activity.state) } };
    if (activity.state != DeviceActivity::State::Unknown)
        json.insert(QStringLiteral("since"),
            JsonFormat::timestamp(QDateTime::fromMSecsSinceEpoch(activity.sinceMs, Qt::UTC)));
    return json;
}

} // namespace

void ControlCommands::active(const QJsonObject &, ControlServer::Reply reply)
{
    ActivityMonitor *activity = m_instance->activity();
    if (!activity->isDesktop()) {
        reply(ControlServer::failure(tr("A headless Tandem has no user at it: it is never active.")));
        return;
    }
    activity->noteInput();
    reply(ControlServer::success(
        QJsonObject { { QStringLiteral("activity"), activityJson(activity->reported()) } }));
}

void ControlCommands::notifications(const QJsonObject &, ControlServer::Reply reply)
{
    QJsonArray accounts;
    for (Account *account : m_instance->accounts()) {
        QJsonArray siblings;
        for (const NotifyingDevice::Report &r : account->coordinator()->siblingActivity()) {
            QJsonObject sibling = activityJson(r.activity);
            sibling.insert(QStringLiteral("jid"), r.device);
            siblings.append(sibling);
        }
        QJsonArray shown;
        // The window's feed; a headless Tandem has none and never notifies.
        if (const auto *feed
            = account->findChild<NotificationFeed *>(QString(), Qt::FindDirectChildrenOnly)) {
            for (const NotificationFeed::Shown &n : feed->recent())
                shown.append(QJsonObject { { QStringLiteral("conversation"), n.conversation },
                    { QStringLiteral("row_id"), double(n.rowId) },
                    { QStringLiteral("withdrawn"), n.withdrawn },
                    { QStringLiteral("at"),
                        JsonFormat::timestamp(QDateTime::fromMSecsSinceEpoch(n.atMs, Qt::UTC)) } });
        }
        accounts.append(QJsonObject { { QStringLiteral("jid"), account->jid() },
            { QStringLiteral("notifies_here"), account->coordinator()->notifiesHere() },
            { QStringLiteral("siblings"), siblings }, { QStringLiteral("notifications"), shown } });
    }
    reply(ControlServer::success(
        QJsonObject { { QStringLiteral("activity"), activityJson(m_instance->activity()->reported()) },
            { QStringLiteral("desktop"), m_instance->activity()->isDesktop() },
            { QStringLiteral("accounts"), accounts } }));
}

} // namespace Tandem
