#include "coordinator/Coordinator.h"

#include "Logging.h"
#include "coordinator/DeviceElement.h"
#include "coordinator/HandoverCodec.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "coordinator/RoomSnapshot.h"
#include "profile/Jid.h"
#include "rooms/CatchUpServer.h"
#include "rooms/RoomOccupancy.h"
#include "rooms/RoomService.h"

#include <QDateTime>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppPingIq.h>
#include <QXmppPresence.h>

namespace Tandem {

namespace {
// A request the anchor never answers (it crashed) must not hang the sibling's caller forever.
constexpr int requestTimeoutMs = 15000;
// A catch-up page may wait for the anchor's own gap fill from the room's archive (30 s at most).
constexpr int catchUpTimeoutMs = 60000;

int envMs(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

Coordinator::Coordinator(const DeviceInfo &self, RoomService *rooms, ElectionConfig config)
    : m_election(self, config)
    , m_rooms(rooms)
    , m_bareJid(Jid::bare(self.fullJid))
{
    m_clock.start();
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this] { execute(m_election.tick(now())); });
    connect(rooms->occupancy(), &RoomOccupancy::roomStanza, this, &Coordinator::relayRoomStanza);
    rooms->setCatchUpSender(
        [this](const Request &request, std::function<void(const QString &, const Ack &)> done) {
            sendRequest(
                request,
                [done](const Response &response) {
                    if (const auto *error = std::get_if<RequestError>(&response))
                        done(error->condition, {});
                    else
                        done({}, std::get<Ack>(response));
                },
                catchUpTimeoutMs);
        });
    connect(rooms, &RoomService::roomEvent, this, [this] {
        if (m_takeoverJoining)
            QTimer::singleShot(0, this, &Coordinator::checkTakeoverJoins);
    });
    m_anchorPing.setInterval(envMs("TANDEM_ANCHOR_PING_MS", 15000));
    m_pingTimeout.setSingleShot(true);
    m_pingTimeout.setInterval(envMs("TANDEM_ANCHOR_PING_TIMEOUT_MS", 10000));
    connect(&m_anchorPing, &QTimer::timeout, this, &Coordinator::pingAnchor);
    connect(&m_pingTimeout, &QTimer::timeout, this, [this] {
        qCWarning(lcCoordinator) << "anchor" << m_pingedAnchor << "does not answer: treating it as gone";
        m_pingId.clear();
        execute(m_election.siblingUnavailable(m_pingedAnchor, now()));
    });
}

void Coordinator::checkTakeoverJoins()
{
    if (!m_takeoverJoining || !m_election.joining())
        return;
    for (const QString &room : m_rooms->rooms()) {
        if (m_rooms->mirror(room)->state() == RoomMirror::State::Joining)
            return;
    }
    m_takeoverJoining = false;
    execute(m_election.joinedAllRooms(now()));
}

void Coordinator::pingAnchor()
{
    const QString anchor = m_election.anchor();
    if (!client() || !client()->isConnected() || anchor.isEmpty() || m_election.holdsRooms()
        || !m_pingId.isEmpty())
        return;
    QXmppPingIq ping;
    ping.setTo(anchor);
    m_pingId = ping.id();
    m_pingedAnchor = anchor;
    client()->sendPacket(ping);
    m_pingTimeout.start();
}

bool Coordinator::handlePingAnswer(const QDomElement &iq)
{
    if (m_pingId.isEmpty() || iq.attribute(QStringLiteral("id")) != m_pingId)
        return false;
    m_pingId.clear();
    m_pingTimeout.stop();
    // An error that comes from the server (the session is gone) also means unavailable; a
    // client that merely lacks ping support still answered, so it is alive.
    const QDomElement error = iq.firstChildElement(QStringLiteral("error"));
    if (iq.attribute(QStringLiteral("type")) == QLatin1String("error")
        && (!error.firstChildElement(QStringLiteral("recipient-unavailable")).isNull()
            || !error.firstChildElement(QStringLiteral("item-not-found")).isNull()))
        execute(m_election.siblingUnavailable(m_pingedAnchor, now()));
    return true;
}

Coordinator::~Coordinator() = default;

void Coordinator::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::connected, this, [this] { execute(m_election.connected(now())); });
    connect(client, &QXmppClient::disconnected, this, [this] {
        m_reconnected = true; // relays sent meanwhile are lost: catch up when following again
        execute(m_election.disconnected(now()));
    });
}

QStringList Coordinator::discoveryFeatures() const
{
    return { RelayCodec::namespaceUri() };
}

AnchorElection::Time Coordinator::now() const
{
    return AnchorElection::Time(m_clock.elapsed());
}

void Coordinator::preferAsAnchor()
{
    execute(m_election.preferAsAnchor(now()));
}

bool Coordinator::fromOwnSession(const QDomElement &stanza) const
{
    const QString from = stanza.attribute(QStringLiteral("from"));
    return Jid::bare(from) == m_bareJid && !Jid::resource(from).isEmpty()
        && from != m_election.advertised().fullJid;
}

