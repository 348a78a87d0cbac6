// XEP-0402 bookmark items as raw XML: what is accepted, what is rejected, what round-trips.
#include "xmpp/Bookmark0402.h"
#include "xmpp/DomXml.h"
#include "xmpp/PubSubIq.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>

using namespace Tandem;

namespace {

QDomElement element(const QString &xml)
{
    static QVector<QDomDocument> keep; // the elements must outlive this call
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return {};
    keep.append(doc);
    return doc.documentElement();
}

// Parses, serializes into an item the way the manager publishes it, and parses again.
std::optional<RoomBookmark> reparse(const RoomBookmark &bookmark)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("item"));
    writer.writeDefaultNamespace(QString::fromLatin1(Ns::PubSub));
    writer.writeAttribute(QStringLiteral("id"), bookmark.jid);
    bookmark.toXml(&writer);
    writer.writeEndElement();
    return RoomBookmark::fromItem(element(xml));
}

QString iqXml(const QXmppIq &iq)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    iq.toXml(&writer);
    return xml;
}

const QString ns = QStringLiteral("urn:xmpp:bookmarks:1");

} // namespace

class TestBookmark0402 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void roundTrip_data();
    void roundTrip();
    void extensionsSurviveAnEdit();
    void serializedForm();
    void domXmlResetsDefaultNamespace();
    void domXmlEscapesNamespaces();
    void publishRequest();
    void retractRequest();
};

void TestBookmark0402::parse_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("autojoin");
    QTest::addColumn<bool>("hasExtensions");

    const auto item = [](const QString &attrs, const QString &children = {}) {
        return QStringLiteral(
            "<item xmlns='http://jabber.org/protocol/pubsub' id='council@conference.underhill.org'>"
            "<conference xmlns='urn:xmpp:bookmarks:1'%1>%2</conference></item>")
            .arg(attrs, children);
    };
    const QString jid = QStringLiteral("council@conference.underhill.org");
    QTest::newRow("xep example") << item(QStringLiteral(" name='Council of Oberon' autojoin='true'"),
        QStringLiteral("<nick>Puck</nick><password>titania</password>"))
                                 << jid << "Council of Oberon"
                                 << "Puck"
                                 << "titania" << true << false;
    QTest::newRow("minimal") << item({}) << jid << ""
                             << ""
                             << "" << false << false;
    QTest::newRow("autojoin 1") << item(QStringLiteral(" autojoin='1'")) << jid << ""
                                << ""
                                << "" << true << false;
    QTest::newRow("autojoin 0") << item(QStringLiteral(" autojoin='0'")) << jid << ""
                                << ""
                                << "" << false << false;
    QTest::newRow("autojoin false") << item(QStringLiteral(" autojoin='false'")) << jid << ""
                                    << ""
                                    << "" << false << false;
    QTest::newRow("autojoin padded") << item(QStringLiteral(" autojoin=' true '")) << jid << ""
                                     << ""
                                     << "" << true << false;
    // Not xs:boolean: never join a room nobody clearly asked for.
    QTest::newRow("autojoin yes") << item(QStringLiteral(" autojoin='yes'")) << jid << ""
                                  << ""
                                  << "" << false << false;
    QTest::newRow("autojoin TRUE") << item(QStringLiteral(" autojoin='TRUE'")) << jid << ""
                                   << ""
                                   << "" << false << false;
    QTest::newRow("autojoin empty") << item(QStringLiteral(" autojoin=''")) << jid << ""
                                    << ""
                                    << "" << false << false;
    QTest::newRow("event item (no pubsub ns)") << QStringLiteral(
        "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
        "<item id='a@b.c'><conference xmlns='urn:xmpp:bookmarks:1' name='x'/></item></items></event>")
                                               << "a@b.c"
                                               << "x"
                                               << ""
                                               << "" << false << false;
    QTest::newRow("foreign nick ignored")
        << item({}, QStringLiteral("<nick xmlns='urn:example'>Bottom</nick><nick>Puck</nick>")) << jid << ""
        << "Puck"
        << "" << false << false;
    QTest::newRow("unicode and entities")
        << item(QStringLiteral(" name='Caf&#xe9; &amp; &lt;co&gt;'"), QStringLiteral("<nick>ÿ 🐝</nick>"))
        << jid << QStringLiteral("Café & <co>") << QStringLiteral("ÿ 🐝") << "" << false << false;
    QTest::newRow("extensions") << item({},
        QStringLiteral("<extensions><state xmlns='http://myclient.example/bookmark/state' "
                       "minimized='true'/></extensions>"))
                                << jid << ""
                                << ""
                                << "" << false << true;
    QTest::newRow("empty extensions") << item({}, QStringLiteral("<extensions/>")) << jid << ""
                                      << ""
                                      << "" << false << false;
}

