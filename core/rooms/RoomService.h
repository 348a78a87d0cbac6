#pragma once

#include "rooms/RoomMirror.h"
#include "storage/Message.h"
#include "storage/StorageError.h"

#include <QObject>
#include <functional>

class QXmppClient;
class QXmppMessage;

namespace Tandem {

class MessageStore;
class RoomOccupancy;

/// The rooms this device holds itself for one account (as a solo device, or as the account's
/// anchor): joins and leaves through RoomOccupancy, and runs the groupchat received pipeline —
/// convert → store (de-duplicated by origin-id / stanza-id) → notify. An outgoing message is
/// stored as pending first and becomes delivered when the room reflects it back.
class RoomService : public QObject
{
    Q_OBJECT
public:
    RoomService(QXmppClient *client, const QString &accountJid, MessageStore *store, QObject *parent = nullptr);

    RoomOccupancy *occupancy() const { return m_occupancy; }
    QString defaultNick() const;

    void join(const QString &room, const QString &nick = {}, const QString &password = {});
    void leave(const QString &room);
    QStringList rooms() const;
    const RoomMirror *mirror(const QString &room) const;

    void sendMessage(const QString &room, const QString &body,
                     std::function<void(const Message &, const StorageError &)> done = {});

Q_SIGNALS:
    void messageAdded(const Tandem::Message &message);
    void deliveryStateChanged(const QString &conversation, const QString &messageId,
                              Tandem::Message::DeliveryState state);
    void roomEvent(const QString &room, const Tandem::RoomMirror::Event &event);
    void storageFailed(const Tandem::StorageError &error);

private:
    void onGroupMessage(const QString &room, const QXmppMessage &stanza);

    QString m_account;
    MessageStore *m_store;
    RoomOccupancy *m_occupancy;
};

} // namespace Tandem
