#include "coordinator/Coordinator.h"

#include "Logging.h"
#include "coordinator/AnchorLiveness.h"
#include "coordinator/DeviceElement.h"
#include "coordinator/HandoverCodec.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RelayReceiver.h"
#include "coordinator/RequestCodec.h"
#include "coordinator/SnapshotCodec.h"
#include "profile/Jid.h"
#include "rooms/CatchUpServer.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomOccupancy.h"
#include "rooms/RoomService.h"

#include <QDateTime>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppPresence.h>

namespace Tandem {

namespace {
// A request the anchor never answers (it crashed) must not hang the sibling's caller forever.
constexpr int requestTimeoutMs = 15000;
// A catch-up page may wait for the anchor's own gap fill from the room's archive (30 s at most).
constexpr int catchUpTimeoutMs = 60000;

} // namespace

Coordinator::Coordinator(const DeviceInfo &self, RoomService *rooms, ElectionConfig config)
    : m_election(self, config)
    , m_rooms(rooms)
    , m_bareJid(Jid::bare(self.fullJid))
    , m_receiver(rooms->catchUp()->gaps())
    , m_liveness(new AnchorLiveness(this))
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
    connect(m_liveness, &AnchorLiveness::anchorGone, this,
        [this](const QString &anchor) { execute(m_election.siblingUnavailable(anchor, now())); });
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

Coordinator::~Coordinator() = default;

void Coordinator::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_liveness->setClient(client);
    connect(client, &QXmppClient::connected, this, [this] { execute(m_election.connected(now())); });
    connect(client, &QXmppClient::disconnected, this, [this] {
        m_receiver.disconnected(); // relays sent meanwhile are lost: a new stream when following again
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

void Coordinator::persistIn(const QString &file)
{
    m_stateFile = file;
    m_rooms->catchUp()->persistIn(file);
    m_saved = CoordinatorState::load(file, m_bareJid);
    m_election.restoreHighestTerm(m_saved.highestTerm);
    DeviceInfo self = m_election.advertised();
    if (m_saved.preference > self.preference) {
        self.preference = m_saved.preference;
        execute(m_election.selfChanged(self, now()));
    }
}

void Coordinator::saveState()
{
    if (m_stateFile.isEmpty())
        return;
    const CoordinatorState state { m_election.highestTermSeen(), m_election.advertised().preference };
    if (state != m_saved && CoordinatorState::save(m_stateFile, m_bareJid, state))
        m_saved = state;
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
        return m_liveness->handleIq(stanza);
    if (stanza.tagName() == QLatin1String("presence")) {
        if (!fromOwnSession(stanza))
            return false;
        const QString from = stanza.attribute(QStringLiteral("from"));
        if (stanza.attribute(QStringLiteral("type")) == QLatin1String("unavailable"))
            execute(m_election.siblingUnavailable(from, now()));
        else if (const auto device = DeviceElement::fromPresence(stanza)) {
            // A sibling that followed someone else meanwhile reset its mirrors: snapshot again.
            m_sequence.siblingReported(from, device->anchor, device->term);
            execute(m_election.siblingAvailable(*device, now()));
        }
        return false; // the roster and presence handling still want to see it
    }
    if (!RelayCodec::isCoordinatorStanza(stanza))
        return false;
    // From here on the stanza is ours: consumed whether valid or not, so a forged one never
    // reaches the chat pipeline.
    QString why;
    if (auto relay = RelayCodec::decodeRelay(stanza, m_bareJid, &why)) {
        handleRelay(*relay);
    } else if (auto snapshot = SnapshotCodec::decode(stanza, m_bareJid, &why)) {
        handleSnapshot(*snapshot);
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
        if (std::get_if<Election::BecomeAnchor>(&action)) {
            holdRooms();
            m_relaying = true;
            m_sequence.restart();
        } else if (std::get_if<Election::BecomeSolo>(&action)) {
            holdRooms();
            m_relaying = false;
        } else if (std::get_if<Election::StartTakeover>(&action)) {
            holdRooms();
            m_takeoverJoining = true;
            // Even with no room to join, the answer must come after this batch of actions.
            QTimer::singleShot(0, this, &Coordinator::checkTakeoverJoins);
        } else if (const auto *h = std::get_if<Election::SendHandover>(&action)) {
            client()->sendPacket(
                RawStanza(HandoverCodec::encode({ h->term, client()->configuration().jid(), h->to })));
        } else if (std::get_if<Election::LeaveRooms>(&action)) {
            m_relaying = false;
            m_rooms->standDown();
        } else if (std::get_if<Election::FollowAnchor>(&action)) {
            m_relaying = false; // what we follow is settled after the batch: followElection()
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
    m_sequence.retain(present);
    if (!m_election.holdsRooms())
        followElection();
    sendSnapshots();
    Q_EMIT roleChanged();
    scheduleTick();
    m_liveness->watch(m_election.holdsRooms() ? QString() : m_election.anchor());
    saveState();
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
    relay.seq = m_sequence.next(sibling);
    if (!history)
        m_sequence.relayed(sibling, room, delay);
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
    QStringList siblings;
    for (const DeviceInfo &sibling : m_election.siblings())
        siblings << sibling.fullJid;
    for (const QString &sibling : m_sequence.needsSnapshot(siblings)) {
        m_sequence.snapshotSent(sibling);
        // Rooms left for good this session too: a kick is in no bookmark.
        for (const QString &room : m_rooms->occupancy()->allRooms()) {
            for (SnapshotPart part : SnapshotCodec::parts(*m_rooms->mirror(room))) {
                part.term = int(m_election.claimTerm());
                part.seq = m_sequence.next(sibling);
                part.from = self;
                part.to = sibling;
                m_sequence.relayed(sibling, room, now);
                client()->sendPacket(RawStanza(SnapshotCodec::encode(part)));
            }
        }
    }
}

void Coordinator::handleRelay(const Relay &relay)
{
    const RelayReceiver::Received received
        = m_receiver.receive(relay.from, quint64(relay.term), relay.seq, relay.room);
    if (received.verdict == RelayReceiver::Verdict::Drop) {
        qCWarning(lcCoordinator) << "dropped relay from" << relay.from << "term" << relay.term
                                 << "; following" << m_receiver.anchor() << "term" << m_receiver.fence();
        return;
    }
    if (received.seqGap)
        qCWarning(lcCoordinator) << "relays from" << relay.from << "were lost (seq" << relay.seq
                                 << "): catching up every room";
    // Before the relay is stored: each gap's cursor must be where our copy ends without it.
    m_rooms->catchUp()->execute(received.actions, relay.delay);
    if (m_rooms->applyRelayed(relay))
        m_rooms->catchUp()->execute(m_receiver.roomJoined(relay.room), relay.delay);
}

void Coordinator::handleSnapshot(const SnapshotPart &part)
{
    const RelayReceiver::Received received
        = m_receiver.receive(part.from, quint64(part.term), part.seq, part.room);
    if (received.verdict == RelayReceiver::Verdict::Drop) {
        qCWarning(lcCoordinator) << "dropped snapshot from" << part.from << "term" << part.term;
        return;
    }
    m_rooms->catchUp()->execute(received.actions);
    if (part.left != RoomMirror::LeaveReason::None) {
        m_rooms->applyRelayedExit(part.room, part.left, part.leftDetail);
        return;
    }
    // Expanded here into the presences a join would have brought, for the same mirror code.
    Relay relay;
    relay.term = part.term;
    relay.seq = part.seq;
    relay.room = part.room;
    relay.from = part.from;
    relay.to = part.to;
    for (const QByteArray &stanza : SnapshotCodec::stanzas(part, client()->configuration().jid())) {
        relay.kind = stanza.startsWith("<presence") ? Relay::Kind::Presence : Relay::Kind::Message;
        relay.stanza = stanza;
        if (m_rooms->applyRelayed(relay))
            m_rooms->catchUp()->execute(m_receiver.roomJoined(part.room));
    }
}

void Coordinator::followElection()
{
    // Decided on the state after the whole batch, not on each FollowAnchor: a device still
    // joining for a takeover follows the old anchor's claim until it is ready (and must not
    // leave its rooms for that), and one that gives a takeover up gets LeaveRooms without a
    // FollowAnchor, since the claim it follows did not change (both found by tests/sim).
    const QString anchor = m_election.anchor();
    learnRooms();
    const RelayReceiver::Changed changed = m_receiver.follow(anchor, m_election.term());
    if (!anchor.isEmpty() && (changed.newStream || m_rooms->followedAnchor() != anchor)) {
        m_rooms->followAnchor(
            anchor,
            [this](const Request &r, std::function<void(const QString &)> done) {
                sendRequest(r, std::move(done));
            },
            changed.newStream);
    }
    m_rooms->catchUp()->execute(changed.actions);
}

void Coordinator::holdRooms()
{
    const bool wasFollowing = !m_rooms->isHoldingLocally();
    learnRooms();
    const QStringList toJoin = m_rooms->knownRooms();
    m_rooms->holdLocally();
    // What we missed as a sibling is fetched from the rooms' archives now that we hold them.
    if (wasFollowing)
        m_rooms->catchUp()->execute(m_receiver.holdRooms(toJoin).actions);
}

void Coordinator::learnRooms()
{
    QStringList rooms = m_receiver.knownRooms() + m_rooms->knownRooms();
    rooms.removeDuplicates();
    m_receiver.setKnownRooms(rooms);
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

void Coordinator::serveCatchUp(const Request &r)
{
    Request request = r;
    // Serve only what we saw as an occupant: a room we left or were kicked from has a hole in
    // our store that a successor's session may not have; the sibling asks the room's archive.
    const bool held = m_rooms->occupancy()->rooms().contains(request.room);
    // The page ends where the sibling had messages live: at the first live relay of the room we
    // sent it in this stream, and at the latest now (what we store from now on, we relay).
    QDateTime until = QDateTime::currentDateTimeUtc();
    for (const QDateTime &t : { request.until, m_sequence.firstRelayed(request.from, request.room) }) {
        if (t.isValid() && t < until)
            until = t;
    }
    request.until = until;
    m_rooms->catchUpServer()->serve(request, [this, request, held](const CatchUpServer::Page &page) {
        if (!client() || !client()->isConnected())
            return;
        if (!page.error.isEmpty() || !held) {
            RequestError e;
            e.id = request.id;
            e.condition = held ? page.error : QStringLiteral("item-not-found");
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
