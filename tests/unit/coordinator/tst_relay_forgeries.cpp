// What a relay must look like for a sibling to accept it (PROTOCOL.md §7 and §14): the edge
// values it takes, and every forgery or malformation it refuses, each with its reason.
#include "CoordinatorTestXml.h"
#include "coordinator/RelayCodec.h"

#include <QTest>

using namespace Tandem;

namespace {
const QString &own = Test::ownBareJid;
const QString &room = Test::roomJid;

const QByteArray &groupchat = Test::groupchatFromBob;

} // namespace

class TestRelayForgeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayAccepted_data();
    void relayAccepted();
    void relayRejected_data();
    void relayRejected();
};

void TestRelayForgeries::relayAccepted_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("term");
    QTest::addColumn<quint64>("seq");
    QTest::addColumn<QDateTime>("delay");

    const QDateTime none;
    QTest::newRow("largest term and seq") << Test::relayXml(
        groupchat, "term='2147483647' seq='18446744073709551615' room='room@conference.example.org'")
                                          << 2147483647 << std::numeric_limits<quint64>::max() << none;
    QTest::newRow("term zero, leading zeros")
        << Test::relayXml(groupchat, "term='0' seq='007' room='room@conference.example.org'") << 0
        << quint64(7) << none;
    QTest::newRow("room and sender differ in case only")
        << Test::relayXml(groupchat, "term='1' seq='1' room='Room@Conference.Example.org'",
               "type='headline' from='Alice@example.org/home' to='alice@EXAMPLE.org/laptop'")
        << 1 << quint64(1) << none;
    QTest::newRow("delay with an offset is read as UTC")
        << Test::relayXml("<delay xmlns='urn:xmpp:delay' stamp='2026-11-25T12:00:00+02:00'/>" + groupchat)
        << 5 << quint64(1) << QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    QTest::newRow("unknown relay child from a later version is ignored")
        << QByteArray("<message xmlns='jabber:client' type='headline' from='alice@example.org/home' "
                      "to='alice@example.org/laptop'><relay xmlns='urn:tandem:coord:0' term='5' seq='1' "
                      "room='room@conference.example.org'><later/><forwarded xmlns='urn:xmpp:forward:0'>"
               + groupchat + "</forwarded></relay></message>")
        << 5 << quint64(1) << none;
}

void TestRelayForgeries::relayAccepted()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, term);
    QFETCH(quint64, seq);
    QFETCH(QDateTime, delay);

    const QDomDocument document = Test::parseXml(xml);
    QVERIFY(!document.isNull());
    QString why;
    const auto relay = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(relay, qPrintable(why));
    QCOMPARE(relay->term, term);
    QCOMPARE(relay->seq, seq);
    QCOMPARE(relay->room, room);
    QCOMPARE(relay->delay, delay);
    QCOMPARE(relay->kind, Relay::Kind::Message);
}

