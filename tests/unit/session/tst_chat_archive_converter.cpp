// Results of the user's own archive (XEP-0313) as raw XML rows: what is stored, as what, and
// what is rejected (forged, oversized, room traffic). Also the query and <fin/> wire format.
#include "session/ChatArchiveConverter.h"
#include "xmpp/Mam0313.h"

#include <QBuffer>
#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QtTest>

using namespace Tandem;

namespace {

const QString Own = QStringLiteral("alice@localhost");

QDomElement parse(const QString &xml)
{
    QDomDocument doc; // the element keeps its document alive
    if (!doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}

/// A result message from alice's archive wrapping \a inner.
QString result(const QString &inner, const QString &from = Own, const QString &id = QStringLiteral("A1"))
{
    return QStringLiteral("<message xmlns='jabber:client' from='%1' to='alice@localhost/desk'>"
                          "<result xmlns='urn:xmpp:mam:2' queryid='q1' id='%2'>"
                          "<forwarded xmlns='urn:xmpp:forward:0'>"
                          "<delay xmlns='urn:xmpp:delay' stamp='2024-05-01T10:00:00Z'/>%3"
                          "</forwarded></result></message>")
        .arg(from, id, inner);
}

QString chat(const QString &from, const QString &to, const QString &body, const QString &extra = {})
{
    return QStringLiteral("<message xmlns='jabber:client' type='chat' from='%1' to='%2' id='m1'>"
                          "<body>%3</body>%4</message>")
        .arg(from, to, body, extra);
}

} // namespace

class TestChatArchiveConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void converts_data();
    void converts();
    void oversizedBodyIsRejected();
    void parsesResultEnvelope();
    void parsesFin_data();
    void parsesFin();
    void serializesQuery();
};

void TestChatArchiveConverter::converts_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<int>("direction");

    const int in = int(Message::Direction::Incoming);
    const int out = int(Message::Direction::Outgoing);
    QTest::newRow("incoming") << result(
        chat(QStringLiteral("bob@localhost/phone"), Own, QStringLiteral("hi")))
                              << true << false << QStringLiteral("bob@localhost") << in;
    QTest::newRow("to our full jid") << result(
        chat(QStringLiteral("bob@localhost/phone"), Own + QStringLiteral("/desk"), QStringLiteral("hi")))
                                     << true << false << QStringLiteral("bob@localhost") << in;
    QTest::newRow("sent by another device of ours")
        << result(chat(Own + QStringLiteral("/phone"), QStringLiteral("bob@localhost"), QStringLiteral("yo")))
        << true << false << QStringLiteral("bob@localhost") << out;
    QTest::newRow("forged: neither from nor to us")
        << result(chat(QStringLiteral("mallory@evil"), QStringLiteral("bob@localhost"), QStringLiteral("x")))
        << false << true << QString() << in;
    QTest::newRow("no forwarded message") << QStringLiteral(
        "<message xmlns='jabber:client' from='alice@localhost'><result xmlns='urn:xmpp:mam:2' "
        "queryid='q1' id='A1'><forwarded xmlns='urn:xmpp:forward:0'/></result></message>")
                                          << false << true << QString() << in;
    QTest::newRow("bodiless (chat state)")
        << result(QStringLiteral("<message xmlns='jabber:client' type='chat' from='bob@localhost/p' to='%1'>"
                                 "<active xmlns='http://jabber.org/protocol/chatstates'/></message>")
                      .arg(Own))
        << false << false << QString() << in;
    QTest::newRow("groupchat is the room's")
        << result(QStringLiteral("<message xmlns='jabber:client' type='groupchat' from='r@conf/nick' to='%1'>"
                                 "<body>x</body></message>")
                      .arg(Own))
        << false << false << QString() << in;
    QTest::newRow("room private message") << result(chat(QStringLiteral("r@conference.localhost/nick"), Own,
        QStringLiteral("psst"), QStringLiteral("<x xmlns='http://jabber.org/protocol/muc#user'/>")))
                                          << false << false << QString() << in;
    QTest::newRow("error") << result(QStringLiteral("<message xmlns='jabber:client' type='error' "
                                                    "from='bob@localhost' to='%1'><body>x</body></message>")
                                         .arg(Own))
                           << false << false << QString() << in;
    // Dropped live by the coordinator, so refused here too: both devices keep the same history.
    QTest::newRow("coordinator element from a contact")
        << result(chat(QStringLiteral("bob@localhost/phone"), Own, QStringLiteral("x"),
               QStringLiteral("<relay xmlns='urn:tandem:coord:0' term='1' seq='1' room='r@c'/>")))
        << false << true << QString() << in;
    QTest::newRow("from the server (no peer account)")
        << result(chat(QStringLiteral("localhost"), Own, QStringLiteral("motd"))) << false << false
        << QString() << in;
}

