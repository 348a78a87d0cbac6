// Accounts against a real Prosody: 1:1 messages, receipts, carbons, a server restart in the
// middle of a stream, and each connection failure reported for what it is.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "session/CertificateTrust.h"
#include "storage/HeldMessages.h"
#include "storage/MessageEvents.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Tandem;
using namespace Tandem::Test;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void messagesAndReceipts();
    void startRightAfterStopConnectsAtOnce();
    void unstoredMessageIsNotAcknowledged();
    void carbonsReachTheSecondDevice();
    void serverRestartMidStreamLosesNothing();
    void wrongPasswordFailsOnceWithoutRetries();
    void untrustedCertificateIsATlsError();
    void refusedAndUnresolvableAreDistinct();
    void serverWithoutEncryptionFailsClearly();
    void silentServerTimesOutAndIsRetried();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestSession::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const char *user : { "alice", "bob", "carol" })
        QVERIFY2(m_server->registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
}

void TestSession::messagesAndReceipts()
{
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    TestDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pw-bob"), QStringLiteral("phone"));
    alice.start();
    bob.start();
    QVERIFY(alice.waitOnline());
    QVERIFY(bob.waitOnline());

    QSignalSpy bobGot(bob.account->messageEvents(), &MessageEvents::messageAdded);
    QSignalSpy delivered(alice.account->messageEvents(), &MessageEvents::deliveryStateChanged);
    alice.account->sendMessage(QStringLiteral("bob@localhost"), QStringLiteral("hello bob"));
    QTRY_COMPARE_WITH_TIMEOUT(bobGot.size(), 1, 10000);
    const Message got = bobGot.first().first().value<Message>();
    QCOMPARE(got.body, QStringLiteral("hello bob"));
    QCOMPARE(got.conversation, QStringLiteral("alice@localhost"));
    QVERIFY(!got.originId.isEmpty());
    // The receipt comes back only after bob stored the message.
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 10000);
    QCOMPARE(delivered.last().at(2).value<Message::DeliveryState>(), Message::DeliveryState::Delivered);
    QCOMPARE(bob.history(QStringLiteral("alice@localhost")).size(), 1);
    const auto sent = alice.history(QStringLiteral("bob@localhost"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().state, Message::DeliveryState::Delivered);
    alice.account->stop();
    bob.account->stop();
}

void TestSession::unstoredMessageIsNotAcknowledged()
{
    // A message is acknowledged (receipt) only once it is in the database: when storing fails
    // (here: the disk is full), it waits in memory, unacknowledged, and is stored and acknowledged
    // once there is space again; nothing is lost.
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("full"));
    TestDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pw-bob"), QStringLiteral("sender"));
    alice.start();
    bob.start();
    QVERIFY(alice.waitOnline());
    QVERIFY(bob.waitOnline());
    auto capAlice = [&](bool full) {
        bool done = false;
        alice.database->run(
            alice.account.get(),
            [full](SqliteConnection &c) {
                const qint64 pages = c.queryInt64(QStringLiteral("PRAGMA page_count"));
                c.queryInt64(QStringLiteral("PRAGMA max_page_count = %1").arg(full ? pages : 1073741823));
                return true;
            },
            [&](bool) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 5000);
    };
    QVERIFY(capAlice(true));
    QSignalSpy added(alice.account->messageEvents(), &MessageEvents::messageAdded);
    // The message waits in memory (HeldMessages) until storing works again.
    QSignalSpy held(alice.store->held(), &HeldMessages::heldChanged);
    const QString body = QStringLiteral("big ") + QString(150 * 1024, QLatin1Char('x'));
    bob.account->sendMessage(QStringLiteral("alice@localhost"), body);
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty() && held.last().at(0).toInt() > 0, 10000);
    QTest::qWait(1000); // a receipt would be back by now
    // (The archive sync may still add earlier tests' messages: only this body counts.)
    auto addedCopies = [&] {
        return std::count_if(added.begin(), added.end(),
            [&](const QList<QVariant> &args) { return args.at(0).value<Message>().body == body; });
    };
    QCOMPARE(addedCopies(), long(0));
    // (Earlier tests left other messages in this conversation: found by its body.)
    auto bobsCopy = [&] {
        for (const Message &m : bob.history(QStringLiteral("alice@localhost"), 5000)) {
            if (m.body == body)
                return m;
        }
        return Message();
    };
    QCOMPARE(bobsCopy().state, Message::DeliveryState::Sent);

    // Space again: the waiting message is stored and acknowledged; bob's next connection sends
    // it again all the same, and that copy is stored no second time.
    QVERIFY(capAlice(false));
    bob.account->stop();
    bob.start();
    QTRY_COMPARE_WITH_TIMEOUT(addedCopies(), long(1), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(bobsCopy().state, Message::DeliveryState::Delivered, 15000);
    const QVector<Message> alicesRows = alice.history(QStringLiteral("bob@localhost"), 5000);
    QCOMPARE(
        std::count_if(alicesRows.begin(), alicesRows.end(), [&](const Message &m) { return m.body == body; }),
        long(1));
    alice.account->stop();
    bob.account->stop();
}

