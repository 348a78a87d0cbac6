// Coordinator stanzas: what the codecs write, what they read back, and every forgery they must refuse.
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppCarbonManager.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

Q_DECLARE_METATYPE(Tandem::Relay::Kind)
Q_DECLARE_METATYPE(Tandem::Request::Action)

using namespace Tandem;

namespace {
const QString own = QStringLiteral("alice@example.org");
const QString anchor = QStringLiteral("alice@example.org/home");
const QString sibling = QStringLiteral("alice@example.org/laptop");
const QString room = QStringLiteral("room@conference.example.org");

const QByteArray groupchat
    = "<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'"
      " to='alice@example.org/home' id='g1'><body>hi</body></message>";

QDomDocument parse(const QByteArray &xml)
{
    QDomDocument document;
    QString error;
    if (!document.setContent(xml, true, &error))
        qWarning("not well-formed: %s", qPrintable(error));
    return document;
}

// A relay as the anchor would send it, with the parts the rejection rows vary.
QByteArray relayXml(const QByteArray &forwarded,
    const QByteArray &relayAttributes = "term='5' seq='1' room='room@conference.example.org'",
    const QByteArray &outerAttributes
    = "type='headline' from='alice@example.org/home' to='alice@example.org/laptop'")
{
    return "<message xmlns='jabber:client' " + outerAttributes + "><relay xmlns='urn:tandem:coord:0' "
        + relayAttributes + "><forwarded xmlns='urn:xmpp:forward:0'>" + forwarded
        + "</forwarded></relay></message>";
}

QByteArray requestXml(const QByteArray &attributes, const QByteArray &children = {},
    const QByteArray &outerAttributes
    = "type='headline' from='alice@example.org/laptop' to='alice@example.org/home'")
{
    return "<message xmlns='jabber:client' " + outerAttributes + "><request xmlns='urn:tandem:coord:0' "
        + attributes + ">" + children + "</request></message>";
}

// Same names, namespaces, attributes and text, whatever the attribute order or prefixes.
bool sameXml(const QDomElement &a, QDomElement b) // attributeNode() is not const
{
    if (a.localName() != b.localName() || a.namespaceURI() != b.namespaceURI())
        return false;
    const QDomNamedNodeMap aa = a.attributes(), ba = b.attributes();
    if (aa.count() != ba.count())
        return false;
    for (int i = 0; i < aa.count(); ++i) {
        const QDomAttr attribute = aa.item(i).toAttr();
        const QDomAttr other = attribute.namespaceURI().isEmpty()
            ? b.attributeNode(attribute.name())
            : b.attributeNodeNS(attribute.namespaceURI(), attribute.localName());
        if (other.isNull() || other.value() != attribute.value())
            return false;
    }
    QDomNode x = a.firstChild(), y = b.firstChild();
    for (; !x.isNull() && !y.isNull(); x = x.nextSibling(), y = y.nextSibling()) {
        if (x.isElement() != y.isElement())
            return false;
        if (x.isElement() ? !sameXml(x.toElement(), y.toElement()) : x.nodeValue() != y.nodeValue())
            return false;
    }
    return x.isNull() && y.isNull();
}

bool sameXml(const QByteArray &a, const QByteArray &b)
{
    return sameXml(parse(a).documentElement(), parse(b).documentElement());
}

QDomElement child(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() == name && e.namespaceURI() == ns)
            return e;
    }
    return {};
}

Relay sampleRelay(const QByteArray &stanza, Relay::Kind kind)
{
    Relay relay;
    relay.term = 7;
    relay.seq = 42;
    relay.room = room;
    relay.from = anchor;
    relay.to = sibling;
    relay.id = QStringLiteral("r-1");
    relay.delay = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 1, 123), Qt::UTC);
    relay.kind = kind;
    relay.stanza = RelayCodec::stanzaXml(parse(stanza).documentElement());
    return relay;
}
} // namespace

class TestRelayCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayRoundTrip_data();
    void relayRoundTrip();
    void relayAccepted_data();
    void relayAccepted();
    void relayRejected_data();
    void relayRejected();
    void encodeRefusesWhatIsNotTheKind();
    void requestRoundTrip_data();
    void requestRoundTrip();
    void requestRejected_data();
    void requestRejected();
    void responseRoundTrip();
    void responseRejected_data();
    void responseRejected();
    void envelope_data();
    void envelope();
    void relayShape();
    void megabyteBodyIsIntact();
    void encodersDropCharactersXmlForbids();
    void stanzaFromQXmpp();
    void decodedRelayOutlivesItsDocument();
    void deepNestingDoesNotRecurse();
    void writeXmlIntoAStreamWriter();
    void isCoordinatorStanza_data();
    void isCoordinatorStanza();
    void parseCount_data();
    void parseCount();
};

