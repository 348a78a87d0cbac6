// The outbox against a real Prosody: what a device sends again after reconnecting, and what it
// leaves alone (another device's messages, messages unconfirmed for too long). Bob is a plain
// client here, so every copy that reaches him is counted on the wire.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "session/Outbox.h"
#include "storage/MessageEvents.h"

#include <QXmppMessage.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anotherDevicesMessageIsNotSentAgain();
    void unconfirmedMessagesAreGivenUpAfterAWeek();
    void messageWrittenOfflineIsShownSentOnceFlushed();

private:
    /// The stanzas with a body that reached `bob` from now on.
    static std::shared_ptr<QVector<QXmppMessage>> recordWire(QXmppClient &bob);
    static int countOnWire(const QVector<QXmppMessage> &wire, const QString &originId);
    static Message::DeliveryState stateOf(TestDevice &device, const QString &messageId);
    static void sendReceipt(QXmppClient &bob, const QString &to, const QString &messageId);

    std::unique_ptr<ProsodyFixture> m_server;
};

void TestOutbox::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const char *user : { "alice", "bob" })
        QVERIFY2(m_server->registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
}

std::shared_ptr<QVector<QXmppMessage>> TestOutbox::recordWire(QXmppClient &bob)
{
    auto wire = std::make_shared<QVector<QXmppMessage>>();
    connect(&bob, &QXmppClient::messageReceived, &bob, [wire](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            wire->append(m);
    });
    return wire;
}

int TestOutbox::countOnWire(const QVector<QXmppMessage> &wire, const QString &originId)
{
    return int(std::count_if(
        wire.cbegin(), wire.cend(), [&](const QXmppMessage &m) { return m.originId() == originId; }));
}

Message::DeliveryState TestOutbox::stateOf(TestDevice &device, const QString &messageId)
{
    for (const Message &m : device.history(QStringLiteral("bob@localhost")))
        if (m.messageId == messageId)
            return m.state;
    return Message::DeliveryState::Received; // absent: never what a test expects
}

void TestOutbox::sendReceipt(QXmppClient &bob, const QString &to, const QString &messageId)
{
    // Of type chat, as clients that want the sender's other devices to see it send them.
    QXmppMessage receipt;
    receipt.setType(QXmppMessage::Chat);
    receipt.setTo(to);
    receipt.setReceiptId(messageId);
    QVERIFY(bob.sendPacket(receipt));
}

void TestOutbox::anotherDevicesMessageIsNotSentAgain()
{
    TestDevice a(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("a"));
    TestDevice b(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("b"));
    QXmppClient bob;
    const auto wire = recordWire(bob);
    QVERIFY(connectClient(bob, *m_server, QStringLiteral("bob"), QStringLiteral("wire")));
    a.start();
    b.start();
    QVERIFY(a.waitOnline());
    QVERIFY(b.waitOnline());
    QTest::qWait(500); // carbons enabling is an IQ round-trip after connect

    QSignalSpy bCopies(b.account->messageEvents(), &MessageEvents::messageAdded);
    Message sent;
    a.account->sendMessage(QStringLiteral("bob@localhost"), QStringLiteral("only once"),
        [&](const Message &m, const StorageError &) { sent = m; });
    QTRY_COMPARE_WITH_TIMEOUT(bCopies.size(), 1, 10000);
    const Message copy = bCopies.first().first().value<Message>();
    QCOMPARE(copy.direction, Message::Direction::Outgoing);
    QCOMPARE(copy.originId, sent.originId);
    QCOMPARE(copy.state, Message::DeliveryState::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(countOnWire(*wire, sent.originId), 1, 10000);

    // B reconnects: its outbox runs, and leaves A's message to A.
    b.account->stop();
    QSignalSpy flushed(b.account->outbox(), &Outbox::flushed);
    b.start();
    QVERIFY(b.waitOnline());
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty(), 10000);
    QCOMPARE(flushed.first().first().toInt(), 0);
    QTest::qWait(1000); // anything sent would have reached bob by now
    QCOMPARE(countOnWire(*wire, sent.originId), 1);
    QCOMPARE(stateOf(b, sent.messageId), Message::DeliveryState::Sent);

    // Bob acknowledges to A; B sees it through a carbon and marks its copy delivered.
    QSignalSpy bDelivered(b.account->messageEvents(), &MessageEvents::deliveryStateChanged);
    sendReceipt(bob, wire->first().from(), wire->first().id());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(b, sent.messageId), Message::DeliveryState::Delivered, 10000);
    QCOMPARE(stateOf(a, sent.messageId), Message::DeliveryState::Delivered);
    QCOMPARE(bDelivered.size(), 1);
    QCOMPARE(bDelivered.first().at(0).toString(), QStringLiteral("bob@localhost"));
    a.account->stop();
    b.account->stop();
}

