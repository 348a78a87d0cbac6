// Raw stanzas in, stored messages out: what the received pipeline keeps and what it drops.
#include "xmpp/MessageConverter.h"

#include <QDomDocument>
#include <QTest>

using namespace Tandem;

namespace {
const QString own = QStringLiteral("alice@localhost");

QXmppMessage parse(const QByteArray &xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    QXmppMessage m;
    m.parse(doc.documentElement());
    return m;
}
} // namespace

class TestMessageConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incoming_data();
    void incoming();
    void ignoresStanzasWithoutContent_data();
    void ignoresStanzasWithoutContent();
    void outgoingRoundTrip();
    void receipt();
    void groupChat();
};

void TestMessageConverter::incoming_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("originId");
    QTest::addColumn<QString>("stanzaId");
    QTest::addColumn<QString>("serverTime");

    QTest::newRow("plain chat with origin-id")
        << QByteArray("<message xmlns='jabber:client' type='chat' from='Bob@localhost/phone' "
                      "to='alice@localhost/t' id='m1'>"
                      "<body>hi</body><origin-id xmlns='urn:xmpp:sid:0' id='o1'/></message>")
        << "bob@localhost"
        << "o1"
        << ""
        << "";
    QTest::newRow("no origin-id falls back to id") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/phone' "
        "id='m2'><body>x</body></message>") << "bob@localhost"
                                                   << "m2"
                                                   << ""
                                                   << "";
    QTest::newRow("stanza-id by our server is kept") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='m3'><body>x</body>"
        "<stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='S1'/></message>")
                                                     << "bob@localhost"
                                                     << "m3"
                                                     << "S1"
                                                     << "";
    QTest::newRow("forged stanza-id from someone else is dropped") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='m4'><body>x</body>"
        "<stanza-id xmlns='urn:xmpp:sid:0' by='bob@localhost' id='FORGED'/></message>")
                                                                   << "bob@localhost"
                                                                   << "m4"
                                                                   << ""
                                                                   << "";
    QTest::newRow("offline delivery keeps the original time") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='m5'><body>x</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='2026-01-02T03:04:05Z'/></message>")
                                                              << "bob@localhost"
                                                              << "m5"
                                                              << ""
                                                              << "2026-01-02T03:04:05.000Z";
    // A delay is the sender's claim: one in the future (it would sort last for ever) or before XMPP
    // existed is taken for the time of receipt.
    QTest::newRow("delay in the future is clamped to the receipt") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='m7'><body>x</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='2999-01-01T00:00:00Z'/></message>")
                                                                   << "bob@localhost"
                                                                   << "m7"
                                                                   << ""
                                                                   << "";
    QTest::newRow("delay at the epoch is clamped to the receipt") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='m8'><body>x</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='1970-01-01T00:00:00Z'/></message>")
                                                                  << "bob@localhost"
                                                                  << "m8"
                                                                  << ""
                                                                  << "";
    QTest::newRow("type normal with body") << QByteArray(
        "<message xmlns='jabber:client' from='bob@localhost/p' id='m6'><body>x</body></message>")
                                           << "bob@localhost"
                                           << "m6"
                                           << ""
                                           << "";
}

void TestMessageConverter::incoming()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, conversation);
    QFETCH(QString, originId);
    QFETCH(QString, stanzaId);
    QFETCH(QString, serverTime);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
    const auto m = MessageConverter::fromChatStanza(parse(xml), own, Message::Direction::Incoming, now);
    QVERIFY(m.has_value());
    QCOMPARE(m->account, own);
    QCOMPARE(m->conversation, conversation);
    QCOMPARE(m->originId, originId);
    QCOMPARE(m->stanzaId, stanzaId);
    QCOMPARE(m->state, Message::DeliveryState::Received);
    QCOMPARE(m->localTime, now);
    QCOMPARE(m->serverTime.toString(Qt::ISODateWithMs),
        serverTime.isEmpty() ? now.toString(Qt::ISODateWithMs) : serverTime);
}

void TestMessageConverter::ignoresStanzasWithoutContent_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("chat state only") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p'><active "
        "xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTest::newRow("error") << QByteArray("<message xmlns='jabber:client' type='error' from='bob@localhost' "
                                         "id='x'><body>x</body><error type='cancel'/></message>");
    QTest::newRow("groupchat") << QByteArray("<message xmlns='jabber:client' type='groupchat' "
                                             "from='room@conference.localhost/bob'><body>x</body></message>");
    QTest::newRow("headline") << QByteArray(
        "<message xmlns='jabber:client' type='headline' from='pubsub.localhost'><body>x</body></message>");
    QTest::newRow("no sender") << QByteArray(
        "<message xmlns='jabber:client' type='chat'><body>x</body></message>");
    QTest::newRow("sender without local part")
        << QByteArray("<message xmlns='jabber:client' type='chat' from='localhost'><body>x</body></message>");
    // Coordinator traffic is the coordinator's on every path, also from a contact and with a body.
    QTest::newRow("coordinator element") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='c1'><body>x</body>"
        "<relay xmlns='urn:tandem:coord:0' term='1' seq='1' room='r@conference.localhost'/></message>");
    QTest::newRow("coordinator element of a later version") << QByteArray(
        "<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='c2'><body>x</body>"
        "<request xmlns='urn:tandem:coord:7'/></message>");
}