void TestRelayCodec::relayRoundTrip_data()
{
    QTest::addColumn<QByteArray>("stanza");
    QTest::addColumn<Relay::Kind>("kind");

    QTest::newRow("groupchat message") << groupchat << Relay::Kind::Message;
    QTest::newRow("room's own status message")
        << QByteArray("<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/></x></message>")
        << Relay::Kind::Message;
    QTest::newRow("subject with xml:lang and an emoji") << QByteArray(
        "<message xmlns='jabber:client' type='groupchat' xml:lang='de' "
        "from='room@conference.example.org/bob'><subject>Grüße \xF0\x9F\x98\x80 &lt;&amp;&gt;"
        "</subject></message>") << Relay::Kind::Message;
    QTest::newRow("private message from an occupant") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='room@conference.example.org/bob' id='p1'>"
        "<body>psst</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>")
                                                      << Relay::Kind::Message;
    QTest::newRow("occupant joins") << QByteArray(
        "<presence xmlns='jabber:client' from='room@conference.example.org/bob'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant'"
        " jid='bob@example.org/phone'/></x></presence>")
                                    << Relay::Kind::Presence;
    QTest::newRow("nick change (303)") << QByteArray(
        "<presence xmlns='jabber:client' type='unavailable' from='room@conference.example.org/bob'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item nick='robert'/><status code='303'/>"
        "</x></presence>") << Relay::Kind::Presence;
    QTest::newRow("presence error") << QByteArray(
        "<presence xmlns='jabber:client' type='error' from='room@conference.example.org/alice'>"
        "<error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
        "</presence>") << Relay::Kind::Presence;
}

void TestRelayCodec::relayRoundTrip()
{
    QFETCH(QByteArray, stanza);
    QFETCH(Relay::Kind, kind);

    const Relay relay = sampleRelay(stanza, kind);
    QString why;
    const QByteArray encoded = RelayCodec::encodeRelay(relay, &why);
    QVERIFY2(!encoded.isEmpty(), qPrintable(why));
    const QDomDocument document = parse(encoded);
    const auto decoded = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->term, 7);
    QCOMPARE(decoded->seq, quint64(42));
    QCOMPARE(decoded->room, room);
    QCOMPARE(decoded->from, anchor);
    QCOMPARE(decoded->to, sibling);
    QCOMPARE(decoded->id, QStringLiteral("r-1"));
    QCOMPARE(decoded->delay, relay.delay);
    QCOMPARE(decoded->kind, kind);
    QVERIFY(sameXml(decoded->stanza, stanza));

    if (kind == Relay::Kind::Message) {
        const auto message = RelayCodec::innerMessage(*decoded);
        QVERIFY(message);
        QVERIFY(!RelayCodec::innerPresence(*decoded));
        QXmppMessage original;
        original.parse(parse(stanza).documentElement());
        QCOMPARE(message->from(), original.from());
        QCOMPARE(message->type(), original.type());
        QCOMPARE(message->body(), original.body());
        QCOMPARE(message->subject(), original.subject());
    } else {
        const auto presence = RelayCodec::innerPresence(*decoded);
        QVERIFY(presence);
        QVERIFY(!RelayCodec::innerMessage(*decoded));
        QXmppPresence original;
        original.parse(parse(stanza).documentElement());
        QCOMPARE(presence->from(), original.from());
        QCOMPARE(presence->type(), original.type());
        QCOMPARE(presence->mucStatusCodes(), original.mucStatusCodes());
    }
}

void TestRelayCodec::relayAccepted_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("term");
    QTest::addColumn<quint64>("seq");
    QTest::addColumn<QDateTime>("delay");

    const QDateTime none;
    QTest::newRow("largest term and seq") << relayXml(
        groupchat, "term='2147483647' seq='18446744073709551615' room='room@conference.example.org'")
                                          << 2147483647 << std::numeric_limits<quint64>::max() << none;
    QTest::newRow("term zero, leading zeros")
        << relayXml(groupchat, "term='0' seq='007' room='room@conference.example.org'") << 0 << quint64(7)
        << none;
    QTest::newRow("room and sender differ in case only")
        << relayXml(groupchat, "term='1' seq='1' room='Room@Conference.Example.org'",
               "type='headline' from='Alice@example.org/home' to='alice@EXAMPLE.org/laptop'")
        << 1 << quint64(1) << none;
    QTest::newRow("delay with an offset is read as UTC")
        << relayXml("<delay xmlns='urn:xmpp:delay' stamp='2026-11-25T12:00:00+02:00'/>" + groupchat) << 5
        << quint64(1) << QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    QTest::newRow("unknown relay child from a later version is ignored")
        << QByteArray("<message xmlns='jabber:client' type='headline' from='alice@example.org/home' "
                      "to='alice@example.org/laptop'><relay xmlns='urn:tandem:coord:0' term='5' seq='1' "
                      "room='room@conference.example.org'><later/><forwarded xmlns='urn:xmpp:forward:0'>"
               + groupchat + "</forwarded></relay></message>")
        << 5 << quint64(1) << none;
}

