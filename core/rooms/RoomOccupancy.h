// XEP-0045: Multi-User Chat occupancy, with XEP-0410 self-ping. Used by the session that holds
// the account's rooms (the anchor, or a solo device).
#pragma once

#include "xmpp/ReconnectPolicy.h"
#include "xmpp/RoomMirror.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QXmppClientExtension.h>
#include <memory>

class QXmppMessage;

namespace Tandem {

/// Holds MUC occupancy for this session. Unlike QXmppMucRoom it joins without history replay
/// (the archive fills gaps instead), configures rooms it creates as instant rooms, checks its
/// own occupancy with self-pings, and rejoins after ghosting or errors with backoff — never
/// after a kick, a ban or a destroyed room. Consumes room presences and messages, so the 1:1
/// pipeline never sees them, and hands them on raw for relaying and storage.
class RoomOccupancy : public QXmppClientExtension
{
    Q_OBJECT
public:
    RoomOccupancy();
    ~RoomOccupancy() override;

    void join(const QString &room, const QString &nick, const QString &password = {});
    void leave(const QString &room);
    void changeNick(const QString &room, const QString &nick);
    /// Sends a groupchat message carrying `originId`; returns the stanza id (same value), or an
    /// empty string when the room is not joined.
    QString sendMessage(
        const QString &room, const QString &body, const QString &originId, const QString &replaceId = {});
    bool setSubject(const QString &room, const QString &subject);
    /// A private message to occupant `nick` of `room` (XEP-0045 §7.5).
    bool sendPrivateMessage(
        const QString &room, const QString &nick, const QString &body, const QString &originId);

    QStringList rooms() const;
    /// rooms() and those left since (kicked, banned, destroyed, left).
    QStringList allRooms() const { return m_rooms.keys(); }
    const RoomMirror *mirror(const QString &room) const;
    bool isJoined(const QString &room) const;

    void setSelfPingInterval(int ms);
    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    void roomEvent(const QString &room, const Tandem::RoomMirror::Event &event);
    /// A stanza from a held room, exactly as received: relays forward it untouched.
    /// `receivedAt`: when it arrived; the anchor's copy of a message is stored under this time
    /// and its relays carry it, so every device stores the message under the same time.
    void roomStanza(const QString &room, const QDomElement &stanza, const QDateTime &receivedAt);
    void groupMessage(const QString &room, const QXmppMessage &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    struct Room;
    void sendJoinPresence(Room &room);
    /// Asks the room for `nick` (XEP-0045 §7.6); followNick() learns the answer.
    void requestNick(Room &room, const QString &nick);
    void followNick(Room &room, const RoomMirror::Event &event);
    /// `at`: when the stanza that caused `events` arrived (invalid: no stanza did).
    void handleEvents(Room &room, QVector<RoomMirror::Event> events, const QDateTime &at = {});
    void scheduleRejoin(Room &room);
    void selfPingAll();
    void onConnected();
    void onDisconnected();

    QHash<QString, std::shared_ptr<Room>> m_rooms;
    QHash<QString, QString> m_pendingPings; ///< iq id → room
    QTimer m_selfPing;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::RoomMirror::Event)
