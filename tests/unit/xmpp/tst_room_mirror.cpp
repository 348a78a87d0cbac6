// RoomMirror fed raw XEP-0045 presences: joins, leaves, nick changes, kicks, bans, destroy,
// join errors, and which of them allow an automatic rejoin.
#include "xmpp/RoomMirror.h"

#include <QDomDocument>
#include <QTest>

using namespace Tandem;
using Type = RoomMirror::Event::Type;
using Reason = RoomMirror::LeaveReason;
Q_DECLARE_METATYPE(Tandem::RoomMirror::LeaveReason)

namespace {
const QString room = QStringLiteral("tea@conference.localhost");

MucPresence presence(const QString &xml)
{
    QDomDocument doc;
    const bool parsed = doc.setContent(QStringLiteral("<presence xmlns='jabber:client' ") + xml, true);
    Q_ASSERT(parsed);
    MucPresence p;
    QString why;
    if (!MucPresence::parse(doc.documentElement(), &p, &why))
        qWarning() << "not a room presence:" << why;
    return p;
}

QString occupant(const QString &nick, const QString &role = QStringLiteral("participant"),
    const QString &extra = {}, const QString &type = {})
{
    return QStringLiteral("from='%1/%2' %3><x xmlns='http://jabber.org/protocol/muc#user'>"
                          "<item affiliation='none' role='%4'/>%5</x></presence>")
        .arg(room, nick, type.isEmpty() ? QString() : QStringLiteral("type='%1'").arg(type), role, extra);
}

RoomMirror joined(const QString &nick = QStringLiteral("alice"))
{
    RoomMirror mirror(room);
    mirror.beginJoin(nick);
    mirror.apply(presence(occupant(QStringLiteral("bob"))));
    mirror.apply(
        presence(occupant(nick, QStringLiteral("participant"), QStringLiteral("<status code='110'/>"))));
    return mirror;
}
} // namespace

class TestRoomMirror : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinSequence();
    void createdRoomAsksForConfiguration();
    void othersComeAndGo();
    void presenceChangesAreOccupantChanges();
    void nickChange();
    void refusedNickChangeKeepsUsIn();
    void selfLeaves_data();
    void selfLeaves();
    void joinErrors_data();
    void joinErrors();
    void subject();
    void foreignAndMalformedAreIgnored();
};

void TestRoomMirror::joinSequence()
{
    RoomMirror mirror(room);
    mirror.beginJoin(QStringLiteral("alice"));
    QCOMPARE(mirror.state(), RoomMirror::State::Joining);
    auto events = mirror.apply(presence(occupant(QStringLiteral("bob"), QStringLiteral("moderator"))));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::OccupantJoined);
    QVERIFY(events[0].silent); // bob was in before us: no news
    events = mirror.apply(presence(occupant(QStringLiteral("alice"), QStringLiteral("participant"),
        QStringLiteral("<status code='110'/><status code='100'/>"))));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::Joined);
    QCOMPARE(mirror.state(), RoomMirror::State::Joined);
    QCOMPARE(mirror.occupants().size(), 2);
    QCOMPARE(mirror.occupants().value(QStringLiteral("bob")).role, QStringLiteral("moderator"));
}

void TestRoomMirror::createdRoomAsksForConfiguration()
{
    RoomMirror mirror(room);
    mirror.beginJoin(QStringLiteral("alice"));
    const auto events = mirror.apply(presence(occupant(QStringLiteral("alice"), QStringLiteral("moderator"),
        QStringLiteral("<status code='110'/><status code='201'/>"))));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, Type::RoomCreated);
    QCOMPARE(events[1].type, Type::Joined);
}

void TestRoomMirror::othersComeAndGo()
{
    RoomMirror mirror = joined();
    auto events = mirror.apply(presence(occupant(QStringLiteral("carol"))));
    QCOMPARE(events[0].type, Type::OccupantJoined);
    QVERIFY(!events[0].silent); // carol came while we were in
    events = mirror.apply(presence(occupant(QStringLiteral("carol"), QStringLiteral("moderator"))));
    QCOMPARE(events[0].type, Type::OccupantChanged);
    events = mirror.apply(presence(occupant(QStringLiteral("carol"), QStringLiteral("moderator"))));
    QVERIFY(events.isEmpty()); // a status update changes nothing of the room
    events = mirror.apply(presence(
        occupant(QStringLiteral("carol"), QStringLiteral("none"), {}, QStringLiteral("unavailable"))));
    QCOMPARE(events[0].type, Type::OccupantLeft);
    QCOMPARE(events[0].reason, Reason::None);
    events = mirror.apply(presence(occupant(QStringLiteral("bob"), QStringLiteral("none"),
        QStringLiteral("<status code='307'/>"), QStringLiteral("unavailable"))));
    QCOMPARE(events[0].type, Type::OccupantLeft);
    QCOMPARE(events[0].reason, Reason::Kicked);
    QCOMPARE(mirror.occupants().size(), 1);
    QCOMPARE(mirror.state(), RoomMirror::State::Joined);
}