void TestRelayCodec::relayAccepted()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, term);
    QFETCH(quint64, seq);
    QFETCH(QDateTime, delay);

    const QDomDocument document = parse(xml);
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

void TestRelayCodec::relayRejected_data()
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
    QTest::newRow("relay from another account") << relayXml(groupchat, "term='5' seq='1' " + roomAttributes,
        from("mallory@example.org/home")) << "sender";
    QTest::newRow("from our bare JID, no resource")
        << relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("alice@example.org")) << "sender";
    QTest::newRow("from our bare JID, empty resource")
        << relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("alice@example.org/")) << "sender";
    QTest::newRow("from our server") << relayXml(groupchat, "term='5' seq='1' " + roomAttributes,
        from("example.org")) << "sender";
    QTest::newRow("no sender") << relayXml(
        groupchat, "term='5' seq='1' " + roomAttributes, "type='headline' " + to)
                               << "sender";
    QTest::newRow("addressed to another account") << relayXml(groupchat, "term='5' seq='1' " + roomAttributes,
        "type='headline' from='alice@example.org/home' to='bob@example.org/laptop'")
                                                  << "recipient";
    QTest::newRow("sent by the receiving session itself")
        << relayXml(groupchat, "term='5' seq='1' " + roomAttributes, from("alice@example.org/laptop"))
        << "itself";

    // The outer stanza
    QTest::newRow("outer type chat") << relayXml(
        groupchat, "term='5' seq='1' " + roomAttributes, "type='chat' from='alice@example.org/home' " + to)
                                     << "headline";
    QTest::newRow("outer type missing (normal)") << relayXml(groupchat, "term='5' seq='1' " + roomAttributes,
        "from='alice@example.org/home' " + to) << "headline";
    QTest::newRow("outer type error (a bounce)") << relayXml(
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
    QTest::newRow("a request, not a relay") << requestXml("term='5' id='q' action='leave' " + roomAttributes,
        {}, "type='headline' from='alice@example.org/home' " + to)
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
            << relayXml(groupchat, attributes + " " + roomAttributes) << QString::fromLatin1(reason);
    }
    QTest::newRow("room missing") << relayXml(groupchat, "term='5' seq='1'") << "room";
    QTest::newRow("room is a full JID")
        << relayXml(groupchat, "term='5' seq='1' room='room@conference.example.org/bob'") << "room";
    QTest::newRow("room is a domain")
        << relayXml(groupchat, "term='5' seq='1' room='conference.example.org'") << "room";
    QTest::newRow("room with a space")
        << relayXml(groupchat, "term='5' seq='1' room='ro om@conference.example.org'") << "room";
    QTest::newRow("room with a quote")
        << relayXml(groupchat, "term='5' seq='1' room='r&quot;m@conference.example.org'") << "room";
    QTest::newRow("room with a control character")
        << relayXml(groupchat, "term='5' seq='1' room='r&#x9;m@conference.example.org'") << "room";

    // Where the forwarded stanza comes from
    QTest::newRow("inner stanza from a different room")
        << relayXml(inner("type='groupchat' from='other@conference.example.org/bob'")) << "not from room";
    QTest::newRow("inner stanza from the room's domain only")
        << relayXml(inner("type='groupchat' from='conference.example.org'")) << "not from room";
    QTest::newRow("inner stanza from the room's domain with the room as resource")
        << relayXml(inner("type='groupchat' from='conference.example.org/room@conference.example.org'"))
        << "not from room";
    QTest::newRow("inner stanza from a user")
        << relayXml(inner("type='chat' from='bob@example.org/phone'")) << "not from room";
    QTest::newRow("inner stanza from our own account")
        << relayXml(inner("type='chat' from='alice@example.org/phone'")) << "not from room";
    QTest::newRow("inner stanza without sender") << relayXml(inner("type='groupchat'")) << "not from room";

    // What the forwarded stanza is
    QTest::newRow("inner headline") << relayXml(
        inner("type='headline' from='room@conference.example.org/bob'"))
                                    << "neither groupchat nor chat";
    QTest::newRow("inner normal") << relayXml(inner("from='room@conference.example.org/bob'"))
                                  << "neither groupchat nor chat";
    QTest::newRow("inner error message")
        << relayXml(inner("type='error' from='room@conference.example.org/bob'"))
        << "neither groupchat nor chat";
    QTest::newRow("private message from the room itself")
        << relayXml(inner("type='chat' from='room@conference.example.org'")) << "occupant";
    QTest::newRow("presence from the room itself")
        << relayXml("<presence xmlns='jabber:client' from='room@conference.example.org'/>") << "occupant";
    QTest::newRow("subscription request") << relayXml(
        "<presence xmlns='jabber:client' type='subscribe' from='room@conference.example.org/bob'/>")
                                          << "presence type";
    QTest::newRow("nested relay") << relayXml(
        "<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'>"
        "<relay xmlns='urn:tandem:coord:0' term='9' seq='1' room='room@conference.example.org'>"
        "<forwarded xmlns='urn:xmpp:forward:0'>"
        + groupchat + "</forwarded></relay></message>")
                                  << "nested relay";
    QTest::newRow("coordinator element deep inside")
        << relayXml("<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'>"
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
    QTest::newRow("empty forwarded") << relayXml({}) << "no forwarded stanza";
    QTest::newRow("garbage text in forwarded") << relayXml("&lt;message&gt; hello") << "no forwarded stanza";
    QTest::newRow("garbage element in forwarded") << relayXml("<foo xmlns='urn:x'/>") << "unexpected <foo";
    QTest::newRow("an iq in forwarded")
        << relayXml("<iq xmlns='jabber:client' type='set' from='room@conference.example.org/bob' id='i'/>")
        << "unexpected <iq";
    QTest::newRow("inner message in another namespace") << relayXml(
        "<message xmlns='jabber:server' type='groupchat' from='room@conference.example.org/bob'/>")
                                                        << "unexpected <message";
    QTest::newRow("inner message without namespace")
        << relayXml("<message xmlns='' type='groupchat' from='room@conference.example.org/bob'/>")
        << "unexpected <message";
    QTest::newRow("two stanzas in forwarded")
        << relayXml(groupchat + groupchat) << "more than one forwarded stanza";
    QTest::newRow("two delays") << relayXml("<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/>"
                                            "<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/>"
        + groupchat) << "more than one <delay/>";
    QTest::newRow("delay stamp garbage")
        << relayXml("<delay xmlns='urn:xmpp:delay' stamp='yesterday'/>" + groupchat) << "delay stamp";
    QTest::newRow("delay stamp without zone")
        << relayXml("<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00'/>" + groupchat)
        << "delay stamp";
    QTest::newRow("delay without stamp")
        << relayXml("<delay xmlns='urn:xmpp:delay'/>" + groupchat) << "delay stamp";
}

