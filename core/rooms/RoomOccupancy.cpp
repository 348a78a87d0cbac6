#include "rooms/RoomOccupancy.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "xmpp/ClaimedTime.h"
#include "xmpp/MessageBody.h"

#include <QDomDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppPingIq.h>
#include <QXmppPresence.h>

namespace Tandem {

namespace {
constexpr int defaultSelfPingMs = 5 * 60 * 1000;
constexpr int maxNickAttempts = 3;
const QString nsMuc = QStringLiteral("http://jabber.org/protocol/muc");
const QString nsMucUser = QStringLiteral("http://jabber.org/protocol/muc#user");

} // namespace

struct RoomOccupancy::Room
{
    RoomMirror mirror;
    QString wantedNick; ///< the account's nick here; we may be in under a variant of it (§15)
    QString pendingNick; ///< a nick change we asked for and the room has not answered yet
    QStringList pendingSubjects; ///< ids of the subjects we set that the room has not answered yet
    QString password;
    bool wanted = true; ///< the user wants to be in this room
    int nickAttempt = 0;
    ReconnectPolicy rejoinPolicy { std::chrono::milliseconds(2000),
        std::chrono::milliseconds(10 * 60 * 1000) };
    QTimer rejoinTimer;
};

RoomOccupancy::RoomOccupancy()
{
    qRegisterMetaType<Tandem::RoomMirror::Event>();
    qRegisterMetaType<QXmppMessage>();
    m_selfPing.setInterval(defaultSelfPingMs);
    connect(&m_selfPing, &QTimer::timeout, this, &RoomOccupancy::selfPingAll);
}

RoomOccupancy::~RoomOccupancy() = default;

void RoomOccupancy::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::connected, this, &RoomOccupancy::onConnected);
    connect(client, &QXmppClient::disconnected, this, &RoomOccupancy::onDisconnected);
}

void RoomOccupancy::setSelfPingInterval(int ms)
{
    m_selfPing.setInterval(ms);
    if (m_selfPing.isActive())
        m_selfPing.start();
}

QStringList RoomOccupancy::rooms() const
{
    QStringList list;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.value()->wanted)
            list << it.key();
    }
    list.sort();
    return list;
}

const RoomMirror *RoomOccupancy::mirror(const QString &room) const
{
    const auto it = m_rooms.constFind(Jid::bare(room));
    return it == m_rooms.constEnd() ? nullptr : &(*it)->mirror;
}

bool RoomOccupancy::isJoined(const QString &room) const
{
    const RoomMirror *m = mirror(room);
    return m && m->state() == RoomMirror::State::Joined;
}

void RoomOccupancy::join(const QString &roomJid, const QString &nick, const QString &password)
{
    const QString bare = Jid::bare(roomJid);
    auto &slot = m_rooms[bare];
    if (!slot) {
        slot = std::make_shared<Room>();
        slot->mirror = RoomMirror(bare);
        slot->rejoinTimer.setSingleShot(true);
        connect(&slot->rejoinTimer, &QTimer::timeout, this, [this, bare] {
            if (auto room = m_rooms.value(bare); room && room->wanted)
                sendJoinPresence(*room);
        });
    }
    slot->wanted = true;
    slot->wantedNick = nick;
    slot->password = password;
    slot->nickAttempt = 0;
    if (client() && client()->isConnected())
        sendJoinPresence(*slot);
}

