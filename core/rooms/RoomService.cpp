#include "rooms/RoomService.h"

#include "Logging.h"
#include "profile/Jid.h"
#include "rooms/RoomOccupancy.h"
#include "session/MessageConverter.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QUuid>
#include <QXmppClient.h>

namespace Tandem {

RoomService::RoomService(QXmppClient *client, const QString &accountJid, MessageStore *store, QObject *parent)
    : QObject(parent)
    , m_account(accountJid)
    , m_store(store)
    , m_occupancy(new RoomOccupancy)
{
    client->addExtension(m_occupancy);
    connect(m_occupancy, &RoomOccupancy::groupMessage, this, &RoomService::onGroupMessage);
    connect(m_occupancy, &RoomOccupancy::roomEvent, this, &RoomService::roomEvent);
}

QString RoomService::defaultNick() const
{
    return m_account.section(QLatin1Char('@'), 0, 0);
}

void RoomService::join(const QString &room, const QString &nick, const QString &password)
{
    m_occupancy->join(Jid::bare(room), nick.isEmpty() ? defaultNick() : nick, password);
}

void RoomService::leave(const QString &room)
{
    m_occupancy->leave(Jid::bare(room));
}

QStringList RoomService::rooms() const
{
    return m_occupancy->rooms();
}

const RoomMirror *RoomService::mirror(const QString &room) const
{
    return m_occupancy->mirror(room);
}

void RoomService::sendMessage(const QString &room, const QString &body,
                              std::function<void(const Message &, const StorageError &)> done)
{
    const RoomMirror *mirror = m_occupancy->mirror(room);
    Message m;
    m.account = m_account;
    m.conversation = Jid::bare(room);
    m.kind = Message::Kind::GroupChat;
    m.direction = Message::Direction::Outgoing;
    m.sender = mirror ? mirror->ownNick() : defaultNick();
    m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.originId = m.messageId;
    m.body = body;
    m.localTime = QDateTime::currentDateTimeUtc();
    m.serverTime = m.localTime;
    m.state = Message::DeliveryState::Pending;
    m_store->store(m, this, [this, m, done](const StoreResult &r) mutable {
        if (r.error.isError()) {
            Q_EMIT storageFailed(r.error);
            if (done)
                done(m, r.error);
            return;
        }
        m.rowId = r.rowId;
        if (!m_occupancy->sendMessage(m.conversation, m.body, m.originId).isEmpty()) {
            m.state = Message::DeliveryState::Sent;
            m_store->setDeliveryState(m_account, m.conversation, m.messageId, m.state);
        }
        Q_EMIT messageAdded(m);
        if (done)
            done(m, {});
    });
}

void RoomService::onGroupMessage(const QString &room, const QXmppMessage &stanza)
{
    const RoomMirror *mirror = m_occupancy->mirror(room);
    auto converted = MessageConverter::fromGroupChatStanza(stanza, m_account, room, mirror ? mirror->ownNick() : QString(),
                                                           QDateTime::currentDateTimeUtc());
    if (!converted)
        return;
    m_store->store(*converted, this, [this, m = *converted](const StoreResult &r) mutable {
        if (r.error.isError()) {
            qCWarning(lcSession) << m_account << "could not store room message" << m.stanzaId << r.error.message();
            Q_EMIT storageFailed(r.error);
            return;
        }
        if (r.inserted) {
            m.rowId = r.rowId;
            Q_EMIT messageAdded(m);
            return;
        }
        // Our own message reflected by the room: it has arrived.
        if (m.direction == Message::Direction::Outgoing && !m.originId.isEmpty()) {
            m_store->setDeliveryState(m_account, m.conversation, m.originId, Message::DeliveryState::Delivered, this,
                                      [this, m](bool changed) {
                                          if (changed)
                                              Q_EMIT deliveryStateChanged(m.conversation, m.originId,
                                                                          Message::DeliveryState::Delivered);
                                      });
        }
    });
}

} // namespace Tandem