void TestRelayCodec::relayRejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const QDomDocument document = parse(xml);
    QVERIFY2(!document.isNull(), "the row itself must be well-formed");
    QString why;
    const auto relay = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(!relay, "accepted");
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestRelayCodec::encodeRefusesWhatIsNotTheKind()
{
    QString why;
    Relay relay = sampleRelay(groupchat, Relay::Kind::Presence);
    QVERIFY(RelayCodec::encodeRelay(relay, &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("<presence>")), qPrintable(why));
    relay.stanza = "<message><body>unclosed";
    QVERIFY(RelayCodec::encodeRelay(relay, &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("well-formed")), qPrintable(why));
    relay.kind = Relay::Kind::Message;
    relay.stanza = "<message xmlns='urn:other'/>";
    QVERIFY(RelayCodec::encodeRelay(relay, &why).isEmpty());
    QVERIFY(RelayCodec::decodeRelay(QDomElement(), own, &why) == std::nullopt);
}

void TestRelayCodec::requestRoundTrip_data()
{
    QTest::addColumn<Request::Action>("action");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("originId");
    QTest::addColumn<QString>("replaceId");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("to");

    using A = Request::Action;
    const QString none;
    QTest::newRow("send") << A::Send << "hello <all> & \"you\"\nline 2"
                          << "o1" << none << none << none << none << none;
    QTest::newRow("correct") << A::Correct << "hello, fixed"
                             << "o2"
                             << "o1" << none << none << none << none;
    QTest::newRow("nick") << A::Nick << none << none << none << "ali" << none << none << none;
    QTest::newRow("subject") << A::Subject << none << none << none << none << none << "Today: \xE2\x98\x95"
                             << none;
    QTest::newRow("subject cleared") << A::Subject << none << none << none << none << none << "" << none;
    QTest::newRow("private message") << A::PrivateMessage << "psst"
                                     << "o3" << none << none << none << none
                                     << "room@conference.example.org/bob";
    QTest::newRow("leave") << A::Leave << none << none << none << none << none << none << none;
    QTest::newRow("join") << A::Join << none << none << none << "alice" << none << none << none;
    QTest::newRow("join with password") << A::Join << none << none << none << "alice"
                                        << "s3cr'et\"<>" << none << none;
}

