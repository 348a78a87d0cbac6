// Tandem coordinator (urn:tandem:coord:0, see PROTOCOL.md): account-level rooms across the
// account's Tandem sessions.
#pragma once

#include "coordinator/AnchorElection.h"
#include "coordinator/CoordinatorState.h"
#include "coordinator/NotifyingDevice.h"
#include "coordinator/RelayReceiver.h"
#include "coordinator/RelaySequence.h"
#include "coordinator/RequestCodec.h"
#include "coordinator/RequestTracker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QXmppClientExtension.h>
#include <functional>

namespace Tandem {

class ActivityMonitor;
class AnchorLiveness;
class RoomService;
struct Relay;
struct SnapshotPart;

/// The thin QXmpp adapter around AnchorElection: advertises this device in its presence, feeds
/// the election with the siblings' presences, and carries out its actions — hold the rooms
/// (RoomService), relay every room stanza to each sibling, or follow an anchor and send it
/// requests. Coordinator stanzas are accepted only from our own account's other sessions, and
/// relays only from the anchor we follow, under a term not below our fence.
class Coordinator : public QXmppClientExtension
{
    Q_OBJECT
public:
    Coordinator(const DeviceInfo &self, RoomService *rooms, ElectionConfig config = {});
    ~Coordinator() override;

    DeviceRole role() const { return m_election.role(); }
    QString anchor() const { return m_election.anchor(); }
    quint64 term() const { return m_election.term(); }
    QList<DeviceInfo> siblings() const { return m_election.siblings(); }
    /// This device as it advertises itself now (role, term, anchor, ranking data).
    DeviceInfo self() const { return m_election.advertised(); }
    /// `ctl anchor`: make this device the anchor.
    void preferAsAnchor();
    /// "This device is always on": ranks it first from now on (the profile keeps the setting).
    void setAlwaysOn(bool on);
    /// Keeps the term and anchor preference in `file` (see CoordinatorState), starting from what
    /// it holds. Call before connecting.
    void persistIn(const QString &file);

    /// Reports this device's activity (PROTOCOL.md §16) to every sibling, in presence directed to
    /// each, and decides with what they report. Call before connecting.
    void setActivity(ActivityMonitor *monitor);
    /// Whether this device shows a new message's notification now (§16.4); true without a monitor.
    bool notifiesHere();
    /// What each sibling last reported of its user (full JID, activity).
    QList<NotifyingDevice::Report> siblingActivity() const;

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    void roleChanged();
    /// self() or siblings() changed: a device came, went, or advertises something new.
    void devicesChanged();

protected:
    void setClient(QXmppClient *client) override;

private:
    AnchorElection::Time now() const;
    void execute(const Election::Actions &actions);
    void scheduleTick();
    void saveState();
    void relayRoomStanza(const QString &room, const QDomElement &stanza, const QDateTime &receivedAt);
    /// `history`: a stored message answering a catch-up request, not live traffic. `byUser`: a
    /// presence of a join or leave a user asked for (Relay::byUser).
    void relayTo(const QString &sibling, const QString &room, const QByteArray &stanza, bool isPresence,
        const QDateTime &delay, bool history = false, bool byUser = false);
    /// Brings siblings that did not see the joins up to date (a new sibling, or all of them
    /// when we just became anchor).
    void sendSnapshots();
    /// Every sibling gets `room`'s snapshot: its join just completed.
    void sendRoomSnapshot(const QString &room);
    void sendSnapshot(const QString &sibling, const QString &room);
    /// During a takeover: reports joinedAllRooms() once every room has answered our join.
    void checkTakeoverJoins();
    void handleRelay(const Relay &relay);
    void handleSnapshot(const SnapshotPart &part);
    /// Solo, anchor or takeover: hold the rooms, and catch up what we missed as a sibling.
    void holdRooms();
    /// Not holding the rooms: follow the anchor the election settled on (RelayReceiver, RoomService).
    void followElection();
    /// Tells the receiver every room the account is known to be in.
    void learnRooms();
    void handleRequest(const Request &request);
    void serveCatchUp(const Request &request);
    void sendRequest(const Request &request, std::function<void(const QString &error)> done);
    void sendRequest(const Request &request, std::function<void(const Response &)> done, int timeoutMs);
    void handleResponse(const Response &response);
    bool fromOwnSession(const QDomElement &stanza) const;
    /// A sibling's presence: its activity report, and ours for a sibling that just appeared.
    void handleSiblingActivity(const QDomElement &presence, bool available);
    void sendActivity(const QString &sibling);
    void updateNotifying();

    AnchorElection m_election;
    RoomService *m_rooms;
    QString m_bareJid;
    QElapsedTimer m_clock;
    QTimer m_tick;
    bool m_relaying = false;
    RelaySequence m_sequence; ///< our relay streams, while anchor
    bool m_takeoverJoining = false;
    RelayReceiver m_receiver; ///< the anchor's relay stream, while sibling
    RequestTracker m_requests; ///< our requests awaiting the anchor's answer
    AnchorLiveness *m_liveness;
    QString m_stateFile;
    CoordinatorState m_saved;
    QList<DeviceInfo> m_announcedDevices; ///< self() then siblings(), as devicesChanged() last told
    ActivityMonitor *m_activity = nullptr;
    std::optional<NotifyingDevice> m_notifying; ///< with a monitor
    QHash<QString, DeviceActivity> m_siblingActivity;
    QSet<QString> m_toldActivity; ///< siblings that have our latest report
};

} // namespace Tandem
