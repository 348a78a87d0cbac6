// Coordinator stanzas: what the codecs write, what they read back, and every forgery they must refuse.
#include "CoordinatorTestXml.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppCarbonManager.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

Q_DECLARE_METATYPE(Tandem::Relay::Kind)

using namespace Tandem;

namespace {
const QString &own = Test::ownBareJid;
const QString &anchor = Test::anchorJid;
const QString &sibling = Test::siblingJid;
const QString &room = Test::roomJid;

const QByteArray &groupchat = Test::groupchatFromBob;

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
    return sameXml(Test::parseXml(a).documentElement(), Test::parseXml(b).documentElement());
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
    relay.stanza = RelayCodec::stanzaXml(Test::parseXml(stanza).documentElement());
    return relay;
}
} // namespace

class TestRelayCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayRoundTrip_data();
    void relayRoundTrip();
    void encodeRefusesWhatIsNotTheKind();
    void envelope_data();
    void envelope();
    void relayShape();
    void userJoinIsMarked();
    void megabyteBodyIsIntact();
    void encodersDropCharactersXmlForbids();
    void namespacesThatNeedEscapesStayWellFormed();
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
    const QDomDocument document = Test::parseXml(encoded);
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
        original.parse(Test::parseXml(stanza).documentElement());
        QCOMPARE(message->from(), original.from());
        QCOMPARE(message->type(), original.type());
        QCOMPARE(message->body(), original.body());
        QCOMPARE(message->subject(), original.subject());
    } else {
        const auto presence = RelayCodec::innerPresence(*decoded);
        QVERIFY(presence);
        QVERIFY(!RelayCodec::innerMessage(*decoded));
        QXmppPresence original;
        original.parse(Test::parseXml(stanza).documentElement());
        QCOMPARE(presence->from(), original.from());
        QCOMPARE(presence->type(), original.type());
        QCOMPARE(presence->mucStatusCodes(), original.mucStatusCodes());
    }
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
    QTest::newRow("ack") << RequestCodec::encodeAck(Ack { QStringLiteral("q1"), anchor, sibling, -1, {} })
                         << "ack";
    QTest::newRow("error") << RequestCodec::encodeError(RequestError {
        QStringLiteral("q1"), QStringLiteral("stale-term"), QStringLiteral("why"), anchor, sibling })
                           << "error";
}

void TestRelayCodec::envelope()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, payload);

    const QDomDocument document = Test::parseXml(xml);
    const QDomElement message = document.documentElement();
    QCOMPARE(message.localName(), QStringLiteral("message"));
    QCOMPARE(message.namespaceURI(), QStringLiteral("jabber:client"));
    QCOMPARE(message.attribute(QStringLiteral("type")), QStringLiteral("headline"));
    QVERIFY(
        !Test::childElement(message, QStringLiteral("no-copy"), QStringLiteral("urn:xmpp:hints")).isNull());
    QVERIFY(
        !Test::childElement(message, QStringLiteral("no-store"), QStringLiteral("urn:xmpp:hints")).isNull());
    QVERIFY(!Test::childElement(message, QStringLiteral("private"), QStringLiteral("urn:xmpp:carbons:2"))
                 .isNull());
    QVERIFY(!Test::childElement(message, payload, QStringLiteral("urn:tandem:coord:0")).isNull());
    QVERIFY(CoordinatorEnvelope::isCoordinatorStanza(message));

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
        = Test::parseXml(RelayCodec::encodeRelay(sampleRelay(groupchat, Relay::Kind::Message)));
    const QDomElement message = document.documentElement();
    QCOMPARE(message.attribute(QStringLiteral("from")), anchor);
    QCOMPARE(message.attribute(QStringLiteral("to")), sibling);
    QCOMPARE(message.attribute(QStringLiteral("id")), QStringLiteral("r-1"));
    const QDomElement relay
        = Test::childElement(message, QStringLiteral("relay"), QStringLiteral("urn:tandem:coord:0"));
    QCOMPARE(relay.attribute(QStringLiteral("term")), QStringLiteral("7"));
    QCOMPARE(relay.attribute(QStringLiteral("seq")), QStringLiteral("42"));
    QCOMPARE(relay.attribute(QStringLiteral("room")), room);
    const QDomElement forwarded
        = Test::childElement(relay, QStringLiteral("forwarded"), QStringLiteral("urn:xmpp:forward:0"));
    const QDomElement delay = forwarded.firstChildElement();
    QCOMPARE(delay.localName(), QStringLiteral("delay"));
    QCOMPARE(delay.namespaceURI(), QStringLiteral("urn:xmpp:delay"));
    QCOMPARE(delay.attribute(QStringLiteral("stamp")), QStringLiteral("2026-11-25T10:00:01.123Z"));
    const QDomElement inner = delay.nextSiblingElement();
    QCOMPARE(inner.namespaceURI(), QStringLiteral("jabber:client"));
    QVERIFY(sameXml(inner, Test::parseXml(groupchat).documentElement()));
    QVERIFY(inner.nextSiblingElement().isNull());
}

