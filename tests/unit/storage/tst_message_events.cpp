// MessageEvents, the one source of an account's message events, on a real database: our own
// messages are stored before they leave and reported once, and a change of delivery state is
// written and announced once, only when it changed something.
#include "StorageTestUtils.h"
#include "storage/MessageEvents.h"

#include <QSignalSpy>

using namespace Tandem;
using namespace Tandem::Test;

class TestMessageEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void outgoingIsStoredThenSentThenReported();
    void outgoingThatCannotBeStoredIsNeverSent();
    void deliveryStateIsAnnouncedOncePerChange();
    void failureKeepsItsReasonUntilDelivered();

private:
    static Message outgoing(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<MessageEvents> m_events;
};

void TestMessageEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(openAndWait(*m_db, m_dir->filePath(QStringLiteral("t.db"))).ok);
    m_store = std::make_unique<MessageStore>(m_db.get());
    m_events = std::make_unique<MessageEvents>(QStringLiteral("alice@localhost"), m_store.get());
}

void TestMessageEvents::cleanup()
{
    m_events.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Message TestMessageEvents::outgoing(const QString &id)
{
    Message m;
    m.account = QStringLiteral("alice@localhost");
    m.conversation = QStringLiteral("bob@localhost");
    m.direction = Message::Direction::Outgoing;
    m.sender = QStringLiteral("alice@localhost/desk");
    m.messageId = m.originId = id;
    m.body = QStringLiteral("hello ") + id;
    m.localTime = m.serverTime = QDateTime::currentDateTimeUtc();
    m.state = Message::DeliveryState::Pending;
    return m;
}

void TestMessageEvents::outgoingIsStoredThenSentThenReported()
{
    QSignalSpy added(m_events.get(), &MessageEvents::messageAdded);
    QSignalSpy changed(m_events.get(), &MessageEvents::deliveryStateChanged);
    qint64 rowSeenBySend = 0;
    bool reportedBeforeSent = false;
    bool done = false;
    m_events->storeOutgoing(
        outgoing(QStringLiteral("one")), MessageEvents::Origin::Composed, this,
        [&](const Message &stored) {
            reportedBeforeSent = !added.isEmpty();
            rowSeenBySend = stored.rowId;
            return true;
        },
        [&](const Message &m, const StorageError &error) { done = !error.isError() && m.rowId > 0; });
    QTRY_VERIFY_WITH_TIMEOUT(done, asyncTimeoutMs);
    QVERIFY(rowSeenBySend > 0);
    QVERIFY(!reportedBeforeSent); // not reported before it is on its way
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).value<Message>().state, Message::DeliveryState::Sent);
    QCOMPARE(added.first().at(1).value<MessageEvents::Origin>(), MessageEvents::Origin::Composed);
    const auto rows = waitForCallback<QVector<Message>>([&](QObject *context, auto done) {
        m_store->history(QStringLiteral("alice@localhost"), QStringLiteral("bob@localhost"), 10, {}, context,
            [done](const QVector<Message> &page, const StorageError &) { done(page); });
    });
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->first().state, Message::DeliveryState::Sent);
    QCOMPARE(changed.size(), 0); // the state came with the message
}

