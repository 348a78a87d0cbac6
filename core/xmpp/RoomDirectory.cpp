#include "xmpp/RoomDirectory.h"

#include "xmpp/IqTracker.h"

#include <QSet>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>

#include <memory>

namespace Tandem {

namespace {
QXmppDiscoveryIq discoQuery(const QString &to, QXmppDiscoveryIq::QueryType type)
{
    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setTo(to);
    iq.setQueryType(type);
    return iq;
}

QXmppDiscoveryIq parsed(const IqResponse &response)
{
    QXmppDiscoveryIq iq;
    iq.parse(response.stanza);
    return iq;
}

QString failure(const IqResponse &response)
{
    if (response.outcome == IqResponse::Outcome::Error)
        return response.text.isEmpty() ? response.condition : response.text;
    return response.describe();
}

bool isGroupChatService(const QXmppDiscoveryIq &info)
{
    for (const QXmppDiscoveryIq::Identity &identity : info.identities()) {
        if (identity.category() == QLatin1String("conference") && identity.type() == QLatin1String("text"))
            return true;
    }
    return false;
}
} // namespace

RoomDirectory::RoomDirectory(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<QVector<RoomListing>>();
    IqTracker::of(client);
}

void RoomDirectory::findServices()
{
    const quint64 generation = ++m_generation;
    if (!m_client || !m_client->isConnected()) {
        Q_EMIT servicesFound({}, tr("The account is not connected."));
        return;
    }
    const QString domain = m_client->configuration().domain();
    IqTracker::of(m_client)->send(
        discoQuery(domain, QXmppDiscoveryIq::ItemsQuery), this, [this, generation](const IqResponse &items) {
            if (generation != m_generation)
                return;
            if (!items.isResult()) {
                Q_EMIT servicesFound({}, failure(items));
                return;
            }
            // Ask every item what it is; answer once all have answered (or failed).
            struct Survey
            {
                int waiting = 0;
                QStringList services;
            };
            auto survey = std::make_shared<Survey>();
            QSet<QString> asked;
            for (const QXmppDiscoveryIq::Item &item : parsed(items).items()) {
                if (item.jid().isEmpty() || !item.node().isEmpty() || asked.contains(item.jid()))
                    continue;
                asked.insert(item.jid());
                ++survey->waiting;
            }
            if (asked.isEmpty()) {
                Q_EMIT servicesFound({}, QString());
                return;
            }
            for (const QString &jid : qAsConst(asked)) {
                IqTracker::of(m_client)->send(discoQuery(jid, QXmppDiscoveryIq::InfoQuery), this,
                    [this, generation, survey, jid](const IqResponse &info) {
                        if (info.isResult() && isGroupChatService(parsed(info)))
                            survey->services.append(jid);
                        if (--survey->waiting == 0 && generation == m_generation) {
                            survey->services.sort();
                            Q_EMIT servicesFound(survey->services, QString());
                        }
                    });
            }
        });
}

void RoomDirectory::listRooms(const QString &service)
{
    if (!m_client || !m_client->isConnected()) {
        Q_EMIT roomsListed(service, {}, tr("The account is not connected."));
        return;
    }
    IqTracker::of(m_client)->send(
        discoQuery(service, QXmppDiscoveryIq::ItemsQuery), this, [this, service](const IqResponse &items) {
            if (!items.isResult()) {
                Q_EMIT roomsListed(service, {}, failure(items));
                return;
            }
            QVector<RoomListing> rooms;
            for (const QXmppDiscoveryIq::Item &item : parsed(items).items()) {
                if (!item.jid().isEmpty())
                    rooms.append({ item.jid(), item.name() });
            }
            Q_EMIT roomsListed(service, rooms, QString());
        });
}

void RoomDirectory::describeRoom(const QString &room)
{
    if (!m_client || !m_client->isConnected()) {
        Q_EMIT roomDescribed(room, false, false);
        return;
    }
    IqTracker::of(m_client)->send(
        discoQuery(room, QXmppDiscoveryIq::InfoQuery), this, [this, room](const IqResponse &response) {
            if (response.outcome != IqResponse::Outcome::Result) {
                Q_EMIT roomDescribed(room, false, false);
                return;
            }
            const QStringList features = parsed(response).features();
            const bool isPublic = features.contains(QStringLiteral("muc_public"));
            const bool hidden = features.contains(QStringLiteral("muc_hidden"));
            Q_EMIT roomDescribed(room, isPublic || hidden, isPublic);
        });
}

} // namespace Tandem