void TestMessageConverter::ignoresStanzasWithoutContent()
{
    QFETCH(QByteArray, xml);
    QVERIFY(!MessageConverter::fromChatStanza(
        parse(xml), own, Message::Direction::Incoming, QDateTime::currentDateTimeUtc()));
}

void TestMessageConverter::outgoingRoundTrip()
{
    Message out;
    out.account = own;
    out.conversation = QStringLiteral("bob@localhost");
    out.direction = Message::Direction::Outgoing;
    out.messageId = QStringLiteral("id-1");
    out.originId = QStringLiteral("id-1");
    out.body = QStringLiteral("héllo <&>");
    const QXmppMessage stanza = MessageConverter::toChatStanza(out);
    QCOMPARE(stanza.type(), QXmppMessage::Chat);
    QVERIFY(stanza.isReceiptRequested());
    QCOMPARE(stanza.originId(), out.originId);
    // As a "sent" carbon on another device it becomes the same conversation and ids.
    QXmppMessage carbon = stanza;
    carbon.setFrom(QStringLiteral("alice@localhost/laptop"));
    const auto back = MessageConverter::fromChatStanza(
        carbon, own, Message::Direction::Outgoing, QDateTime::currentDateTimeUtc());
    QVERIFY(back);
    QCOMPARE(back->conversation, out.conversation);
    QCOMPARE(back->originId, out.originId);
    QCOMPARE(back->body, out.body);
    QCOMPARE(back->direction, Message::Direction::Outgoing);
}

void TestMessageConverter::receipt()
{
    const QXmppMessage in = parse("<message xmlns='jabber:client' type='chat' from='bob@localhost/p' id='m9'>"
                                  "<body>x</body><request xmlns='urn:xmpp:receipts'/></message>");
    QVERIFY(in.isReceiptRequested());
    const QXmppMessage r = MessageConverter::receiptFor(in);
    QCOMPARE(r.to(), QStringLiteral("bob@localhost/p"));
    QCOMPARE(r.receiptId(), QStringLiteral("m9"));
    QVERIFY(r.body().isEmpty());
    // Of the same type, so that the server copies it to the sender's other devices (carbons).
    QCOMPARE(r.type(), QXmppMessage::Chat);
    const QXmppMessage normal = parse("<message xmlns='jabber:client' from='bob@localhost/p' id='m10'>"
                                      "<body>x</body><request xmlns='urn:xmpp:receipts'/></message>");
    QCOMPARE(MessageConverter::receiptFor(normal).type(), QXmppMessage::Normal);
}

void TestMessageConverter::groupChat()
{
    const QString room = QStringLiteral("tea@conference.localhost");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Someone else's message, with the room's stanza-id kept and a forged one ignored.
    auto m = MessageConverter::fromGroupChatStanza(
        parse("<message xmlns='jabber:client' type='groupchat' from='tea@conference.localhost/bob' id='g1'>"
              "<body>hi</body><stanza-id xmlns='urn:xmpp:sid:0' by='tea@conference.localhost' "
              "id='R1'/></message>"),
        own, room, QStringLiteral("alice"), now);
    QVERIFY(m);
    QCOMPARE(m->kind, Message::Kind::GroupChat);
    QCOMPARE(m->conversation, room);
    QCOMPARE(m->sender, QStringLiteral("bob"));
    QCOMPARE(m->stanzaId, QStringLiteral("R1"));
    QCOMPARE(m->direction, Message::Direction::Incoming);
    m = MessageConverter::fromGroupChatStanza(
        parse("<message xmlns='jabber:client' type='groupchat' from='tea@conference.localhost/alice' id='g2'>"
              "<body>mine</body><stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='X'/></message>"),
        own, room, QStringLiteral("alice"), now);
    QVERIFY(m);
    QCOMPARE(m->direction, Message::Direction::Outgoing); // our reflection
    QCOMPARE(m->state, Message::DeliveryState::Delivered);
    QVERIFY(m->stanzaId.isEmpty());
    // A private message from an occupant is its own conversation.
    m = MessageConverter::fromGroupChatStanza(
        parse("<message xmlns='jabber:client' type='chat' from='tea@conference.localhost/bob' "
              "id='p1'><body>psst</body>"
              "<x xmlns='http://jabber.org/protocol/muc#user'/></message>"),
        own, room, QStringLiteral("alice"), now);
    QVERIFY(m);
    QCOMPARE(m->kind, Message::Kind::GroupChatPrivate);
    QCOMPARE(m->conversation, QStringLiteral("tea@conference.localhost/bob"));
    // Subjects, other rooms and the room itself carry nothing to store.
    for (const char *xml : { "<message xmlns='jabber:client' type='groupchat' "
                             "from='tea@conference.localhost/bob'><subject>s</subject></message>",
             "<message xmlns='jabber:client' type='groupchat' "
             "from='other@conference.localhost/bob'><body>x</body></message>",
             "<message xmlns='jabber:client' type='groupchat' "
             "from='tea@conference.localhost'><body>x</body></message>",
             "<message xmlns='jabber:client' type='groupchat' from='tea@conference.localhost/bob'>"
             "<body>x</body><snapshot xmlns='urn:tandem:coord:0'/></message>" })
        QVERIFY2(
            !MessageConverter::fromGroupChatStanza(parse(xml), own, room, QStringLiteral("alice"), now), xml);
}

QTEST_GUILESS_MAIN(TestMessageConverter)
#include "tst_message_converter.moc"