void TestRelayCodec::requestRoundTrip()
{
    QFETCH(Request::Action, action);
    QFETCH(QString, body);
    QFETCH(QString, originId);
    QFETCH(QString, replaceId);
    QFETCH(QString, nick);
    QFETCH(QString, password);
    QFETCH(QString, subject);
    QFETCH(QString, to);

    Request request;
    request.term = 12;
    request.id = QStringLiteral("req-1");
    request.action = action;
    request.room = room;
    request.body = body;
    request.originId = originId;
    request.replaceId = replaceId;
    request.nick = nick;
    request.password = password;
    request.subject = subject;
    request.to = to;
    request.from = sibling;
    request.anchor = anchor;

    const QByteArray encoded = RequestCodec::encodeRequest(request);
    const QDomDocument document = parse(encoded);
    QString why;
    const auto decoded = RequestCodec::decodeRequest(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why + QLatin1Char(' ') + QString::fromUtf8(encoded)));
    QCOMPARE(decoded->term, 12);
    QCOMPARE(decoded->id, request.id);
    QCOMPARE(decoded->action, action);
    QCOMPARE(decoded->room, room);
    QCOMPARE(decoded->body, body);
    QCOMPARE(decoded->originId, originId);
    QCOMPARE(decoded->replaceId, replaceId);
    QCOMPARE(decoded->nick, nick);
    QCOMPARE(decoded->password, password);
    QCOMPARE(decoded->subject, subject);
    QCOMPARE(decoded->to, to);
    QCOMPARE(decoded->from, sibling);
    QCOMPARE(decoded->anchor, anchor);
    QCOMPARE(document.documentElement().firstChildElement().attribute(QStringLiteral("action")),
        RequestCodec::actionName(action));
}

void TestRelayCodec::requestRejected_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");

    const QByteArray base = "term='5' id='q1' room='room@conference.example.org' ";
    QTest::newRow("from another account") << requestXml(base + "action='leave'", {},
        "type='headline' from='mallory@example.org/laptop' to='alice@example.org/home'")
                                          << "sender";
    QTest::newRow("from our bare JID") << requestXml(
        base + "action='leave'", {}, "type='headline' from='alice@example.org' to='alice@example.org/home'")
                                       << "sender";
    QTest::newRow("outer type chat") << requestXml(base + "action='leave'", {},
        "type='chat' from='alice@example.org/laptop' to='alice@example.org/home'")
                                     << "headline";
    QTest::newRow("no term") << requestXml("id='q1' room='room@conference.example.org' action='leave'")
                             << "term";
    QTest::newRow("negative term") << requestXml(
        "term='-2' id='q1' room='room@conference.example.org' action='leave'")
                                   << "term";
    QTest::newRow("no id") << requestXml("term='5' room='room@conference.example.org' action='leave'")
                           << "without id";
    QTest::newRow("unknown action") << requestXml(base + "action='destroy'") << "unknown action";
    QTest::newRow("action in upper case") << requestXml(base + "action='LEAVE'") << "unknown action";
    QTest::newRow("room is a full JID")
        << requestXml("term='5' id='q1' room='room@conference.example.org/x' action='leave'") << "room";
    QTest::newRow("send without body") << requestXml(base + "action='send' origin-id='o'") << "no body";
    QTest::newRow("send without origin-id")
        << requestXml(base + "action='send'", "<body>x</body>") << "no origin-id";
    QTest::newRow("body in another namespace") << requestXml(base + "action='send' origin-id='o'",
        "<body xmlns='jabber:client'>x</body>") << "no body";
    QTest::newRow("correct without replace-id")
        << requestXml(base + "action='correct' origin-id='o'", "<body>x</body>") << "no replace-id";
    QTest::newRow("nick without nick") << requestXml(base + "action='nick'") << "no nick";
    QTest::newRow("join without nick") << requestXml(base + "action='join'") << "no nick";
    QTest::newRow("subject without subject") << requestXml(base + "action='subject'") << "no subject";
    QTest::newRow("pm to another room") << requestXml(
        base + "action='pm' origin-id='o' to='other@conference.example.org/bob'", "<body>x</body>")
                                        << "not an occupant";
    QTest::newRow("pm to the room itself")
        << requestXml(base + "action='pm' origin-id='o' to='room@conference.example.org'", "<body>x</body>")
        << "not an occupant";
    QTest::newRow("pm to a user") << requestXml(base + "action='pm' origin-id='o' to='bob@example.org/phone'",
        "<body>x</body>") << "not an occupant";
    QTest::newRow("an ack, not a request")
        << QByteArray("<message xmlns='jabber:client' type='headline' from='alice@example.org/laptop' "
                      "to='alice@example.org/home'><ack xmlns='urn:tandem:coord:0' id='q1'/></message>")
        << "not a request";
}

