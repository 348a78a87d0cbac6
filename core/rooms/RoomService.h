#pragma once

#include "rooms/AnchorCatchUp.h"
#include "rooms/RoomVerdicts.h"
#include "storage/Message.h"
#include "storage/MessageEvents.h"
#include "storage/StorageError.h"
#include "xmpp/RoomMirror.h"

#include <QHash>
#include <QObject>
#include <functional>

class QXmppClient;
class QXmppMessage;

namespace Tandem {

class CatchUpServer;
class MessageStore;
class RoomCatchUp;
class RoomOccupancy;
struct Relay;
struct Request;

/// The rooms this device holds itself for one account (as a solo device, or as the account's
/// anchor): joins and leaves through RoomOccupancy, and runs the groupchat received pipeline —
/// convert → store (de-duplicated by origin-id / stanza-id) → report (MessageEvents). An
/// outgoing message is stored as pending first and becomes delivered when the room reflects it.
///
/// On a sibling the rooms are held by the anchor: the service then mirrors them from relayed
/// stanzas (same mirror, same pipeline) and turns the user's actions into requests. Which of the
/// two it is, is its role(); every action is a Request, carried out here while holding the
/// rooms (executeRequest(), RoomServiceHolder.cpp) and sent to the anchor otherwise
/// (RoomServiceSibling.cpp), as Quassel's clients ask and its core applies.
class RoomService : public QObject
{
    Q_OBJECT
public:
    /// Sends a request to the anchor; `done` gets an empty string on ack, else the error.
    using RequestSender
        = std::function<void(const Request &request, std::function<void(const QString &error)> done)>;

    /// Who holds the account's rooms, as far as this device is concerned.
    enum class Role {
        Holding, ///< this device: solo, anchor, or taking over
        Following, ///< a sibling: an anchor holds them, we mirror its relays and send it requests
        StoodDown, ///< a sibling that knows no anchor yet: requests are refused (`no-anchor`)
    };
    Q_ENUM(Role)

    /// Messages are stored through `events`' store and reported there.
    RoomService(QXmppClient *client, MessageEvents *events, QObject *parent = nullptr);

    Role role() const { return m_role; }

    RoomOccupancy *occupancy() const { return m_occupancy; }
    QString defaultNick() const;

    void join(const QString &room, const QString &nick = {}, const QString &password = {});
    void leave(const QString &room);
    /// Rooms the account is in (joined or joining).
    QStringList rooms() const;
    /// Also the rooms it left this session, so a kick or ban stays visible with its reason.
    QStringList allRooms() const;
    const RoomMirror *mirror(const QString &room) const;

    void sendMessage(const QString &room, const QString &body, MessageEvents::Done done = {});

    /// Corrects our message `replaceId` in `room` (XEP-0308): a new message that points at it.
    void correctMessage(
        const QString &room, const QString &replaceId, const QString &body, MessageEvents::Done done = {});
    /// Changes our nick in `room`, or its subject; through the anchor on a sibling. `done`
    /// gets an empty string when done (or sent to the room), else the reason.
    void changeNick(const QString &room, const QString &nick, std::function<void(const QString &error)> done);
    void setSubject(
        const QString &room, const QString &subject, std::function<void(const QString &error)> done);
    /// A private message to occupant `nick` of `room`; stored under the conversation "room/nick".
    void sendPrivateMessage(
        const QString &room, const QString &nick, const QString &body, MessageEvents::Done done = {});

