#include "rooms/RoomService.h"

#include "common/Logging.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "profile/Jid.h"
#include "rooms/AnchorCatchUp.h"
#include "rooms/CatchUpServer.h"
#include "rooms/HistoryCopy.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomOccupancy.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "xmpp/MessageConverter.h"

#include <QDomDocument>
#include <QUuid>
#include <QXmppClient.h>

namespace Tandem {

RoomService::RoomService(QXmppClient *client, const QString &accountJid, MessageStore *store, QObject *parent)
    : QObject(parent)
    , m_account(accountJid)
    , m_store(store)
    , m_occupancy(new RoomOccupancy)
    , m_catchUp(new RoomCatchUp(
          client, accountJid, store, [this](const QString &room) { return ownNick(room); }, this))
    , m_catchUpServer(new CatchUpServer(
          accountJid, store,
          [this](const QString &room) { return !m_sender && m_catchUp->isCatchingUp(room); }, this))
    , m_verdicts(new RoomVerdicts(this))
{
    client->addExtension(m_occupancy);
    connect(m_catchUp, &RoomCatchUp::caughtUp, m_catchUpServer,
        [this](const QString &room) { m_catchUpServer->roomCaughtUp(room); });
    connect(m_occupancy, &RoomOccupancy::groupMessage, this,
        [this](const QString &room, const QXmppMessage &stanza) { onGroupMessage(room, stanza); });
    // The holder's gaps move before anything else reacts to our own occupancy's events.
    connect(m_occupancy, &RoomOccupancy::roomEvent, this, &RoomService::trackHeldGap);
    connect(m_occupancy, &RoomOccupancy::roomEvent, this,
        [this](const QString &room, const RoomMirror::Event &e) {
            const RoomMirror *mirror = m_occupancy->mirror(room);
            m_verdicts->roomEvent(room, e, mirror ? mirror->ownNick() : QString());
        });
    connect(m_occupancy, &RoomOccupancy::roomEvent, this, &RoomService::roomEvent);
}

QString RoomService::defaultNick() const
{
    return m_account.section(QLatin1Char('@'), 0, 0);
}

void RoomService::join(const QString &roomJid, const QString &nick, const QString &password)
{
    const QString room = Jid::bare(roomJid);
    const QString useNick = nick.isEmpty() ? defaultNick() : nick;
    m_nicks.insert(room, useNick);
    m_passwords.insert(room, password);
    if (!m_sender) {
        joinHere(room, useNick, password);
        Q_EMIT userJoined(room, useNick, password);
        return;
    }
    Request request;
    request.action = Request::Action::Join;
    request.room = room;
    request.nick = useNick;
    request.password = password;
    m_sender(request, [room](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcSession) << "anchor refused to join" << room << error;
    });
}

void RoomService::leave(const QString &roomJid)
{
    const QString room = Jid::bare(roomJid);
    m_nicks.remove(room);
    if (!m_sender) {
        m_occupancy->leave(room);
        Q_EMIT userLeft(room);
        return;
    }
    Request request;
    request.action = Request::Action::Leave;
    request.room = room;
    m_sender(request, [](const QString &) {});
}

QStringList RoomService::rooms() const
{
    if (!m_sender)
        return m_occupancy->rooms();
    QStringList list;
    for (auto it = m_relayed.cbegin(); it != m_relayed.cend(); ++it) {
        if (it->state() == RoomMirror::State::Joined || it->state() == RoomMirror::State::Joining)
            list << it.key();
    }
    list.sort();
    return list;
}

QStringList RoomService::allRooms() const
{
    QStringList list = m_sender ? QStringList(m_relayed.keys()) : m_occupancy->allRooms();
    for (auto it = m_listedExits.cbegin(); it != m_listedExits.cend(); ++it) {
        if (!list.contains(it.key()))
            list << it.key();
    }
    list.sort();
    return list;
}

const RoomMirror *RoomService::mirror(const QString &room) const
{
    if (!m_sender)
        return m_occupancy->mirror(room);
    const auto it = m_relayed.constFind(Jid::bare(room));
    return it == m_relayed.constEnd() ? nullptr : &*it;
}

QString RoomService::ownNick(const QString &room) const
{
    const RoomMirror *m = mirror(room);
    return m ? m->ownNick() : m_nicks.value(room, defaultNick());
}

QStringList RoomService::knownRooms() const
{
    QStringList list = m_occupancy->rooms();
    for (auto it = m_relayed.cbegin(); it != m_relayed.cend(); ++it) {
        if (it->state() == RoomMirror::State::Joined && !list.contains(it.key()))
            list << it.key();
    }
    return list;
}

void RoomService::sendMessage(
    const QString &room, const QString &body, std::function<void(const Message &, const StorageError &)> done)
{
    storeOutgoing(
        Jid::bare(room), {}, body, QUuid::createUuid().toString(QUuid::WithoutBraces), std::move(done));
}

