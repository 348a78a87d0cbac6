// A message the server refuses must not take the account down. Against a real Prosody whose
// stanza limit is small (c2s_stanza_size_limit), with Tandem's own limit lifted: the server ends
// the stream for the oversized message, which is then failed with the server's words, learnt as
// the limit, and sent neither by QXmpp's stream management nor by the outbox on any reconnect or
// restart, while later messages go through. A second server announces its limit (XEP-0478, by a
// module of this test): there, a message over it is refused before it leaves.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "session/Outbox.h"
#include "storage/MessageEvents.h"
#include "storage/MessageLimits.h"

#include <QXmppMessage.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString Bob = QStringLiteral("bob@localhost");
constexpr int ServerStanzaLimit = 16 * 1024;

bool startServer(ProsodyFixture &server, const QString &extra, const QStringList &modules = {},
    const QString &pluginDir = {})
{
    server.setExtraConfig(extra, modules, pluginDir);
    QString error;
    if (!server.start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    for (const char *user : { "alice", "bob" })
        if (!server.registerUser(
                QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error))
            return false;
    return true;
}

std::optional<Message> stored(TestDevice &device, const QString &originId)
{
    for (const Message &m : device.history(Bob))
        if (m.originId == originId)
            return m;
    return std::nullopt;
}

} // namespace

class TestRefusedMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oversizedMessageFailsAndStaysFailed();
    void announcedLimitRefusesBeforeSending();
};

void TestRefusedMessage::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    // Tandem's own limit would refuse these messages before the server sees them.
    qputenv("TANDEM_MAX_BODY_BYTES", QByteArray::number(1024 * 1024));
}

void TestRefusedMessage::oversizedMessageFailsAndStaysFailed()
{
    ProsodyFixture server;
    QVERIFY(startServer(server, QStringLiteral("c2s_stanza_size_limit = %1").arg(ServerStanzaLimit)));
    TestDevice alice(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    QXmppClient bob;
    QVector<QString> wire;
    connect(&bob, &QXmppClient::messageReceived, &bob, [&](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            wire.append(m.body());
    });
    QVERIFY(connectClient(bob, server, QStringLiteral("bob"), QStringLiteral("wire")));
    alice.start();
    QVERIFY(alice.waitOnline());

    QSignalSpy failed(alice.account->messageEvents(), &MessageEvents::deliveryFailed);
    QSignalSpy errors(alice.account.get(), &Account::errorOccurred);
    const QString big = QStringLiteral("far too long ").repeated(2 * ServerStanzaLimit / 13);
    Message sent;
    alice.account->sendMessage(Bob, big, [&](const Message &m, const StorageError &) { sent = m; });
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QCOMPARE(failed.first().at(1).toString(), sent.originId);
    const QString reason = failed.first().at(2).toString();
    QVERIFY2(reason.contains(QLatin1String("policy-violation")) && reason.contains(QLatin1String("too big")),
        qPrintable(reason));
    // Learnt: a message as long is refused here now, in words, before it is stored or sent.
    QVERIFY(alice.account->messageEvents()->maxBodyBytes() < big.toUtf8().size());
    QString refusal;
    alice.account->sendMessage(
        Bob, big, [&](const Message &, const StorageError &e) { refusal = e.message(); });
    QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 5000);
    QVERIFY2(refusal.contains(QLatin1String("too long")), qPrintable(refusal));

    // The account comes back and stays: nothing sends the message again to end the stream again.
    QVERIFY(alice.waitOnline());
    const int errorsAfterFirst = errors.size();
    Message shortOne;
    alice.account->sendMessage(
        Bob, QStringLiteral("short one"), [&](const Message &m, const StorageError &) { shortOne = m; });
    QTRY_VERIFY_WITH_TIMEOUT(wire.contains(QStringLiteral("short one")), 10000);
    QTest::qWait(1500);
    QCOMPARE(errors.size(), errorsAfterFirst);
    QCOMPARE(alice.account->state(), Account::State::Online);
    const auto failedRow = stored(alice, sent.originId);
    QVERIFY(failedRow);
    QCOMPARE(failedRow->state, Message::DeliveryState::Failed);
    QCOMPARE(failedRow->failure, reason);

    // After a restart the outbox leaves it alone too; it sends only the short message again, which
    // bob (a plain client, no receipts) never confirmed, and counts that against its budget.
    alice.account->stop();
    alice.restartAccount();
    QSignalSpy flushed(alice.account->outbox(), &Outbox::flushed);
    alice.start();
    QVERIFY(alice.waitOnline());
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty(), 10000);
    QCOMPARE(flushed.first().first().toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(wire.count(QStringLiteral("short one")), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stored(alice, shortOne.originId)->sendAttempts, 1, 5000);
    QTest::qWait(1000);
    QCOMPARE(alice.account->state(), Account::State::Online);
    QVERIFY(!wire.contains(big));
    QCOMPARE(stored(alice, sent.originId)->state, Message::DeliveryState::Failed);
}

void TestRefusedMessage::announcedLimitRefusesBeforeSending()
{
    // A server that announces its limit (XEP-0478), as Prosody 0.12 does not yet: a module of ours.
    QTemporaryDir plugins;
    QFile module(plugins.filePath(QStringLiteral("mod_test_stream_limits.lua")));
    QVERIFY(module.open(QIODevice::WriteOnly));
    module.write(QStringLiteral(R"(module:hook("stream-features", function(event)
    event.features:tag("limits", { xmlns = "urn:xmpp:stream-limits:0" })
        :tag("max-bytes"):text("%1"):up():up();
end);
)")
                     .arg(ServerStanzaLimit)
                     .toUtf8());
    module.close();
    ProsodyFixture server;
    QVERIFY(startServer(server, QStringLiteral("c2s_stanza_size_limit = %1").arg(ServerStanzaLimit),
        { QStringLiteral("test_stream_limits") }, plugins.path()));
    TestDevice alice(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    alice.start();
    QVERIFY(alice.waitOnline());
    QCOMPARE(
        alice.account->messageEvents()->maxBodyBytes(), MessageLimits::bodyBytesWithin(ServerStanzaLimit));

    QSignalSpy errors(alice.account.get(), &Account::errorOccurred);
    QString refusal;
    bool answered = false;
    alice.account->sendMessage(
        Bob, QStringLiteral("x").repeated(ServerStanzaLimit), [&](const Message &, const StorageError &e) {
            refusal = e.message();
            answered = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QVERIFY2(refusal.contains(QLatin1String("too long")), qPrintable(refusal));
    QTest::qWait(1000);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(alice.account->state(), Account::State::Online);
}

QTEST_MAIN(TestRefusedMessage)
#include "tst_refused_message.moc"
