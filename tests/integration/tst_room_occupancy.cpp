// RoomOccupancy against a real Prosody MUC, with bob as a plain client who owns the room:
// join, messages both ways, nick change, subject, others leaving, kick, ban, destroy, rejoin
// after a server restart, nick variants on a conflict, and the XEP-0410 ghost check.
#include "ProsodyFixture.h"
#include "XmppTestClient.h"
#include "rooms/RoomOccupancy.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>
#include <QXmppMucManager.h>
#include <QXmppPresence.h>

using namespace Tandem;
using namespace Tandem::Test;
using Type = RoomMirror::Event::Type;
using Reason = RoomMirror::LeaveReason;

namespace {
/// Finds the first event of `type` (and reason) recorded by a roomEvent spy.
bool hasEvent(const QSignalSpy &spy, Type type, Reason reason = Reason::None, const QString &nick = {})
{
    for (const auto &args : spy) {
        const auto e = args.at(1).value<RoomMirror::Event>();
        if (e.type == type && (reason == Reason::None || e.reason == reason)
            && (nick.isEmpty() || e.nick == nick))
            return true;
    }
    return false;
}
} // namespace

class TestRoomOccupancy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void joinTalkAndWatch();
    void kickIsFinal();
    void banIsFinalAndRejoinRefused();
    void destroyIsFinal();
    void nickConflictTakesVariants();
    void refusedNickAndSubjectKeepUsIn();
    void selfPingRejoinsARoomThatForgotUs();
    void createsInstantRoomAndRejoinsAfterRestart();

private:
    QString bobCreatesRoom(const QString &name);

    std::unique_ptr<ProsodyFixture> m_server;
    std::unique_ptr<QXmppClient> m_alice;
    RoomOccupancy *m_rooms = nullptr;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMucManager *m_bobMuc = nullptr;
};

void TestRoomOccupancy::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(registerUsers(*m_server, { QStringLiteral("alice"), QStringLiteral("bob") }, &error),
        qPrintable(error));
}

void TestRoomOccupancy::init()
{
    m_alice = std::make_unique<QXmppClient>();
    m_rooms = new RoomOccupancy;
    m_alice->addExtension(m_rooms);
    QVERIFY(connectClient(*m_alice, *m_server, QStringLiteral("alice"), QStringLiteral("home")));
    m_bob = std::make_unique<QXmppClient>();
    m_bobMuc = connectMucClient(*m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("phone"));
    QVERIFY(m_bobMuc);
}

void TestRoomOccupancy::cleanup()
{
    m_alice.reset();
    m_bob.reset();
}

QString TestRoomOccupancy::bobCreatesRoom(const QString &name)
{
    const QString jid = name + QLatin1Char('@') + m_server->mucDomain();
    createRoom(*m_bob, m_bobMuc, jid, QStringLiteral("bob"));
    return jid;
}

void TestRoomOccupancy::joinTalkAndWatch()
{
    const QString jid = bobCreatesRoom(QStringLiteral("talk"));
    QXmppMucRoom *bobRoom = m_bobMuc->rooms().first();
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    QSignalSpy messages(m_rooms, &RoomOccupancy::groupMessage);
    QSignalSpy bobMessages(bobRoom, &QXmppMucRoom::messageReceived);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    QVERIFY(m_rooms->mirror(jid)->occupants().contains(QStringLiteral("bob")));
    QVERIFY(messages.isEmpty()); // no history replay

    bobRoom->sendMessage(QStringLiteral("hello alice"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
    QCOMPARE(messages[0][1].value<QXmppMessage>().body(), QStringLiteral("hello alice"));
    QVERIFY(!messages[0][1].value<QXmppMessage>().stanzaId().isEmpty()); // muc_mam stamps it

    QCOMPARE(m_rooms->sendMessage(jid, QStringLiteral("hi bob"), QStringLiteral("origin-1")),
        QStringLiteral("origin-1"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bobMessages.cbegin(), bobMessages.cend(),
                                 [](const QList<QVariant> &a) {
                                     return a[0].value<QXmppMessage>().body() == QLatin1String("hi bob");
                                 }),
        5000);
    // Our own message comes back (the reflection) carrying our origin-id.
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 5000);
    QCOMPARE(messages[1][1].value<QXmppMessage>().originId(), QStringLiteral("origin-1"));

    bobRoom->setNickName(QStringLiteral("robert"));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::NickChanged, Reason::None, QStringLiteral("bob")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->mirror(jid)->occupants().contains(QStringLiteral("robert")), 5000);

    bobRoom->setSubject(QStringLiteral("Tea"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rooms->mirror(jid)->subject(), QStringLiteral("Tea"), 5000);

    m_rooms->changeNick(jid, QStringLiteral("ally"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rooms->mirror(jid)->ownNick(), QStringLiteral("ally"), 5000);

    bobRoom->leave();
    QTRY_VERIFY_WITH_TIMEOUT(
        hasEvent(events, Type::OccupantLeft, Reason::None, QStringLiteral("robert")), 5000);

    m_rooms->leave(jid);
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::Left, Reason::SelfLeave), 5000);
    QVERIFY(m_rooms->rooms().isEmpty());
}

