// XEP-0198 stream resumption against a real Prosody: a connection cut without a closing
// </stream> is resumed (what the server queued meanwhile arrives exactly once, our own queue is
// sent once, carbons survive), a session the server no longer has falls back to a new one
// without hanging or losing messages, and a deliberate stop()+start() never tries to resume.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "session/StreamResumption.h"
#include "storage/MessageEvents.h"

#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QXmppClient.h>
#include <QXmppLogger.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

/// A loopback TCP relay in front of the server, standing in for the network: cut() drops every
/// relayed connection at once (no </stream>, no TLS close), and while it is down new
/// connections are accepted and dropped right away, so the client keeps retrying. A latency
/// delays what the server sends.
class Link : public QObject
{
public:
    Link(const QString &host, quint16 port)
        : m_host(host)
        , m_port(port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Link::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    void setUp(bool up) { m_up = up; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    void cut()
    {
        for (const auto &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *in = m_server.nextPendingConnection()) {
            connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            if (!m_up) {
                in->abort();
                continue;
            }
            auto *out = new QTcpSocket(this);
            connect(out, &QTcpSocket::disconnected, out, &QObject::deleteLater);
            m_sockets << in << out;
            // Client bytes wait in `in` until the server side is connected.
            auto forward = [in, out] {
                if (out->state() == QAbstractSocket::ConnectedState)
                    out->write(in->readAll());
            };
            connect(out, &QTcpSocket::connected, in, forward);
            connect(in, &QTcpSocket::readyRead, out, forward);
            connect(out, &QTcpSocket::readyRead, in, [this, in, out] {
                const QByteArray data = out->readAll();
                if (m_latencyMs > 0) // timers of equal intervals fire in order
                    QTimer::singleShot(m_latencyMs, in, [in, data] { in->write(data); });
                else
                    in->write(data);
            });
            connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
            connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
            out->connectToHost(m_host, m_port);
        }
    }

    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
    bool m_up = true;
    int m_latencyMs = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

/// What a client writes on the wire (after TLS), for checking what it did or did not send.
struct WireLog
{
    explicit WireLog(QXmppClient *client)
    {
        auto *logger = new QXmppLogger(client);
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::SentMessage);
        QObject::connect(logger, &QXmppLogger::message, logger,
            [this](QXmppLogger::MessageType, const QString &text) { sent << text; });
        client->setLogger(logger);
    }
    int count(const QString &needle) const
    {
        return int(
            std::count_if(sent.begin(), sent.end(), [&](const QString &s) { return s.contains(needle); }));
    }
    QStringList sent;
};

// The account's device, connected through `link` instead of directly.
void connectThrough(TestDevice &device, const Link &link, const QString &resource)
{
    AccountConfig config = device.account->config();
    config.port = link.port();
    device.account = std::make_unique<Account>(config, resource, device.store.get(), device.passwords.get());
}

int countBodies(const QVector<Message> &messages, const QString &prefix, Message::Direction direction)
{
    return int(std::count_if(messages.begin(), messages.end(),
        [&](const Message &m) { return m.direction == direction && m.body.startsWith(prefix); }));
}

int countAdded(const QSignalSpy &spy, const QString &prefix)
{
    int n = 0;
    for (const auto &args : spy)
        n += args.first().value<Message>().body.startsWith(prefix) ? 1 : 0;
    return n;
}

QString uniqueTag()
{
    return QString::number(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestStreamResumption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cutConnectionIsResumed();
    void expiredSessionFallsBackToANewOne();
    void unansweredResumeFallsBackToANewOne();
    void stopAndStartNeverResumes();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestStreamResumption::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const char *user : { "alice", "bob" })
        QVERIFY2(m_server->registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
}

void TestStreamResumption::cutConnectionIsResumed()
{
    Link link(m_server->host(), m_server->port());
    TestDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    connectThrough(desk, link, QStringLiteral("desk"));
    TestDevice laptop(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    TestDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pw-bob"), QStringLiteral("phone"));
    WireLog wire(desk.account->client());
    desk.start();
    laptop.start();
    bob.start();
    QVERIFY(desk.waitOnline());
    QVERIFY(laptop.waitOnline());
    QVERIFY(bob.waitOnline());
    QCOMPARE(desk.account->client()->streamManagementState(), QXmppClient::NewStream);
    QVERIFY(!desk.account->lastConnectResumed());
    QTest::qWait(500); // carbons enabling is an IQ round-trip after connect

    QSignalSpy deskAdded(desk.account->messageEvents(), &MessageEvents::messageAdded);
    QSignalSpy bobAdded(bob.account->messageEvents(), &MessageEvents::messageAdded);
    const QString tag = uniqueTag();
    const QString alice = QStringLiteral("alice@localhost");
    const QString bobJid = QStringLiteral("bob@localhost");

    // Twice: the session id stays valid after a resumption.
    for (int round = 1; round <= 2; ++round) {
        const QString fromBob = QStringLiteral("%1 r%2 from bob").arg(tag).arg(round);
        const QString fromDesk = QStringLiteral("%1 r%2 from desk").arg(tag).arg(round);
        const int bindsBefore = wire.count(QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind"));
        const int resumesBefore = wire.count(QStringLiteral("<resume"));

        link.setUp(false);
        link.cut();
        QTRY_COMPARE_WITH_TIMEOUT(desk.account->state(), Account::State::Connecting, 10000);

        // The gap: bob writes to the desk session, which the server keeps for it; the desk
        // queues a message of its own.
        int bobSent = 0;
        for (int i = 0; i < 3; ++i)
            bob.account->sendMessage(QStringLiteral("alice@localhost/desk"),
                fromBob + QStringLiteral(" #%1").arg(i),
                [&](const Message &, const StorageError &) { ++bobSent; });
        bool deskStored = false;
        desk.account->sendMessage(
            bobJid, fromDesk, [&](const Message &, const StorageError &) { deskStored = true; });
        QTRY_VERIFY_WITH_TIMEOUT(bobSent == 3 && deskStored, 10000);
        QTest::qWait(1000);
        QVERIFY(desk.account->state() != Account::State::Online);
        QCOMPARE(countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 0);

        link.setUp(true);
        QVERIFY(desk.waitOnline(30000));
        QVERIFY(desk.account->lastConnectResumed());
        QCOMPARE(desk.account->client()->streamManagementState(), QXmppClient::ResumedStream);
        QVERIFY(desk.account->client()->isConnected());
        QCOMPARE(wire.count(QStringLiteral("<resume")), resumesBefore + 1);
        QCOMPARE(
            wire.count(QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind")), bindsBefore); // no new session

        // Exactly once each way, in the databases and as notifications.
        QTRY_COMPARE_WITH_TIMEOUT(
            countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            countBodies(bob.history(alice), fromDesk, Message::Direction::Incoming), 1, 10000);
        QTest::qWait(1500); // room for duplicates to show up
        QCOMPARE(countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 3);
        QCOMPARE(countAdded(deskAdded, fromBob), 3);
        QCOMPARE(countBodies(bob.history(alice), fromDesk, Message::Direction::Incoming), 1);
        QCOMPARE(countAdded(bobAdded, fromDesk), 1);
        const auto deskSent = desk.history(bobJid);
        QVERIFY(std::any_of(deskSent.begin(), deskSent.end(), [&](const Message &m) {
            return m.body == fromDesk && m.state == Message::DeliveryState::Delivered;
        }));
    }

    // Carbons were not re-enabled, yet the resumed session still gets them both ways.
    const QString sentCarbon = tag + QStringLiteral(" laptop to bob");
    laptop.account->sendMessage(bobJid, sentCarbon);
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(desk.history(bobJid), sentCarbon, Message::Direction::Outgoing), 1, 10000);
    const QString receivedCarbon = tag + QStringLiteral(" bob to laptop");
    bob.account->sendMessage(QStringLiteral("alice@localhost/laptop"), receivedCarbon);
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(desk.history(bobJid), receivedCarbon, Message::Direction::Incoming), 1, 10000);

    for (auto *d : { &desk, &laptop, &bob })
        d->account->stop();
}

void TestStreamResumption::expiredSessionFallsBackToANewOne()
{
    // A server of its own that keeps a dropped session for 3 s only.
    ProsodyFixture server;
    QString error;
    for (const char *user : { "alice", "bob" })
        QVERIFY2(server.registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
    QFile config(server.configFile());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(config.readAll());
    config.close();
    QVERIFY(text.contains(QLatin1String("smacks_hibernation_time = 60\n")));
    text.replace(
        QLatin1String("smacks_hibernation_time = 60\n"), QLatin1String("smacks_hibernation_time = 3\n"));
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(text.toUtf8());
    config.close();
    QVERIFY2(server.start(&error), qPrintable(error));

    Link link(server.host(), server.port());
    TestDevice desk(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    connectThrough(desk, link, QStringLiteral("desk"));
    TestDevice bob(server, QStringLiteral("bob"), QStringLiteral("pw-bob"), QStringLiteral("phone"));
    WireLog wire(desk.account->client());
    desk.start();
    bob.start();
    QVERIFY(desk.waitOnline());
    QVERIFY(bob.waitOnline());
    QTest::qWait(500); // the server has acknowledged what the desk sent (carbons on)
    QSignalSpy deskAdded(desk.account->messageEvents(), &MessageEvents::messageAdded);
    QSignalSpy bobAdded(bob.account->messageEvents(), &MessageEvents::messageAdded);
    const QString tag = uniqueTag();
    const QString fromBob = tag + QStringLiteral(" from bob");
    const QString fromDesk = tag + QStringLiteral(" from desk");
    const QString bobJid = QStringLiteral("bob@localhost");

    link.setUp(false);
    link.cut();
    QTRY_COMPARE_WITH_TIMEOUT(desk.account->state(), Account::State::Connecting, 10000);
    for (int i = 0; i < 3; ++i)
        bob.account->sendMessage(QStringLiteral("alice@localhost"), fromBob + QStringLiteral(" #%1").arg(i));
    desk.account->sendMessage(bobJid, fromDesk);
    QTest::qWait(6000); // the server drops the session (and keeps what it held as offline messages)

    const int resumesBefore = wire.count(QStringLiteral("<resume"));
    link.setUp(true);
    QVERIFY(desk.waitOnline(30000)); // no hang on the refused resumption
    QCOMPARE(wire.count(QStringLiteral("<resume")), resumesBefore + 1); // it did try
    QVERIFY(!desk.account->lastConnectResumed());
    QCOMPARE(desk.account->client()->streamManagementState(), QXmppClient::NewStream);
    QVERIFY(desk.account->client()->isConnected());

    // Nothing lost, nothing doubled. (Bob's messages come as offline messages or from the
    // archive, depending on whether the old session had queried it.)
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(bob.history(QStringLiteral("alice@localhost")), fromDesk, Message::Direction::Incoming),
        1, 15000);
    QTest::qWait(1500);
    QCOMPARE(countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 3);
    QVERIFY(countAdded(deskAdded, fromBob) <= 3);
    QCOMPARE(countAdded(bobAdded, fromDesk), 1);

    // The new session is resumable itself, and has carbons again.
    TestDevice laptop(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    laptop.start();
    QVERIFY(laptop.waitOnline());
    const QString sentCarbon = tag + QStringLiteral(" laptop to bob");
    laptop.account->sendMessage(bobJid, sentCarbon);
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(desk.history(bobJid), sentCarbon, Message::Direction::Outgoing), 1, 10000);

    link.setUp(false);
    link.cut();
    QTRY_COMPARE_WITH_TIMEOUT(desk.account->state(), Account::State::Connecting, 10000);
    link.setUp(true);
    QVERIFY(desk.waitOnline(30000));
    QVERIFY(desk.account->lastConnectResumed());

    for (auto *d : { &desk, &laptop, &bob })
        d->account->stop();
}

void TestStreamResumption::unansweredResumeFallsBackToANewOne()
{
    Link link(m_server->host(), m_server->port());
    TestDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    connectThrough(desk, link, QStringLiteral("desk"));
    TestDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pw-bob"), QStringLiteral("phone"));
    auto *resumption = desk.account->client()->findExtension<StreamResumption>();
    QVERIFY(resumption);
    QSignalSpy failures(resumption, &StreamResumption::resumeFailed);
    WireLog wire(desk.account->client());
    desk.start();
    bob.start();
    QVERIFY(desk.waitOnline());
    QVERIFY(bob.waitOnline());
    QTest::qWait(500);
    QVERIFY(resumption->canResume());
    const QString tag = uniqueTag();
    const QString fromBob = tag + QStringLiteral(" from bob");

    // The answer to <resume/> comes later than the client waits for it.
    resumption->setAnswerTimeoutMs(100);
    link.setLatencyMs(400);
    link.setUp(false);
    link.cut();
    QTRY_COMPARE_WITH_TIMEOUT(desk.account->state(), Account::State::Connecting, 10000);
    bob.account->sendMessage(QStringLiteral("alice@localhost/desk"), fromBob);
    QTest::qWait(500);
    const int bindsBefore = wire.count(QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind"));
    link.setUp(true);
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 30000);
    QCOMPARE(failures.first().first().toString(), QStringLiteral("timeout"));
    QVERIFY(desk.waitOnline(60000)); // a new session, on a new connection
    QCOMPARE(wire.count(QStringLiteral("<resume")), 1);
    QCOMPARE(wire.count(QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind")), bindsBefore + 1);
    QVERIFY(!desk.account->lastConnectResumed());
    QCOMPARE(desk.account->client()->streamManagementState(), QXmppClient::NewStream);
    link.setLatencyMs(0);

    // What the server had queued for the session it resumed and then lost is not lost.
    const QString bobJid = QStringLiteral("bob@localhost");
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 1, 20000);
    QTest::qWait(1000);
    QCOMPARE(countBodies(desk.history(bobJid), fromBob, Message::Direction::Incoming), 1);
    desk.account->stop();
    bob.account->stop();
}

void TestStreamResumption::stopAndStartNeverResumes()
{
    TestDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    WireLog wire(desk.account->client());
    desk.start();
    QVERIFY(desk.waitOnline());
    QCOMPARE(desk.account->client()->streamManagementState(), QXmppClient::NewStream);
    QVERIFY(wire.count(QStringLiteral("<enable")) >= 1); // resumption was on offer

    desk.account->stop();
    QTRY_COMPARE_WITH_TIMEOUT(desk.account->client()->state(), QXmppClient::DisconnectedState, 10000);
    desk.start();
    QVERIFY(desk.waitOnline());
    QCOMPARE(wire.count(QStringLiteral("<resume")), 0);
    QVERIFY(!desk.account->lastConnectResumed());
    QCOMPARE(desk.account->client()->streamManagementState(), QXmppClient::NewStream);
    desk.account->stop();
}

QTEST_GUILESS_MAIN(TestStreamResumption)
#include "tst_stream_resumption.moc"