void TestRelayCodec::requestRejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const QDomDocument document = parse(xml);
    QVERIFY2(!document.isNull(), "the row itself must be well-formed");
    QString why;
    QVERIFY2(!RequestCodec::decodeRequest(document.documentElement(), own, &why), "accepted");
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestRelayCodec::responseRoundTrip()
{
    const QDomDocument ackDocument
        = parse(RequestCodec::encodeAck(Ack { QStringLiteral("q1"), anchor, sibling }));
    QString why;
    const auto ack = RequestCodec::decodeResponse(ackDocument.documentElement(), own, &why);
    QVERIFY2(ack, qPrintable(why));
    QVERIFY(std::holds_alternative<Ack>(*ack));
    QCOMPARE(std::get<Ack>(*ack).id, QStringLiteral("q1"));
    QCOMPARE(std::get<Ack>(*ack).from, anchor);
    QCOMPARE(std::get<Ack>(*ack).to, sibling);

    for (const QString &text : { QString(), QStringLiteral("not in <room> & \"gone\"") }) {
        const RequestError sent { QStringLiteral("q2"), QStringLiteral("not-in-room"), text, anchor,
            sibling };
        const QDomDocument document = parse(RequestCodec::encodeError(sent));
        const auto response = RequestCodec::decodeResponse(document.documentElement(), own, &why);
        QVERIFY2(response, qPrintable(why));
        QVERIFY(std::holds_alternative<RequestError>(*response));
        const auto &error = std::get<RequestError>(*response);
        QCOMPARE(error.id, sent.id);
        QCOMPARE(error.condition, sent.condition);
        QCOMPARE(error.text, text);
        QCOMPARE(error.from, anchor);
        QCOMPARE(error.to, sibling);
    }
}

void TestRelayCodec::responseRejected_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");

    auto response
        = [](const QByteArray &payload,
              const QByteArray &outer = "from='alice@example.org/home' to='alice@example.org/laptop'") {
              return "<message xmlns='jabber:client' type='headline' " + outer + ">" + payload
                  + "<no-store xmlns='urn:xmpp:hints'/></message>";
          };
    QTest::newRow("ack from another account") << response("<ack xmlns='urn:tandem:coord:0' id='q'/>",
        "from='mallory@example.org/home' to='alice@example.org/laptop'")
                                              << "sender";
    QTest::newRow("ack without id") << response("<ack xmlns='urn:tandem:coord:0'/>") << "without id";
    QTest::newRow("error without id")
        << response("<error xmlns='urn:tandem:coord:0' condition='x'/>") << "without id";
    QTest::newRow("error without condition")
        << response("<error xmlns='urn:tandem:coord:0' id='q'/>") << "not a token";
    QTest::newRow("error with a sentence as condition")
        << response("<error xmlns='urn:tandem:coord:0' id='q' condition='Not In Room'/>") << "not a token";
    QTest::newRow("a relay, not a response")
        << response("<relay xmlns='urn:tandem:coord:0' term='1' seq='1' room='room@conference.example.org'/>")
        << "not a response";
    QTest::newRow("a stanza error is not a coordinator error")
        << response("<error xmlns='jabber:client' type='cancel'/>") << "no coordinator element";
}

void TestRelayCodec::responseRejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const QDomDocument document = parse(xml);
    QVERIFY2(!document.isNull(), "the row itself must be well-formed");
    QString why;
    QVERIFY2(!RequestCodec::decodeResponse(document.documentElement(), own, &why), "accepted");
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestRelayCodec::envelope_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("payload");

    QTest::newRow("relay") << RelayCodec::encodeRelay(sampleRelay(groupchat, Relay::Kind::Message))
                           << "relay";
    Request request;
    request.id = QStringLiteral("q1");
    request.action = Request::Action::Leave;
    request.room = room;
    request.from = sibling;
    request.anchor = anchor;
    QTest::newRow("request") << RequestCodec::encodeRequest(request) << "request";
    QTest::newRow("ack") << RequestCodec::encodeAck(Ack { QStringLiteral("q1"), anchor, sibling }) << "ack";
    QTest::newRow("error") << RequestCodec::encodeError(RequestError {
        QStringLiteral("q1"), QStringLiteral("stale-term"), QStringLiteral("why"), anchor, sibling })
                           << "error";
}

void TestRelayCodec::envelope()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, payload);

    const QDomDocument document = parse(xml);
    const QDomElement message = document.documentElement();
    QCOMPARE(message.localName(), QStringLiteral("message"));
    QCOMPARE(message.namespaceURI(), QStringLiteral("jabber:client"));
    QCOMPARE(message.attribute(QStringLiteral("type")), QStringLiteral("headline"));
    QVERIFY(!child(message, QStringLiteral("no-copy"), QStringLiteral("urn:xmpp:hints")).isNull());
    QVERIFY(!child(message, QStringLiteral("no-store"), QStringLiteral("urn:xmpp:hints")).isNull());
    QVERIFY(!child(message, QStringLiteral("private"), QStringLiteral("urn:xmpp:carbons:2")).isNull());
    QVERIFY(!child(message, payload, QStringLiteral("urn:tandem:coord:0")).isNull());
    QVERIFY(RelayCodec::isCoordinatorStanza(message));

    // What a plain client (or our own chat pipeline) reads: a content-less headline, not a carbon.
    QXmppMessage parsed;
    parsed.parse(message);
    QCOMPARE(parsed.type(), QXmppMessage::Headline);
    QVERIFY(parsed.body().isEmpty());
    QVERIFY(parsed.isPrivate());
    QVERIFY(parsed.hasHint(QXmppMessage::NoCopy));
    QVERIFY(parsed.hasHint(QXmppMessage::NoStore));
    // QXmppCarbonManager returns before it needs a client when the stanza is no carbon; were it taken for
    // one, it would fail the from == bare JID check anyway, since we always send from a full JID.
    QXmppCarbonManager carbons;
    QVERIFY(!carbons.handleStanza(message));
}

