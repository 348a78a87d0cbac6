// Coordinator: the election's glue — the device's presence, the siblings' presences, the actions
// carried out, and the stanzas dispatched. Relays and snapshots are in CoordinatorRelays.cpp,
// requests and their answers in CoordinatorRequests.cpp.
#include "account/Coordinator.h"

#include "common/Logging.h"
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
    connect(
        rooms, &RoomService::roomEvent, this, [this](const QString &room, const RoomMirror::Event &event) {
            if (m_takeoverJoining)
                QTimer::singleShot(0, this, &Coordinator::checkTakeoverJoins);
            // Siblings accept relays only of rooms they know we hold: a join completed is announced
            // with the room's snapshot, whether or not its bookmark reached them first.
            if (event.type == RoomMirror::Event::Type::Joined && m_relaying && m_rooms->isHoldingLocally())
                sendRoomSnapshot(room);
        });
    connect(rooms, &RoomService::roomListChanged, this,
        [this] { m_receiver.setListedRooms(m_rooms->roomList()); });
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
        m_siblingActivity.clear(); // every sibling tells us again once we see it again
        m_toldActivity.clear();
        updateNotifying();
        m_receiver.disconnected(); // relays sent meanwhile are lost: a new stream when following again
        execute(m_election.disconnected(now()));
    });
}

QStringList Coordinator::discoveryFeatures() const
{
    return { CoordinatorEnvelope::namespaceUri() };
}

AnchorElection::Time Coordinator::now() const
{
    return AnchorElection::Time(m_clock.elapsed());
}

void Coordinator::preferAsAnchor()
{
    execute(m_election.preferAsAnchor(now()));
}

void Coordinator::setAlwaysOn(bool on)
{
    DeviceInfo self = m_election.advertised();
    if (self.alwaysOn == on)
        return;
    self.alwaysOn = on;
    execute(m_election.selfChanged(self, now()));
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
    return CoordinatorEnvelope::isOwnSession(from, m_bareJid) && from != m_election.advertised().fullJid;
}

bool Coordinator::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() == QLatin1String("iq"))
        return m_liveness->handleIq(stanza);
    if (stanza.tagName() == QLatin1String("presence")) {
        if (!fromOwnSession(stanza))
            return false;
        const QString from = stanza.attribute(QStringLiteral("from"));
        if (stanza.attribute(QStringLiteral("type")) == QLatin1String("unavailable")) {
            handleSiblingActivity(stanza, false);
            execute(m_election.siblingUnavailable(from, now()));
        } else if (const auto device = DeviceElement::fromPresence(stanza)) {
            handleSiblingActivity(stanza, true);
            // A sibling that followed someone else meanwhile reset its mirrors: snapshot again.
            m_sequence.siblingReported(from, device->anchor, device->term);
            execute(m_election.siblingAvailable(*device, now()));
        }
        return false; // the roster and presence handling still want to see it
    }
    if (!CoordinatorEnvelope::isCoordinatorStanza(stanza))
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
        handleResponse(*response);
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
        RoomCatchUp *catchUp = m_rooms->catchUp();
        if (std::get_if<Election::BecomeAnchor>(&action)) {
            holdRooms();
            m_relaying = true;
            m_sequence.restart();
            catchUp->execute(catchUp->held()->ready());
        } else if (std::get_if<Election::BecomeSolo>(&action)) {
            holdRooms();
            m_relaying = false;
            catchUp->execute(catchUp->held()->ready());
        } else if (std::get_if<Election::StartTakeover>(&action)) {
            holdRooms();
            catchUp->held()->takeoverStarted();
            m_takeoverJoining = true;
            // Even with no room to join, the answer must come after this batch of actions.
            QTimer::singleShot(0, this, &Coordinator::checkTakeoverJoins);
        } else if (const auto *h = std::get_if<Election::SendHandover>(&action)) {
            client()->sendPacket(
                RawStanza(HandoverCodec::encode({ h->term, client()->configuration().jid(), h->to })));
        } else if (std::get_if<Election::LeaveRooms>(&action)) {
            m_relaying = false;
            m_rooms->standDown();
            catchUp->held()->stoodDown();
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
    const QList<DeviceInfo> devices = QList<DeviceInfo> { m_election.advertised() } + m_election.siblings();
    if (devices != m_announcedDevices) {
        m_announcedDevices = devices;
        Q_EMIT devicesChanged();
    }
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

} // namespace Tandem