void TestBookmark0402::parse()
{
    QFETCH(QString, xml);
    QDomElement root = element(xml);
    QVERIFY(!root.isNull());
    if (root.tagName() == QLatin1String("event"))
        root = root.firstChildElement().firstChildElement();
    QString why;
    const auto bookmark = RoomBookmark::fromItem(root, &why);
    QVERIFY2(bookmark, qPrintable(why));
    QTEST(bookmark->jid, "jid");
    QTEST(bookmark->name, "name");
    QTEST(bookmark->nick, "nick");
    QTEST(bookmark->password, "password");
    QTEST(bookmark->autojoin, "autojoin");
    QTEST(!bookmark->extensionsXml.isEmpty(), "hasExtensions");
}

void TestBookmark0402::rejects_data()
{
    QTest::addColumn<QString>("xml");
    const QString conference = QStringLiteral("<conference xmlns='urn:xmpp:bookmarks:1' autojoin='true'/>");
    QTest::newRow("no id") << QStringLiteral("<item>%1</item>").arg(conference);
    QTest::newRow("empty id") << QStringLiteral("<item id=''>%1</item>").arg(conference);
    QTest::newRow("full jid") << QStringLiteral("<item id='room@muc.example/nick'>%1</item>").arg(conference);
    QTest::newRow("no local part") << QStringLiteral("<item id='muc.example'>%1</item>").arg(conference);
    QTest::newRow("two @") << QStringLiteral("<item id='a@b@c'>%1</item>").arg(conference);
    QTest::newRow("current (XEP-0048 over PEP)")
        << QStringLiteral("<item id='current'>%1</item>").arg(conference);
    QTest::newRow("no payload") << QStringLiteral("<item id='room@muc.example'/>");
    QTest::newRow("bookmarks:0 payload")
        << QStringLiteral("<item id='room@muc.example'><conference xmlns='urn:xmpp:bookmarks:0'/></item>");
    QTest::newRow("legacy storage payload")
        << QStringLiteral("<item id='room@muc.example'><storage xmlns='storage:bookmarks'><conference "
                          "jid='room@muc.example'/></storage></item>");
    QTest::newRow("payload without ns") << QStringLiteral("<item id='room@muc.example'><conference/></item>");
    QTest::newRow("not an item") << QStringLiteral("<retract id='room@muc.example'/>");
    QTest::newRow("null") << QString();
}

