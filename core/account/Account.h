#pragma once

#include "profile/AccountConfig.h"
#include "session/ChatStateTracker.h"
#include "session/ConnectionError.h"
#include "storage/Message.h"
#include "storage/StorageError.h"
#include "xmpp/ReconnectPolicy.h"

#include <QObject>
#include <QTimer>
#include <QXmppClient.h>
#include <functional>

class QSslSocket;
class QDomElement;
class QXmppMessage;

namespace Tandem {

class CertificateTrust;
class ChatMessageReceiver;
class MessageEvents;
class MessageStore;
class Outbox;
class ReadStateSync;
class DisplayedMarkers;
class PasswordStore;
class Coordinator;
class RoomService;
class ChatArchiveSync;
class StreamResumption;

/// One configured XMPP account on this device: owns the QXmppClient, reconnects with backoff,
/// and runs the received pipeline for 1:1 messages — convert → store (de-duplicated) → receipt
/// → report (MessageEvents). Nothing is reported, and no receipt sent, before the database has
/// the message.
class Account : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Failed };
    Q_ENUM(State)

    /// `alwaysOn` (a --headless device) ranks this session first in the anchor election.
    Account(const AccountConfig &config, const QString &resource, MessageStore *store,
        PasswordStore *passwords, QObject *parent = nullptr, bool alwaysOn = false);
    ~Account() override;

    QString jid() const { return m_config.jid; }
    QString fullJid() const;
    const AccountConfig &config() const { return m_config; }
    State state() const { return m_state; }
    ConnectionError lastError() const { return m_lastError; }
    QXmppClient *client() const { return m_client; }
    RoomService *rooms() const { return m_rooms; }
    /// Every message this account stores, chats and rooms alike, is reported there.
    MessageEvents *messageEvents() const { return m_events; }
    /// Catches up 1:1 chats from the account's archive on every connect; its messages are
    /// reported as MessageEvents::historyAdded(), never as messageAdded().
    ChatArchiveSync *chatArchive() const { return m_chatArchive; }
    /// Re-sends this device's unconfirmed 1:1 messages on every connect.
    Outbox *outbox() const { return m_outbox; }
    /// The read state shared with the account's other clients (XEP-0490).
    ReadStateSync *readState() const { return m_readState; }
    DisplayedMarkers *displayedMarkers() const { return m_markers; }
    Coordinator *coordinator() const { return m_coordinator; }
    int reconnectAttempts() const { return m_policy.attempts(); }
    /// Whether the last connection resumed the previous server session (XEP-0198) instead of
    /// starting a new one: what was queued for us arrived, carbons and rooms were kept.
    bool lastConnectResumed() const { return m_lastConnectResumed; }

    /// Reads the password and connects; keeps reconnecting until stop() or a fatal error.
    void start();
    /// Connects with a password already at hand (GUI prompt, tests).
    void startWithPassword(const QString &password);
    /// Sends unavailable presence and disconnects; no reconnect.
    void stop();

    /// Stores the message as pending, then sends it if online (else the outbox sends it on
    /// connect). `done` receives the stored message (or the storage error).
    void sendMessage(const QString &to, const QString &body,
        std::function<void(const Message &, const StorageError &)> done = {}, const QString &replaceId = {});

    /// Tells `to` (a contact, not a room) that we are typing or stopped (XEP-0085). Not stored, not
    /// archived by the server (XEP-0334 no-store), dropped when offline: it is only a hint.
    void sendChatState(const QString &to, ChatState state);

    /// The stable code of `state` (`ctl status --json`, logs), never translated: the user reads
    /// StatusText::accountState() of it.
    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(Tandem::Account::State state);
    void errorOccurred(const Tandem::ConnectionError &error);

private:
    void connectNow();
    void setState(State state);
    void handleError(QXmppClient::Error clientError);
    void handleDisconnected();
    void handleConnected();
    void scheduleReconnect();
    void handleConnectTimeout();
    void failTlsUnavailable();
    QSslSocket *streamSocket() const;
    void handleMessage(const QDomElement &element, Message::Direction direction, bool fromCarbon);
    bool send(const QXmppMessage &stanza);

    AccountConfig m_config;
    QString m_resource;
    QString m_password;
    MessageStore *m_store;
    MessageEvents *m_events;
    PasswordStore *m_passwords;
    QXmppClient *m_client;
    ChatMessageReceiver *m_chatMessages;
    Outbox *m_outbox;
    ReadStateSync *m_readState = nullptr;
    DisplayedMarkers *m_markers = nullptr;
    RoomService *m_rooms;
    ChatArchiveSync *m_chatArchive;
    Coordinator *m_coordinator;
    StreamResumption *m_resumption;
    CertificateTrust *m_certificates;
    ReconnectPolicy m_policy;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer; ///< bounds a login: TCP, TLS, authentication and binding
    State m_state = State::Offline;
    ConnectionError m_lastError;
    bool m_wanted = false; ///< the user wants this account online
    bool m_everConnected = false;
    bool m_resetting = false;
    bool m_lastConnectResumed = false;
};

} // namespace Tandem
