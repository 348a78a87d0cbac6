// Checks the Prosody fixture itself: real QXmpp clients can use the server it
// runs, it stays on 127.0.0.1, survives a restart with its data, and leaves
// no process behind.
#include "ProsodyFixture.h"

#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppLogger.h>
#include <QXmppMessage.h>

#include <QDir>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using Tandem::Test::ProsodyFixture;

namespace {

constexpr int XmppTimeoutMs = 15000;

// /proc instead of pgrep: no dependency on procps, and no false match on the
// pgrep process itself.
QList<qint64> processesMentioning(const QString &needle)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().replace('\0', ' ').contains(needle.toUtf8()))
            pids.append(pid);
    }
    return pids;
}

bool canConnect(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool connected = socket.waitForConnected(2000);
    socket.abort();
    return connected;
}

} // namespace

class TestProsodyFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listensOnLoopbackOnly();
    void exchangesMessageOverVerifiedTls();
    void rejectsWrongPassword();
    void untrustedCertificateFails();
    void registersWhileRunning();
    void restartKeepsPortAndAccounts();
    void advertisesWhatTandemNeeds();
    void diesWithAKilledTest();
    void stopLeavesNoProcess();

private:
    QXmppConfiguration configFor(const QString &user, const QString &password) const;
    bool connectClient(QXmppClient &client, const QString &user, const QString &password);
    bool deliver(QXmppClient &from, QXmppClient &to, const QString &toBareJid, const QString &body);

    std::unique_ptr<ProsodyFixture> m_server;
    std::unique_ptr<QXmppClient> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
};

QXmppConfiguration TestProsodyFixture::configFor(const QString &user, const QString &password) const
{
    QXmppConfiguration config;
    config.setJid(user + QLatin1Char('@') + m_server->domain());
    config.setPassword(password);
    config.setResource(QStringLiteral("test"));
    config.setHost(m_server->host());
    config.setPort(m_server->port());
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
    config.setIgnoreSslErrors(false);
    // Reconnects are the tests' business, not QXmpp's.
    config.setAutoReconnectionEnabled(false);
    return config;
}

bool TestProsodyFixture::connectClient(QXmppClient &client, const QString &user, const QString &password)
{
    client.connectToServer(configFor(user, password));
    // isConnected(), not isAuthenticated(): only the former means the resource
    // is bound and the initial presence sent.
    return QTest::qWaitFor([&] { return client.isConnected(); }, XmppTimeoutMs);
}

bool TestProsodyFixture::deliver(
    QXmppClient &from, QXmppClient &to, const QString &toBareJid, const QString &body)
{
    bool received = false;
    const auto connection = connect(&to, &QXmppClient::messageReceived, this,
        [&](const QXmppMessage &message) { received |= message.body() == body; });
    from.sendMessage(toBareJid, body);
    const bool ok = QTest::qWaitFor([&] { return received; }, XmppTimeoutMs);
    disconnect(connection);
    return ok;
}

void TestProsodyFixture::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    // Registration before start() is what tests that seed accounts rely on.
    QVERIFY2(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw"), &error),
        qPrintable(error));
    QVERIFY2(
        m_server->registerUser(QStringLiteral("bob"), QStringLiteral("bob-pw"), &error), qPrintable(error));
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->port() != 0);
    QCOMPARE(QSslCertificate::fromPath(m_server->caFile()).size(), 1);
    m_alice = std::make_unique<QXmppClient>();
    m_bob = std::make_unique<QXmppClient>();
}

void TestProsodyFixture::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

void TestProsodyFixture::listensOnLoopbackOnly()
{
    const quint16 port = m_server->port();
    QVERIFY(canConnect(QHostAddress(QStringLiteral("127.0.0.1")), port));

    // 127.0.0.2 and ::1 are always local: they reach a wildcard listener but
    // not one bound to 127.0.0.1.
    QList<QHostAddress> others = { QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress::LocalHostIPv6 };
    others += QNetworkInterface::allAddresses();
    for (const QHostAddress &address : qAsConst(others)) {
        if (address == QHostAddress(QHostAddress::LocalHost))
            continue;
        QVERIFY2(!canConnect(address, port), qPrintable(address.toString()));
    }

    // Where ss is available, also check that 127.0.0.1:port is Prosody's only
    // TCP listener (no HTTP, s2s or component ports).
    const QString ss = QStandardPaths::findExecutable(QStringLiteral("ss"));
    if (ss.isEmpty())
        return;
    QProcess process;
    process.start(ss, { QStringLiteral("-Hltnp") });
    QVERIFY(process.waitForFinished(5000));
    const QString tag = QStringLiteral("pid=%1,").arg(m_server->pid());
    QStringList listeners;
    for (const QString &line :
        QString::fromLocal8Bit(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.contains(tag))
            listeners.append(line.simplified().section(QLatin1Char(' '), 3, 3));
    }
    if (listeners.isEmpty())
        return; // ss could not see process owners (no privileges): nothing to judge.
    QCOMPARE(listeners, QStringList { QStringLiteral("127.0.0.1:%1").arg(port) });
}