void RoomService::correctMessage(const QString &room, const QString &replaceId, const QString &body,
    std::function<void(const Message &, const StorageError &)> done)
{
    storeOutgoing(Jid::bare(room), {}, body, QUuid::createUuid().toString(QUuid::WithoutBraces),
        std::move(done), replaceId);
}

void RoomService::sendRequest(Request request, std::function<void(const QString &error)> done)
{
    if (m_sender)
        m_sender(request, std::move(done));
    else
        executeRequest(request, std::move(done));
}

void RoomService::changeNick(
    const QString &room, const QString &nick, std::function<void(const QString &error)> done)
{
    Request request;
    request.action = Request::Action::Nick;
    request.room = Jid::bare(room);
    request.nick = nick;
    sendRequest(request, [this, room = request.room, nick, done = std::move(done)](const QString &error) {
        if (error.isEmpty())
            m_nicks.insert(room, nick);
        done(error);
    });
}

void RoomService::setSubject(
    const QString &room, const QString &subject, std::function<void(const QString &error)> done)
{
    Request request;
    request.action = Request::Action::Subject;
    request.room = Jid::bare(room);
    request.subject = subject;
    sendRequest(request, std::move(done));
}

void RoomService::sendPrivateMessage(const QString &room, const QString &nick, const QString &body,
    std::function<void(const Message &, const StorageError &)> done)
{
    storeOutgoing(
        Jid::bare(room), nick, body, QUuid::createUuid().toString(QUuid::WithoutBraces), std::move(done));
}

void RoomService::storeOutgoing(const QString &room, const QString &nick, const QString &body,
    const QString &originId, std::function<void(const Message &, const StorageError &)> done,
    const QString &replaceId)
{
    Message m;
    m.account = m_account;
    m.conversation = nick.isEmpty() ? room : room + QLatin1Char('/') + nick;
    m.kind = nick.isEmpty() ? Message::Kind::GroupChat : Message::Kind::GroupChatPrivate;
    m.direction = Message::Direction::Outgoing;
    m.sender = ownNick(room);
    m.messageId = originId;
    m.originId = originId;
    m.body = body;
    m.localTime = QDateTime::currentDateTimeUtc();
    m.serverTime = m.localTime;
    m.state = Message::DeliveryState::Pending;
    m.replacesId = replaceId;
    m_store->store(m, this, [this, m, room, nick, done](const StoreResult &r) mutable {
        if (r.error.isError()) {
            Q_EMIT storageFailed(r.error);
            if (done)
                done(m, r.error);
            return;
        }
        m.rowId = r.rowId;
        if (m_sender) {
            Request request;
            request.action = !nick.isEmpty() ? Request::Action::PrivateMessage
                : !m.replacesId.isEmpty()    ? Request::Action::Correct
                                             : Request::Action::Send;
            request.room = room;
            request.body = m.body;
            request.originId = m.originId;
            request.replaceId = m.replacesId;
            if (!nick.isEmpty())
                request.to = m.conversation;
            m_sender(request, [this, m](const QString &error) {
                const auto state
                    = error.isEmpty() ? Message::DeliveryState::Sent : Message::DeliveryState::Failed;
                m_store->setDeliveryState(
                    m_account, m.conversation, m.messageId, state, this, [this, m, state](bool changed) {
                        if (changed)
                            Q_EMIT deliveryStateChanged(m.conversation, m.messageId, state);
                    });
            });
        } else if (!nick.isEmpty()) {
            // No reflection comes back for a private message: written to the room is as far as
            // we can know.
            if (m_occupancy->sendPrivateMessage(room, nick, m.body, m.originId)) {
                m.state = Message::DeliveryState::Sent;
                m_store->setDeliveryState(m_account, m.conversation, m.messageId, m.state);
            }
        } else if (!m_occupancy->sendMessage(m.conversation, m.body, m.originId, m.replacesId).isEmpty()) {
            m.state = Message::DeliveryState::Sent;
            m_store->setDeliveryState(m_account, m.conversation, m.messageId, m.state);
        }
        Q_EMIT messageAdded(m);
        if (done)
            done(m, {});
    });
}

void RoomService::onGroupMessage(const QString &room, const QXmppMessage &stanza, bool fromHistory)
{
    auto converted = MessageConverter::fromGroupChatStanza(
        stanza, m_account, room, ownNick(room), QDateTime::currentDateTimeUtc());
    if (!converted)
        return;
    converted->fromArchive = fromHistory;
    auto stored = [this, m = *converted](const StoreResult &r) mutable {
        if (r.error.isError()) {
            qCWarning(lcSession) << m_account << "could not store room message" << m.stanzaId
                                 << r.error.message();
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
            m_store->setDeliveryState(m_account, m.conversation, m.originId,
                Message::DeliveryState::Delivered, this, [this, m](bool changed) {
                    if (changed)
                        Q_EMIT deliveryStateChanged(
                            m.conversation, m.originId, Message::DeliveryState::Delivered);
                });
        }
    };
    if (fromHistory)
        HistoryCopy::store(m_store, *converted, this, std::move(stored));
    else
        m_store->store(*converted, this, std::move(stored));
}

} // namespace Tandem
