#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

class QXmppClient;

namespace Tandem {

/// One room a MUC service lists (XEP-0045 §6.3, disco#items).
struct RoomListing
{
    QString jid;
    QString name; ///< the room's name as the service gives it; may be empty
};

/// Finds the account's group chat services and the rooms they list, for the join dialog: the
/// server's disco#items, then disco#info of each item for a conference/text identity (XEP-0045
/// §6.1), then disco#items of a service. Every answer comes back once, as a result or an error.
class RoomDirectory : public QObject
{
    Q_OBJECT
public:
    explicit RoomDirectory(QXmppClient *client, QObject *parent = nullptr);

    /// The group chat services of the account's server, found in the background.
    void findServices();
    /// The public rooms `service` lists.
    void listRooms(const QString &service);
    /// Whether `room` is listed publicly (disco#info: muc_public or muc_hidden, XEP-0045 §6.4).
    void describeRoom(const QString &room);

Q_SIGNALS:
    /// `services` may be empty (the server has none); `error` is empty on success.
    void servicesFound(const QStringList &services, const QString &error);
    void roomsListed(const QString &service, const QVector<Tandem::RoomListing> &rooms, const QString &error);
    /// `known` is false when the room did not answer or said neither.
    void roomDescribed(const QString &room, bool known, bool isPublic);

private:
    QPointer<QXmppClient> m_client;
    quint64 m_generation = 0; ///< a newer findServices() drops the answers of an older one
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::RoomListing)
