// RoomVerdicts: which room event answers a nick or subject change, and what a change the room
// never answers gets.
#include "rooms/RoomVerdicts.h"

#include <QTest>

using namespace Tandem;
using Type = RoomMirror::Event::Type;
using Kind = RoomVerdicts::Kind;

namespace {
const QString room = QStringLiteral("tea@conference.localhost");

RoomMirror::Event happened(Type type, const QString &nick = {}, const QString &newNick = {},
    const QString &detail = {}, RoomMirror::LeaveReason reason = RoomMirror::LeaveReason::None)
{
    return { type, nick, newNick, reason, detail };
}

/// Records the answers it is given, in order; "ok" for a granted change.
struct Answers
{
    QStringList got;
    RoomVerdicts::Done done()
    {
        return [this](const QString &error) { got << (error.isEmpty() ? QStringLiteral("ok") : error); };
    }
};
} // namespace

class TestRoomVerdicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nickGrantedOrRefused();
    void subjectGrantedOrRefused();
    void leavingAnswersEverything();
    void silenceIsATimeout();
};

void TestRoomVerdicts::nickGrantedOrRefused()
{
    RoomVerdicts v;
    Answers a;
    v.await(room, Kind::Nick, QStringLiteral("ally"), a.done());
    v.await(room, Kind::Nick, QStringLiteral("bob"), a.done());
    // Someone else's nick change, and another room's, answer nothing.
    v.roomEvent(room, happened(Type::NickChanged, QStringLiteral("carol"), QStringLiteral("ally")),
        QStringLiteral("alice"));
    v.roomEvent(QStringLiteral("other@conference.localhost"),
        happened(Type::NickRefused, QStringLiteral("bob"), {}, QStringLiteral("conflict")),
        QStringLiteral("alice"));
    QVERIFY(a.got.isEmpty());
    v.roomEvent(room, happened(Type::NickRefused, QStringLiteral("bob"), {}, QStringLiteral("conflict")),
        QStringLiteral("alice"));
    QCOMPARE(a.got, QStringList { QStringLiteral("conflict") });
    v.roomEvent(room, happened(Type::NickChanged, QStringLiteral("alice"), QStringLiteral("ally")),
        QStringLiteral("ally"));
    QCOMPARE(a.got, (QStringList { QStringLiteral("conflict"), QStringLiteral("ok") }));
}

void TestRoomVerdicts::subjectGrantedOrRefused()
{
    RoomVerdicts v;
    Answers a;
    v.await(room, Kind::Subject, QStringLiteral("Tea"), a.done());
    v.await(room, Kind::Subject, QStringLiteral("Coffee"), a.done());
    v.roomEvent(room, happened(Type::SubjectChanged, QStringLiteral("bob"), {}, QStringLiteral("Biscuits")),
        QStringLiteral("alice"));
    QVERIFY(a.got.isEmpty());
    // A refusal names no subject: it answers the oldest change asked, and only that one.
    v.roomEvent(
        room, happened(Type::SubjectRefused, {}, {}, QStringLiteral("forbidden")), QStringLiteral("alice"));
    QCOMPARE(a.got, QStringList { QStringLiteral("forbidden") });
    v.roomEvent(room, happened(Type::SubjectChanged, QStringLiteral("alice"), {}, QStringLiteral("Coffee")),
        QStringLiteral("alice"));
    QCOMPARE(a.got, (QStringList { QStringLiteral("forbidden"), QStringLiteral("ok") }));
}

void TestRoomVerdicts::leavingAnswersEverything()
{
    RoomVerdicts v;
    Answers a;
    v.await(room, Kind::Subject, QStringLiteral("Tea"), a.done());
    v.await(room, Kind::Nick, QStringLiteral("ally"), a.done());
    v.roomEvent(room,
        happened(Type::Left, QStringLiteral("alice"), {}, QStringLiteral("behave"),
            RoomMirror::LeaveReason::Kicked),
        QStringLiteral("alice"));
    QCOMPARE(a.got, (QStringList { QStringLiteral("not-joined"), QStringLiteral("not-joined") }));
}

void TestRoomVerdicts::silenceIsATimeout()
{
    RoomVerdicts v(nullptr, 50);
    Answers a;
    v.await(room, Kind::Nick, QStringLiteral("ally"), a.done());
    QTRY_COMPARE_WITH_TIMEOUT(a.got, QStringList { QStringLiteral("remote-server-timeout") }, 2000);
    // Answered once: a late confirmation changes nothing.
    v.roomEvent(room, happened(Type::NickChanged, QStringLiteral("alice"), QStringLiteral("ally")),
        QStringLiteral("ally"));
    QCOMPARE(a.got.size(), 1);
}

QTEST_GUILESS_MAIN(TestRoomVerdicts)
#include "tst_room_verdicts.moc"