void TestRelayCodec::relayShape()
{
    const QDomDocument document
        = parse(RelayCodec::encodeRelay(sampleRelay(groupchat, Relay::Kind::Message)));
    const QDomElement message = document.documentElement();
    QCOMPARE(message.attribute(QStringLiteral("from")), anchor);
    QCOMPARE(message.attribute(QStringLiteral("to")), sibling);
    QCOMPARE(message.attribute(QStringLiteral("id")), QStringLiteral("r-1"));
    const QDomElement relay = child(message, QStringLiteral("relay"), QStringLiteral("urn:tandem:coord:0"));
    QCOMPARE(relay.attribute(QStringLiteral("term")), QStringLiteral("7"));
    QCOMPARE(relay.attribute(QStringLiteral("seq")), QStringLiteral("42"));
    QCOMPARE(relay.attribute(QStringLiteral("room")), room);
    const QDomElement forwarded
        = child(relay, QStringLiteral("forwarded"), QStringLiteral("urn:xmpp:forward:0"));
    const QDomElement delay = forwarded.firstChildElement();
    QCOMPARE(delay.localName(), QStringLiteral("delay"));
    QCOMPARE(delay.namespaceURI(), QStringLiteral("urn:xmpp:delay"));
    QCOMPARE(delay.attribute(QStringLiteral("stamp")), QStringLiteral("2026-11-25T10:00:01.123Z"));
    const QDomElement inner = delay.nextSiblingElement();
    QCOMPARE(inner.namespaceURI(), QStringLiteral("jabber:client"));
    QVERIFY(sameXml(inner, parse(groupchat).documentElement()));
    QVERIFY(inner.nextSiblingElement().isNull());
}

void TestRelayCodec::megabyteBodyIsIntact()
{
    QString body;
    body.reserve(1 << 20);
    while (body.size() < (1 << 20))
        body += QString::fromUtf8("Grüße <&> \xF0\x9F\x98\x80 \n");
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::GroupChat);
    stanza.setFrom(QStringLiteral("room@conference.example.org/bob"));
    stanza.setBody(body);
    Relay relay = sampleRelay(groupchat, Relay::Kind::Message);
    relay.stanza = RelayCodec::stanzaXml(stanza);

    const QDomDocument document = parse(RelayCodec::encodeRelay(relay));
    QString why;
    const auto decoded = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(RelayCodec::innerMessage(*decoded)->body(), body);

    Request request;
    request.id = QStringLiteral("big");
    request.room = room;
    request.body = body;
    request.originId = QStringLiteral("o");
    request.from = sibling;
    request.anchor = anchor;
    const QDomDocument requestDocument = parse(RequestCodec::encodeRequest(request));
    const auto decodedRequest = RequestCodec::decodeRequest(requestDocument.documentElement(), own, &why);
    QVERIFY2(decodedRequest, qPrintable(why));
    QCOMPARE(decodedRequest->body, body);
}

void TestRelayCodec::encodersDropCharactersXmlForbids()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    const QString dirty = QStringLiteral("a") + QChar(0x1) + QStringLiteral("b") + QChar(0xFFFE)
        + QChar(0xD800) + QStringLiteral("c") + QChar(0xDC00) + emoji + QChar(0x0) + QStringLiteral("\t\n");
    const QString clean = QStringLiteral("abc") + emoji + QStringLiteral("\t\n");
    QCOMPARE(RelayCodec::xmlSafe(dirty), clean);
    QCOMPARE(RelayCodec::xmlSafe(clean), clean);

    Request request;
    request.id = QStringLiteral("q") + QChar(0x1b);
    request.room = room;
    request.body = dirty;
    request.originId = QStringLiteral("o");
    request.from = sibling;
    request.anchor = anchor;
    const QDomDocument document = parse(RequestCodec::encodeRequest(request));
    QVERIFY(!document.isNull());
    QString why;
    const auto decoded = RequestCodec::decodeRequest(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->body, clean);
    QCOMPARE(decoded->id, QStringLiteral("q"));

    // A QXmppMessage with the same body: QXmpp writes it raw, stanzaXml() must still give valid XML.
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::GroupChat);
    stanza.setFrom(QStringLiteral("room@conference.example.org/bob"));
    stanza.setBody(dirty);
    Relay relay = sampleRelay(groupchat, Relay::Kind::Message);
    relay.stanza = RelayCodec::stanzaXml(stanza);
    const QDomDocument relayDocument = parse(RelayCodec::encodeRelay(relay));
    const auto decodedRelay = RelayCodec::decodeRelay(relayDocument.documentElement(), own, &why);
    QVERIFY2(decodedRelay, qPrintable(why));
    QCOMPARE(RelayCodec::innerMessage(*decodedRelay)->body(), clean);
}

