#include "BenchXmpp.h"

#include "BenchReport.h"
#include "account/Account.h"
#include "account/Coordinator.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"
#include "profile/AccountConfig.h"
#include "profile/PasswordStore.h"
#include "rooms/RoomService.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QXmlStreamReader>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Server and plain clients

QString passwordOf(const QString &user)
{
    return QStringLiteral("pw-") + user;
}

std::unique_ptr<Test::ProsodyFixture> startServer(const QStringList &users, QString *error, bool noNagle)
{
    auto server = std::make_unique<Test::ProsodyFixture>();
    for (const QString &user : users) {
        if (!server->registerUser(user, passwordOf(user), error))
            return nullptr;
    }
    // registerUser() wrote the configuration; start() keeps it. Debug logging of every stanza
    // would cost Prosody more than routing them.
    QFile config(server->configFile());
    if (!config.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + server->configFile();
        return nullptr;
    }
    QByteArray text = config.readAll();
    config.close();
    text.replace("log = { debug = ", "log = { info = ");
    if (noNagle)
        text.prepend("network_settings = { nagle = false }\n");
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(text) != text.size()) {
        *error = QStringLiteral("cannot write ") + server->configFile();
        return nullptr;
    }
    config.close();
    if (!server->start(error))
        return nullptr;
    return server;
}

void disableNagle(QXmppClient &client)
{
    // QXmpp 1.4 does not expose its socket; it is a descendant of the client.
    for (QSslSocket *socket : client.findChildren<QSslSocket *>())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

QXmppConfiguration plainConfig(
    const Test::ProsodyFixture &server, const QString &user, const QString &resource)
{
    QXmppConfiguration config;
    config.setJid(user + QLatin1Char('@') + server.domain());
    config.setPassword(passwordOf(user));
    config.setResource(resource);
    config.setHost(server.host());
    config.setPort(server.port());
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setCaCertificates(
        QSslConfiguration::systemCaCertificates() + QSslCertificate::fromPath(server.caFile()));
    config.setAutoReconnectionEnabled(false);
    // QXmpp's whitespace-less keep-alive (a ping every 60 s, 20 s to answer) drops a client
    // whose answer waits behind a long queue, e.g. while a room fills with hundreds of joins.
    config.setKeepAliveInterval(0);
    return config;
}

bool connectPlain(QXmppClient &client, const Test::ProsodyFixture &server, const QString &user,
    const QString &resource, int timeoutMs)
{
    client.connectToServer(plainConfig(server, user, resource));
    return waitUntil([&] { return client.isConnected(); }, timeoutMs);
}

QByteArray joinPresenceXml(const QString &room, const QString &nick)
{
    return "<presence xmlns='jabber:client' to='" + room.toUtf8() + '/' + nick.toUtf8()
        + "'><x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='0'/></x></presence>";
}

bool createRoom(QXmppClient &owner, const QString &room, const QString &nick, int timeoutMs)
{
    bool joined = false;
    bool created = false;
    const QString self = room + QLatin1Char('/') + nick;
    const auto presence
        = QObject::connect(&owner, &QXmppClient::presenceReceived, [&](const QXmppPresence &p) {
              if (p.from() != self || p.type() != QXmppPresence::Available)
                  return;
              created = created || p.mucStatusCodes().contains(201);
              joined = joined || p.mucStatusCodes().contains(110);
          });
    owner.sendPacket(RawStanza(joinPresenceXml(room, nick)));
    const bool ok = waitUntil([&] { return joined; }, timeoutMs);
    QObject::disconnect(presence);
    if (!ok)
        return false;
    if (!created)
        return true;
    QXmppMucOwnerIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(room);
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    iq.setForm(form);
    bool answered = false;
    bool accepted = false;
    const auto answer = QObject::connect(&owner, &QXmppClient::iqReceived, [&](const QXmppIq &reply) {
        if (reply.id() == iq.id()) {
            answered = true;
            accepted = reply.type() == QXmppIq::Result;
        }
    });
    owner.sendPacket(iq);
    waitUntil([&] { return answered; }, timeoutMs);
    QObject::disconnect(answer);
    return accepted;
}

// ---------------------------------------------------------------------------------------------
// Received traffic

TrafficCounter::TrafficCounter(QXmppClient *client, const QString &mucDomain)
    : QObject(client)
    , m_mucDomain(mucDomain)
{
    // Parented to the client, so it outlives everything the client logs while being destroyed.
    auto *logger = new QXmppLogger(client);
    logger->setLoggingType(QXmppLogger::SignalLogging);
    logger->setMessageTypes(QXmppLogger::ReceivedMessage);
    client->setLogger(logger);
    connect(logger, &QXmppLogger::message, this,
        [this](QXmppLogger::MessageType, const QString &text) { received(text); });
}

void TrafficCounter::reset()
{
    m_bytes = 0;
    m_stanzas = 0;
    m_roomStanzas = 0;
    m_roomBytes = 0;
    m_relays = 0;
    m_lastActivity = nowMs();
}

void TrafficCounter::received(const QString &text)
{
    // QXmpp logs what it read once it parses as whole elements: one or more top-level elements,
    // or a stream header with its features.
    m_bytes += text.toUtf8().size();
    m_lastActivity = nowMs();
    if (text.contains(QLatin1String("<stream:stream")))
        return;
    const QString wrapped = QStringLiteral("<w>") + text + QStringLiteral("</w>");
    QXmlStreamReader reader(wrapped);
    reader.setNamespaceProcessing(false); // stream-level prefixes are declared elsewhere
    int depth = 0;
    qint64 start = 0;
    bool stanza = false;
    bool room = false;
    bool relay = false;
    qint64 before = 0;
    while (!reader.atEnd()) {
        before = reader.characterOffset();
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2) {
                start = before;
                const QStringRef name = reader.name();
                stanza = name == QLatin1String("message") || name == QLatin1String("presence")
                    || name == QLatin1String("iq");
                const QString from = reader.attributes().value(QStringLiteral("from")).toString();
                room = from.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('@'), -1) == m_mucDomain;
                relay = false;
            } else if (depth == 3
                && (reader.name() == QLatin1String("relay") || reader.name() == QLatin1String("snapshot"))
                && reader.attributes().value(QStringLiteral("xmlns"))
                    == CoordinatorEnvelope::namespaceUri()) {
                relay = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && stanza) {
                const qint64 size
                    = wrapped.mid(int(start), int(reader.characterOffset() - start)).toUtf8().size();
                ++m_stanzas;
                m_relays += relay ? 1 : 0;
                if (room || relay) {
                    ++m_roomStanzas;
                    m_roomBytes += size;
                }
            }
            --depth;
        }
    }
}