bool Coordinator::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() == QLatin1String("iq"))
        return handlePingAnswer(stanza);
    if (stanza.tagName() == QLatin1String("presence")) {
        if (!fromOwnSession(stanza))
            return false;
        const QString from = stanza.attribute(QStringLiteral("from"));
        if (stanza.attribute(QStringLiteral("type")) == QLatin1String("unavailable"))
            execute(m_election.siblingUnavailable(from, now()));
        else if (const auto device = DeviceElement::fromPresence(stanza))
            execute(m_election.siblingAvailable(*device, now()));
        return false; // the roster and presence handling still want to see it
    }
    if (!RelayCodec::isCoordinatorStanza(stanza))
        return false;
    // From here on the stanza is ours: consumed whether valid or not, so a forged one never
    // reaches the chat pipeline.
    QString why;
    if (auto relay = RelayCodec::decodeRelay(stanza, m_bareJid, &why)) {
        handleRelay(*relay);
    } else if (auto request = RequestCodec::decodeRequest(stanza, m_bareJid, &why)) {
        handleRequest(*request);
    } else if (auto handover = HandoverCodec::decode(stanza, m_bareJid, &why)) {
        execute(m_election.handoverReceived(handover->from, handover->term, now()));
    } else if (auto response = RequestCodec::decodeResponse(stanza, m_bareJid, &why)) {
        const QString id = std::visit([](const auto &r) { return r.id; }, *response);
        if (auto done = m_pending.take(id))
            done(*response);
    } else {
        qCWarning(lcCoordinator) << "dropped coordinator stanza from"
                                 << stanza.attribute(QStringLiteral("from")) << ":" << why;
    }
    return true;
}

void Coordinator::execute(const Election::Actions &actions)
{
    for (const Election::Action &action : actions) {
        qCInfo(lcCoordinator) << m_bareJid << Election::toString(action);
        if (const auto *a = std::get_if<Election::BecomeAnchor>(&action)) {
            m_rooms->holdLocally();
            m_relaying = true;
            m_sentSeq.clear();
            m_snapshotted.clear();
            Q_UNUSED(a);
        } else if (std::get_if<Election::BecomeSolo>(&action)) {
            m_rooms->holdLocally();
            m_relaying = false;
        } else if (std::get_if<Election::StartTakeover>(&action)) {
            m_rooms->holdLocally();
            m_takeoverJoining = true;
            // Even with no room to join, the answer must come after this batch of actions.
            QTimer::singleShot(0, this, &Coordinator::checkTakeoverJoins);
        } else if (const auto *h = std::get_if<Election::SendHandover>(&action)) {
            client()->sendPacket(
                RawStanza(HandoverCodec::encode({ h->term, client()->configuration().jid(), h->to })));
        } else if (std::get_if<Election::LeaveRooms>(&action)) {
            m_relaying = false;
            m_rooms->standDown();
        } else if (const auto *f = std::get_if<Election::FollowAnchor>(&action)) {
            m_relaying = false;
            m_receivedSeq.clear(); // sequence numbers start again with each anchor and term
            if (!f->fullJid.isEmpty()) {
                m_rooms->followAnchor(
                    f->fullJid,
                    [this](const Request &r, std::function<void(const QString &)> done) {
                        sendRequest(r, std::move(done));
                    },
                    std::exchange(m_reconnected, false));
            }
        } else if (const auto *p = std::get_if<Election::PublishPresence>(&action)) {
            QXmppPresence presence = client()->clientPresence();
            QXmppElementList extensions;
            for (const QXmppElement &e : presence.extensions()) {
                if (e.tagName() != QLatin1String("device"))
                    extensions << e;
            }
            extensions << DeviceElement::toElement(p->device);
            presence.setExtensions(extensions);
            client()->setClientPresence(presence);
        }
    }
    // Forget siblings that left, so one that comes back gets a fresh snapshot.
    QSet<QString> present;
    for (const DeviceInfo &d : m_election.siblings())
        present.insert(d.fullJid);
    m_snapshotted.intersect(present);
    sendSnapshots();
    Q_EMIT roleChanged();
    scheduleTick();
    const bool following = !m_election.holdsRooms() && !m_election.anchor().isEmpty();
    if (following && !m_anchorPing.isActive())
        m_anchorPing.start();
    else if (!following)
        m_anchorPing.stop();
}

void Coordinator::scheduleTick()
{
    if (const auto deadline = m_election.nextDeadline())
        m_tick.start(int(std::max<qint64>(0, (*deadline - now()).count())));
    else
        m_tick.stop();
}

void Coordinator::relayRoomStanza(const QString &room, const QDomElement &stanza, const QDateTime &receivedAt)
{
    if (!m_relaying)
        return;
    sendSnapshots();
    const QByteArray inner = RelayCodec::stanzaXml(stanza);
    const bool isPresence = stanza.tagName() == QLatin1String("presence");
    for (const DeviceInfo &sibling : m_election.siblings())
        relayTo(sibling.fullJid, room, inner, isPresence, receivedAt);
}

