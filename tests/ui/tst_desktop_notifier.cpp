// DesktopNotifier over a real D-Bus: a private dbus-daemon of the test's own, a small
// org.freedesktop.Notifications service on one connection to it, the notifier on another. Checks
// what Notify carries, that a withdrawal closes the bubble, that clicking it announces activated(),
// and the fallback when no service answers.
#include "NotificationService.h"
#include "OfflineAccount.h"
#include "account/NotificationFeed.h"
#include "notifications/DesktopNotifier.h"
#include "storage/MessageEvents.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using Tandem::Test::NotificationService;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notifyCarriesTheMessage();
    void withdrawalClosesIt();
    void withdrawalBeforeTheAnswerClosesIt();
    void defaultActionActivates();
    void dismissedIsSeen();
    void feedReachesTheBus();
    void absentServiceFallsBack();

private:
    void emitAction(uint id, const QString &action);

    Test::PrivateBus m_bus;
    NotificationService m_service;
    std::unique_ptr<DesktopNotifier> m_notifier;
    const QString m_account = QStringLiteral("alice@localhost");
};

void TestDesktopNotifier::initTestCase()
{
    QVERIFY2(m_bus.start(), "dbus-daemon did not start (package dbus)");

    QDBusConnection serviceBus = QDBusConnection::connectToBus(m_bus.address, QStringLiteral("service"));
    QVERIFY2(serviceBus.isConnected(), qPrintable(serviceBus.lastError().message()));
    QVERIFY(serviceBus.registerObject(
        QString::fromLatin1(DesktopNotifier::path), &m_service, QDBusConnection::ExportAllSlots));
    QVERIFY(serviceBus.registerService(QString::fromLatin1(DesktopNotifier::service)));

    QDBusConnection clientBus = QDBusConnection::connectToBus(m_bus.address, QStringLiteral("client"));
    QVERIFY(clientBus.isConnected());
    m_notifier = std::make_unique<DesktopNotifier>(clientBus);
}

void TestDesktopNotifier::cleanupTestCase()
{
    m_notifier.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("client"));
    QDBusConnection::disconnectFromBus(QStringLiteral("service"));
    QDBusConnection::disconnectFromBus(QStringLiteral("bare"));
}

void TestDesktopNotifier::emitAction(uint id, const QString &action)
{
    QVERIFY(NotificationService::invoke(QDBusConnection(QStringLiteral("service")), id, action));
}

void TestDesktopNotifier::notifyCarriesTheMessage()
{
    const QString bob = QStringLiteral("bob@localhost");
    m_notifier->notify(m_account, bob, QStringLiteral("bob@localhost"), QStringLiteral("lunch?"), 7);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.size() == 1; }, 5000));
    const NotificationService::Call first = m_service.notified.last();
    QCOMPARE(first.summary, QStringLiteral("bob@localhost"));
    QCOMPARE(first.body, QStringLiteral("lunch?"));
    QCOMPARE(first.appName, QStringLiteral("Tandem"));
    QCOMPARE(first.replacesId, 0u);
    QVERIFY(first.actions.contains(QStringLiteral("default")));
    QCOMPARE(first.hints.value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));

    // The next message of the conversation replaces its bubble once the first id is known.
    QVERIFY(QTest::qWaitFor([&] { return m_notifier->isShowing(m_account, bob); }, 5000));
    m_notifier->notify(m_account, bob, QStringLiteral("bob@localhost"), QStringLiteral("at noon"), 8);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.size() == 2; }, 5000));
    QCOMPARE(m_service.notified.last().replacesId, first.id);
    QCOMPARE(m_service.notified.last().body, QStringLiteral("at noon"));

    // The server reads markup (body-markup): the message's own '<' and '&' are escaped for it.
    m_notifier->notify(m_account, bob, bob, QStringLiteral("a <b> & c"), 9);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.size() == 3; }, 5000));
    QCOMPARE(m_service.notified.last().body, QStringLiteral("a &lt;b&gt; &amp; c"));
}

void TestDesktopNotifier::withdrawalClosesIt()
{
    const QString carol = QStringLiteral("carol@localhost");
    m_notifier->notify(m_account, carol, carol, QStringLiteral("hi"), 9);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.last().summary == carol; }, 5000));
    const uint id = m_service.notified.last().id;
    QVERIFY(QTest::qWaitFor([&] { return m_notifier->isShowing(m_account, carol); }, 5000));
    m_notifier->withdraw(m_account, carol);
    QVERIFY(!m_notifier->isShowing(m_account, carol));
    QVERIFY(QTest::qWaitFor([&] { return m_service.closed.contains(id); }, 5000));

    // Another account's conversation of the same name is not this one.
    const int closed = m_service.closed.size();
    m_notifier->withdraw(QStringLiteral("other@localhost"), QStringLiteral("bob@localhost"));
    QTest::qWait(200);
    QCOMPARE(m_service.closed.size(), closed);
}