void RoomOccupancy::sendJoinPresence(Room &room)
{
    const QString nick = room.nickAttempt == 0
        ? room.wantedNick
        : room.wantedNick + QString(room.nickAttempt, QLatin1Char('_'));
    room.mirror.beginJoin(nick);
    QDomDocument doc;
    QDomElement x = doc.createElementNS(nsMuc, QStringLiteral("x"));
    // No replay of the room's recent history: it would arrive without a reliable order or ids,
    // and the archive (MAM) fills any gap exactly.
    QDomElement history = doc.createElementNS(nsMuc, QStringLiteral("history"));
    history.setAttribute(QStringLiteral("maxstanzas"), 0);
    x.appendChild(history);
    if (!room.password.isEmpty()) {
        QDomElement password = doc.createElementNS(nsMuc, QStringLiteral("password"));
        password.appendChild(doc.createTextNode(room.password));
        x.appendChild(password);
    }
    QXmppPresence presence;
    presence.setTo(room.mirror.room() + QLatin1Char('/') + nick);
    presence.setExtensions({ QXmppElement(x) });
    qCInfo(lcSession) << "joining" << room.mirror.room() << "as" << nick;
    client()->sendPacket(presence);
}

void RoomOccupancy::leave(const QString &roomJid)
{
    const auto room = m_rooms.value(Jid::bare(roomJid));
    if (!room)
        return;
    room->wanted = false;
    room->rejoinTimer.stop();
    if (room->mirror.state() != RoomMirror::State::Joined
        && room->mirror.state() != RoomMirror::State::Joining)
        return;
    room->mirror.beginLeave();
    QXmppPresence presence(QXmppPresence::Unavailable);
    presence.setTo(room->mirror.room() + QLatin1Char('/') + room->mirror.ownNick());
    client()->sendPacket(presence);
}

void RoomOccupancy::changeNick(const QString &roomJid, const QString &nick)
{
    const auto room = m_rooms.value(Jid::bare(roomJid));
    if (!room || room->mirror.state() != RoomMirror::State::Joined)
        return;
    requestNick(*room, nick);
}

void RoomOccupancy::requestNick(Room &room, const QString &nick)
{
    room.pendingNick = nick;
    QXmppPresence presence;
    presence.setTo(room.mirror.room() + QLatin1Char('/') + nick);
    client()->sendPacket(presence);
}

void RoomOccupancy::followNick(Room &room, const RoomMirror::Event &event)
{
    using Type = RoomMirror::Event::Type;
    const QString own = room.mirror.ownNick();
    if (event.type == Type::NickChanged && event.newNick == own) {
        // Ours. The nick we asked for is the one to keep from now on, through rejoins too.
        if (own == room.pendingNick) {
            room.wantedNick = own;
            room.nickAttempt = 0;
        }
        room.pendingNick.clear();
        return;
    }
    if (event.type == Type::NickRefused) {
        room.pendingNick.clear();
        return;
    }
    // In under a variant (`nick_`, §15): take the account's nick back as soon as nobody has it
    // (on a service that refuses two sessions one nick, the previous anchor leaving frees it).
    const bool freed = (event.type == Type::OccupantLeft || event.type == Type::NickChanged)
        && event.nick == room.wantedNick;
    const bool joinedWhileFree
        = event.type == Type::Joined && !room.mirror.occupants().contains(room.wantedNick);
    if ((freed || joinedWhileFree) && own != room.wantedNick && room.pendingNick.isEmpty() && room.wanted
        && room.mirror.state() == RoomMirror::State::Joined) {
        qCInfo(lcSession) << "taking our nick" << room.wantedNick << "back in" << room.mirror.room();
        requestNick(room, room.wantedNick);
    }
}

QString RoomOccupancy::sendMessage(
    const QString &roomJid, const QString &body, const QString &originId, const QString &replaceId)
{
    if (!isJoined(roomJid))
        return {};
    QXmppMessage message;
    message.setType(QXmppMessage::GroupChat);
    message.setTo(Jid::bare(roomJid));
    message.setId(originId);
    message.setOriginId(originId);
    message.setBody(body);
    if (!replaceId.isEmpty())
        message.setReplaceId(replaceId); // XEP-0308
    return client()->sendPacket(message) ? originId : QString();
}