void TestRelayCodec::stanzaFromQXmpp()
{
    QXmppPresence presence;
    presence.setFrom(QStringLiteral("room@conference.example.org/bob"));
    presence.setType(QXmppPresence::Unavailable);
    presence.setMucStatusCodes({ 303 });
    const QByteArray xml = RelayCodec::stanzaXml(presence);
    const QDomElement root = parse(xml).documentElement();
    QCOMPARE(root.localName(), QStringLiteral("presence"));
    QCOMPARE(root.namespaceURI(), QStringLiteral("jabber:client"));

    Relay relay = sampleRelay(groupchat, Relay::Kind::Presence);
    relay.stanza = xml;
    const QDomDocument document = parse(RelayCodec::encodeRelay(relay));
    QString why;
    const auto decoded = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(RelayCodec::innerPresence(*decoded)->mucStatusCodes(), QList<int>({ 303 }));
}

void TestRelayCodec::decodedRelayOutlivesItsDocument()
{
    std::optional<Relay> kept;
    {
        QDomDocument document = parse(RelayCodec::encodeRelay(sampleRelay(groupchat, Relay::Kind::Message)));
        kept = RelayCodec::decodeRelay(document.documentElement(), own);
        QVERIFY(kept);
        document.documentElement().removeChild(document.documentElement().firstChild());
    }
    const Relay copy = *kept;
    kept.reset();
    QCOMPARE(RelayCodec::innerMessage(copy)->body(), QStringLiteral("hi"));
}

void TestRelayCodec::deepNestingDoesNotRecurse()
{
    const int depth = 10000; // Qt's own parser is slow beyond: it, not the codec, dominates the time
    QByteArray deep
        = "<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'>";
    for (int i = 0; i < depth; ++i)
        deep += "<x xmlns='urn:x'>";
    for (int i = 0; i < depth; ++i)
        deep += "</x>";
    deep += "</message>";
    const QDomDocument document = parse(relayXml(deep));
    QString why;
    const auto relay = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(relay, qPrintable(why));
    QVERIFY(relay->stanza.size() > depth * 6);
    QVERIFY(!RelayCodec::encodeRelay(*relay).isEmpty());
}

void TestRelayCodec::writeXmlIntoAStreamWriter()
{
    const QByteArray encoded = RequestCodec::encodeAck(Ack { QStringLiteral("q1"), anchor, sibling });
    QByteArray written;
    QXmlStreamWriter writer(&written);
    QVERIFY(RelayCodec::writeXml(&writer, encoded));
    QVERIFY(sameXml(written, encoded));
    QVERIFY(!RelayCodec::writeXml(&writer, "<broken"));
}

void TestRelayCodec::isCoordinatorStanza_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("expected");

    QTest::newRow("relay") << relayXml(groupchat) << true;
    QTest::newRow("forged relay from another account") << relayXml(groupchat,
        "term='5' seq='1' room='room@conference.example.org'", "type='chat' from='mallory@example.org/x'")
                                                       << true;
    QTest::newRow("unknown coordinator element")
        << QByteArray("<message xmlns='jabber:client'><later xmlns='urn:tandem:coord:0'/></message>") << true;
    QTest::newRow("chat message") << groupchat << false;
    QTest::newRow("coordinator element only deep inside") << QByteArray(
        "<message xmlns='jabber:client'><x xmlns='urn:x'><relay xmlns='urn:tandem:coord:0'/></x></message>")
                                                          << false;
    QTest::newRow("device presence") << QByteArray(
        "<presence xmlns='jabber:client'><device xmlns='urn:tandem:coord:0' role='anchor'/></presence>")
                                     << false;
    QTest::newRow("iq") << QByteArray("<iq xmlns='jabber:client'><relay xmlns='urn:tandem:coord:0'/></iq>")
                        << false;
}

void TestRelayCodec::isCoordinatorStanza()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, expected);
    QCOMPARE(RelayCodec::isCoordinatorStanza(parse(xml).documentElement()), expected);
    QVERIFY(!RelayCodec::isCoordinatorStanza(QDomElement()));
}

void TestRelayCodec::parseCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");

    QTest::newRow("zero") << "0" << true << quint64(0);
    QTest::newRow("max") << "18446744073709551615" << true << std::numeric_limits<quint64>::max();
    QTest::newRow("over max") << "18446744073709551616" << false << quint64(0);
    QTest::newRow("empty") << "" << false << quint64(0);
    QTest::newRow("trailing space") << "5 " << false << quint64(0);
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0665)) << false << quint64(0);
}

void TestRelayCodec::parseCount()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint64, value);
    const auto parsed = RelayCodec::parseCount(text, std::numeric_limits<quint64>::max());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

QTEST_GUILESS_MAIN(TestRelayCodec)
#include "tst_relay_codec.moc"