void TestProsodyFixture::exchangesMessageOverVerifiedTls()
{
    QVERIFY(connectClient(*m_alice, QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QVERIFY(connectClient(*m_bob, QStringLiteral("bob"), QStringLiteral("bob-pw")));
    QVERIFY(deliver(*m_alice, *m_bob, QStringLiteral("bob@localhost"), QStringLiteral("hello bob")));
    QVERIFY(deliver(*m_bob, *m_alice, QStringLiteral("alice@localhost"), QStringLiteral("hi alice")));
}

void TestProsodyFixture::rejectsWrongPassword()
{
    QXmppClient client;
    QList<QXmppClient::Error> errors;
    connect(&client, &QXmppClient::error, this, [&](QXmppClient::Error e) { errors.append(e); });
    client.connectToServer(configFor(QStringLiteral("alice"), QStringLiteral("wrong")));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), XmppTimeoutMs);
    QCOMPARE(errors.first(), QXmppClient::XmppStreamError);
    QCOMPARE(client.xmppStreamError(), QXmppStanza::Error::NotAuthorized);
    QVERIFY(!client.isAuthenticated());
}

// Proves that the connections above really verified the server against
// caFile(): without it the TLS handshake must fail.
void TestProsodyFixture::untrustedCertificateFails()
{
    QXmppClient client;
    QList<QXmppClient::Error> errors;
    connect(&client, &QXmppClient::error, this, [&](QXmppClient::Error e) { errors.append(e); });
    QXmppConfiguration config = configFor(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    config.setCaCertificates({});
    client.connectToServer(config);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), XmppTimeoutMs);
    QVERIFY(!client.isAuthenticated());
}

void TestProsodyFixture::registersWhileRunning()
{
    QString error;
    QVERIFY2(m_server->registerUser(QStringLiteral("carol"), QStringLiteral("carol-pw"), &error),
        qPrintable(error));
    QXmppClient carol;
    QVERIFY(connectClient(carol, QStringLiteral("carol"), QStringLiteral("carol-pw")));
    carol.disconnectFromServer();
}