void TestChatArchiveConverter::converts()
{
    QFETCH(QString, xml);
    QFETCH(bool, stored);
    QFETCH(bool, rejected);
    QFETCH(QString, conversation);
    QFETCH(int, direction);

    const QDomElement stanza = parse(xml);
    QVERIFY(!stanza.isNull());
    const auto r = Mam0313::parseResult(stanza);
    QVERIFY(r.has_value());
    const auto converted = ChatArchiveConverter::fromOwnArchive(*r, Own, QDateTime::currentDateTimeUtc());
    QCOMPARE(converted.message.has_value(), stored);
    QCOMPARE(!converted.rejected.isEmpty(), rejected);
    if (!stored)
        return;
    const Message &m = *converted.message;
    QCOMPARE(m.account, Own);
    QCOMPARE(m.conversation, conversation);
    QCOMPARE(int(m.direction), direction);
    QVERIFY(m.fromArchive);
    QCOMPARE(m.stanzaId, QStringLiteral("A1"));
    QCOMPARE(m.stanzaIdBy, Own);
    QCOMPARE(m.serverTime, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    // Another device's message must not land in this device's outbox (Pending/Sent).
    if (m.direction == Message::Direction::Outgoing)
        QCOMPARE(m.state, Message::DeliveryState::Delivered);
    // The archive's stamp is no sender's claim: kept even when this device's clock is behind it,
    // so that every device stores the result under the same time.
    const QDateTime behind(QDate(2024, 4, 30), QTime(0, 0), Qt::UTC);
    QCOMPARE(ChatArchiveConverter::fromOwnArchive(*r, Own, behind).message->serverTime, m.serverTime);
}

void TestChatArchiveConverter::oversizedBodyIsRejected()
{
    const QString body(ChatArchiveConverter::MaxBodyChars + 1, QLatin1Char('x'));
    const auto r = Mam0313::parseResult(parse(result(chat(QStringLiteral("bob@localhost/p"), Own, body))));
    QVERIFY(r.has_value());
    const auto converted = ChatArchiveConverter::fromOwnArchive(*r, Own, QDateTime::currentDateTimeUtc());
    QVERIFY(!converted.message);
    QVERIFY(converted.rejected.contains(QStringLiteral("body")));

    const QString fits(ChatArchiveConverter::MaxBodyChars, QLatin1Char('y'));
    const auto ok = Mam0313::parseResult(parse(result(chat(QStringLiteral("bob@localhost/p"), Own, fits))));
    QVERIFY(ChatArchiveConverter::fromOwnArchive(*ok, Own, QDateTime::currentDateTimeUtc()).message);
}

void TestChatArchiveConverter::parsesResultEnvelope()
{
    QVERIFY(!Mam0313::parseResult(parse(chat(QStringLiteral("bob@localhost"), Own, QStringLiteral("live")))));
    const auto r = Mam0313::parseResult(parse(
        result(chat(QStringLiteral("bob@localhost"), Own, QStringLiteral("x")), QStringLiteral("eve@x/y"))));
    QVERIFY(r.has_value());
    QCOMPARE(r->from, QStringLiteral("eve@x/y"));
    QCOMPARE(r->queryId, QStringLiteral("q1"));
    QCOMPARE(r->id, QStringLiteral("A1"));
    QVERIFY(r->stamp.isValid());
    QVERIFY(!r->message.isNull());
}

void TestChatArchiveConverter::parsesFin_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("count");
    const QString iq = QStringLiteral("<iq xmlns='jabber:client' type='result' id='1'>%1</iq>");
    QTest::newRow("none") << iq.arg(QString()) << false << false << QString() << -1;
    QTest::newRow("complete") << iq.arg(QStringLiteral(
        "<fin xmlns='urn:xmpp:mam:2' complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
        "<first>a</first><last> b </last><count>2</count></set></fin>"))
                              << true << true << QStringLiteral("b") << 2;
    QTest::newRow("more, lying count") << iq.arg(QStringLiteral(
        "<fin xmlns='urn:xmpp:mam:2'><set xmlns='http://jabber.org/protocol/rsm'><last>z</last>"
        "<count>-999999999999</count></set></fin>"))
                                       << true << false << QStringLiteral("z") << -1;
    QTest::newRow("wrong namespace") << iq.arg(
        QStringLiteral("<fin xmlns='urn:xmpp:mam:1' complete='true'/>"))
                                     << false << false << QString() << -1;
}

void TestChatArchiveConverter::parsesFin()
{
    QFETCH(QString, xml);
    QFETCH(bool, present);
    QFETCH(bool, complete);
    QFETCH(QString, last);
    QFETCH(int, count);
    const Mam0313::Fin fin = Mam0313::parseFin(parse(xml));
    QCOMPARE(fin.present, present);
    QCOMPARE(fin.complete, complete);
    QCOMPARE(fin.last, last);
    QCOMPARE(fin.count, count);
}

void TestChatArchiveConverter::serializesQuery()
{
    Mam0313::QueryIq iq;
    iq.setId(QStringLiteral("i1"));
    iq.setTo(Own);
    iq.queryId = QStringLiteral("q1");
    iq.max = 20;
    iq.before = QString();
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer(&buffer);
    iq.toXml(&writer);
    QVERIFY2(xml.contains("<set xmlns=\"http://jabber.org/protocol/rsm\"><max>20</max><before/></set>"),
        xml.constData());
    QVERIFY(!xml.contains("jabber:x:data")); // no filters, no form

    Mam0313::QueryIq hole;
    hole.after = QStringLiteral("A9");
    hole.end = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 1), Qt::UTC);
    xml.clear();
    QBuffer buffer2(&xml);
    buffer2.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer2(&buffer2);
    hole.toXml(&writer2);
    QVERIFY2(xml.contains("<field var=\"end\"><value>2024-05-01T10:00:01Z</value></field>"), xml.constData());
    QVERIFY2(xml.contains("<after>A9</after>"), xml.constData());
    QVERIFY(!xml.contains("<before"));
}

QTEST_GUILESS_MAIN(TestChatArchiveConverter)
#include "tst_chat_archive_converter.moc"