void TestRelayCodec::userJoinIsMarked()
{
    // A user's join is marked on the wire; an anchor's rejoin, or an older anchor, is not.
    const QByteArray join("<presence xmlns='jabber:client' from='room@conference.example.org/alice'>"
                          "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                          "role='participant'/><status code='110'/></x></presence>");
    Relay relay = sampleRelay(join, Relay::Kind::Presence);
    QString why;
    auto decoded = RelayCodec::decodeRelay(
        Test::parseXml(RelayCodec::encodeRelay(relay)).documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QVERIFY(!decoded->byUser);
    relay.byUser = true;
    const QDomDocument marked = Test::parseXml(RelayCodec::encodeRelay(relay));
    QCOMPARE(Test::childElement(
                 marked.documentElement(), QStringLiteral("relay"), QStringLiteral("urn:tandem:coord:0"))
                 .attribute(QStringLiteral("by-user")),
        QStringLiteral("true"));
    decoded = RelayCodec::decodeRelay(marked.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QVERIFY(decoded->byUser);
    QVERIFY(sameXml(decoded->stanza, join));
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

    const QDomDocument document = Test::parseXml(RelayCodec::encodeRelay(relay));
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
    const QDomDocument requestDocument = Test::parseXml(RequestCodec::encodeRequest(request));
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
    QCOMPARE(CoordinatorEnvelope::xmlSafe(dirty), clean);
    QCOMPARE(CoordinatorEnvelope::xmlSafe(clean), clean);

    Request request;
    request.id = QStringLiteral("q") + QChar(0x1b);
    request.room = room;
    request.body = dirty;
    request.originId = QStringLiteral("o");
    request.from = sibling;
    request.anchor = anchor;
    const QDomDocument document = Test::parseXml(RequestCodec::encodeRequest(request));
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
    const QDomDocument relayDocument = Test::parseXml(RelayCodec::encodeRelay(relay));
    const auto decodedRelay = RelayCodec::decodeRelay(relayDocument.documentElement(), own, &why);
    QVERIFY2(decodedRelay, qPrintable(why));
    QCOMPARE(RelayCodec::innerMessage(*decodedRelay)->body(), clean);
}

// Found by fuzz_relay_codec: Qt 5 writes namespace declarations unescaped, so an occupant's
// extension in the namespace a"b<&c made a relay that is not XML, and the server would have
// closed the anchor's stream on it.
void TestRelayCodec::namespacesThatNeedEscapesStayWellFormed()
{
    const QString odd = QStringLiteral("urn:x:a\"b<&c>\td");
    const QByteArray stanza
        = "<message xmlns='jabber:client' type='groupchat'"
          " from='room@conference.example.org/bob' id='g1'><body>hi</body>"
          "<x xmlns='urn:x:a&quot;b&lt;&amp;c&gt;&#9;d' xmlns:q='urn:x:a&quot;b&lt;&amp;c&gt;&#9;d'"
          " q:k='v'/></message>";
    const Relay relay = sampleRelay(stanza, Relay::Kind::Message);
    const QDomElement inner = Test::parseXml(relay.stanza).documentElement();
    QVERIFY2(!inner.isNull(), relay.stanza.constData());
    const QDomElement x = inner.lastChildElement();
    QCOMPARE(x.namespaceURI(), odd);
    QCOMPARE(x.attributeNS(odd, QStringLiteral("k")), QStringLiteral("v"));

    const QByteArray encoded = RelayCodec::encodeRelay(relay);
    const QDomDocument document = Test::parseXml(encoded);
    QVERIFY2(!document.isNull(), encoded.constData());
    QString why;
    const auto decoded = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->stanza, relay.stanza);
    QVERIFY(RelayCodec::innerMessage(*decoded));
}

void TestRelayCodec::stanzaFromQXmpp()
{
    QXmppPresence presence;
    presence.setFrom(QStringLiteral("room@conference.example.org/bob"));
    presence.setType(QXmppPresence::Unavailable);
    presence.setMucStatusCodes({ 303 });
    const QByteArray xml = RelayCodec::stanzaXml(presence);
    const QDomElement root = Test::parseXml(xml).documentElement();
    QCOMPARE(root.localName(), QStringLiteral("presence"));
    QCOMPARE(root.namespaceURI(), QStringLiteral("jabber:client"));

    Relay relay = sampleRelay(groupchat, Relay::Kind::Presence);
    relay.stanza = xml;
    const QDomDocument document = Test::parseXml(RelayCodec::encodeRelay(relay));
    QString why;
    const auto decoded = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(RelayCodec::innerPresence(*decoded)->mucStatusCodes(), QList<int>({ 303 }));
}

void TestRelayCodec::decodedRelayOutlivesItsDocument()
{
    std::optional<Relay> kept;
    {
        QDomDocument document
            = Test::parseXml(RelayCodec::encodeRelay(sampleRelay(groupchat, Relay::Kind::Message)));
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
    const QDomDocument document = Test::parseXml(Test::relayXml(deep));
    QString why;
    const auto relay = RelayCodec::decodeRelay(document.documentElement(), own, &why);
    QVERIFY2(relay, qPrintable(why));
    QVERIFY(relay->stanza.size() > depth * 6);
    QVERIFY(!RelayCodec::encodeRelay(*relay).isEmpty());
}

void TestRelayCodec::writeXmlIntoAStreamWriter()
{
    const QByteArray encoded = RequestCodec::encodeAck(Ack { QStringLiteral("q1"), anchor, sibling, -1, {} });
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

    QTest::newRow("relay") << Test::relayXml(groupchat) << true;
    QTest::newRow("forged relay from another account") << Test::relayXml(groupchat,
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
    QCOMPARE(CoordinatorEnvelope::isCoordinatorStanza(Test::parseXml(xml).documentElement()), expected);
    QVERIFY(!CoordinatorEnvelope::isCoordinatorStanza(QDomElement()));
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
    const auto parsed = CoordinatorEnvelope::parseCount(text, std::numeric_limits<quint64>::max());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

QTEST_GUILESS_MAIN(TestRelayCodec)
#include "tst_relay_codec.moc"