void TestMessageEvents::outgoingThatCannotBeStoredIsNeverSent()
{
    // The disk is full: not a page more.
    QVERIFY(runAndWait(*m_db, [](SqliteConnection &c) {
        const qint64 pages = c.queryInt64(QStringLiteral("PRAGMA page_count"));
        c.queryInt64(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        return true;
    }));
    QSignalSpy added(m_events.get(), &MessageEvents::messageAdded);
    QSignalSpy failed(m_events.get(), &MessageEvents::storageFailed);
    bool sent = false;
    StorageError reported;
    bool done = false;
    m_events->storeOutgoing(
        outgoing(QStringLiteral("big") + QString(64 * 1024, QLatin1Char('x'))),
        MessageEvents::Origin::Composed, this,
        [&](const Message &) {
            sent = true;
            return true;
        },
        [&](const Message &, const StorageError &error) {
            reported = error;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, asyncTimeoutMs);
    QVERIFY(reported.isError());
    QVERIFY(!sent);
    QCOMPARE(added.size(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestMessageEvents::deliveryStateIsAnnouncedOncePerChange()
{
    bool done = false;
    m_events->storeOutgoing(
        outgoing(QStringLiteral("two")), MessageEvents::Origin::Composed, this,
        [](const Message &) { return true; }, [&](const Message &, const StorageError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, asyncTimeoutMs);
    QSignalSpy changed(m_events.get(), &MessageEvents::deliveryStateChanged);
    const QString bob = QStringLiteral("bob@localhost");
    m_events->setDeliveryState(bob, QStringLiteral("two"), Message::DeliveryState::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, asyncTimeoutMs);
    QCOMPARE(changed.first().at(0).toString(), bob);
    QCOMPARE(changed.first().at(1).toString(), QStringLiteral("two"));
    QCOMPARE(changed.first().at(2).value<Message::DeliveryState>(), Message::DeliveryState::Delivered);
    // A second receipt, a state that would move backwards, a message we do not have: no news.
    m_events->setDeliveryState(bob, QStringLiteral("two"), Message::DeliveryState::Delivered);
    m_events->setDeliveryState(bob, QStringLiteral("two"), Message::DeliveryState::Sent);
    m_events->setDeliveryState(bob, QStringLiteral("unknown"), Message::DeliveryState::Delivered);
    QVERIFY(runAndWait(*m_db, [](SqliteConnection &) { return true; })); // the writes are done
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);
}

void TestMessageEvents::failureKeepsItsReasonUntilDelivered()
{
    bool done = false;
    m_events->storeOutgoing(
        outgoing(QStringLiteral("three")), MessageEvents::Origin::Composed, this,
        [](const Message &) { return true; }, [&](const Message &, const StorageError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, asyncTimeoutMs);
    const QString bob = QStringLiteral("bob@localhost");
    const auto stored = [&] {
        QVector<Message> rows;
        bool answered = false;
        m_store->history(QStringLiteral("alice@localhost"), bob, 10, HistoryCursor(), this,
            [&](const QVector<Message> &page, const StorageError &) {
                rows = page;
                answered = true;
            });
        if (!QTest::qWaitFor([&] { return answered; }, asyncTimeoutMs))
            return Message();
        return rows.value(0);
    };
    QSignalSpy changed(m_events.get(), &MessageEvents::deliveryStateChanged);
    QSignalSpy failed(m_events.get(), &MessageEvents::deliveryFailed);
    m_events->failDelivery(
        bob, QStringLiteral("three"), QStringLiteral("the server answered: service-unavailable"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, asyncTimeoutMs);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(failed.first().at(2).toString(), QStringLiteral("the server answered: service-unavailable"));
    Message row = stored();
    QCOMPARE(row.state, Message::DeliveryState::Failed);
    QCOMPARE(row.failure, QStringLiteral("the server answered: service-unavailable"));

    // Failing again says nothing new; a receipt that comes after all is proof, and the reason goes.
    m_events->failDelivery(bob, QStringLiteral("three"), QStringLiteral("again"));
    m_events->setDeliveryState(bob, QStringLiteral("three"), Message::DeliveryState::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, asyncTimeoutMs);
    QCOMPARE(failed.size(), 1);
    row = stored();
    QCOMPARE(row.state, Message::DeliveryState::Delivered);
    QVERIFY(row.failure.isEmpty());

    // The outbox's count of attempts is kept with the row.
    m_store->countSendAttempt(row.rowId);
    m_store->countSendAttempt(row.rowId);
    QVERIFY(runAndWait(*m_db, [](SqliteConnection &) { return true; }));
    QCOMPARE(stored().sendAttempts, 2);
}

QTEST_GUILESS_MAIN(TestMessageEvents)
#include "tst_message_events.moc"
