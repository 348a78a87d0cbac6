// The main window's notifications, offscreen, over a private session bus with a small
// notification service on it: a message in a conversation that is not in view notifies, clicking
// the notification opens that conversation (which reads it and closes the notification), and a
// message in the conversation open in the active window does not notify.
#include "MainWindow.h"
#include "NotificationService.h"
#include "OfflineProfile.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "models/ConversationListModel.h"
#include "profile/Profile.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using Tandem::Test::NotificationService;

class TestMainWindowNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clickingANotificationOpensItsConversation();

private:
    /// Stores a message from `conversation` and reports it live; returns when (on the service's clock).
    qint64 incoming(Instance &instance, const QString &conversation, const QString &body);

    Test::PrivateBus m_bus;
    NotificationService m_service;
};

void TestMainWindowNotifications::initTestCase()
{
    QVERIFY2(m_bus.start(), "dbus-daemon did not start (package dbus)");
    // The window talks to the session bus: this one, from its first use on.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address.toUtf8());
    QDBusConnection serviceBus = QDBusConnection::connectToBus(m_bus.address, QStringLiteral("service"));
    QVERIFY(serviceBus.isConnected());
    QVERIFY(m_service.registerOn(serviceBus));
}

void TestMainWindowNotifications::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("service"));
}

qint64 TestMainWindowNotifications::incoming(
    Instance &instance, const QString &conversation, const QString &body)
{
    static int counter = 0;
    Account *account = instance.account();
    Message m;
    m.account = account->jid();
    m.conversation = conversation;
    m.sender = conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("window-%1").arg(++counter);
    m.body = body;
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    instance.messages()->store(m, this, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    if (!QTest::qWaitFor([&] { return stored; }, 5000))
        qWarning("message not stored");
    const qint64 reported = m_service.clock.elapsed();
    account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
    return reported;
}

void TestMainWindowNotifications::clickingANotificationOpensItsConversation()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeOfflineProfile(dir.path()));
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    QVERIFY(instance.account());

    const QString bob = QStringLiteral("bob@localhost");
    const qint64 reported = incoming(instance, bob, QStringLiteral("are you there?"));
    QVERIFY(QTest::qWaitFor([&] { return !m_service.notified.isEmpty(); }, 5000));
    qInfo("reported -> Notify at the service: %lld ms", m_service.notified.last().atMs - reported);
    QCOMPARE(m_service.notified.last().summary, bob);
    QCOMPARE(m_service.notified.last().body, QStringLiteral("are you there?"));
    const uint id = m_service.notified.last().id;
    auto *notifier = window.findChild<DesktopNotifier *>();
    QVERIFY(notifier);
    QVERIFY(QTest::qWaitFor([&] { return notifier->isShowing(instance.account()->jid(), bob); }, 5000));

    qint64 opened = 0;
    connect(&window, &QWidget::windowTitleChanged, this, [&] { opened = m_service.clock.elapsed(); });
    const qint64 clicked = m_service.clock.elapsed();
    QVERIFY(NotificationService::invoke(
        QDBusConnection(QStringLiteral("service")), id, QStringLiteral("default")));
    QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(bob), 5000);
    qInfo("ActionInvoked -> conversation open: %lld ms", opened - clicked);
    auto *list = window.findChild<QListView *>(QStringLiteral("conversations"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(
        list->currentIndex().data(ConversationListModel::ConversationRole).toString(), bob, 5000);
    // Opened, so read: the notification goes.
    QVERIFY(QTest::qWaitFor([&] { return m_service.closed.contains(id); }, 5000));
    qInfo("ActionInvoked -> CloseNotification at the service: %lld ms", m_service.lastClosedAtMs - clicked);

    // In the active window, what arrives in the open conversation is seen, not notified.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const int before = m_service.notified.size();
    incoming(instance, bob, QStringLiteral("still there"));
    const QString carol = QStringLiteral("carol@localhost");
    incoming(instance, carol, QStringLiteral("elsewhere"));
    QVERIFY(QTest::qWaitFor([&] { return m_service.notified.size() > before; }, 5000));
    QTest::qWait(100);
    QCOMPARE(m_service.notified.size(), before + 1);
    QCOMPARE(m_service.notified.last().summary, carol);

    // Closed by the user without opening it: seen, so read (and, through the read state, read on
    // the account's other devices too).
    auto unreadOf = [&](const QString &conversation) {
        qint64 unread = -1;
        bool done = false;
        instance.messages()->conversations(
            instance.account()->jid(), this, [&](const QVector<ConversationSummary> &all) {
                for (const ConversationSummary &c : all) {
                    if (c.conversation == conversation)
                        unread = c.unreadCount;
                }
                done = true;
            });
        QTest::qWaitFor([&] { return done; }, 5000);
        return unread;
    };
    QCOMPARE(unreadOf(carol), qint64(1));
    QVERIFY(QTest::qWaitFor([&] { return notifier->isShowing(instance.account()->jid(), carol); }, 5000));
    QVERIFY(NotificationService::closeSignal(
        QDBusConnection(QStringLiteral("service")), m_service.notified.last().id, 2));
    QTRY_COMPARE_WITH_TIMEOUT(unreadOf(carol), qint64(0), 5000);
}

QTEST_MAIN(TestMainWindowNotifications)
#include "tst_main_window_notifications.moc"