void TestDesktopNotifier::withdrawalBeforeTheAnswerClosesIt()
{
    const QString dave = QStringLiteral("dave@localhost");
    m_notifier->notify(m_account, dave, dave, QStringLiteral("quick"), 10);
    m_notifier->withdraw(m_account, dave); // read before the service answered
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.last().summary == dave; }, 5000));
    const uint id = m_service.notified.last().id;
    QVERIFY(QTest::qWaitFor([&] { return m_service.closed.contains(id); }, 5000));
}

void TestDesktopNotifier::defaultActionActivates()
{
    const QString erin = QStringLiteral("erin@localhost");
    QSignalSpy activated(m_notifier.get(), &DesktopNotifier::activated);
    m_notifier->notify(m_account, erin, erin, QStringLiteral("click me"), 11);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.last().summary == erin; }, 5000));
    const uint id = m_service.notified.last().id;
    QVERIFY(QTest::qWaitFor([&] { return m_notifier->isShowing(m_account, erin); }, 5000));

    emitAction(id, QStringLiteral("other")); // not the click
    emitAction(id + 1000, QStringLiteral("default")); // not ours
    emitAction(id, QStringLiteral("default"));
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), m_account);
    QCOMPARE(activated.first().at(1).toString(), erin);
}

void TestDesktopNotifier::dismissedIsSeen()
{
    const QString fay = QStringLiteral("fay@localhost");
    QSignalSpy dismissed(m_notifier.get(), &DesktopNotifier::dismissed);
    const QDBusConnection bus(QStringLiteral("service"));
    // Expired (reason 1) is not the user's doing.
    m_notifier->notify(m_account, fay, fay, QStringLiteral("first"), 21);
    QVERIFY(QTest::qWaitFor([&] { return m_notifier->isShowing(m_account, fay); }, 5000));
    QVERIFY(NotificationService::closeSignal(bus, m_service.notified.last().id, 1));
    QVERIFY(QTest::qWaitFor([&] { return !m_notifier->isShowing(m_account, fay); }, 5000));
    QCOMPARE(dismissed.count(), 0);
    // Closed by the user (reason 2): seen up to the message it showed.
    m_notifier->notify(m_account, fay, fay, QStringLiteral("second"), 22);
    QVERIFY(QTest::qWaitFor([&] { return m_notifier->isShowing(m_account, fay); }, 5000));
    QVERIFY(NotificationService::closeSignal(bus, m_service.notified.last().id + 1000, 2)); // not ours
    QVERIFY(NotificationService::closeSignal(bus, m_service.notified.last().id, 2));
    QVERIFY(dismissed.wait(5000));
    QCOMPARE(dismissed.count(), 1);
    QCOMPARE(dismissed.first().at(0).toString(), m_account);
    QCOMPARE(dismissed.first().at(1).toString(), fay);
    QCOMPARE(dismissed.first().at(2).toLongLong(), qint64(22));
}

void TestDesktopNotifier::feedReachesTheBus()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    NotificationFeed feed(alice.account.get());
    m_notifier->watch(&feed);

    Message m;
    m.account = alice.config.jid;
    m.conversation = QStringLiteral("frank@localhost");
    m.sender = QStringLiteral("frank@localhost/pc");
    m.originId = QStringLiteral("f1");
    m.body = QStringLiteral("through the feed");
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    alice.store.store(m, this, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    alice.account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.last().body == m.body; }, 5000));
    const uint id = m_service.notified.last().id;
    QVERIFY(QTest::qWaitFor([&] { return m_notifier->isShowing(m_account, m.conversation); }, 5000));

    alice.account->messageEvents()->markAllRead(m.conversation);
    QVERIFY(QTest::qWaitFor([&] { return m_service.closed.contains(id); }, 5000));
}

void TestDesktopNotifier::absentServiceFallsBack()
{
    // A connection to a bus where nobody owns the name.
    QDBusConnection serviceBus(QStringLiteral("service"));
    QVERIFY(serviceBus.unregisterService(QString::fromLatin1(DesktopNotifier::service)));
    DesktopNotifier lonely(QDBusConnection::connectToBus(m_bus.address, QStringLiteral("bare")));
    QVERIFY(!lonely.usesFallback());
    const int calls = m_service.notified.size();
    lonely.notify(
        m_account, QStringLiteral("bob@localhost"), QStringLiteral("bob"), QStringLiteral("hi"), 12);
    QVERIFY(QTest::qWaitFor([&] { return lonely.usesFallback(); }, 5000));
    QCOMPARE(m_service.notified.size(), calls);

    // A server without markup gets the text as it is.
    m_service.capabilities = QStringList { QStringLiteral("body") };
    QVERIFY(serviceBus.registerService(QString::fromLatin1(DesktopNotifier::service)));
    DesktopNotifier plain(QDBusConnection(QStringLiteral("bare")));
    QVERIFY(QTest::qWaitFor([&] { return !plain.escapesBody(); }, 5000));
    plain.notify(
        m_account, QStringLiteral("bob@localhost"), QStringLiteral("bob"), QStringLiteral("x < y"), 13);
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.size() == calls + 1; }, 5000));
    QCOMPARE(m_service.notified.last().body, QStringLiteral("x < y"));
    QVERIFY(!plain.usesFallback());
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktop_notifier.moc"