void TestProsodyFixture::restartKeepsPortAndAccounts()
{
    QVERIFY(m_alice->isConnected());
    QVERIFY(m_bob->isConnected());
    const quint16 port = m_server->port();
    const qint64 oldPid = m_server->pid();

    QString error;
    QVERIFY2(m_server->restart(&error), qPrintable(error));
    QCOMPARE(m_server->port(), port);
    QVERIFY(m_server->pid() != oldPid);

    // The clients notice the shutdown through their event loop.
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->state(), QXmppClient::DisconnectedState, XmppTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->state(), QXmppClient::DisconnectedState, XmppTimeoutMs);

    // QXmpp 1.4 keeps its stream-management "can resume" flag after the server
    // dropped the stream, and on the next connect sends a <resume/> without
    // namespace and previd that Prosody ignores, so the session hangs after
    // SASL (fixed in QXmpp 1.10). disconnectFromServer() clears the flag.
    m_alice->disconnectFromServer();
    m_bob->disconnectFromServer();

    QVERIFY(connectClient(*m_alice, QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QVERIFY(connectClient(*m_bob, QStringLiteral("bob"), QStringLiteral("bob-pw")));
    QVERIFY(deliver(*m_alice, *m_bob, QStringLiteral("bob@localhost"), QStringLiteral("after restart")));
    // An account created while the first instance ran is still there.
    QXmppClient carol;
    QVERIFY(connectClient(carol, QStringLiteral("carol"), QStringLiteral("carol-pw")));
    carol.disconnectFromServer();
}

void TestProsodyFixture::advertisesWhatTandemNeeds()
{
    // Every module the issue of the fixture asked for is loaded: each shows in service discovery,
    // or, for stream management and client state indication, among the stream features.
    QXmppClient client;
    auto *disco = client.findExtension<QXmppDiscoveryManager>();
    QVERIFY(disco);
    // QXmpp 1.4 tells whether stream management is on, not whether CSI is offered: the stream
    // features as received say it.
    QString received;
    auto *logger = new QXmppLogger(&client);
    logger->setLoggingType(QXmppLogger::SignalLogging);
    logger->setMessageTypes(QXmppLogger::ReceivedMessage);
    connect(logger, &QXmppLogger::message, this,
        [&](QXmppLogger::MessageType, const QString &text) { received += text; });
    client.setLogger(logger);
    QVERIFY(connectClient(client, QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QHash<QString, QStringList> features;
    connect(disco, &QXmppDiscoveryManager::infoReceived, this,
        [&](const QXmppDiscoveryIq &iq) { features[iq.from()] = iq.features(); });
    const QString account = QStringLiteral("alice@localhost");
    for (const QString &jid :
        { m_server->domain(), account, m_server->mucDomain(), m_server->plainMucDomain() })
        disco->requestInfo(jid);
    QTRY_COMPARE_WITH_TIMEOUT(features.size(), 4, XmppTimeoutMs);
    const QStringList server = features.value(m_server->domain());
    for (const char *ns : { "urn:xmpp:carbons:2", "urn:xmpp:ping", "urn:xmpp:blocking", "vcard-temp",
             "http://jabber.org/protocol/disco#info" })
        QVERIFY2(server.contains(QLatin1String(ns)), ns);
    // PEP and XEP-0402 bookmarks on the account, MAM for its archive.
    const QStringList own = features.value(account);
    for (const char *ns :
        { "http://jabber.org/protocol/pubsub#publish", "urn:xmpp:bookmarks:1#compat", "urn:xmpp:mam:2" })
        QVERIFY2(own.contains(QLatin1String(ns)), ns);
    QVERIFY(features.value(m_server->mucDomain()).contains(QStringLiteral("http://jabber.org/protocol/muc")));
    // Two MUC services: one whose rooms keep an archive, one whose rooms do not.
    QVERIFY(features.value(m_server->mucDomain()).contains(QStringLiteral("urn:xmpp:mam:2")));
    QVERIFY(!features.value(m_server->plainMucDomain()).contains(QStringLiteral("urn:xmpp:mam:2")));
    QVERIFY(client.streamManagementState() != QXmppClient::NoStreamManagement);
    QVERIFY(received.contains(QLatin1String("urn:xmpp:csi:0")));
    client.disconnectFromServer();
}

void TestProsodyFixture::diesWithAKilledTest()
{
    // A test killed halfway (a crash, ctest's timeout) must not leave its server running: the
    // fixture makes Prosody die with the process that started it. tandem-devserver is such a
    // process, and SIGKILL gives it no chance to stop anything itself.
    QTemporaryDir dir;
    QProcess devserver;
    devserver.start(QStringLiteral(TANDEM_DEVSERVER), { QStringLiteral("--dir"), dir.path() });
    QVERIFY(devserver.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(devserver.canReadLine(), 30000);
    const QString ready = QString::fromUtf8(devserver.readLine());
    QVERIFY2(ready.contains(QLatin1String("\"port\"")), qPrintable(ready));
    QTRY_VERIFY_WITH_TIMEOUT(!processesMentioning(dir.path()).isEmpty(), 5000);
    ::kill(pid_t(devserver.processId()), SIGKILL);
    QVERIFY(devserver.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(processesMentioning(dir.path()), QList<qint64>(), 10000);
}

void TestProsodyFixture::stopLeavesNoProcess()
{
    m_alice->disconnectFromServer();
    m_bob->disconnectFromServer();
    const QString config = m_server->configFile();
    QVERIFY(!processesMentioning(config).isEmpty());

    m_server->stop();
    QVERIFY(!m_server->isRunning());
    QCOMPARE(m_server->pid(), qint64(0));
    QCOMPARE(processesMentioning(config), QList<qint64>());
    m_server->stop(); // idempotent
}

QTEST_GUILESS_MAIN(TestProsodyFixture)
#include "tst_prosody_fixture.moc"
