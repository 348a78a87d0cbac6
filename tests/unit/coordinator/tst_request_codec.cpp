// The requests a sibling sends the anchor and the answers it gets (PROTOCOL.md §8) on the wire:
// every action round-trips, and what a forger or a broken peer sends is refused with a reason.
#include "CoordinatorTestXml.h"
#include "coordinator/RequestCodec.h"

#include <QTest>

Q_DECLARE_METATYPE(Tandem::Request::Action)

using namespace Tandem;

namespace {
const QString &own = Test::ownBareJid;
const QString &anchor = Test::anchorJid;
const QString &sibling = Test::siblingJid;
const QString &room = Test::roomJid;

} // namespace

class TestRequestCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestRoundTrip_data();
    void requestRoundTrip();
    void requestRejected_data();
    void requestRejected();
    void responseRoundTrip();
    void responseRejected_data();
    void responseRejected();
};

void TestRequestCodec::requestRoundTrip_data()
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

void TestRequestCodec::requestRoundTrip()
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
    const QDomDocument document = Test::parseXml(encoded);
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

void TestRequestCodec::requestRejected_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");

    const QByteArray base = "term='5' id='q1' room='room@conference.example.org' ";
    QTest::newRow("from another account") << Test::requestXml(base + "action='leave'", {},
        "type='headline' from='mallory@example.org/laptop' to='alice@example.org/home'")
                                          << "sender";
    QTest::newRow("from our bare JID") << Test::requestXml(
        base + "action='leave'", {}, "type='headline' from='alice@example.org' to='alice@example.org/home'")
                                       << "sender";
    QTest::newRow("outer type chat") << Test::requestXml(base + "action='leave'", {},
        "type='chat' from='alice@example.org/laptop' to='alice@example.org/home'")
                                     << "headline";
    QTest::newRow("no term") << Test::requestXml("id='q1' room='room@conference.example.org' action='leave'")
                             << "term";
    QTest::newRow("negative term") << Test::requestXml(
        "term='-2' id='q1' room='room@conference.example.org' action='leave'")
                                   << "term";
    QTest::newRow("no id") << Test::requestXml("term='5' room='room@conference.example.org' action='leave'")
                           << "without id";
    QTest::newRow("unknown action") << Test::requestXml(base + "action='destroy'") << "unknown action";
    QTest::newRow("action in upper case") << Test::requestXml(base + "action='LEAVE'") << "unknown action";
    QTest::newRow("room is a full JID")
        << Test::requestXml("term='5' id='q1' room='room@conference.example.org/x' action='leave'") << "room";
    QTest::newRow("send without body") << Test::requestXml(base + "action='send' origin-id='o'") << "no body";
    QTest::newRow("send without origin-id")
        << Test::requestXml(base + "action='send'", "<body>x</body>") << "no origin-id";
    QTest::newRow("body in another namespace") << Test::requestXml(base + "action='send' origin-id='o'",
        "<body xmlns='jabber:client'>x</body>") << "no body";
    QTest::newRow("correct without replace-id")
        << Test::requestXml(base + "action='correct' origin-id='o'", "<body>x</body>") << "no replace-id";
    QTest::newRow("nick without nick") << Test::requestXml(base + "action='nick'") << "no nick";
    QTest::newRow("join without nick") << Test::requestXml(base + "action='join'") << "no nick";
    QTest::newRow("subject without subject") << Test::requestXml(base + "action='subject'") << "no subject";
    QTest::newRow("pm to another room") << Test::requestXml(
        base + "action='pm' origin-id='o' to='other@conference.example.org/bob'", "<body>x</body>")
                                        << "not an occupant";
    QTest::newRow("pm to the room itself") << Test::requestXml(
        base + "action='pm' origin-id='o' to='room@conference.example.org'", "<body>x</body>")
                                           << "not an occupant";
    QTest::newRow("pm to a user") << Test::requestXml(
        base + "action='pm' origin-id='o' to='bob@example.org/phone'", "<body>x</body>")
                                  << "not an occupant";
    QTest::newRow("an ack, not a request")
        << QByteArray("<message xmlns='jabber:client' type='headline' from='alice@example.org/laptop' "
                      "to='alice@example.org/home'><ack xmlns='urn:tandem:coord:0' id='q1'/></message>")
        << "not a request";
}

void TestRequestCodec::requestRejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const QDomDocument document = Test::parseXml(xml);
    QVERIFY2(!document.isNull(), "the row itself must be well-formed");
    QString why;
    QVERIFY2(!RequestCodec::decodeRequest(document.documentElement(), own, &why), "accepted");
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestRequestCodec::responseRoundTrip()
{
    const QDomDocument ackDocument
        = Test::parseXml(RequestCodec::encodeAck(Ack { QStringLiteral("q1"), anchor, sibling, -1, {} }));
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
        const QDomDocument document = Test::parseXml(RequestCodec::encodeError(sent));
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

void TestRequestCodec::responseRejected_data()
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

void TestRequestCodec::responseRejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const QDomDocument document = Test::parseXml(xml);
    QVERIFY2(!document.isNull(), "the row itself must be well-formed");
    QString why;
    QVERIFY2(!RequestCodec::decodeResponse(document.documentElement(), own, &why), "accepted");
    QVERIFY2(why.contains(reason), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestRequestCodec)
#include "tst_request_codec.moc"
