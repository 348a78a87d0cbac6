// What a server says when it ends a stream or refuses a stanza, read from the XML itself
// (QXmpp 1.4 keeps neither), and the stanza limit it announces (XEP-0478).
#include "xmpp/StreamError.h"

#include <QDomDocument>
#include <QTest>

using namespace Tandem;

namespace {

QDomElement parse(const QByteArray &xml)
{
    static QDomDocument doc;
    doc.setContent(xml, true);
    return doc.documentElement();
}

const QByteArray Streams = "xmlns:stream='http://etherx.jabber.org/streams'";

} // namespace

class TestStreamError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamErrors_data();
    void streamErrors();
    void notAStreamError();
    void stanzaErrorReasons();
    void announcedLimits_data();
    void announcedLimits();
};

void TestStreamError::streamErrors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("blames");

    QTest::newRow("Prosody's stanza too big") << QByteArray("<stream:error " + Streams
        + "><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
          "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>XML stanza is too big</text>"
          "<stanza-too-big xmlns='urn:xmpp:errors'/></stream:error>")
                                              << "policy-violation"
                                              << "XML stanza is too big" << true;
    QTest::newRow("another client took the resource") << QByteArray("<stream:error " + Streams
        + "><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>")
                                                      << "conflict"
                                                      << "" << false;
    QTest::newRow("only the application condition") << QByteArray(
        "<stream:error " + Streams + "><stanza-too-big xmlns='urn:xmpp:errors'/></stream:error>")
                                                    << "undefined-condition"
                                                    << "" << true;
    QTest::newRow("a condition in a foreign namespace is no condition")
        << QByteArray("<stream:error " + Streams + "><policy-violation xmlns='urn:example'/></stream:error>")
        << "undefined-condition"
        << "" << false;
}

void TestStreamError::streamErrors()
{
    QFETCH(QByteArray, xml);
    const auto error = StreamError::parse(parse(xml));
    QVERIFY(error);
    QTEST(error->condition, "condition");
    QTEST(error->text, "text");
    QTEST(error->blamesOurStanza(), "blames");
}

void TestStreamError::notAStreamError()
{
    QVERIFY(!StreamError::parse(parse("<error xmlns='jabber:client'/>")));
    QVERIFY(!StreamError::parse(parse("<stream:features " + Streams + "/>")));
}

void TestStreamError::stanzaErrorReasons()
{
    QCOMPARE(stanzaErrorReason(parse("<message xmlns='jabber:client' type='error'><error type='cancel'>"
                                     "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                     "</error></message>")),
        QStringLiteral("service-unavailable"));
    QCOMPARE(
        stanzaErrorReason(parse("<message xmlns='jabber:client' type='error'><error type='wait'>"
                                "<resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'> Storage is full </text>"
                                "</error></message>")),
        QStringLiteral("resource-constraint: Storage is full"));
    QCOMPARE(stanzaErrorReason(parse("<message xmlns='jabber:client' type='error'/>")), QString());
}

void TestStreamError::announcedLimits_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<qint64>("bytes"); // 0: none announced

    QTest::newRow("announced") << QByteArray("<stream:features " + Streams
        + "><limits xmlns='urn:xmpp:stream-limits:0'><max-bytes>262144</max-bytes>"
          "<idle-seconds>600</idle-seconds></limits></stream:features>")
                               << qint64(262144);
    QTest::newRow("none") << QByteArray(
        "<stream:features " + Streams + "><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>")
                          << qint64(0);
    QTest::newRow("not a number") << QByteArray("<stream:features " + Streams
        + "><limits xmlns='urn:xmpp:stream-limits:0'><max-bytes>lots</max-bytes></limits></stream:features>")
                                  << qint64(0);
    QTest::newRow("negative") << QByteArray("<stream:features " + Streams
        + "><limits xmlns='urn:xmpp:stream-limits:0'><max-bytes>-5</max-bytes></limits></stream:features>")
                              << qint64(0);
    QTest::newRow("another namespace") << QByteArray("<stream:features " + Streams
        + "><limits xmlns='urn:example'><max-bytes>10</max-bytes></limits></stream:features>")
                                       << qint64(0);
}

void TestStreamError::announcedLimits()
{
    QFETCH(QByteArray, xml);
    QFETCH(qint64, bytes);
    QCOMPARE(announcedMaxStanzaBytes(parse(xml)).value_or(0), bytes);
}

QTEST_APPLESS_MAIN(TestStreamError)
#include "tst_stream_error.moc"