bool RoomOccupancy::sendPrivateMessage(
    const QString &roomJid, const QString &nick, const QString &body, const QString &originId)
{
    if (!isJoined(roomJid))
        return false;
    QXmppMessage message;
    message.setType(QXmppMessage::Chat);
    message.setTo(Jid::bare(roomJid) + QLatin1Char('/') + nick);
    message.setId(originId);
    message.setOriginId(originId);
    message.setBody(body);
    QDomDocument doc;
    // The muc#user marker tells the occupant's client this is a room PM, not a direct chat.
    message.setExtensions({ QXmppElement(doc.createElementNS(nsMucUser, QStringLiteral("x"))) });
    return client()->sendPacket(message);
}

bool RoomOccupancy::setSubject(const QString &roomJid, const QString &subject)
{
    if (!isJoined(roomJid))
        return false;
    QXmppMessage message;
    message.setType(QXmppMessage::GroupChat);
    message.setTo(Jid::bare(roomJid));
    message.setSubject(subject);
    // A refusal is an error that carries our id and nothing else (XEP-0045 §8.1).
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_rooms.value(Jid::bare(roomJid))->pendingSubjects << message.id();
    return client()->sendPacket(message);
}

bool RoomOccupancy::handleStanza(const QDomElement &stanza)
{
    const QString tag = stanza.tagName();
    if (tag == QLatin1String("iq")) {
        const QString id = stanza.attribute(QStringLiteral("id"));
        const QString type = stanza.attribute(QStringLiteral("type"));
        if ((type != QLatin1String("result") && type != QLatin1String("error"))
            || !m_pendingPings.contains(id))
            return false;
        const auto room = m_rooms.value(m_pendingPings.take(id));
        if (!room || room->mirror.state() != RoomMirror::State::Joined)
            return true;
        // XEP-0410 §3: only these errors mean we are no longer an occupant.
        const QDomElement error = stanza.firstChildElement(QStringLiteral("error"));
        const bool gone = !error.firstChildElement(QStringLiteral("not-acceptable")).isNull()
            || !error.firstChildElement(QStringLiteral("item-not-found")).isNull();
        if (type == QLatin1String("error") && gone) {
            qCWarning(lcSession) << "self-ping: no longer in" << room->mirror.room();
            handleEvents(*room,
                { { RoomMirror::Event::Type::Left, room->mirror.ownNick(), {},
                    RoomMirror::LeaveReason::Removed, QStringLiteral("self-ping") } });
        }
        return true;
    }
    const QString bare = Jid::bare(stanza.attribute(QStringLiteral("from")));
    const auto room = m_rooms.value(bare);
    if (!room)
        return false;
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    if (tag == QLatin1String("presence")) {
        MucPresence presence;
        if (!MucPresence::parse(stanza, &presence))
            return false;
        if (!room->wanted && room->mirror.state() == RoomMirror::State::Left) {
            // Left for good in this session (kicked, banned, left), and the room still talks to
            // us: a join we sent crossed the kick. Leave again, quietly, so that no device shows
            // the account back in a room it was kicked from (found by tests/sim).
            if (presence.isSelf() && presence.type == MucPresence::Type::Available) {
                QXmppPresence bye(QXmppPresence::Unavailable);
                bye.setTo(bare + QLatin1Char('/') + presence.nick);
                client()->sendPacket(bye);
            }
            return true;
        }
        Q_EMIT roomStanza(bare, stanza, receivedAt);
        handleEvents(*room, room->mirror.apply(presence), receivedAt);
        return true;
    }
    if (tag == QLatin1String("message")) {
        if (stanza.attribute(QStringLiteral("type")) == QLatin1String("error")
            && room->pendingSubjects.removeOne(stanza.attribute(QStringLiteral("id")))) {
            handleEvents(*room,
                { { RoomMirror::Event::Type::SubjectRefused, {}, {}, RoomMirror::LeaveReason::None,
                    MucPresence::stanzaError(stanza) } });
            return true;
        }
        QXmppMessage message = MessageBody::parse(stanza);
        const bool fromRoom = message.type() == QXmppMessage::GroupChat
            || (message.type() == QXmppMessage::Chat
                && !stanza.firstChildElement(QStringLiteral("x")).isNull()
                && stanza.firstChildElement(QStringLiteral("x")).namespaceURI() == nsMucUser);
        if (!fromRoom)
            return false; // invitations, direct messages from the service: not ours
        Q_EMIT roomStanza(bare, stanza, receivedAt);
        if (message.type() == QXmppMessage::GroupChat
            && !stanza.firstChildElement(QStringLiteral("subject")).isNull() && message.body().isEmpty()) {
            room->pendingSubjects.removeOne(message.id()); // granted: the room's broadcast of it
            const QString by = message.from().section(QLatin1Char('/'), 1);
            handleEvents(*room, room->mirror.applySubject(message.subject(), by), receivedAt);
            return true;
        }
        // A live message carries no time of its own but what the sender claims (the room's stamp
        // on history): stored under the time its relays carry, so the siblings clamp it alike.
        message.setStamp(ClaimedTime::clamp(message.stamp(), receivedAt));
        if (!message.body().isEmpty())
            Q_EMIT groupMessage(bare, message);
        return true;
    }
    return false;
}