void TestRoomOccupancy::kickIsFinal()
{
    const QString jid = bobCreatesRoom(QStringLiteral("kick"));
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    m_bobMuc->rooms().first()->kick(jid + QStringLiteral("/alice"), QStringLiteral("out"));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::Left, Reason::Kicked), 5000);
    QTest::qWait(3000); // longer than the first rejoin delay
    QVERIFY(!m_rooms->isJoined(jid));
    QVERIFY(!m_rooms->rooms().contains(jid));
}

void TestRoomOccupancy::banIsFinalAndRejoinRefused()
{
    const QString jid = bobCreatesRoom(QStringLiteral("ban"));
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    m_bobMuc->rooms().first()->ban(QStringLiteral("alice@localhost"), QStringLiteral("spam"));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::Left, Reason::Banned), 5000);
    // An explicit join is refused once, and nothing retries it.
    events.clear();
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::JoinFailed), 5000);
    const int after = events.size();
    QTest::qWait(3000);
    QCOMPARE(events.size(), after);
}

void TestRoomOccupancy::destroyIsFinal()
{
    const QString jid = bobCreatesRoom(QStringLiteral("gone"));
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    QDomDocument doc;
    doc.setContent(
        QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'><destroy><reason>bye</reason>"
                       "</destroy></query>"),
        true);
    QXmppIq destroy(QXmppIq::Set);
    destroy.setTo(jid);
    destroy.setExtensions({ QXmppElement(doc.documentElement()) });
    m_bob->sendPacket(destroy);
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::Left, Reason::Destroyed), 5000);
    QTest::qWait(3000);
    QVERIFY(!m_rooms->isJoined(jid));
}

void TestRoomOccupancy::nickConflictTakesVariants()
{
    // Two of bob's occupants take "alice" and "alice_": the join goes on as "alice__" (§15).
    const QString jid = bobCreatesRoom(QStringLiteral("crowded"));
    QXmppMucRoom *bobRoom = m_bobMuc->rooms().first();
    QXmppClient other;
    auto *otherMuc = new QXmppMucManager;
    other.addExtension(otherMuc);
    QVERIFY(m_server->registerUser(QStringLiteral("carol"), QStringLiteral("pw-carol")));
    QVERIFY(connectClient(other, *m_server, QStringLiteral("carol"), QStringLiteral("pc")));
    QXmppMucRoom *carolRoom = otherMuc->addRoom(jid);
    carolRoom->setNickName(QStringLiteral("alice"));
    QSignalSpy carolJoined(carolRoom, &QXmppMucRoom::joined);
    carolRoom->join();
    QVERIFY(carolJoined.wait(10000));
    bobRoom->setNickName(QStringLiteral("alice_"));
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->nickName(), QStringLiteral("alice_"), 5000);

    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    QCOMPARE(m_rooms->mirror(jid)->ownNick(), QStringLiteral("alice__"));
    // Each conflict is reported (ctl join waits past them); no other refusal came.
    int conflicts = 0;
    for (const auto &args : events) {
        const auto e = args.at(1).value<RoomMirror::Event>();
        if (e.type == Type::JoinFailed) {
            QCOMPARE(e.detail, QStringLiteral("conflict"));
            ++conflicts;
        }
    }
    QCOMPARE(conflicts, 2);
    QTRY_VERIFY_WITH_TIMEOUT(bobRoom->participants().contains(jid + QStringLiteral("/alice__")), 5000);

    // Once the nick is free again the account takes it back (§15): on a service that refuses two
    // sessions one nick, that is when the previous anchor has left after a takeover.
    bobRoom->setNickName(QStringLiteral("bob"));
    QTest::qWait(500);
    QCOMPARE(m_rooms->mirror(jid)->ownNick(), QStringLiteral("alice__")); // "alice" is still carol's
    carolRoom->leave();
    QTRY_COMPARE_WITH_TIMEOUT(m_rooms->mirror(jid)->ownNick(), QStringLiteral("alice"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(bobRoom->participants().contains(jid + QStringLiteral("/alice")), 5000);
    QVERIFY(!hasEvent(events, Type::Left));
    other.disconnectFromServer();
}

void TestRoomOccupancy::refusedNickAndSubjectKeepUsIn()
{
    const QString jid = bobCreatesRoom(QStringLiteral("names"));
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    m_rooms->changeNick(jid, QStringLiteral("bob"));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::NickRefused, Reason::None, QStringLiteral("bob")), 5000);
    QTest::qWait(3000); // longer than the first rejoin delay: nothing left, nothing rejoined
    QVERIFY(m_rooms->isJoined(jid));
    QCOMPARE(m_rooms->mirror(jid)->ownNick(), QStringLiteral("alice"));
    QVERIFY(!hasEvent(events, Type::Left));
    QVERIFY(!hasEvent(events, Type::JoinFailed));
    // The next change goes through as usual.
    m_rooms->changeNick(jid, QStringLiteral("ally"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rooms->mirror(jid)->ownNick(), QStringLiteral("ally"), 5000);

    // Prosody lets only moderators set the subject by default: a participant's is refused.
    QVERIFY(m_rooms->setSubject(jid, QStringLiteral("Ours")));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::SubjectRefused), 5000);
    for (const auto &args : events) {
        const auto e = args.at(1).value<RoomMirror::Event>();
        if (e.type == Type::SubjectRefused)
            QCOMPARE(e.detail, QStringLiteral("forbidden"));
    }
    QVERIFY(m_rooms->isJoined(jid));
    QVERIFY(m_rooms->mirror(jid)->subject() != QStringLiteral("Ours"));
}