void TestRoomMirror::presenceChangesAreOccupantChanges()
{
    RoomMirror mirror = joined();
    // <show/> sits beside <x/>; presence() puts it there when `extra` closes <x/> first.
    const QString away
        = QStringLiteral("</x><show>away</show><x xmlns='http://jabber.org/protocol/muc#user'>");
    auto events
        = mirror.apply(presence(occupant(QStringLiteral("bob"), QStringLiteral("participant"), away)));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::OccupantChanged);
    QCOMPARE(mirror.occupants().value(QStringLiteral("bob")).show, QStringLiteral("away"));
    events = mirror.apply(presence(occupant(QStringLiteral("bob"))));
    QCOMPARE(events.size(), 1);
    QCOMPARE(mirror.occupants().value(QStringLiteral("bob")).show, QString());
    // Our own occupant too: a moderator granting us voice or taking it is news for the panel.
    events = mirror.apply(presence(occupant(
        QStringLiteral("alice"), QStringLiteral("moderator"), QStringLiteral("<status code='110'/>"))));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::OccupantChanged);
    QCOMPARE(events[0].nick, QStringLiteral("alice"));
    QCOMPARE(mirror.occupants().value(QStringLiteral("alice")).role, QStringLiteral("moderator"));
}

void TestRoomMirror::nickChange()
{
    RoomMirror mirror = joined();
    auto events = mirror.apply(presence(QStringLiteral(
        "from='%1/bob' type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'>"
        "<item affiliation='none' role='participant' nick='robert'/><status code='303'/></x></presence>")
                                            .arg(room)));
    QCOMPARE(events[0].type, Type::NickChanged);
    QCOMPARE(events[0].newNick, QStringLiteral("robert"));
    events = mirror.apply(presence(occupant(QStringLiteral("robert"))));
    QCOMPARE(events[0].type, Type::OccupantJoined);
    QVERIFY(events[0].silent); // bob under his new nick: no join
    events = mirror.apply(presence(
        occupant(QStringLiteral("robert"), QStringLiteral("none"), {}, QStringLiteral("unavailable"))));
    events = mirror.apply(presence(occupant(QStringLiteral("robert"))));
    QVERIFY(!events[0].silent); // robert coming back later is a join
    events = mirror.apply(presence(
        QStringLiteral("from='%1/alice' type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'>"
                       "<item affiliation='none' role='participant' nick='ally'/><status code='303'/><status "
                       "code='110'/></x></presence>")
            .arg(room)));
    QCOMPARE(events[0].type, Type::NickChanged);
    QCOMPARE(mirror.ownNick(), QStringLiteral("ally"));
    QCOMPARE(mirror.state(), RoomMirror::State::Joined);
}

void TestRoomMirror::refusedNickChangeKeepsUsIn()
{
    // XEP-0045 §7.6: the refusal comes from the nick we asked for; we are still in as alice.
    RoomMirror mirror = joined();
    auto events
        = mirror.apply(presence(QStringLiteral("from='%1/bob' type='error'><error type='cancel'><conflict "
                                               "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                               "</error></presence>")
                                    .arg(room)));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::NickRefused);
    QCOMPARE(events[0].nick, QStringLiteral("bob"));
    QCOMPARE(events[0].detail, QStringLiteral("conflict"));
    QCOMPARE(mirror.state(), RoomMirror::State::Joined);
    QCOMPARE(mirror.ownNick(), QStringLiteral("alice"));
    QVERIFY(mirror.occupants().contains(QStringLiteral("bob")));
    // An error from our own occupant JID is the room no longer knowing us (XEP-0410 §3).
    events = mirror.apply(
        presence(QStringLiteral("from='%1/alice' type='error'><error type='cancel'><not-acceptable "
                                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>")
                     .arg(room)));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::Left);
    QCOMPARE(events[0].reason, Reason::Removed);
    QVERIFY(RoomMirror::mayRejoin(events[0].reason));
}

