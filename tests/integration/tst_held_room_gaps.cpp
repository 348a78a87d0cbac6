// The store of a device that holds the rooms itself (here solo, in the test's process), against a
// real Prosody MUC with its archive: a room that puts the account out fetches what it said until
// then from its archive (HeldRoomGaps, PROTOCOL.md §9.2), since another session of the account may
// have been in the room meanwhile. Here our own session misses a message instead: the room's
// groupchat messages are swallowed before the client sees them, and only the archive has it.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "account/Coordinator.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomService.h"
#include "xmpp/RoomMirror.h"

#include <QXmppMucManager.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestHeldRoomGaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void kickFetchesWhatTheRoomSaidBeforeIt();
    void leaveFetchesNothingMore();

private:
    /// Alice, solo, joined to a new room of bob's named `name`, and deaf to its messages on demand.
    struct Joined
    {
        std::unique_ptr<TestDevice> alice;
        DeafTo *deaf = nullptr;
        QXmppMucRoom *bobRoom = nullptr;
        QString jid;
    };
    bool join(const QString &name, Joined &out);
    bool stored(TestDevice &device, const QString &room, const QString &body);

    /// The current test's: stopped cleanly afterwards, so the next test's device is alone (solo).
    Joined m_j;

    std::unique_ptr<ProsodyFixture> m_server;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMucManager *m_bobMuc = nullptr;
};

void TestHeldRoomGaps::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(registerUsers(*m_server, { QStringLiteral("alice"), QStringLiteral("bob") }, &error),
        qPrintable(error));
    m_bob = std::make_unique<QXmppClient>();
    m_bobMuc = connectMucClient(*m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("plain"));
    QVERIFY(m_bobMuc);
}

bool TestHeldRoomGaps::join(const QString &name, Joined &out)
{
    out.jid = name + QLatin1Char('@') + m_server->mucDomain();
    out.bobRoom = createRoom(*m_bob, m_bobMuc, out.jid, QStringLiteral("bob"));
    out.alice = std::make_unique<TestDevice>(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk-") + name);
    out.deaf = new DeafTo(out.jid, QStringLiteral("message"), QStringLiteral("groupchat"), false);
    out.alice->account->client()->insertExtension(0, out.deaf);
    out.alice->start();
    // Solo first: the election settles before it holds the rooms, and joins them again then.
    if (!out.alice->waitOnline()
        || !QTest::qWaitFor(
            [&] { return out.alice->account->coordinator()->role() == DeviceRole::Solo; }, 20000))
        return false;
    RoomService *rooms = out.alice->account->rooms();
    rooms->join(out.jid, QStringLiteral("alice"));
    return QTest::qWaitFor(
               [&] {
                   const RoomMirror *m = rooms->mirror(out.jid);
                   return m && m->state() == RoomMirror::State::Joined;
               },
               10000)
        && QTest::qWaitFor([&] { return out.bobRoom->participants().size() == 2; }, 10000)
        // The join's own fill from the archive has ended: what the room says next is live only.
        && QTest::qWaitFor([&] { return !rooms->catchUp()->isCatchingUp(out.jid); }, 10000);
}

bool TestHeldRoomGaps::stored(TestDevice &device, const QString &room, const QString &body)
{
    const QVector<Message> rows = device.history(room);
    return std::any_of(rows.cbegin(), rows.cend(), [&](const Message &m) { return m.body == body; });
}

void TestHeldRoomGaps::cleanup()
{
    if (m_j.alice) {
        m_j.alice->account->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_j.alice->account->state(), Account::State::Offline, 10000);
    }
    m_j = Joined();
}

void TestHeldRoomGaps::kickFetchesWhatTheRoomSaidBeforeIt()
{
    Joined &j = m_j;
    QVERIFY(join(QStringLiteral("strict"), j));
    j.bobRoom->sendMessage(QStringLiteral("heard live"));
    QTRY_VERIFY_WITH_TIMEOUT(stored(*j.alice, j.jid, QStringLiteral("heard live")), 10000);

    j.deaf->armed = true;
    j.bobRoom->sendMessage(QStringLiteral("only in the archive"));
    QTest::qWait(500);
    QVERIFY(!stored(*j.alice, j.jid, QStringLiteral("only in the archive")));
    j.bobRoom->kick(j.jid + QStringLiteral("/alice"), QStringLiteral("out"));
    QTRY_COMPARE_WITH_TIMEOUT(
        j.alice->account->rooms()->mirror(j.jid)->leaveReason(), RoomMirror::LeaveReason::Kicked, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(stored(*j.alice, j.jid, QStringLiteral("only in the archive")), 10000);
}

void TestHeldRoomGaps::leaveFetchesNothingMore()
{
    // The account's own leave is its decision: nothing the room says after the live stream ends
    // is fetched, so what the session missed before it stays missed (no gap was marked).
    Joined &j = m_j;
    QVERIFY(join(QStringLiteral("polite"), j));
    j.deaf->armed = true;
    j.bobRoom->sendMessage(QStringLiteral("missed before the leave"));
    QTest::qWait(500);
    j.alice->account->rooms()->leave(j.jid);
    QTRY_COMPARE_WITH_TIMEOUT(
        j.alice->account->rooms()->mirror(j.jid)->leaveReason(), RoomMirror::LeaveReason::SelfLeave, 10000);
    QTest::qWait(2000);
    QVERIFY(!stored(*j.alice, j.jid, QStringLiteral("missed before the leave")));
}

QTEST_GUILESS_MAIN(TestHeldRoomGaps)
#include "tst_held_room_gaps.moc"