void TestRoomOccupancy::selfPingRejoinsARoomThatForgotUs()
{
    // The room drops us without our hearing of it (here: we leave behind RoomOccupancy's back
    // and do not listen to the answer). The XEP-0410 self-ping notices and rejoins.
    const QString jid = bobCreatesRoom(QStringLiteral("ghost"));
    QXmppMucRoom *bobRoom = m_bobMuc->rooms().first();
    m_rooms->setSelfPingInterval(1000);
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 2, 5000);

    auto *deaf = new DeafTo(jid, QStringLiteral("presence")); // the room can forget us unheard
    m_alice->insertExtension(0, deaf);
    QXmppPresence gone(QXmppPresence::Unavailable);
    gone.setTo(jid + QStringLiteral("/alice"));
    m_alice->sendPacket(gone);
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 1, 5000);
    QVERIFY(m_rooms->isJoined(jid)); // a ghost: we think we are in
    deaf->armed = false;

    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::Left, Reason::Removed), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 5000);
}

void TestRoomOccupancy::createsInstantRoomAndRejoinsAfterRestart()
{
    const QString jid = QStringLiteral("fresh@") + m_server->mucDomain();
    QSignalSpy events(m_rooms, &RoomOccupancy::roomEvent);
    m_rooms->join(jid, QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, Type::RoomCreated), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 10000);
    // The room is unlocked: bob can get in.
    QXmppMucRoom *bobRoom = m_bobMuc->addRoom(jid);
    bobRoom->setNickName(QStringLiteral("bob"));
    QSignalSpy bobJoined(bobRoom, &QXmppMucRoom::joined);
    bobRoom->join();
    QVERIFY(bobJoined.wait(10000));

    QString error;
    QVERIFY2(m_server->restart(&error), qPrintable(error));
    // Whatever the server said on its way down (332, a plain unavailable, or nothing before
    // the connection dropped), it must be a leave that allows rejoining.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                 [](const QList<QVariant> &a) {
                                     const auto e = a.at(1).value<RoomMirror::Event>();
                                     return e.type == Type::Left && RoomMirror::mayRejoin(e.reason);
                                 }),
        10000);
    QVERIFY(connectClient(*m_alice, *m_server, QStringLiteral("alice"), QStringLiteral("home")));
    QTRY_VERIFY_WITH_TIMEOUT(m_rooms->isJoined(jid), 15000);
}

QTEST_GUILESS_MAIN(TestRoomOccupancy)
#include "tst_room_occupancy.moc"