bool BodyTap::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message"))
        return false;
    const QDomNodeList bodies = stanza.elementsByTagName(QStringLiteral("body"));
    if (!bodies.isEmpty())
        m_seen(bodies.at(0).toElement().text());
    return false;
}

// ---------------------------------------------------------------------------------------------
// In-process Tandem devices

InProcessDevice::InProcessDevice(const Test::ProsodyFixture &server, const QString &user,
    const QString &resource, bool alwaysOn, const QString &dir)
    : m_dir(dir)
    , m_password(passwordOf(user))
{
    QDir().mkpath(dir);
    AccountConfig config;
    config.jid = user + QLatin1Char('@') + server.domain();
    config.host = server.host();
    config.port = server.port();
    config.caFile = server.caFile();
    config.passwordStorage = AccountConfig::PasswordStorage::File;
    m_database = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_database.get());
    m_passwords = std::make_unique<PasswordStore>(dir, QStringLiteral("bench"));
    m_account
        = std::make_unique<Account>(config, resource, m_store.get(), m_passwords.get(), nullptr, alwaysOn);
}

InProcessDevice::~InProcessDevice()
{
    if (m_account)
        m_account->stop();
    m_account.reset();
    m_store.reset();
    m_database.reset();
}

bool InProcessDevice::open(QString *error)
{
    bool opened = false;
    QString failure;
    const auto ok = QObject::connect(m_database.get(), &Database::opened, [&] { opened = true; });
    const auto failed = QObject::connect(m_database.get(), &Database::openFailed,
        [&](const StorageError &e) { failure = e.message().isEmpty() ? QStringLiteral("?") : e.message(); });
    m_database->open(m_dir + QStringLiteral("/tandem.db"));
    waitUntil([&] { return opened || !failure.isEmpty(); }, 15000);
    QObject::disconnect(ok);
    QObject::disconnect(failed);
    if (!opened && error)
        *error = QStringLiteral("cannot open the database: ")
            + (failure.isEmpty() ? QStringLiteral("timeout") : failure);
    return opened;
}

void InProcessDevice::start()
{
    m_account->startWithPassword(m_password);
}

bool InProcessDevice::waitOnline(int timeoutMs)
{
    return waitUntil([this] { return m_account->state() == Account::State::Online; }, timeoutMs);
}

qint64 InProcessDevice::storedCount(const QString &conversation)
{
    qint64 result = -2;
    m_store->count(m_account->jid(), conversation, m_account.get(), [&](qint64 n) { result = n; });
    waitUntil([&] { return result != -2; }, 15000);
    return result == -2 ? -1 : result;
}

QString roleName(const Account &account)
{
    return toString(account.coordinator()->role());
}

int joinedRooms(const Account &account, const QStringList &rooms)
{
    int n = 0;
    for (const QString &room : rooms) {
        const RoomMirror *m = account.rooms()->mirror(room);
        n += m && m->state() == RoomMirror::State::Joined ? 1 : 0;
    }
    return n;
}

void ElectionTimers::apply() const
{
    const std::pair<const char *, int> values[]
        = { { "TANDEM_HOLD_DOWN_MS", holdDownMs }, { "TANDEM_SETTLE_MS", settleMs },
              { "TANDEM_ANCHOR_PING_MS", pingMs }, { "TANDEM_ANCHOR_PING_TIMEOUT_MS", pingTimeoutMs } };
    for (const auto &[name, value] : values) {
        if (value > 0)
            qputenv(name, QByteArray::number(value));
        else
            qunsetenv(name);
    }
}

QString ElectionTimers::describe() const
{
    auto ms = [](int value, int fallback) { return QString::number(value > 0 ? value : fallback); };
    return QStringLiteral("hold-down %1 ms, settle %2 ms, anchor ping %3 ms, ping timeout %4 ms")
        .arg(ms(holdDownMs, 30000), ms(settleMs, 3000), ms(pingMs, 15000), ms(pingTimeoutMs, 10000));
}

} // namespace Tandem::Bench