void TestBookmark0402::rejects()
{
    QFETCH(QString, xml);
    QString why;
    QVERIFY(!RoomBookmark::fromItem(element(xml), &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!RoomBookmark::fromItem(element(xml))); // why is optional
}

void TestBookmark0402::roundTrip_data()
{
    QTest::addColumn<RoomBookmark>("bookmark");
    RoomBookmark full;
    full.jid = QStringLiteral("council@conference.underhill.org");
    full.name = QStringLiteral("Council <of> \"Oberon\" & co");
    full.nick = QStringLiteral("Puck 🐝");
    full.password = QStringLiteral("  spaced  ");
    full.autojoin = true;
    QTest::newRow("full") << full;
    RoomBookmark bare;
    bare.jid = QStringLiteral("room@muc.example");
    QTest::newRow("autojoin false, nothing else") << bare;
    RoomBookmark extended = full;
    extended.autojoin = false;
    // Other clients' data: namespaces, prefixed attributes, mixed content, nesting.
    extended.extensionsXml = RoomBookmark::fromItem(
        element(QStringLiteral(
            "<item id='room@muc.example'><conference xmlns='urn:xmpp:bookmarks:1'><extensions>"
            "<state xmlns='http://myclient.example/bookmark/state' minimized='true' xml:lang='de'>"
            "a<b>bold</b>c<deep><deeper x='1'/></deep></state>"
            "<pinned xmlns='urn:xmpp:bookmarks-pinning:0'/>"
            "<plain xmlns=''>no namespace</plain>"
            "</extensions></conference></item>")))
                                 .value()
                                 .extensionsXml;
    QTest::newRow("extensions") << extended;
}

void TestBookmark0402::roundTrip()
{
    QFETCH(RoomBookmark, bookmark);
    const auto again = reparse(bookmark);
    QVERIFY(again);
    QCOMPARE(again->toXmlString(), bookmark.toXmlString());
    QVERIFY(*again == bookmark);
}

void TestBookmark0402::extensionsSurviveAnEdit()
{
    const auto original = RoomBookmark::fromItem(element(QStringLiteral(
        "<item id='room@muc.example'><conference xmlns='urn:xmpp:bookmarks:1' name='old'><extensions>"
        "<state xmlns='http://myclient.example/bookmark/state' minimized='true' "
        "xml:lang='de'>a<b>bold</b>c</state>"
        "</extensions></conference></item>")));
    QVERIFY(original);
    RoomBookmark edited = *original;
    edited.name = QStringLiteral("new");
    const auto again = reparse(edited);
    QVERIFY(again);
    QCOMPARE(again->name, QStringLiteral("new"));
    const QDomElement state = DomXml::fromString(again->extensionsXml).firstChildElement();
    QCOMPARE(state.namespaceURI(), QStringLiteral("http://myclient.example/bookmark/state"));
    QCOMPARE(state.attribute(QStringLiteral("minimized")), QStringLiteral("true"));
    QCOMPARE(
        state.attributeNS(QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("lang")),
        QStringLiteral("de"));
    QCOMPARE(state.text(), QStringLiteral("aboldc"));
    QCOMPARE(state.firstChild().nodeValue(), QStringLiteral("a")); // text order kept
}

void TestBookmark0402::serializedForm()
{
    RoomBookmark b;
    b.jid = QStringLiteral("room@muc.example");
    const QDomElement conference = element(b.toXmlString());
    QCOMPARE(conference.tagName(), QStringLiteral("conference"));
    QCOMPARE(conference.namespaceURI(), ns);
    QCOMPARE(conference.attribute(QStringLiteral("autojoin")), QStringLiteral("false"));
    QVERIFY(!conference.hasAttribute(QStringLiteral("name")));
    QVERIFY(conference.firstChildElement().isNull()); // no empty nick/password/extensions
    QVERIFY(!b.toXmlString().contains(QStringLiteral("room@muc.example"))); // the jid is the item id
}

void TestBookmark0402::domXmlResetsDefaultNamespace()
{
    const QDomElement root
        = element(QStringLiteral("<a xmlns='urn:a'><b xmlns=''><c xmlns='urn:c'/></b><d/></a>"));
    const QDomElement copy = DomXml::fromString(DomXml::toString(root));
    QCOMPARE(copy.namespaceURI(), QStringLiteral("urn:a"));
    QCOMPARE(copy.firstChildElement(QStringLiteral("b")).namespaceURI(), QString());
    QCOMPARE(copy.firstChildElement(QStringLiteral("b")).firstChildElement().namespaceURI(),
        QStringLiteral("urn:c"));
    QCOMPARE(copy.firstChildElement(QStringLiteral("d")).namespaceURI(), QStringLiteral("urn:a"));
    QVERIFY(DomXml::fromString(QStringLiteral("<unclosed>")).isNull());
    QVERIFY(DomXml::toString(QDomElement()).isEmpty());
}

// Another client's extension in the namespace a"b<&c: Qt 5 writes namespace declarations
// unescaped, so the bookmark we published back was not XML (found by fuzz_relay_codec, whose
// relays copy stanzas the same way).
void TestBookmark0402::domXmlEscapesNamespaces()
{
    const QString odd = QStringLiteral("urn:a\"b<&c>\td");
    const QDomElement root = element(QStringLiteral(
        "<x xmlns='urn:a&quot;b&lt;&amp;c&gt;&#9;d' xmlns:q='urn:a&quot;b&lt;&amp;c&gt;&#9;d' q:k='v'/>"));
    QCOMPARE(root.namespaceURI(), odd);
    const QString xml = DomXml::toString(root);
    const QDomElement copy = DomXml::fromString(xml);
    QVERIFY2(!copy.isNull(), qPrintable(xml));
    QCOMPARE(copy.namespaceURI(), odd);
    QCOMPARE(copy.attributeNS(odd, QStringLiteral("k")), QStringLiteral("v"));
}

void TestBookmark0402::publishRequest()
{
    RoomBookmark b;
    b.jid = QStringLiteral("room@muc.example");
    b.autojoin = true;
    const auto iq = PubSubIq::publish(ns, b.jid, [b](QXmlStreamWriter *w) { b.toXml(w); },
        { { QStringLiteral("persist_items"), QStringLiteral("true") },
            { QStringLiteral("access_model"), QStringLiteral("whitelist") } });
    const QDomElement root = element(iqXml(iq));
    QCOMPARE(root.attribute(QStringLiteral("type")), QStringLiteral("set"));
    QVERIFY(!root.hasAttribute(QStringLiteral("to"))); // the account's own PEP service
    const QDomElement pubsub = root.firstChildElement(QStringLiteral("pubsub"));
    QCOMPARE(pubsub.namespaceURI(), QStringLiteral("http://jabber.org/protocol/pubsub"));
    const QDomElement publish = pubsub.firstChildElement(QStringLiteral("publish"));
    QCOMPARE(publish.attribute(QStringLiteral("node")), ns);
    const auto parsed = RoomBookmark::fromItem(publish.firstChildElement(QStringLiteral("item")));
    QVERIFY(parsed);
    QVERIFY(*parsed == b);
    const QDomElement form
        = pubsub.firstChildElement(QStringLiteral("publish-options")).firstChildElement(QStringLiteral("x"));
    QCOMPARE(form.namespaceURI(), QStringLiteral("jabber:x:data"));
    QCOMPARE(form.attribute(QStringLiteral("type")), QStringLiteral("submit"));
    QStringList fields;
    for (QDomElement f = form.firstChildElement(); !f.isNull(); f = f.nextSiblingElement())
        fields << f.attribute(QStringLiteral("var")) + QLatin1Char('=')
                + f.firstChildElement(QStringLiteral("value")).text();
    QCOMPARE(fields,
        QStringList({ QStringLiteral("FORM_TYPE=http://jabber.org/protocol/pubsub#publish-options"),
            QStringLiteral("pubsub#persist_items=true"), QStringLiteral("pubsub#access_model=whitelist") }));
}

void TestBookmark0402::retractRequest()
{
    const QDomElement root = element(iqXml(PubSubIq::retract(ns, QStringLiteral("room@muc.example"), true)));
    const QDomElement retract
        = root.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("retract"));
    QCOMPARE(retract.attribute(QStringLiteral("node")), ns);
    QCOMPARE(retract.attribute(QStringLiteral("notify")), QStringLiteral("true"));
    QCOMPARE(retract.firstChildElement(QStringLiteral("item")).attribute(QStringLiteral("id")),
        QStringLiteral("room@muc.example"));
    const QDomElement items = element(iqXml(PubSubIq::requestItems(ns)))
                                  .firstChildElement(QStringLiteral("pubsub"))
                                  .firstChildElement(QStringLiteral("items"));
    QCOMPARE(items.attribute(QStringLiteral("node")), ns);
}

QTEST_GUILESS_MAIN(TestBookmark0402)
#include "tst_bookmark0402.moc"