void RoomOccupancy::handleEvents(Room &room, QVector<RoomMirror::Event> events, const QDateTime &at)
{
    for (RoomMirror::Event &event : events) {
        event.at = at;
        using Type = RoomMirror::Event::Type;
        if (event.type == Type::RoomCreated) {
            // XEP-0045 §10.1.2: accept the default configuration ("instant room") to unlock it.
            QXmppMucOwnerIq iq;
            iq.setType(QXmppIq::Set);
            iq.setTo(room.mirror.room());
            QXmppDataForm form;
            form.setType(QXmppDataForm::Submit);
            iq.setForm(form);
            client()->sendPacket(iq);
        } else if (event.type == Type::Joined) {
            room.rejoinPolicy.reset();
            room.nickAttempt = 0;
            if (!m_selfPing.isActive())
                m_selfPing.start();
        } else if (event.type == Type::JoinFailed && event.detail == QLatin1String("conflict")
            && room.nickAttempt < maxNickAttempts) {
            ++room.nickAttempt; // someone else has our nick: try a variant at once
            Q_EMIT roomEvent(room.mirror.room(), event);
            sendJoinPresence(room);
            continue;
        }
        Q_EMIT roomEvent(room.mirror.room(), event);
        followNick(room, event);
        if ((event.type == Type::Left || event.type == Type::JoinFailed) && room.wanted
            && RoomMirror::mayRejoin(event.reason, event.detail))
            scheduleRejoin(room);
        else if ((event.type == Type::Left || event.type == Type::JoinFailed) && room.wanted)
            room.wanted = false; // kicked, banned, destroyed, refused: the user decides what next
    }
}

void RoomOccupancy::scheduleRejoin(Room &room)
{
    if (room.rejoinTimer.isActive() || !client() || !client()->isConnected())
        return;
    const auto delay = room.rejoinPolicy.nextDelay(QRandomGenerator::global()->generateDouble());
    qCInfo(lcSession) << "rejoining" << room.mirror.room() << "in" << delay.count() << "ms";
    room.rejoinTimer.start(int(delay.count()));
}

void RoomOccupancy::selfPingAll()
{
    if (!client() || !client()->isConnected())
        return;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.value()->mirror.state() != RoomMirror::State::Joined)
            continue;
        QXmppPingIq ping;
        ping.setTo(it.key() + QLatin1Char('/') + it.value()->mirror.ownNick());
        m_pendingPings.insert(ping.id(), it.key());
        client()->sendPacket(ping);
    }
}

void RoomOccupancy::onConnected()
{
    m_pendingPings.clear();
    for (auto &room : m_rooms) {
        if (room->wanted && room->mirror.state() != RoomMirror::State::Joined)
            sendJoinPresence(*room);
    }
}

void RoomOccupancy::onDisconnected()
{
    m_selfPing.stop();
    for (auto &room : m_rooms) {
        room->rejoinTimer.stop();
        handleEvents(*room, room->mirror.connectionLost());
    }
}

} // namespace Tandem
