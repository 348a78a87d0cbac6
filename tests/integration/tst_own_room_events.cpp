// The account's own joins and leaves as rows of the room's timeline, with real processes of
// alice (the always-on home as anchor, the laptop and the desktop as siblings) and bob as a plain
// client: a join asked on one device is one "You joined" row on every device; the anchor SIGKILLed
// (a failover: another device joins the room again) and coming back (a takeover: it joins before
// the interim anchor leaves) adds none; a leave asked on another device is one "You left" row on
// every device.
#include "AccountRoomsWorld.h"

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
} // namespace

class TestOwnRoomEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneJoinAndOneLeaveOnEveryDevice();

private:
    /// How many room event rows of `type` (RoomEventRow::typeName) `device` stores of `room`,
    /// read from its export (ctl history leaves room events out); -1 if the export failed.
    int rows(const QString &device, const QString &room, const QString &type) const;
    /// Every device of `devices` stores `n` rows of `type`, and still does a second later (a
    /// wrong row would come right behind the right one). `why` says which did not.
    bool settled(
        const QStringList &devices, const QString &room, const QString &type, int n, QString *why) const;

    std::unique_ptr<AccountRoomsWorld> m_w;
};

void TestOwnRoomEvents::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
}

void TestOwnRoomEvents::cleanupTestCase()
{
    m_w.reset();
}

int TestOwnRoomEvents::rows(const QString &device, const QString &room, const QString &type) const
{
    const auto r
        = runTandem({ QStringLiteral("--profile"), m_w->alice->device(device).profile, QStringLiteral("ctl"),
            QStringLiteral("export"), room, QStringLiteral("--format"), QStringLiteral("json") });
    if (r.exitCode != 0)
        return -1;
    int n = 0;
    const QString prefix = QStringLiteral("room-event:%1:").arg(type);
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("messages")].toArray())
        n += v.toObject()[QStringLiteral("origin_id")].toString().startsWith(prefix) ? 1 : 0;
    return n;
}

bool TestOwnRoomEvents::settled(
    const QStringList &devices, const QString &room, const QString &type, int n, QString *why) const
{
    auto check = [&](const QString &device) {
        const int found = rows(device, room, type);
        return found == n ? QString()
                          : QStringLiteral("%1 stores %2 %3 rows").arg(device).arg(found).arg(type);
    };
    for (const QString &device : devices) {
        if (!QTest::qWaitFor([&] { return check(device).isEmpty(); }, 15000)) {
            *why = check(device);
            return false;
        }
    }
    QTest::qWait(1000);
    for (const QString &device : devices) {
        if (const QString wrong = check(device); !wrong.isEmpty()) {
            *why = wrong + QStringLiteral(", a second after it was right");
            return false;
        }
    }
    return true;
}

void TestOwnRoomEvents::oneJoinAndOneLeaveOnEveryDevice()
{
    const QString joined = QStringLiteral("account-joined");
    const QString left = QStringLiteral("account-left");
    QXmppMucRoom *club = m_w->bobCreates(QStringLiteral("club"));
    const QString jid = m_w->room(QStringLiteral("club"));
    QString why;

    // Asked on a sibling, carried out by the anchor.
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(club->participants().size(), 2, 10000);
    QVERIFY2(settled(alices, jid, joined, 1, &why), qPrintable(why));

    // Failover: the anchor dies, a sibling takes the room over and joins it again.
    m_w->alice->stop(QStringLiteral("home"), SIGKILL);
    QString interim;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") }) {
                if (m_w->alice->role(d) == QLatin1String("anchor")
                    && m_w->alice->room(d, jid)[QStringLiteral("state")].toString()
                        == QLatin1String("joined"))
                    interim = d;
            }
            return !interim.isEmpty();
        }(),
        30000);
    const QStringList alive { QStringLiteral("laptop"), QStringLiteral("desktop") };
    QVERIFY2(settled(alive, jid, joined, 1, &why), qPrintable(why));

    // Takeover: the always-on device comes back and joins before the interim anchor leaves.
    m_w->alice->start(QStringLiteral("home"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(interim), QStringLiteral("sibling"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_w->alice->room(QStringLiteral("home"), jid)[QStringLiteral("state")].toString(),
        QStringLiteral("joined"), 15000);
    QVERIFY2(settled(alices, jid, joined, 1, &why), qPrintable(why));
    QVERIFY2(settled(alices, jid, left, 0, &why), qPrintable(why));

    // Asked on the other sibling.
    const QString other
        = interim == QLatin1String("laptop") ? QStringLiteral("desktop") : QStringLiteral("laptop");
    m_w->alice->ctl(other, { QStringLiteral("leave"), jid });
    QTRY_COMPARE_WITH_TIMEOUT(club->participants().size(), 1, 10000);
    QVERIFY2(settled(alices, jid, left, 1, &why), qPrintable(why));
    QVERIFY2(settled(alices, jid, joined, 1, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestOwnRoomEvents)
#include "tst_own_room_events.moc"