void TestRoomMirror::selfLeaves_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<bool>("mayRejoin");
    QTest::newRow("we left") << "<status code='110'/>" << true << Reason::SelfLeave << false;
    QTest::newRow("kicked") << "<status code='110'/><status code='307'/>" << false << Reason::Kicked << false;
    QTest::newRow("banned") << "<status code='110'/><status code='301'/>" << false << Reason::Banned << false;
    QTest::newRow("affiliation lost")
        << "<status code='110'/><status code='321'/>" << false << Reason::AffiliationLost << false;
    QTest::newRow("members only") << "<status code='110'/><status code='322'/>" << false
                                  << Reason::MembersOnly << false;
    QTest::newRow("shutdown") << "<status code='110'/><status code='332'/>" << false
                              << Reason::ServiceShutdown << true;
    QTest::newRow("destroyed")
        << "<status code='110'/><destroy jid='new@conference.localhost'><reason>moved</reason></destroy>"
        << false << Reason::Destroyed << false;
    QTest::newRow("removed") << "<status code='110'/>" << false << Reason::Removed << true;
}

void TestRoomMirror::selfLeaves()
{
    QFETCH(QString, payload);
    QFETCH(bool, asked);
    QFETCH(Reason, reason);
    QFETCH(bool, mayRejoin);
    RoomMirror mirror = joined();
    if (asked)
        mirror.beginLeave();
    const auto events = mirror.apply(presence(
        occupant(QStringLiteral("alice"), QStringLiteral("none"), payload, QStringLiteral("unavailable"))));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::Left);
    QCOMPARE(events[0].reason, reason);
    QCOMPARE(mirror.state(), RoomMirror::State::Left);
    QVERIFY(mirror.occupants().isEmpty());
    QCOMPARE(RoomMirror::mayRejoin(reason), mayRejoin);
}

void TestRoomMirror::joinErrors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("mayRejoin");
    QTest::newRow("password") << "not-authorized" << false;
    QTest::newRow("banned") << "forbidden" << false;
    QTest::newRow("members-only") << "registration-required" << false;
    QTest::newRow("nick conflict") << "conflict" << true;
    QTest::newRow("full") << "service-unavailable" << true;
}

void TestRoomMirror::joinErrors()
{
    QFETCH(QString, condition);
    QFETCH(bool, mayRejoin);
    RoomMirror mirror(room);
    mirror.beginJoin(QStringLiteral("alice"));
    const auto events = mirror.apply(presence(QStringLiteral(
        "from='%1/alice' type='error'><error type='auth'><%2 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        "</error></presence>")
                                                  .arg(room, condition)));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, Type::JoinFailed);
    QCOMPARE(events[0].detail, condition);
    QCOMPARE(RoomMirror::mayRejoin(mirror.leaveReason(), mirror.leaveDetail()), mayRejoin);
}

void TestRoomMirror::subject()
{
    RoomMirror mirror = joined();
    auto events = mirror.applySubject(QStringLiteral("Tea time"), QStringLiteral("bob"));
    QCOMPARE(events[0].type, Type::SubjectChanged);
    QVERIFY(events[0].silent); // the first subject after joining is the room's current one
    QCOMPARE(mirror.subject(), QStringLiteral("Tea time"));
    QVERIFY(mirror.applySubject(QStringLiteral("Tea time"), QStringLiteral("bob")).isEmpty());
    events = mirror.applySubject(QStringLiteral("Cake time"), QStringLiteral("bob"));
    QVERIFY(!events[0].silent); // then a change
    // Joined again: an empty current subject is current too, and what follows is a change.
    mirror.beginJoin(QStringLiteral("alice"));
    QVERIFY(mirror.applySubject(QStringLiteral("Cake time"), QStringLiteral("bob")).isEmpty());
    events = mirror.applySubject(QStringLiteral("Pie time"), QStringLiteral("bob"));
    QVERIFY(!events[0].silent);
}

void TestRoomMirror::foreignAndMalformedAreIgnored()
{
    RoomMirror mirror = joined();
    MucPresence other;
    QDomDocument doc;
    doc.setContent(
        QStringLiteral(
            "<presence xmlns='jabber:client' from='other@conference.localhost/x'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><item role='participant'/></x></presence>"),
        true);
    QVERIFY(MucPresence::parse(doc.documentElement(), &other));
    QVERIFY(mirror.apply(other).isEmpty());
    for (const char *xml : { "<presence xmlns='jabber:client' from='localhost'/>",
             "<presence xmlns='jabber:client' from='tea@conference.localhost/bob'/>",
             "<presence xmlns='jabber:client' from='tea@conference.localhost/bob' type='subscribe'/>",
             "<message xmlns='jabber:client' from='tea@conference.localhost/bob'/>" }) {
        QDomDocument d;
        d.setContent(QString::fromLatin1(xml), true);
        MucPresence p;
        QVERIFY2(!MucPresence::parse(d.documentElement(), &p), xml);
    }
    QCOMPARE(mirror.occupants().size(), 2);
}

QTEST_GUILESS_MAIN(TestRoomMirror)
#include "tst_room_mirror.moc"