void TestSession::startRightAfterStopConnectsAtOnce()
{
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("again"));
    alice.start();
    QVERIFY(alice.waitOnline());
    QSignalSpy errors(alice.account.get(), &Account::errorOccurred);
    alice.account->stop();
    alice.start();
    QVERIFY(alice.waitOnline());
    QCOMPARE(errors.size(), 0);
    QCOMPARE(alice.account->reconnectAttempts(), 0);
    alice.account->stop();
}

void TestSession::carbonsReachTheSecondDevice()
{
    TestDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    TestDevice laptop(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    TestDevice carol(*m_server, QStringLiteral("carol"), QStringLiteral("pw-carol"), QStringLiteral("pc"));
    desk.start();
    laptop.start();
    carol.start();
    QVERIFY(desk.waitOnline());
    QVERIFY(laptop.waitOnline());
    QVERIFY(carol.waitOnline());
    QTest::qWait(500); // carbons enabling is an IQ round-trip after connect

    QSignalSpy laptopGot(laptop.account->messageEvents(), &MessageEvents::messageAdded);
    QSignalSpy carolGot(carol.account->messageEvents(), &MessageEvents::messageAdded);
    desk.account->sendMessage(QStringLiteral("carol@localhost"), QStringLiteral("from the desk"));
    QTRY_COMPARE_WITH_TIMEOUT(carolGot.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(laptopGot.size(), 1, 10000);
    const Message sentCopy = laptopGot.first().first().value<Message>();
    QCOMPARE(sentCopy.direction, Message::Direction::Outgoing);
    QCOMPARE(sentCopy.conversation, QStringLiteral("carol@localhost"));
    QCOMPARE(sentCopy.body, QStringLiteral("from the desk"));

    // Carol answers the desk's full JID; the laptop gets a "received" carbon.
    const QString replyTo = carolGot.first().first().value<Message>().sender;
    QCOMPARE(replyTo, QStringLiteral("alice@localhost/desk"));
    carol.account->sendMessage(replyTo, QStringLiteral("hi desk"));
    QTRY_COMPARE_WITH_TIMEOUT(laptopGot.size(), 2, 10000);
    const Message receivedCopy = laptopGot.last().first().value<Message>();
    QCOMPARE(receivedCopy.direction, Message::Direction::Incoming);
    QCOMPARE(receivedCopy.body, QStringLiteral("hi desk"));
    QCOMPARE(laptop.history(QStringLiteral("carol@localhost")).size(), 2);

    // Carol's receipt goes to the desk; the laptop's copy is delivered too, by its carbon.
    QTRY_COMPARE_WITH_TIMEOUT(laptop.history(QStringLiteral("carol@localhost")).first().state,
        Message::DeliveryState::Delivered, 10000);
    for (auto *d : { &desk, &laptop, &carol })
        d->account->stop();
}

void TestSession::serverRestartMidStreamLosesNothing()
{
    constexpr int total = 200;
    TestDevice alice(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("stream"));
    TestDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pw-bob"), QStringLiteral("stream"));
    alice.start();
    bob.start();
    QVERIFY(alice.waitOnline());
    QVERIFY(bob.waitOnline());
    const QString peer = QStringLiteral("bob@localhost");
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < total; ++i) {
        alice.account->sendMessage(peer, QStringLiteral("%1 #%2").arg(tag).arg(i));
        QTest::qWait(5);
        if (i == total / 2) {
            QString error;
            QVERIFY2(m_server->restart(&error), qPrintable(error));
        }
    }
    // Everything arrives once both sides reconnect (backoff is at most a few seconds here).
    auto bobCount = [&] {
        int n = 0;
        for (const Message &m : bob.history(QStringLiteral("alice@localhost"), 5000))
            n += m.body.startsWith(tag) ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(bobCount(), total, 90000);
    QSet<QString> bodies;
    for (const Message &m : bob.history(QStringLiteral("alice@localhost"), 5000)) {
        if (m.body.startsWith(tag)) {
            QVERIFY2(!bodies.contains(m.body), qPrintable(QStringLiteral("duplicate: ") + m.body));
            bodies.insert(m.body);
        }
    }
    QCOMPARE(bodies.size(), total);
    auto aliceRows = alice.history(peer, 5000);
    QCOMPARE(std::count_if(aliceRows.begin(), aliceRows.end(),
                 [&](const Message &m) { return m.body.startsWith(tag); }),
        long(total));
    // Receipts for everything eventually come back, so the outbox empties. (Earlier tests left
    // other messages in the conversation, incoming ones among them: only this test's count.)
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(aliceRows.begin(), aliceRows.end(),
                                 [&](const Message &m) {
                                     return !m.body.startsWith(tag)
                                         || m.state == Message::DeliveryState::Delivered;
                                 })
            || (aliceRows = alice.history(peer, 5000), false),
        60000);
    alice.account->stop();
    bob.account->stop();
}

void TestSession::wrongPasswordFailsOnceWithoutRetries()
{
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("wrong"), QStringLiteral("typo"));
    QSignalSpy errors(alice.account.get(), &Account::errorOccurred);
    QSignalSpy states(alice.account.get(), &Account::stateChanged);
    alice.start();
    QTRY_COMPARE_WITH_TIMEOUT(alice.account->state(), Account::State::Failed, 15000);
    QCOMPARE(alice.account->lastError().kind(), ConnectionError::AuthenticationFailed);
    QVERIFY(alice.account->lastError().message().contains(QStringLiteral("Authentication failed")));
    // No retry storm: nothing happens for several backoff periods.
    const int before = states.size();
    QTest::qWait(4000);
    QCOMPARE(states.size(), before);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(alice.account->state(), Account::State::Failed);
}