void Coordinator::relayTo(const QString &sibling, const QString &room, const QByteArray &stanza,
    bool isPresence, const QDateTime &delay, bool history)
{
    Relay relay;
    relay.term = int(m_election.claimTerm());
    relay.seq = ++m_sentSeq[sibling];
    relay.room = room;
    relay.from = client()->configuration().jid();
    relay.to = sibling;
    relay.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    relay.delay = delay;
    relay.kind = isPresence ? Relay::Kind::Presence : Relay::Kind::Message;
    relay.stanza = stanza;
    relay.history = history;
    QString why;
    const QByteArray xml = RelayCodec::encodeRelay(relay, &why);
    if (xml.isEmpty()) {
        qCWarning(lcCoordinator) << "cannot relay a stanza from" << room << ":" << why;
        return;
    }
    client()->sendPacket(RawStanza(xml));
}

void Coordinator::sendSnapshots()
{
    if (!m_relaying)
        return;
    const QString self = client()->configuration().jid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeviceInfo &sibling : m_election.siblings()) {
        if (m_snapshotted.contains(sibling.fullJid))
            continue;
        m_snapshotted.insert(sibling.fullJid);
        for (const QString &room : m_rooms->rooms()) {
            const QVector<QByteArray> stanzas = RoomSnapshot::stanzas(*m_rooms->mirror(room), self);
            for (int i = 0; i < stanzas.size(); ++i)
                relayTo(sibling.fullJid, room, stanzas[i], stanzas[i].startsWith("<presence"), now);
        }
    }
}

void Coordinator::handleRelay(const Relay &relay)
{
    // Fencing: only the anchor we follow, under a term not below the one we know.
    if (relay.from != m_election.anchor() || quint64(relay.term) < m_election.term()) {
        qCWarning(lcCoordinator) << "dropped relay from" << relay.from << "term" << relay.term
                                 << "; following" << m_election.anchor() << "term" << m_election.term();
        return;
    }
    quint64 &last = m_receivedSeq[relay.from];
    if (relay.seq > last + 1 && last != 0) {
        qCWarning(lcCoordinator) << "relay gap from" << relay.from << ": expected" << last + 1 << "got"
                                 << relay.seq << "; catching up";
        m_rooms->resync(relay.delay);
    }
    last = std::max(last, relay.seq);
    m_rooms->applyRelayed(relay);
}

void Coordinator::handleRequest(const Request &request)
{
    auto answer = [this, request](const QString &error) {
        if (error.isEmpty()) {
            client()->sendPacket(
                RawStanza(RequestCodec::encodeAck({ request.id, request.anchor, request.from })));
        } else {
            RequestError e;
            e.id = request.id;
            e.condition = error;
            e.from = request.anchor;
            e.to = request.from;
            client()->sendPacket(RawStanza(RequestCodec::encodeError(e)));
        }
    };
    if (!m_election.holdsRooms() || quint64(request.term) < m_election.term()) {
        answer(QStringLiteral("not-anchor"));
        return;
    }
    if (request.action == Request::Action::CatchUp) {
        serveCatchUp(request);
        return;
    }
    m_rooms->executeRequest(request, answer);
}

void Coordinator::serveCatchUp(const Request &request)
{
    m_rooms->catchUpServer()->serve(request, [this, request](const CatchUpServer::Page &page) {
        if (!client() || !client()->isConnected())
            return;
        if (!page.error.isEmpty()) {
            RequestError e;
            e.id = request.id;
            e.condition = page.error;
            e.from = request.anchor;
            e.to = request.from;
            client()->sendPacket(RawStanza(RequestCodec::encodeError(e)));
            return;
        }
        // The messages first: XMPP keeps the order between two sessions, so the sibling has
        // them all when the ack tells it where the next page starts.
        for (const QByteArray &stanza : page.stanzas)
            relayTo(request.from, request.room, stanza, false, QDateTime::currentDateTimeUtc(), true);
        Ack ack { request.id, request.anchor, request.from };
        ack.count = page.stanzas.size();
        ack.next = page.next;
        client()->sendPacket(RawStanza(RequestCodec::encodeAck(ack)));
    });
}

void Coordinator::sendRequest(const Request &r, std::function<void(const QString &error)> done)
{
    sendRequest(
        r,
        [done](const Response &response) {
            const auto *error = std::get_if<RequestError>(&response);
            done(error ? error->condition : QString());
        },
        requestTimeoutMs);
}

void Coordinator::sendRequest(const Request &r, std::function<void(const Response &)> done, int timeoutMs)
{
    const QString anchor = m_election.anchor();
    if (anchor.isEmpty() || anchor == client()->configuration().jid()) {
        done(RequestError { {}, QStringLiteral("no-anchor"), {}, {}, {} });
        return;
    }
    Request request = r;
    request.term = int(m_election.term());
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.from = client()->configuration().jid();
    request.anchor = anchor;
    m_pending.insert(request.id, std::move(done));
    client()->sendPacket(RawStanza(RequestCodec::encodeRequest(request)));
    QTimer::singleShot(timeoutMs, this, [this, id = request.id] {
        if (auto done = m_pending.take(id))
            done(RequestError { id, QStringLiteral("remote-server-timeout"), {}, {}, {} });
    });
}

} // namespace Tandem
