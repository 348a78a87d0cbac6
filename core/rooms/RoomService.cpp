#include "rooms/RoomService.h"

#include "common/Logging.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "profile/Jid.h"
#include "rooms/AnchorCatchUp.h"
#include "rooms/CatchUpServer.h"
#include "rooms/HistoryCopy.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomEventRow.h"
#include "rooms/RoomOccupancy.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "xmpp/MessageConverter.h"

#include <QDomDocument>
#include <QUuid>
#include <QXmppClient.h>

namespace Tandem {

RoomService::RoomService(QXmppClient *client, MessageEvents *events, QObject *parent)
    : QObject(parent)
    , m_account(events->account())
    , m_events(events)
    , m_store(events->store())
    , m_occupancy(new RoomOccupancy)
    , m_catchUp(new RoomCatchUp(
          client, events, [this](const QString &room) { return ownNick(room); }, this))
    , m_catchUpServer(new CatchUpServer(
          m_account, m_store,
          [this](const QString &room) { return isHoldingLocally() && m_catchUp->isCatchingUp(room); }, this))
    , m_verdicts(new RoomVerdicts(this))
{
    client->addExtension(m_occupancy);
    connect(m_catchUp, &RoomCatchUp::caughtUp, m_catchUpServer,
        [this](const QString &room) { m_catchUpServer->roomCaughtUp(room); });
    connect(m_occupancy, &RoomOccupancy::groupMessage, this,
        [this](
            const QString &room, const QXmppMessage &stanza) { onGroupMessage(room, stanza, Origin::Live); });
    // The holder's gaps move before anything else reacts to our own occupancy's events.
    connect(m_occupancy, &RoomOccupancy::roomEvent, this, &RoomService::trackHeldGap);
    connect(m_occupancy, &RoomOccupancy::roomEvent, this, &RoomService::answerUserJoinOrLeave);
    connect(m_occupancy, &RoomOccupancy::roomEvent, this,
        [this](const QString &room, const RoomMirror::Event &e) {
            const RoomMirror *mirror = m_occupancy->mirror(room);
            m_verdicts->roomEvent(room, e, mirror ? mirror->ownNick() : QString());
        });
    connect(m_occupancy, &RoomOccupancy::roomEvent, this, &RoomService::roomEvent);
    // Held here or mirrored from relays, every event goes out through roomEvent(): one place
    // stores them.
    connect(this, &RoomService::roomEvent, this, &RoomService::storeRoomEvent);
}

QString RoomService::defaultNick() const
{
    return m_account.section(QLatin1Char('@'), 0, 0);
}

void RoomService::remember(const QString &room, const QString &nick, const QString &password)
{
    m_nicks.insert(room, nick);
    m_passwords.insert(room, password);
}

void RoomService::join(const QString &roomJid, const QString &nick, const QString &password)
{
    Request request;
    request.action = Request::Action::Join;
    request.room = Jid::bare(roomJid);
    request.nick = nick.isEmpty() ? defaultNick() : nick;
    request.password = password;
    remember(request.room, request.nick, password);
    sendRequest(request, [room = request.room](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcSession) << "anchor refused to join" << room << error;
    });
}

void RoomService::leave(const QString &roomJid)
{
    Request request;
    request.action = Request::Action::Leave;
    request.room = Jid::bare(roomJid);
    m_nicks.remove(request.room);
    sendRequest(request, [](const QString &) {});
}

QStringList RoomService::rooms() const
{
    if (isHoldingLocally())
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
    QStringList list = isHoldingLocally() ? m_occupancy->allRooms() : QStringList(m_relayed.keys());
    for (auto it = m_listedExits.cbegin(); it != m_listedExits.cend(); ++it) {
        if (!list.contains(it.key()))
            list << it.key();
    }
    list.sort();
    return list;
}