void TestSession::untrustedCertificateIsATlsError()
{
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("tls"),
        /*trustServer=*/false);
    alice.start();
    QTRY_COMPARE_WITH_TIMEOUT(alice.account->state(), Account::State::Failed, 15000);
    // Named by its fingerprint, so that the user can choose to trust exactly this certificate.
    QCOMPARE(alice.account->lastError().kind(), ConnectionError::CertificateUntrusted);
    const auto served = QSslCertificate::fromPath(m_server->caFile());
    QCOMPARE(served.size(), 1);
    QCOMPARE(
        alice.account->lastError().certificateFingerprint(), CertificateTrust::fingerprint(served.first()));
}

void TestSession::refusedAndUnresolvableAreDistinct()
{
    // A port nobody listens on: refused, and retried (not fatal).
    ProsodyFixture stopped;
    TestDevice refused(stopped, QStringLiteral("alice"), QStringLiteral("pw"), QStringLiteral("r"));
    QSignalSpy refusedErrors(refused.account.get(), &Account::errorOccurred);
    refused.start();
    QTRY_VERIFY_WITH_TIMEOUT(!refusedErrors.isEmpty(), 10000);
    QCOMPARE(
        refusedErrors.first().first().value<ConnectionError>().kind(), ConnectionError::ConnectionRefused);
    QCOMPARE(refused.account->state(), Account::State::Connecting);
    refused.account->stop();

    AccountConfig config;
    config.jid = QStringLiteral("alice@localhost");
    config.host = QStringLiteral("no-such-host.invalid");
    config.port = 5222;
    TestDevice unresolvable(*m_server, QStringLiteral("alice"), QStringLiteral("pw"), QStringLiteral("dns"));
    unresolvable.account = std::make_unique<Account>(
        config, QStringLiteral("dns"), unresolvable.store.get(), unresolvable.passwords.get());
    QSignalSpy dnsErrors(unresolvable.account.get(), &Account::errorOccurred);
    unresolvable.start();
    QTRY_VERIFY_WITH_TIMEOUT(!dnsErrors.isEmpty(), 15000);
    QCOMPARE(dnsErrors.first().first().value<ConnectionError>().kind(), ConnectionError::HostNotFound);
    unresolvable.account->stop();
}

