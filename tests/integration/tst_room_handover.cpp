// Account-level rooms across anchor changes, with real processes of alice and bob as a plain
// client: the anchor killed mid-stream loses nothing, a device that never ran sees the rooms and
// their recent history, a clean stop is seen at once, and a better device taking the rooms over
// (make-before-break) leaves no gap: bob never sees alice leave, and nothing is lost or doubled.
#include "AccountRoomsWorld.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
} // namespace

class TestRoomHandover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anchorKilledMidStreamLosesNothing();
    void lateDeviceSeesRoomsAndRecentHistory();
    void cleanStopIsSeenAtOnce();
    void takeoverLeavesNoGap();

private:
    QString room(const QString &name) const { return m_w->room(name); }
    QXmppMucRoom *bobCreates(const QString &name) { return m_w->bobCreates(name); }
    int bobReceived(const QString &body) const { return m_w->bobReceived(body); }

    std::unique_ptr<AccountRoomsWorld> m_w;
};

void TestRoomHandover::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
}

void TestRoomHandover::cleanupTestCase()
{
    m_w.reset();
}

void TestRoomHandover::anchorKilledMidStreamLosesNothing()
{
    constexpr int total = 500;
    QXmppMucRoom *stream = bobCreates(QStringLiteral("stream"));
    const QString jid = room(QStringLiteral("stream"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(stream->participants().size(), 2, 10000);
    for (int i = 0; i < total; ++i) {
        stream->sendMessage(QStringLiteral("stream %1").arg(i));
        QTest::qWait(4);
        if (i == 150)
            m_w->alice->stop(QStringLiteral("home"), SIGKILL);
    }
    auto complete = [&](const QString &device) {
        QSet<QString> bodies;
        int rows = 0;
        for (const QJsonValue &v : m_w->alice->history(device, jid)) {
            const QString body = v.toObject()[QStringLiteral("body")].toString();
            if (body.startsWith(QLatin1String("stream "))) {
                bodies.insert(body);
                ++rows;
            }
        }
        return rows == total && bodies.size() == total;
    };
    // Complete means every message, once: then a second more, for a late duplicate.
    for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") })
        QTRY_VERIFY_WITH_TIMEOUT(complete(d), 60000);
    QTest::qWait(1000);
    for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") })
        QVERIFY2(complete(d), qPrintable(d));
    // The killed device comes back, takes the rooms over again and catches up too.
    m_w->alice->start(QStringLiteral("home"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(complete(QStringLiteral("home")), 60000);
    QTest::qWait(1000);
    for (const QString &d : alices)
        QVERIFY2(complete(d), qPrintable(d));
}

void TestRoomHandover::lateDeviceSeesRoomsAndRecentHistory()
{
    // A device that never ran before: the anchor's snapshot shows it the room, the room's
    // archive its recent history (the newest page).
    const QString jid = room(QStringLiteral("stream"));
    m_w->alice->start(QStringLiteral("tablet"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("tablet")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_w->alice->room(QStringLiteral("tablet"), jid)[QStringLiteral("state")].toString(),
        QStringLiteral("joined"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_w->alice->count(QStringLiteral("tablet"), jid, QStringLiteral("stream 499")), 1, 15000);
    QVERIFY(m_w->alice->history(QStringLiteral("tablet"), jid).size() >= 50);
}

void TestRoomHandover::cleanStopIsSeenAtOnce()
{
    // SIGTERM says goodbye (unavailable presence): the anchor forgets the device without
    // waiting for any timeout.
    const QString tablet
        = m_w->alice->ctl(QStringLiteral("tablet"), { QStringLiteral("status") })[QStringLiteral("accounts")]
              .toArray()[0]
              .toObject()[QStringLiteral("full_jid")]
              .toString();
    auto anchorSeesTablet = [&] {
        for (const QJsonValue &v :
            m_w->alice->coordinator(QStringLiteral("home"))[QStringLiteral("siblings")].toArray())
            if (v.toObject()[QStringLiteral("jid")].toString() == tablet)
                return true;
        return false;
    };
    QVERIFY(anchorSeesTablet());
    QElapsedTimer timer;
    timer.start();
    m_w->alice->stop(QStringLiteral("tablet"));
    QCOMPARE(m_w->alice->device(QStringLiteral("tablet")).process, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!anchorSeesTablet(), 5000);
    QVERIFY(timer.elapsed() < 5000);
}

void TestRoomHandover::takeoverLeavesNoGap()
{
    // The always-on device goes away cleanly: a failover puts the laptop or the desktop in the
    // room. When it comes back, it joins before the interim anchor leaves (§6.4).
    QXmppMucRoom *relay = bobCreates(QStringLiteral("relay"));
    const QString jid = room(QStringLiteral("relay"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    m_w->alice->stop(QStringLiteral("home"));
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
    QTRY_COMPARE_WITH_TIMEOUT(relay->participants().size(), 2, 10000);

    // From here on alice is in the room; bob writes every 100 ms through the whole takeover.
    m_w->aliceSeen[jid].clear();
    QStringList sent;
    QTimer writer;
    connect(&writer, &QTimer::timeout, this, [&] {
        sent << QStringLiteral("overlap %1").arg(sent.size());
        relay->sendMessage(sent.last());
    });
    writer.start(100);
    QTest::qWait(500);
    m_w->alice->start(QStringLiteral("home"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(interim), QStringLiteral("sibling"), 15000);
    QTest::qWait(1500); // past the interim anchor's leave
    writer.stop();

    QVERIFY2(!m_w->aliceSeen[jid].contains(QStringLiteral("unavailable")),
        qPrintable(m_w->aliceSeen[jid].join(QLatin1Char(' '))));
    QCOMPARE(relay->participants().size(), 2);
    QVERIFY(sent.size() > 20);
    QString why;
    QVERIFY2(m_w->exactlyOnce(alices, jid, sent, 30000, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestRoomHandover)
#include "tst_room_handover.moc"
