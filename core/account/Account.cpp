#include "account/Account.h"

#include "account/Coordinator.h"
#include "common/Logging.h"
#include "profile/PasswordStore.h"
#include "rooms/BookmarkSync.h"
#include "rooms/RoomService.h"
#include "session/CertificateTrust.h"
#include "session/ChatArchiveSync.h"
#include "session/ClientConfiguration.h"
#include "session/DisplayedMarkers.h"
#include "session/Outbox.h"
#include "session/ReadStateSync.h"
#include "session/StartTlsGuard.h"
#include "session/StreamPolicy.h"
#include "session/StreamResumption.h"
#include "storage/Database.h"
#include "storage/HeldMessages.h"
#include "storage/MessageEvents.h"
#include "storage/MessageLimits.h"
#include "storage/MessageStore.h"
#include "xmpp/BookmarksManager0402.h"
#include "xmpp/ChatMessageReceiver.h"
#include "xmpp/DisplayedSync0490.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppOutgoingClient.h>
#include <QXmppPresence.h>

namespace Tandem {

namespace {
// Tests and demos shorten the election's timers (TANDEM_HOLD_DOWN_MS, TANDEM_SETTLE_MS).
ElectionConfig electionConfigFromEnvironment()
{
    ElectionConfig config;
    bool ok = false;
    if (const int ms = qEnvironmentVariableIntValue("TANDEM_HOLD_DOWN_MS", &ok); ok && ms >= 0)
        config.holdDown = ElectionConfig::Time(ms);
    if (const int ms = qEnvironmentVariableIntValue("TANDEM_SETTLE_MS", &ok); ok && ms >= 0)
        config.settle = ElectionConfig::Time(ms);
    return config;
}

} // namespace

Account::Account(const AccountConfig &config, const QString &resource, MessageStore *store,
    PasswordStore *passwords, QObject *parent, bool alwaysOn)
    : QObject(parent)
    , m_config(config)
    , m_resource(resource)
    , m_store(store)
    , m_events(new MessageEvents(config.jid, store, this))
    , m_passwords(passwords)
    , m_client(new QXmppClient(this))
    , m_chatMessages(new ChatMessageReceiver)
{
    qRegisterMetaType<Tandem::ConnectionError>();
    m_outbox = new Outbox(
        m_events, fullJid(), [this](const QXmppMessage &m) { return send(m); }, this);
    m_rooms = new RoomService(m_client, m_events, this);
    // Our nick in a room is what a mention of us is there: the conversation state keeps it, on
    // the anchor and on each sibling alike (their mirrors see the same joins and nick changes).
    connect(
        m_rooms, &RoomService::roomEvent, this, [this](const QString &room, const RoomMirror::Event &event) {
            const RoomMirror *mirror = m_rooms->mirror(room);
            if (!mirror)
                return;
            const bool ours = event.type == RoomMirror::Event::Type::Joined
                || (event.type == RoomMirror::Event::Type::NickChanged && mirror->ownNick() == event.newNick);
            if (ours)
                m_events->setRoomNick(room, mirror->ownNick());
        });
    // Syncs on every connect. Added before the Coordinator, whose connected handler sends the
    // initial presence: the archive query must reach the server first (see ChatArchiveSync).
    m_chatArchive = new ChatArchiveSync(m_events, this);
    m_client->addExtension(m_chatArchive);
    // What storage could not even keep in memory while failing is in the server's archive: fetch
    // it as soon as storage works again, not at the next connection.
    if (m_store)
        connect(m_store->held(), &HeldMessages::recoveredWithLosses, m_chatArchive, &ChatArchiveSync::start);
    // The account's room list; added before connecting so its +notify is in our first caps.
    auto *bookmarks = new BookmarksManager0402;
    m_client->addExtension(bookmarks);
    new BookmarkSync(bookmarks, m_rooms, this);
    // Read positions, shared with every client of the account; +notify must be in our first caps.
    auto *displayed = new DisplayedSync0490;
    m_client->addExtension(displayed);
    m_readState = new ReadStateSync(
        m_events, displayed, [this](const QString &jid) { return m_rooms->allRooms().contains(jid); }, this);
    m_markers = new DisplayedMarkers(
        m_events, m_readState, [this](const QXmppMessage &m) { return send(m); }, this);
    m_markers->setEnabled(config.sendDisplayedMarkers);
    DeviceInfo self;
    self.fullJid = fullJid();
    self.alwaysOn = alwaysOn;
    self.since = QDateTime::currentMSecsSinceEpoch();
    m_coordinator = new Coordinator(self, m_rooms, electionConfigFromEnvironment());
    m_client->addExtension(m_coordinator);
    m_resumption = StreamResumption::install(m_client);
    // In front of StreamResumption, which keeps the features after authentication to itself.
    auto *policy = StreamPolicy::install(m_client);
    connect(policy, &StreamPolicy::streamErrorReceived, m_outbox, &Outbox::streamRefused);
    connect(policy, &StreamPolicy::limitAnnounced, this, [this](qint64 maxStanzaBytes) {
        m_events->setAnnouncedMaxBodyBytes(MessageLimits::bodyBytesWithin(maxStanzaBytes));
    });
    connect(
        StartTlsGuard::install(m_client), &StartTlsGuard::tlsUnavailable, this, &Account::failTlsUnavailable);
    m_certificates = CertificateTrust::install(m_client);
    m_certificates->setTrustedFingerprint(m_config.trustedCertificate);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Account::connectNow);
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(ClientConfiguration::connectTimeoutMs());
    connect(&m_connectTimer, &QTimer::timeout, this, &Account::handleConnectTimeout);

