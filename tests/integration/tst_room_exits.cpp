// How the account leaves rooms, with real processes of alice and bob as a plain client (the
// room's owner): a leave, a kick and a ban are seen on every device, with their reason; what
// the account's bookmarks keep of them; joins refused, and the reasons the siblings get.
#include "AccountRoomsWorld.h"

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
} // namespace

class TestRoomExits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void leaveIsSeenEverywhere();
    void kickAndBanAreSeenEverywhere();

private:
    QString room(const QString &name) const { return m_w->room(name); }
    QXmppMucRoom *bobCreates(const QString &name) { return m_w->bobCreates(name); }
    int bobReceived(const QString &body) const { return m_w->bobReceived(body); }

    std::unique_ptr<AccountRoomsWorld> m_w;
};

void TestRoomExits::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->start(&error), qPrintable(error));
    // The laptop comes first and holds the rooms alone until the always-on device shows up.
    m_w->alice->start(QStringLiteral("laptop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("laptop")), QStringLiteral("solo"), 30000);
    m_w->alice->start(QStringLiteral("home"), true);
    m_w->alice->start(QStringLiteral("desktop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") })
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(d), QStringLiteral("sibling"), 15000);
}

void TestRoomExits::cleanupTestCase()
{
    m_w.reset();
}

void TestRoomExits::leaveIsSeenEverywhere()
{
    QXmppMucRoom *side = bobCreates(QStringLiteral("side"));
    const QString jid = room(QStringLiteral("side"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(side->participants().size(), 2, 10000);
    m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("leave"), jid });
    for (const QString &d : alices) {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->room(d, jid)[QStringLiteral("state")].toString(), QStringLiteral("left"), 10000);
        QCOMPARE(m_w->alice->room(d, jid)[QStringLiteral("left_reason")].toString(), QStringLiteral("left"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(side->participants().size(), 1, 10000);
}

void TestRoomExits::kickAndBanAreSeenEverywhere()
{
    const QString hall = room(QStringLiteral("hall"));
    QXmppMucRoom *bobHall = bobCreates(QStringLiteral("hall"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), hall })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->participants().size(), 2, 10000);
    bobHall->kick(hall + QStringLiteral("/alice"), QStringLiteral("behave"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("kicked"), 10000);
    QTest::qWait(3000); // no automatic rejoin after a kick
    QCOMPARE(bobHall->participants().size(), 1);

    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), hall })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->participants().size(), 2, 10000);
    bobHall->ban(QStringLiteral("alice@localhost"), QStringLiteral("enough"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("banned"), 10000);
    QTest::qWait(3000); // and no rejoin loop after a ban
    QCOMPARE(bobHall->participants().size(), 1);
    QCOMPARE(m_w->alice->room(QStringLiteral("home"), hall)[QStringLiteral("state")].toString(),
        QStringLiteral("left"));

    // A sibling asking again gets the room's refusal, relayed by the anchor, in words.
    const auto refused
        = runTandem({ QStringLiteral("--profile"), m_w->alice->device(QStringLiteral("desktop")).profile,
            QStringLiteral("ctl"), QStringLiteral("join"), hall });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("banned"), refused.err.constData());
    QTest::qWait(2000);
    QCOMPARE(bobHall->participants().size(), 1);
}

QTEST_GUILESS_MAIN(TestRoomExits)
#include "tst_room_exits.moc"