void TestSession::serverWithoutEncryptionFailsClearly()
{
    ProsodyFixture plain;
    plain.setStartTls(false);
    QString error;
    QVERIFY2(plain.start(&error), qPrintable(error));
    QVERIFY2(
        plain.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error), qPrintable(error));
    TestDevice alice(plain, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("plain"));
    QSignalSpy errors(alice.account.get(), &Account::errorOccurred);
    alice.start();
    QTRY_COMPARE_WITH_TIMEOUT(alice.account->state(), Account::State::Failed, 15000);
    QCOMPARE(alice.account->lastError().kind(), ConnectionError::TlsUnavailable);
    QCOMPARE(alice.account->lastError().code(), QStringLiteral("tls-unavailable"));
    QVERIFY(alice.account->lastError().message().contains(QStringLiteral("does not offer encryption")));
    // Fatal: not retried, and reported once.
    QTest::qWait(3000);
    QCOMPARE(alice.account->state(), Account::State::Failed);
    QCOMPARE(errors.size(), 1);
}

void TestSession::silentServerTimesOutAndIsRetried()
{
    // Accepts the TCP connection and never says a word: a login that would hang for ever.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> accepted;
    connect(&mute, &QTcpServer::newConnection, &mute, [&] {
        while (QTcpSocket *s = mute.nextPendingConnection())
            accepted.append(s);
    });
    qputenv("TANDEM_CONNECT_TIMEOUT_MS", "1500");
    AccountConfig config;
    config.jid = QStringLiteral("alice@localhost");
    config.host = QStringLiteral("127.0.0.1");
    config.port = mute.serverPort();
    TestDevice device(*m_server, QStringLiteral("alice"), QStringLiteral("pw"), QStringLiteral("mute"));
    device.account = std::make_unique<Account>(
        config, QStringLiteral("mute"), device.store.get(), device.passwords.get());
    qunsetenv("TANDEM_CONNECT_TIMEOUT_MS");
    QSignalSpy errors(device.account.get(), &Account::errorOccurred);
    QElapsedTimer clock;
    clock.start();
    device.start();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind(), ConnectionError::ConnectTimeout);
    QCOMPARE(error.code(), QStringLiteral("connect-timeout"));
    QCOMPARE(device.account->state(), Account::State::Connecting);
    // The stuck connection was closed, and the next attempt (after a backoff of about a second)
    // really connects again.
    QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.first()->state(), QAbstractSocket::UnconnectedState, 5000);
    device.account->stop();
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