void TestRelayForgeries::relayRejected_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");

    const QByteArray roomAttributes = "room='room@conference.example.org'";
    const QByteArray to = "to='alice@example.org/laptop'";
    auto from = [](const QByteArray &sender) {
        return "type='headline' from='" + sender + "' to='alice@example.org/laptop'";
    };
    auto inner = [](const QByteArray &attributes) {
        return "<message xmlns='jabber:client' " + attributes + "><body>x</body></message>";
    };

    // Who sent it
    QTest::newRow("relay from another account")
        << Test::relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("mallory@example.org/home"))
        << "sender";
    QTest::newRow("from our bare JID, no resource")
        << Test::relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("alice@example.org"))
        << "sender";
    QTest::newRow("from our bare JID, empty resource")
        << Test::relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("alice@example.org/"))
        << "sender";
    QTest::newRow("from our server") << Test::relayXml(groupchat, "term='5' seq='1' " + roomAttributes,
        from("example.org")) << "sender";
    QTest::newRow("no sender") << Test::relayXml(
        groupchat, "term='5' seq='1' " + roomAttributes, "type='headline' " + to)
                               << "sender";
    QTest::newRow("addressed to another account")
        << Test::relayXml(groupchat, "term='5' seq='1' " + roomAttributes,
               "type='headline' from='alice@example.org/home' to='bob@example.org/laptop'")
        << "recipient";
    QTest::newRow("sent by the receiving session itself")
        << Test::relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("alice@example.org/laptop"))
        << "itself";

    // The outer stanza
    QTest::newRow("outer type chat") << Test::relayXml(
        groupchat, "term='5' seq='1' " + roomAttributes, "type='chat' from='alice@example.org/home' " + to)
                                     << "headline";
    QTest::newRow("outer type missing (normal)") << Test::relayXml(
        groupchat, "term='5' seq='1' " + roomAttributes, "from='alice@example.org/home' " + to)
                                                 << "headline";
    QTest::newRow("outer type error (a bounce)") << Test::relayXml(
        groupchat, "term='5' seq='1' " + roomAttributes, "type='error' from='alice@example.org/home' " + to)
                                                 << "headline";
    QTest::newRow("a presence is not a coordinator message")
        << QByteArray("<presence xmlns='jabber:client' type='headline' from='alice@example.org/home' " + to
               + "><relay xmlns='urn:tandem:coord:0' term='5' seq='1' " + roomAttributes
               + "><forwarded xmlns='urn:xmpp:forward:0'>" + groupchat + "</forwarded></relay></presence>")
        << "not a <message/>";
    QTest::newRow("two relays") << QByteArray(
        "<message xmlns='jabber:client' type='headline' from='alice@example.org/home' " + to
        + "><relay xmlns='urn:tandem:coord:0' term='5' seq='1' " + roomAttributes
        + "><forwarded xmlns='urn:xmpp:forward:0'>" + groupchat
        + "</forwarded></relay><relay xmlns='urn:tandem:coord:0' term='5' seq='2' " + roomAttributes
        + "><forwarded xmlns='urn:xmpp:forward:0'>" + groupchat + "</forwarded></relay></message>")
                                << "more than one coordinator element";
    QTest::newRow("a request, not a relay")
        << Test::requestXml("term='5' id='q' action='leave' " + roomAttributes, {},
               "type='headline' from='alice@example.org/home' " + to)
        << "not a relay";
    QTest::newRow("no coordinator element") << QByteArray(
        "<message xmlns='jabber:client' type='headline' from='alice@example.org/home' " + to
        + "><body>x</body></message>") << "no coordinator element";

    // term, seq, room
    const QByteArray counts[][2] = { { "", "term" }, { "term='' seq='1'", "term" },
        { "term='-1' seq='1'", "term" }, { "term='2147483648' seq='1'", "term" },
        { "term='+5' seq='1'", "term" }, { "term=' 5' seq='1'", "term" }, { "term='5.0' seq='1'", "term" },
        { "term='0x5' seq='1'", "term" }, { "term='99999999999999999999999' seq='1'", "term" },
        { "term='5'", "seq" }, { "term='5' seq='-1'", "seq" },
        { "term='5' seq='18446744073709551616'", "seq" }, { "term='5' seq='１'", "seq" } };
    for (const auto &[attributes, reason] : counts) {
        QTest::addRow("counts: %s", attributes.isEmpty() ? "none" : attributes.constData())
            << Test::relayXml(groupchat, attributes + " " + roomAttributes) << QString::fromLatin1(reason);
    }
    QTest::newRow("room missing") << Test::relayXml(groupchat, "term='5' seq='1'") << "room";
    QTest::newRow("room is a full JID")
        << Test::relayXml(groupchat, "term='5' seq='1' room='room@conference.example.org/bob'") << "room";
    QTest::newRow("room is a domain")
        << Test::relayXml(groupchat, "term='5' seq='1' room='conference.example.org'") << "room";
    QTest::newRow("room with a space")
        << Test::relayXml(groupchat, "term='5' seq='1' room='ro om@conference.example.org'") << "room";
    QTest::newRow("room with a quote")
        << Test::relayXml(groupchat, "term='5' seq='1' room='r&quot;m@conference.example.org'") << "room";
    QTest::newRow("room with a control character")
        << Test::relayXml(groupchat, "term='5' seq='1' room='r&#x9;m@conference.example.org'") << "room";

    // Where the forwarded stanza comes from
    QTest::newRow("inner stanza from a different room")
        << Test::relayXml(inner("type='groupchat' from='other@conference.example.org/bob'"))
        << "not from room";
    QTest::newRow("inner stanza from the room's domain only")
        << Test::relayXml(inner("type='groupchat' from='conference.example.org'")) << "not from room";
    QTest::newRow("inner stanza from the room's domain with the room as resource")
        << Test::relayXml(inner("type='groupchat' from='conference.example.org/room@conference.example.org'"))
        << "not from room";
    QTest::newRow("inner stanza from a user")
        << Test::relayXml(inner("type='chat' from='bob@example.org/phone'")) << "not from room";
    QTest::newRow("inner stanza from our own account")
        << Test::relayXml(inner("type='chat' from='alice@example.org/phone'")) << "not from room";
    QTest::newRow("inner stanza without sender")
        << Test::relayXml(inner("type='groupchat'")) << "not from room";

    // What the forwarded stanza is
    QTest::newRow("inner headline") << Test::relayXml(
        inner("type='headline' from='room@conference.example.org/bob'"))
                                    << "neither groupchat nor chat";
    QTest::newRow("inner normal") << Test::relayXml(inner("from='room@conference.example.org/bob'"))
                                  << "neither groupchat nor chat";
    QTest::newRow("inner error message")
        << Test::relayXml(inner("type='error' from='room@conference.example.org/bob'"))
        << "neither groupchat nor chat";
    QTest::newRow("private message from the room itself")
        << Test::relayXml(inner("type='chat' from='room@conference.example.org'")) << "occupant";
    QTest::newRow("presence from the room itself")
        << Test::relayXml("<presence xmlns='jabber:client' from='room@conference.example.org'/>")
        << "occupant";
    QTest::newRow("subscription request") << Test::relayXml(
        "<presence xmlns='jabber:client' type='subscribe' from='room@conference.example.org/bob'/>")
                                          << "presence type";
    QTest::newRow("nested relay") << Test::relayXml(
        "<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'>"
        "<relay xmlns='urn:tandem:coord:0' term='9' seq='1' room='room@conference.example.org'>"
        "<forwarded xmlns='urn:xmpp:forward:0'>"
        + groupchat + "</forwarded></relay></message>")
                                  << "nested relay";
    QTest::newRow("coordinator element deep inside") << Test::relayXml(
        "<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'>"
        "<x xmlns='urn:x'><y><request xmlns='urn:tandem:coord:0'/></y></x></message>")
                                                     << "nested relay";

    // The shape of <forwarded/>
    QTest::newRow("missing forwarded") << QByteArray(
        "<message xmlns='jabber:client' type='headline' from='alice@example.org/home' " + to
        + "><relay xmlns='urn:tandem:coord:0' term='5' seq='1' " + roomAttributes + ">" + groupchat
        + "</relay></message>") << "no <forwarded/>";
    QTest::newRow("forwarded in the wrong namespace")
        << QByteArray("<message xmlns='jabber:client' type='headline' from='alice@example.org/home' " + to
               + "><relay xmlns='urn:tandem:coord:0' term='5' seq='1' " + roomAttributes
               + "><forwarded xmlns='urn:xmpp:forward:1'>" + groupchat + "</forwarded></relay></message>")
        << "no <forwarded/>";
    QTest::newRow("two forwarded") << QByteArray(
        "<message xmlns='jabber:client' type='headline' from='alice@example.org/home' " + to
        + "><relay xmlns='urn:tandem:coord:0' term='5' seq='1' " + roomAttributes
        + "><forwarded xmlns='urn:xmpp:forward:0'>" + groupchat
        + "</forwarded><forwarded xmlns='urn:xmpp:forward:0'>" + groupchat + "</forwarded></relay></message>")
                                   << "more than one <forwarded/>";
    QTest::newRow("empty forwarded") << Test::relayXml({}) << "no forwarded stanza";
    QTest::newRow("garbage text in forwarded")
        << Test::relayXml("&lt;message&gt; hello") << "no forwarded stanza";
    QTest::newRow("garbage element in forwarded")
        << Test::relayXml("<foo xmlns='urn:x'/>") << "unexpected <foo";
    QTest::newRow("an iq in forwarded") << Test::relayXml(
        "<iq xmlns='jabber:client' type='set' from='room@conference.example.org/bob' id='i'/>")
                                        << "unexpected <iq";
    QTest::newRow("inner message in another namespace") << Test::relayXml(
        "<message xmlns='jabber:server' type='groupchat' from='room@conference.example.org/bob'/>")
                                                        << "unexpected <message";
    QTest::newRow("inner message without namespace")
        << Test::relayXml("<message xmlns='' type='groupchat' from='room@conference.example.org/bob'/>")
        << "unexpected <message";
    QTest::newRow("two stanzas in forwarded")
        << Test::relayXml(groupchat + groupchat) << "more than one forwarded stanza";
    QTest::newRow("two delays") << Test::relayXml(
        "<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/>"
        "<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/>"
        + groupchat) << "more than one <delay/>";
    QTest::newRow("delay stamp garbage")
        << Test::relayXml("<delay xmlns='urn:xmpp:delay' stamp='yesterday'/>" + groupchat) << "delay stamp";
    QTest::newRow("delay stamp without zone")
        << Test::relayXml("<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00'/>" + groupchat)
        << "delay stamp";
    QTest::newRow("delay without stamp")
        << Test::relayXml("<delay xmlns='urn:xmpp:delay'/>" + groupchat) << "delay stamp";
}

void TestRelayForgeries::relayRejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const QDomDocument document = Test::parseXml(xml);
    QVERIFY2(!document.isNull(), "the row itself must be well-formed");
    QString why;
    const auto relay = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(!relay, "accepted");
    QVERIFY2(why.contains(reason), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestRelayForgeries)
#include "tst_relay_forgeries.moc"
