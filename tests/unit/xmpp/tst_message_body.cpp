// Which of several <body/> elements a received message is stored with (RFC 6121 §5.2.3).
#include "xmpp/MessageBody.h"

#include <QDomDocument>
#include <QTest>

using namespace Tandem;

class TestMessageBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preferred_data();
    void preferred();
    void parseKeepsTheRest();
};

void TestMessageBody::preferred_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");

    const QByteArray two = "<message xmlns='jabber:client' from='bob@localhost/p'>"
                           "<body>first</body><body xml:lang='de'>zweite</body></message>";
    QTest::newRow("two bodies: the first without xml:lang, not the last") << two << "fr"
                                                                          << "first";
    QTest::newRow("two bodies: the one in the user's language") << two << "de"
                                                                << "zweite";
    QTest::newRow("a regional tag matches the language") << QByteArray(
        "<message xmlns='jabber:client'><body xml:lang='en'>hello</body>"
        "<body xml:lang='de-CH'>grüezi</body></message>") << "de"
                                                         << "grüezi";
    QTest::newRow("untagged bodies take the stanza's language") << QByteArray(
        "<message xmlns='jabber:client' xml:lang='de'><body xml:lang='en'>hello</body>"
        "<body>hallo</body></message>") << "de"
                                                                << "hallo";
    QTest::newRow("all tagged, none the user's: the first") << QByteArray(
        "<message xmlns='jabber:client'><body xml:lang='en'>hello</body>"
        "<body xml:lang='fr'>bonjour</body></message>") << "de"
                                                            << "hello";
    QTest::newRow("all tagged, one untagged later: the untagged") << QByteArray(
        "<message xmlns='jabber:client'><body xml:lang='en'>hello</body>"
        "<body>plain</body></message>") << "de"
                                                                  << "plain";
    QTest::newRow("a body of another namespace is none") << QByteArray(
        "<message xmlns='jabber:client'><body xmlns='urn:example'>fake</body>"
        "<body>real</body></message>") << "de"
                                                         << "real";
    QTest::newRow("no body") << QByteArray("<message xmlns='jabber:client'/>") << "de"
                             << "";
}

void TestMessageBody::preferred()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, language);
    QFETCH(QString, body);
    QDomDocument doc;
    QVERIFY(doc.setContent(xml, true));
    QCOMPARE(MessageBody::preferred(doc.documentElement(), language), body);
    // Without namespace processing (how some callers parse) it reads the same.
    QDomDocument plain;
    QVERIFY(plain.setContent(xml, false));
    QCOMPARE(MessageBody::preferred(plain.documentElement(), language), body);
}

void TestMessageBody::parseKeepsTheRest()
{
    QDomDocument doc;
    QVERIFY(doc.setContent(QByteArray("<message xmlns='jabber:client' type='chat' from='bob@localhost/p' "
                                      "id='m1'><body>first</body><body xml:lang='de'>zweite</body>"
                                      "<request xmlns='urn:xmpp:receipts'/></message>"),
        true));
    const QXmppMessage m = MessageBody::parse(doc.documentElement(), QStringLiteral("en"));
    QCOMPARE(m.body(), QStringLiteral("first"));
    QCOMPARE(m.id(), QStringLiteral("m1"));
    QCOMPARE(m.type(), QXmppMessage::Chat);
    QVERIFY(m.isReceiptRequested());
}

QTEST_GUILESS_MAIN(TestMessageBody)
#include "tst_message_body.moc"
