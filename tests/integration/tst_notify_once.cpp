// Notify once per account, on the device in use (PROTOCOL.md §16), end to end: alice's home
// (--headless, the anchor), laptop and desktop (the GUI, offscreen), bob in a room with her, and
// a plain client on alice's account. A mention notifies on exactly the device the user is active
// on; the plain client sees no activity report at all.
#include "AccountRoomsWorld.h"

#include <QXmppMucManager.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QString home = QStringLiteral("home");
const QString laptop = QStringLiteral("laptop");
const QString desktop = QStringLiteral("desktop");
} // namespace

class TestNotifyOnce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mentionNotifiesOnlyTheActiveDevice();
    void theUserMovesAndTheNotificationFollows();
    void readElsewhereWithdrawsIt();
    void plainClientSeesNoActivity();

private:
    QJsonObject notifications(const QString &device) const
    {
        return m_w->alice->ctl(device, { QStringLiteral("notifications") })[QStringLiteral("accounts")]
            .toArray()[0]
            .toObject();
    }
    bool notifiesHere(const QString &device) const
    {
        return notifications(device)[QStringLiteral("notifies_here")].toBool();
    }
    /// How many notifications `device` showed for the room hall.
    int shown(const QString &device) const
    {
        int n = 0;
        for (const QJsonValue &v : notifications(device)[QStringLiteral("notifications")].toArray())
            n += v.toObject()[QStringLiteral("conversation")].toString() == m_hall ? 1 : 0;
        return n;
    }

    std::unique_ptr<AccountRoomsWorld> m_w;
    std::unique_ptr<QXmppClient> m_plain;
    int m_plainActivity = 0; ///< presences carrying <activity/> the plain client received
    int m_plainMessages = 0;
    QString m_hall;
};

void TestNotifyOnce::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
    m_hall = m_w->room(QStringLiteral("hall"));
    // Gajim or Conversations on alice's account, watching everything it is sent.
    m_plain = std::make_unique<QXmppClient>();
    connect(m_plain.get(), &QXmppClient::presenceReceived, this, [this](const QXmppPresence &p) {
        for (const QXmppElement &e : p.extensions()) {
            if (e.tagName() == QLatin1String("device")
                && !e.firstChildElement(QStringLiteral("activity")).isNull())
                ++m_plainActivity;
        }
    });
    connect(m_plain.get(), &QXmppClient::messageReceived, this,
        [this](const QXmppMessage &) { ++m_plainMessages; });
    QVERIFY(connectClient(*m_plain, *m_w->server, QStringLiteral("alice"), QStringLiteral("plain-client")));
    m_w->bobCreates(QStringLiteral("hall"));
    m_w->alice->ctl(laptop, { QStringLiteral("join"), m_hall });
    for (const QString &d : { home, laptop, desktop })
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, m_hall)[QStringLiteral("occupants")].toInt(), 2, 15000);
}

void TestNotifyOnce::cleanupTestCase()
{
    m_plain.reset();
    m_w.reset();
}

void TestNotifyOnce::mentionNotifiesOnlyTheActiveDevice()
{
    // The headless device has no user: ctl active is refused there.
    const CommandResult refused = runTandem({ QStringLiteral("--profile"), m_w->alice->device(home).profile,
        QStringLiteral("ctl"), QStringLiteral("active") });
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("never active"), refused.err.constData());
    m_w->alice->ctl(laptop, { QStringLiteral("active") });
    // Once the report reached the desktop (and the desktop's own lead, if it had one, is past its
    // grace), only the laptop notifies.
    QTRY_VERIFY_WITH_TIMEOUT(notifiesHere(laptop) && !notifiesHere(desktop), 20000);
    QVERIFY(!notifiesHere(home));
    m_w->bobMuc->rooms().first()->sendMessage(QStringLiteral("alice: are you there?"));
    QTRY_COMPARE_WITH_TIMEOUT(shown(laptop), 1, 10000);
    for (const QString &d : { home, laptop, desktop })
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->count(d, m_hall, QStringLiteral("alice: are you there?")), 1, 10000);
    QTest::qWait(1000);
    QCOMPARE(shown(desktop), 0);
    QCOMPARE(shown(home), 0);
    QCOMPARE(shown(laptop), 1);
}

void TestNotifyOnce::theUserMovesAndTheNotificationFollows()
{
    m_w->alice->ctl(desktop, { QStringLiteral("active") });
    // The desktop is the device the user came to last; the laptop stops after its grace.
    QTRY_VERIFY_WITH_TIMEOUT(notifiesHere(desktop) && !notifiesHere(laptop), 25000);
    m_w->bobMuc->rooms().first()->sendMessage(QStringLiteral("alice: still there?"));
    QTRY_COMPARE_WITH_TIMEOUT(shown(desktop), 1, 10000);
    for (const QString &d : { home, laptop, desktop })
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->count(d, m_hall, QStringLiteral("alice: still there?")), 1, 10000);
    QTest::qWait(1000);
    QCOMPARE(shown(laptop), 1); // the first mention only
    QCOMPARE(shown(home), 0);
}

// The desktop shows the mention; the user reads the room on the laptop instead: the read state
// (XEP-0490) reaches the desktop, which takes its notification back.
void TestNotifyOnce::readElsewhereWithdrawsIt()
{
    auto withdrawnOnDesktop = [&] {
        const QJsonArray list = notifications(desktop)[QStringLiteral("notifications")].toArray();
        return !list.isEmpty() && list.last().toObject()[QStringLiteral("withdrawn")].toBool();
    };
    QVERIFY(!withdrawnOnDesktop());
    m_w->alice->ctl(laptop, { QStringLiteral("read"), m_hall });
    QTRY_VERIFY_WITH_TIMEOUT(withdrawnOnDesktop(), 5000);
}

void TestNotifyOnce::plainClientSeesNoActivity()
{
    // Every report so far went to the Tandem siblings only, by directed presence.
    QVERIFY(m_plain->isConnected());
    QCOMPARE(m_plainActivity, 0);
    QCOMPARE(m_plainMessages, 0);
}

QTEST_MAIN(TestNotifyOnce)
#include "tst_notify_once.moc"