void TestOutbox::unconfirmedMessagesAreGivenUpAfterAWeek()
{
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("weary"));
    QXmppClient bob;
    const auto wire = recordWire(bob);
    QVERIFY(connectClient(bob, *m_server, QStringLiteral("bob"), QStringLiteral("mute")));

    // Unconfirmed messages from earlier runs, in alice's database: bob's client never sends
    // receipts.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString self = alice.account->fullJid();
    const QString elsewhere = QStringLiteral("alice@localhost/elsewhere");
    auto put = [&](const QString &id, const QString &sender, const QDateTime &written) {
        Message m;
        m.account = QStringLiteral("alice@localhost");
        m.conversation = QStringLiteral("bob@localhost");
        m.direction = Message::Direction::Outgoing;
        m.sender = sender;
        m.messageId = m.originId = id;
        m.body = QStringLiteral("written ") + id;
        m.localTime = m.serverTime = written;
        m.state = Message::DeliveryState::Sent;
        bool stored = false;
        alice.store->store(
            m, alice.account.get(), [&](const StoreResult &r) { stored = !r.error.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 5000);
    };
    put(QStringLiteral("eight-days"), self, now.addDays(-8));
    put(QStringLiteral("six-days"), self, now.addDays(-6));
    put(QStringLiteral("other-device"), elsewhere, now.addSecs(-3600));
    put(QStringLiteral("other-device-old"), elsewhere, now.addDays(-8));

    QSignalSpy flushed(alice.account->outbox(), &Outbox::flushed);
    QSignalSpy changes(alice.account->messageEvents(), &MessageEvents::deliveryStateChanged);
    alice.start();
    QVERIFY(alice.waitOnline());
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty(), 10000);
    QCOMPARE(flushed.first().first().toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(countOnWire(*wire, QStringLiteral("six-days")), 1, 10000);
    QTest::qWait(1000);
    QCOMPARE(wire->size(), 1); // neither the given-up ones nor the other device's

    QTRY_COMPARE_WITH_TIMEOUT(
        stateOf(alice, QStringLiteral("eight-days")), Message::DeliveryState::Failed, 5000);
    QCOMPARE(stateOf(alice, QStringLiteral("other-device-old")), Message::DeliveryState::Failed);
    QCOMPARE(stateOf(alice, QStringLiteral("six-days")), Message::DeliveryState::Sent);
    QCOMPARE(stateOf(alice, QStringLiteral("other-device")), Message::DeliveryState::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 5000); // the open conversation shows it
    for (const auto &change : changes)
        QCOMPARE(change.at(2).value<Message::DeliveryState>(), Message::DeliveryState::Failed);

    // Reconnecting gives up on nothing more and sends the recent one again.
    alice.account->stop();
    alice.start();
    QVERIFY(alice.waitOnline());
    QTRY_COMPARE_WITH_TIMEOUT(countOnWire(*wire, QStringLiteral("six-days")), 2, 10000);
    QCOMPARE(countOnWire(*wire, QStringLiteral("eight-days")), 0);

    // A receipt that comes after all still counts.
    sendReceipt(bob, self, QStringLiteral("eight-days"));
    QTRY_COMPARE_WITH_TIMEOUT(
        stateOf(alice, QStringLiteral("eight-days")), Message::DeliveryState::Delivered, 10000);
    alice.account->stop();
}

void TestOutbox::messageWrittenOfflineIsShownSentOnceFlushed()
{
    // Written before the account is online: stored (and shown) pending; the outbox sends it on
    // connect, and a conversation open meanwhile hears it is sent.
    TestDevice alice(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("train"));
    QXmppClient bob;
    const auto wire = recordWire(bob);
    QVERIFY(connectClient(bob, *m_server, QStringLiteral("bob"), QStringLiteral("home")));
    QSignalSpy added(alice.account->messageEvents(), &MessageEvents::messageAdded);
    QSignalSpy changes(alice.account->messageEvents(), &MessageEvents::deliveryStateChanged);
    Message written;
    alice.account->sendMessage(QStringLiteral("bob@localhost"), QStringLiteral("written in a tunnel"),
        [&](const Message &m, const StorageError &) { written = m; });
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 5000);
    QCOMPARE(added.first().at(0).value<Message>().state, Message::DeliveryState::Pending);

    alice.start();
    QVERIFY(alice.waitOnline());
    QTRY_COMPARE_WITH_TIMEOUT(countOnWire(*wire, written.originId), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.cbegin(), changes.cend(),
                                 [&](const QList<QVariant> &c) {
                                     return c.at(1).toString() == written.messageId
                                         && c.at(2).value<Message::DeliveryState>()
                                         == Message::DeliveryState::Sent;
                                 }),
        5000);
    QCOMPARE(stateOf(alice, written.messageId), Message::DeliveryState::Sent);
    alice.account->stop();
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