const RoomMirror *RoomService::mirror(const QString &room) const
{
    if (isHoldingLocally())
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

namespace {
QString newOriginId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

void RoomService::sendMessage(const QString &room, const QString &body, Done done)
{
    storeOutgoing({ Jid::bare(room), {}, body, newOriginId(), {} }, Origin::Composed, std::move(done));
}

void RoomService::correctMessage(
    const QString &room, const QString &replaceId, const QString &body, Done done)
{
    storeOutgoing({ Jid::bare(room), {}, body, newOriginId(), replaceId }, Origin::Composed, std::move(done));
}

void RoomService::sendRequest(const Request &request, std::function<void(const QString &error)> done)
{
    switch (m_role) {
    case Role::Holding:
        executeRequest(request, std::move(done));
        return;
    case Role::Following:
        m_sender(request, std::move(done));
        return;
    case Role::StoodDown:
        done(QStringLiteral("no-anchor"));
        return;
    }
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

void RoomService::sendPrivateMessage(const QString &room, const QString &nick, const QString &body, Done done)
{
    storeOutgoing({ Jid::bare(room), nick, body, newOriginId(), {} }, Origin::Composed, std::move(done));
}

void RoomService::storeOutgoing(const Outgoing &outgoing, Origin origin, Done done)
{
    Message m;
    m.account = m_account;
    m.conversation
        = outgoing.nick.isEmpty() ? outgoing.room : outgoing.room + QLatin1Char('/') + outgoing.nick;
    m.kind = outgoing.nick.isEmpty() ? Message::Kind::GroupChat : Message::Kind::GroupChatPrivate;
    m.direction = Message::Direction::Outgoing;
    m.sender = ownNick(outgoing.room);
    m.messageId = outgoing.originId;
    m.originId = outgoing.originId;
    m.body = outgoing.body;
    m.localTime = QDateTime::currentDateTimeUtc();
    m.serverTime = m.localTime;
    m.state = Message::DeliveryState::Pending;
    m.replacesId = outgoing.replaceId;
    m_events->storeOutgoing(
        m, origin, this,
        [this, outgoing](const Message &stored) {
            if (isHoldingLocally())
                return sendHere(outgoing);
            Request request;
            request.action = !outgoing.nick.isEmpty() ? Request::Action::PrivateMessage
                : !outgoing.replaceId.isEmpty()       ? Request::Action::Correct
                                                      : Request::Action::Send;
            request.room = outgoing.room;
            request.body = stored.body;
            request.originId = stored.originId;
            request.replaceId = stored.replacesId;
            if (!outgoing.nick.isEmpty())
                request.to = stored.conversation;
            sendRequest(request, [this, stored](const QString &error) {
                m_events->setDeliveryState(stored.conversation, stored.messageId,
                    error.isEmpty() ? Message::DeliveryState::Sent : Message::DeliveryState::Failed);
            });
            return false; // sent, or failed, once the anchor answers
        },
        std::move(done));
}

void RoomService::onGroupMessage(const QString &room, const QXmppMessage &stanza, Origin origin, bool history)
{
    auto converted = MessageConverter::fromGroupChatStanza(
        stanza, m_account, room, ownNick(room), QDateTime::currentDateTimeUtc());
    if (!converted)
        return;
    converted->fromArchive = history;
    auto stored = [this, m = *converted, origin, history](const StoreResult &r) mutable {
        if (r.error.isError()) {
            qCWarning(lcSession) << m_account << "could not store room message" << m.stanzaId
                                 << r.error.message();
            m_events->reportFailure(r.error);
            return;
        }
        if (r.inserted) {
            m.rowId = r.rowId;
            if (history)
                m_events->reportHistory({ m }, origin);
            else
                m_events->reportAdded(m, origin);
            return;
        }
        // Our own message reflected by the room: it has arrived.
        if (m.direction == Message::Direction::Outgoing && !m.originId.isEmpty())
            m_events->setDeliveryState(m.conversation, m.originId, Message::DeliveryState::Delivered);
    };
    if (history)
        HistoryCopy::store(m_store, *converted, this, std::move(stored));
    else
        m_store->storeIncoming(*converted, this, std::move(stored));
}

void RoomService::storeRoomEvent(const QString &room, const RoomMirror::Event &event)
{
    if (const auto row = RoomEventRow::fromEvent(m_account, room, event))
        storeEventRow(*row);
}

void RoomService::storeEventRow(const Message &row)
{
    // De-duplicated by its origin-id: a replayed relay or snapshot finds the row already there.
    m_store->store(row, this, [this, m = row](const StoreResult &r) mutable {
        if (r.error.isError()) {
            qCWarning(lcSession) << m_account << "could not store a room event of" << m.conversation
                                 << r.error.message();
            m_events->reportFailure(r.error);
            return;
        }
        if (!r.inserted)
            return;
        m.rowId = r.rowId;
        m_events->reportAdded(m, Origin::Live);
    });
}

} // namespace Tandem