    /// Solo or anchor: this session holds the rooms.
    void holdLocally();
    /// Sibling: `anchor` holds the rooms; actions become requests through `sender`. A new relay
    /// stream (`newStream`: another anchor or term, or our reconnect) resets the rooms mirrored
    /// from relays; the anchor's snapshot rebuilds them. Gaps are RelayReceiver's business.
    void followAnchor(const QString &anchor, RequestSender sender, bool newStream = false);
    bool isHoldingLocally() const { return m_role == Role::Holding; }
    /// The anchor whose relays we mirror and whom we send requests; empty when holding the rooms
    /// or standing down.
    QString followedAnchor() const { return m_role == Role::Following ? m_anchor : QString(); }
    /// The election took the rooms from us and no anchor is known yet: leave them (the account
    /// stays in them through its next anchor; bookmarks are untouched) and queue nothing.
    void standDown();
    /// Sibling: how catch-up requests reach the anchor (set once; always the current anchor).
    void setCatchUpSender(AnchorCatchUp::PageSender sender);
    /// Fills the gaps in our copy of the rooms (from the anchor, or the rooms' archives).
    RoomCatchUp *catchUp() const { return m_catchUp; }
    /// Anchor: serves the siblings' catch-up requests from this device's store.
    CatchUpServer *catchUpServer() const { return m_catchUpServer; }
    /// What a relayed stanza says of the anchor's own place in the room.
    enum class AnchorInRoom {
        Unchanged,
        /// The account joins the room again within the stream (after a kick, a lost occupancy, a
        /// user's join): the anchor fills that window from the room's archive, which it does not
        /// relay.
        Back,
        /// The anchor's own exit (a leave, kick, ban, refused join): the account may have been in
        /// the room meanwhile through a session we did not follow.
        Out,
    };
    /// Sibling: a stanza the anchor relayed from one of its rooms.
    AnchorInRoom applyRelayed(const Relay &relay);
    /// Holding: a join or leave of `room` that a user of the account asked for awaits the room's
    /// answer. Its presences are relayed marked (Relay::byUser), so that every device shows the
    /// account's join or leave once, and none shows the anchor's rejoins (failover, takeover,
    /// reconnection, start) as one.
    bool awaitsUserJoinOrLeave(const QString &room) const;
    /// Anchor: carries out a sibling's request. `done` as for RequestSender.
    void executeRequest(const Request &request, std::function<void(const QString &error)> done);
    /// Sibling: the anchor's snapshot says the account is out of `room` for good, and why.
    void applyRelayedExit(const QString &room, RoomMirror::LeaveReason reason, const QString &detail);
    /// The account's room list (a bookmark with autojoin off) says why the account is out of
    /// `room`; None: it says nothing (BookmarkSync, on every device).
    void setListedExit(const QString &room, RoomMirror::LeaveReason reason);
    /// The account's room list: every bookmarked room, autojoin or not (BookmarkSync).
    void setRoomList(const QStringList &rooms);
    QStringList roomList() const { return m_roomList; }
    /// What to show of `room` (ctl, the window): its mirror; out of the room, with the reason
    /// the room list gives, which is the account's latest decision (found by tests/sim).
    RoomMirror shown(const QString &room) const;
    /// Every room the account is known to be in, held here or mirrored: what a new anchor joins.
    QStringList knownRooms() const;
    /// Joins on behalf of the account's room list (bookmarks), not a user action: nothing is
    /// published back. Only while holding the rooms.
    void joinFromRoomList(const QString &room, const QString &nick, const QString &password);

Q_SIGNALS:
    void roomEvent(const QString &room, const Tandem::RoomMirror::Event &event);
    /// On the device holding the rooms: the user (here or on a sibling) joined or left a room.
    /// The account's room list (its bookmarks) follows these.
    void userJoined(const QString &room, const QString &nick, const QString &password);
    void userLeft(const QString &room);
    /// This device started holding the rooms (solo, or anchor after failover or takeover).
    void holdingStarted();
    void roomListChanged();

private:
    using Origin = MessageEvents::Origin;
    using Done = MessageEvents::Done;
    /// A message of ours to a room, or to one of its occupants (`nick`), before it is stored.
    struct Outgoing
    {
        QString room;
        QString nick; ///< set for a private message
        QString body;
        QString originId;
        QString replaceId; ///< set for a correction (XEP-0308)
    };

    /// `history`: a catch-up page's message, stored as archived (reported as history).
    void onGroupMessage(const QString &room, const QXmppMessage &stanza, Origin origin, bool history = false);
    /// The nick and password to join `room` under, also after a failover.
    void remember(const QString &room, const QString &nick, const QString &password);
    /// Whether a join presence went out (none for a room joined, or joining, under that nick).
    bool joinHere(const QString &room, const QString &nick, const QString &password);
    /// Holding the rooms no more: each room we held is left here, and its mirror kept until the
    /// anchor's relays (or snapshot) take it over.
    void handOverMirrors();
    /// While we hold the rooms: our own occupancy's `event` in `room` opens or closes a gap in
    /// our store of it (HeldRoomGaps).
    void trackHeldGap(const QString &room, const RoomMirror::Event &event);
    /// Stores an outgoing room message (or PM) as pending, then sends it here or through the
    /// anchor, and reports it as `origin`.
    void storeOutgoing(const Outgoing &outgoing, Origin origin, Done done);
    /// Holding: sends a stored outgoing message to its room; whether it got written.
    bool sendHere(const Outgoing &outgoing);
    /// Carries out `request` here while holding the rooms, else asks the anchor.
    void sendRequest(const Request &request, std::function<void(const QString &error)> done);
    QString ownNick(const QString &room) const;
    /// Stores `event` as a row of the room's conversation when it is one to show (RoomEventRow).
    void storeRoomEvent(const QString &room, const RoomMirror::Event &event);
    /// Holding: our own occupancy's `event` answers the user's join or leave of `room`, if one awaits.
    void answerUserJoinOrLeave(const QString &room, const RoomMirror::Event &event);
    /// Stores `row` and reports it, once: its origin-id finds a replay already stored.
    void storeEventRow(const Message &row);

    QString m_account;
    MessageEvents *m_events;
    MessageStore *m_store;
    RoomOccupancy *m_occupancy;
    RoomCatchUp *m_catchUp;
    CatchUpServer *m_catchUpServer;
    RoomVerdicts *m_verdicts; ///< nick and subject changes awaiting the room's answer
    Role m_role = Role::Holding;
    RequestSender m_sender; ///< while Following
    QString m_anchor;
    bool m_holdingAnnounced = false;
    QHash<QString, RoomMirror> m_relayed; ///< rooms mirrored from the anchor's relays
    QHash<QString, QString> m_nicks; ///< nick and password per room, for joining on failover
    QHash<QString, QString> m_passwords;
    QHash<QString, RoomMirror::LeaveReason> m_listedExits;
    /// Holding: rooms whose join (true) or leave (false) a user asked for, until the room answers.
    QHash<QString, bool> m_userJoinsAndLeaves;
    QStringList m_roomList;
};

} // namespace Tandem
