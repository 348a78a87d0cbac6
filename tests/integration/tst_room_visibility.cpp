// A room hidden on one device (`ctl hide`), on a real Prosody with three alice devices (home,
// --headless, the anchor; laptop and desktop its siblings) and bob in the room on a plain client.
// Hiding is the device's own: the room stays the account's, the anchor keeps holding it (also
// when the anchor is the one that hides it), every device keeps storing its messages, so the
// hiding device's history is complete when it shows the room again; the others never hide it.
#include "AccountRoomsWorld.h"

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
} // namespace

class TestRoomVisibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hiddenOnASiblingStillComplete();
    void hiddenOnTheAnchorStillHeld();
    void badRoomsAreRefused();

private:
    bool hidden(const QString &device, const QString &room) const
    {
        return m_w->alice->room(device, room)[QStringLiteral("hidden")].toBool();
    }
    /// Bob says `count` numbered lines starting with `prefix`; their bodies.
    QStringList bobSays(QXmppMucRoom *room, const QString &prefix, int count)
    {
        QStringList bodies;
        for (int i = 1; i <= count; ++i) {
            bodies << QStringLiteral("%1 %2").arg(prefix).arg(i);
            room->sendMessage(bodies.last());
        }
        return bodies;
    }

    std::unique_ptr<AccountRoomsWorld> m_w;
    QXmppMucRoom *m_work = nullptr;
};

void TestRoomVisibility::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
    m_work = m_w->bobCreates(QStringLiteral("work"));
    const QString work = m_w->room(QStringLiteral("work"));
    const QJsonObject joined = m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), work });
    QCOMPARE(joined[QStringLiteral("state")].toString(), QStringLiteral("joined"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, work)[QStringLiteral("occupants")].toInt(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_work->participants().size(), 2, 5000);
}

void TestRoomVisibility::cleanupTestCase()
{
    m_w.reset();
}

void TestRoomVisibility::hiddenOnASiblingStillComplete()
{
    const QString work = m_w->room(QStringLiteral("work"));
    const QString laptop = QStringLiteral("laptop");
    const QJsonObject answer = m_w->alice->ctl(laptop, { QStringLiteral("hide"), work });
    QCOMPARE(answer[QStringLiteral("room")].toString(), work);
    QCOMPARE(answer[QStringLiteral("hidden")].toBool(), true);
    QVERIFY(hidden(laptop, work));
    QVERIFY(!hidden(QStringLiteral("home"), work));
    QVERIFY(!hidden(QStringLiteral("desktop"), work));

    // Messages keep arriving: the anchor's archive has them all, and so has every device.
    QStringList bodies = bobSays(m_work, QStringLiteral("while hidden"), 5);
    QString why;
    QVERIFY2(m_w->exactlyOnce(alices, work, bodies, 10000, &why), qPrintable(why));

    // The setting outlives a restart; what came meanwhile is caught up all the same.
    m_w->alice->stop(laptop);
    bodies += bobSays(m_work, QStringLiteral("while the laptop was off"), 3);
    QVERIFY2(m_w->exactlyOnce({ QStringLiteral("home") }, work, bodies, 10000, &why), qPrintable(why));
    m_w->alice->start(laptop, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(laptop), QStringLiteral("sibling"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_w->alice->room(laptop, work).isEmpty(), 15000);
    QVERIFY(hidden(laptop, work));
    QVERIFY2(m_w->exactlyOnce(alices, work, bodies, 15000, &why), qPrintable(why));

    // Alice never left the room on the account: bob still sees her.
    QCOMPARE(m_work->participants().size(), 2);
    QCOMPARE(m_w->alice->room(QStringLiteral("home"), work)[QStringLiteral("state")].toString(),
        QStringLiteral("joined"));

    // Shown again: the same room, with its whole history.
    const QJsonObject shown = m_w->alice->ctl(laptop, { QStringLiteral("show"), work });
    QCOMPARE(shown[QStringLiteral("hidden")].toBool(), false);
    QVERIFY(!hidden(laptop, work));
    QVERIFY2(m_w->exactlyOnce({ laptop }, work, bodies, 5000, &why), qPrintable(why));
}

void TestRoomVisibility::hiddenOnTheAnchorStillHeld()
{
    const QString work = m_w->room(QStringLiteral("work"));
    const QString home = QStringLiteral("home");
    QCOMPARE(m_w->alice->role(home), QStringLiteral("anchor"));
    QCOMPARE(
        m_w->alice->ctl(home, { QStringLiteral("hide"), work })[QStringLiteral("hidden")].toBool(), true);
    QVERIFY(hidden(home, work));

    // The anchor still holds it for the siblings and archives it itself.
    const QStringList bodies = bobSays(m_work, QStringLiteral("hidden on the anchor"), 4);
    QString why;
    QVERIFY2(m_w->exactlyOnce(alices, work, bodies, 10000, &why), qPrintable(why));
    QCOMPARE(m_w->alice->room(home, work)[QStringLiteral("state")].toString(), QStringLiteral("joined"));
    QCOMPARE(m_work->participants().size(), 2);
    // A sibling still sends through it.
    m_w->alice->ctl(
        QStringLiteral("desktop"), { QStringLiteral("send"), work, QStringLiteral("from the desktop") });
    QTRY_COMPARE_WITH_TIMEOUT(m_w->bobReceived(QStringLiteral("from the desktop")), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->count(home, work, QStringLiteral("from the desktop")), 1, 10000);
    QVERIFY(!hidden(QStringLiteral("laptop"), work));
    QVERIFY(!hidden(QStringLiteral("desktop"), work));

    QCOMPARE(
        m_w->alice->ctl(home, { QStringLiteral("show"), work })[QStringLiteral("hidden")].toBool(), false);
}

void TestRoomVisibility::badRoomsAreRefused()
{
    const QString profile = m_w->alice->device(QStringLiteral("laptop")).profile;
    auto ctl = [&](const QStringList &args) {
        return runTandem(QStringList { QStringLiteral("--profile"), profile, QStringLiteral("ctl") } + args);
    };
    const auto notARoom = ctl({ QStringLiteral("hide"), QStringLiteral("not a room") });
    QCOMPARE(notARoom.exitCode, 1);
    QVERIFY2(notARoom.err.contains("Invalid room address"), notARoom.err.constData());
    const QString elsewhere = m_w->room(QStringLiteral("elsewhere"));
    const auto notIn = ctl({ QStringLiteral("hide"), elsewhere });
    QCOMPARE(notIn.exitCode, 1);
    QVERIFY2(notIn.err.contains("Not in room"), notIn.err.constData());
    QCOMPARE(ctl({ QStringLiteral("show"), elsewhere }).exitCode, 1);
    // Text answers for people.
    const auto text = ctl({ QStringLiteral("hide"), m_w->room(QStringLiteral("work")) });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("hidden on this device"), text.out.constData());
    const auto listed = ctl({ QStringLiteral("rooms") });
    QVERIFY2(listed.out.contains("(hidden on this device)"), listed.out.constData());
    QVERIFY(ctl({ QStringLiteral("show"), m_w->room(QStringLiteral("work")) })
                .out.contains("shown on this device"));
}

QTEST_GUILESS_MAIN(TestRoomVisibility)
#include "tst_room_visibility.moc"