    connect(m_client, &QXmppClient::connected, this, &Account::handleConnected);
    connect(m_client, &QXmppClient::disconnected, this, &Account::handleDisconnected);
    connect(m_client, &QXmppClient::error, this, &Account::handleError);
    // Last: it takes every message the extensions before it (rooms, archives, coordinator) left.
    m_client->addExtension(m_chatMessages);
    connect(m_chatMessages, &ChatMessageReceiver::messageReceived, this,
        [this](const QDomElement &m) { handleMessage(m, Message::Direction::Incoming, false); });
    connect(
        m_chatMessages, &ChatMessageReceiver::carbonReceived, this, [this](const QDomElement &m, bool sent) {
            handleMessage(m, sent ? Message::Direction::Outgoing : Message::Direction::Incoming, true);
        });
}

Account::~Account()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
}

QString Account::fullJid() const
{
    return m_config.jid + QLatin1Char('/') + m_resource;
}

QString Account::stateName(State state)
{
    switch (state) {
    case State::Offline:
        return QStringLiteral("offline");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Online:
        return QStringLiteral("online");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void Account::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSession) << m_config.jid << "is" << stateName(state);
    Q_EMIT stateChanged(state);
}

void Account::start()
{
    m_wanted = true;
    if (!m_password.isEmpty()) {
        connectNow();
        return;
    }
    setState(State::Connecting);
    m_passwords->read(m_config.jid, m_config.passwordStorage, [this](const PasswordStore::ReadResult &r) {
        if (!m_wanted)
            return;
        if (!r.error.isEmpty() || r.password.isEmpty()) {
            m_lastError = ConnectionError(ConnectionError::MissingPassword, r.error);
            setState(State::Failed);
            Q_EMIT errorOccurred(m_lastError);
            return;
        }
        m_password = r.password;
        connectNow();
    });
}

void Account::startWithPassword(const QString &password)
{
    m_password = password;
    start();
}

void Account::connectNow()
{
    if (!m_wanted)
        return;
    setState(State::Connecting);
    if (m_everConnected) {
        // QXmpp 1.4 keeps a stale "can resume" flag after a dropped stream and then sends a
        // malformed <resume/>, on which Prosody closes the stream. Disconnecting clears it
        // (StreamResumption resumes instead); the disconnected signal this may raise is not a
        // new failure.
        m_resetting = true;
        m_client->disconnectFromServer();
        m_resetting = false;
    }
    // A close still under way (stop() just before, or the disconnect above) would make the
    // socket ignore the new connection attempt, reported as an error and retried after a backoff.
    if (QSslSocket *socket = streamSocket(); socket && socket->state() != QAbstractSocket::UnconnectedState) {
        m_resetting = true;
        socket->abort();
        m_resetting = false;
    }
    m_certificates->reset();
    m_connectTimer.start();
    m_client->connectToServer(ClientConfiguration::forAccount(m_config, m_resource, m_password));
}

