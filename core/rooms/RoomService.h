#pragma once

#include "rooms/RoomMirror.h"
#include "storage/Message.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QObject>
#include <functional>

class QXmppClient;
class QXmppMessage;

namespace Tandem {

class MessageStore;
class RoomOccupancy;
struct Relay;
struct Request;

/// The rooms this device holds itself for one account (as a solo device, or as the account's
/// anchor): joins and leaves through RoomOccupancy, and runs the groupchat received pipeline —
/// convert → store (de-duplicated by origin-id / stanza-id) → notify. An outgoing message is
/// stored as pending first and becomes delivered when the room reflects it back.
///
/// On a sibling the rooms are held by the anchor: the service then mirrors them from relayed
/// stanzas (same mirror, same pipeline) and turns the user's actions into requests.
class RoomService : public QObject
{
    Q_OBJECT
public:
    /// Sends a request to the anchor; `done` gets an empty string on ack, else the error.
    using RequestSender = std::function<void(const Request &request, std::function<void(const QString &error)> done)>;

    RoomService(QXmppClient *client, const QString &accountJid, MessageStore *store, QObject *parent = nullptr);

    RoomOccupancy *occupancy() const { return m_occupancy; }
    QString defaultNick() const;

    void join(const QString &room, const QString &nick = {}, const QString &password = {});
    void leave(const QString &room);
    QStringList rooms() const;
    const RoomMirror *mirror(const QString &room) const;

    void sendMessage(const QString &room, const QString &body,
                     std::function<void(const Message &, const StorageError &)> done = {});

    /// Solo or anchor: this session holds the rooms.
    void holdLocally();
    /// Sibling: the anchor holds the rooms; actions become requests through `sender`.
    void followAnchor(RequestSender sender);
    bool isHoldingLocally() const { return !m_sender; }
    /// Sibling: a stanza the anchor relayed from one of its rooms.
    void applyRelayed(const Relay &relay);
    /// Anchor: carries out a sibling's request. `done` as for RequestSender.
    void executeRequest(const Request &request, std::function<void(const QString &error)> done);
    /// Every room the account is known to be in, held here or mirrored: what a new anchor joins.
    QStringList knownRooms() const;

Q_SIGNALS:
    void messageAdded(const Tandem::Message &message);
    void deliveryStateChanged(const QString &conversation, const QString &messageId,
                              Tandem::Message::DeliveryState state);
    void roomEvent(const QString &room, const Tandem::RoomMirror::Event &event);
    void storageFailed(const Tandem::StorageError &error);

private:
    void onGroupMessage(const QString &room, const QXmppMessage &stanza);
    void storeOutgoing(const QString &room, const QString &body, const QString &originId,
                       std::function<void(const Message &, const StorageError &)> done);
    QString ownNick(const QString &room) const;

    QString m_account;
    MessageStore *m_store;
    RoomOccupancy *m_occupancy;
    RequestSender m_sender; ///< set while a sibling
    QHash<QString, RoomMirror> m_relayed; ///< rooms mirrored from the anchor's relays
    QHash<QString, QString> m_nicks; ///< nick and password per room, for joining on failover
    QHash<QString, QString> m_passwords;
};

} // namespace Tandem