void Account::stop()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_resumption->forget(); // a logout ends the server session: nothing to resume
    if (m_client->state() != QXmppClient::DisconnectedState) {
        QXmppPresence bye(QXmppPresence::Unavailable);
        m_client->sendPacket(bye);
        m_client->disconnectFromServer();
    }
    setState(State::Offline);
}

void Account::handleConnected()
{
    m_connectTimer.stop();
    m_everConnected = true;
    m_lastConnectResumed = m_client->streamManagementState() == QXmppClient::ResumedStream;
    m_policy.reset();
    m_lastError = {};
    setState(State::Online);
    if (!m_lastConnectResumed) {
        // A new session starts without carbons (a resumed one kept them).
        m_chatMessages->enableCarbons();
    }
    // Also after a resumption: messages without a receipt go again, peers de-duplicate.
    m_outbox->flush();
}

void Account::handleError(QXmppClient::Error clientError)
{
    // Closing the socket below can raise the same error again; the first report is the one.
    if (m_state == State::Failed)
        return;
    m_connectTimer.stop();
    m_lastError = m_certificates->explain(ConnectionError::classify(clientError, m_client->socketError(),
        m_client->xmppStreamError(), m_state == State::Online, m_client->socketErrorString()));
    qCWarning(lcSession) << m_config.jid << m_lastError.code() << m_lastError.detail();
    if (m_lastError.isFatal()) {
        // Retrying a rejected password would only get the account locked by the server.
        m_reconnectTimer.stop();
        setState(State::Failed);
        Q_EMIT errorOccurred(m_lastError);
        QTimer::singleShot(0, m_client, &QXmppClient::disconnectFromServer);
        return;
    }
    Q_EMIT errorOccurred(m_lastError);
    scheduleReconnect();
}

void Account::handleDisconnected()
{
    if (m_resetting)
        return;
    m_connectTimer.stop();
    if (!m_wanted || m_state == State::Failed) {
        if (m_state != State::Failed)
            setState(State::Offline);
        return;
    }
    if (!m_lastError.isError())
        m_lastError = ConnectionError(ConnectionError::ConnectionLost);
    scheduleReconnect();
}

void Account::handleConnectTimeout()
{
    if (!m_wanted || m_state != State::Connecting)
        return;
    m_lastError = ConnectionError(ConnectionError::ConnectTimeout,
        QStringLiteral("no session after %1 ms").arg(m_connectTimer.interval()));
    qCWarning(lcSession) << m_config.jid << m_lastError.code() << m_lastError.detail();
    Q_EMIT errorOccurred(m_lastError);
    scheduleReconnect();
    // disconnectFromServer() would wait for a TCP handshake still in progress to finish (Qt
    // defers the close), and the next connectToServer() would then be ignored: abort instead.
    // A disconnected() this raises finds the reconnect already scheduled.
    if (QSslSocket *socket = streamSocket())
        socket->abort();
}

QSslSocket *Account::streamSocket() const
{
    const auto *stream = m_client->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly);
    return stream ? stream->socket() : nullptr;
}

void Account::failTlsUnavailable()
{
    m_connectTimer.stop();
    m_reconnectTimer.stop();
    m_lastError = ConnectionError(ConnectionError::TlsUnavailable,
        QStringLiteral("no <starttls/> in the stream features of %1")
            .arg(m_client->configuration().domain()));
    qCWarning(lcSession) << m_config.jid << m_lastError.code() << m_lastError.detail();
    // QXmpp closes the stream right after; handleDisconnected() leaves a failed account alone.
    setState(State::Failed);
    Q_EMIT errorOccurred(m_lastError);
}

void Account::scheduleReconnect()
{
    if (!m_wanted || m_reconnectTimer.isActive())
        return;
    const auto delay = m_policy.nextDelay(QRandomGenerator::global()->generateDouble());
    qCInfo(lcSession) << m_config.jid << "reconnecting in" << delay.count() << "ms";
    setState(State::Connecting);
    m_reconnectTimer.start(int(delay.count()));
}

bool Account::send(const QXmppMessage &stanza)
{
    return m_state == State::Online && m_client->sendPacket(stanza);
}

} // namespace Tandem
