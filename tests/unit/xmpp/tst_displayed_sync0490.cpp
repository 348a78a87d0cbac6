// XEP-0490 on the wire, without a server: items as other clients publish them are read, odd ones
// refused, and only our own account's PEP service may move a read position.
#include "xmpp/DisplayedSync0490.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>

using namespace Tandem;

namespace {

QDomElement parse(const QString &xml)
{
    static QDomDocument doc; // keeps the returned element's document alive
    doc.setContent(xml, true);
    return doc.documentElement();
}

QString push(const QString &from, const QString &item)
{
    return QStringLiteral("<message xmlns='jabber:client' from='%1' to='alice@localhost/a'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:mds:displayed:0'>%2</items></event></message>")
        .arg(from, item);
}

const QString gajimItem
    = QStringLiteral("<item id='bob@localhost'><displayed xmlns='urn:xmpp:mds:displayed:0'>"
                     "<stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='S1'/></displayed></item>");

} // namespace

class TestDisplayedSync0490 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsAreRead_data();
    void itemsAreRead();
    void onlyOurAccountMayPush();
    void advertisesNotify();
};

void TestDisplayedSync0490::itemsAreRead_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("conversation"); // empty: refused
    QTest::addColumn<QString>("stanzaId");
    QTest::addColumn<QString>("by");
    QTest::newRow("chat") << gajimItem << "bob@localhost"
                          << "S1"
                          << "alice@localhost";
    QTest::newRow("room, unknown child first")
        << "<item id='room@muc.localhost'><displayed xmlns='urn:xmpp:mds:displayed:0'><x xmlns='urn:other'/>"
           "<stanza-id xmlns='urn:xmpp:sid:0' by='room@muc.localhost' id='R9'/></displayed></item>"
        << "room@muc.localhost"
        << "R9"
        << "room@muc.localhost";
    QTest::newRow("wrong namespace")
        << "<item id='bob@localhost'><displayed xmlns='urn:xmpp:mds:displayed:1'>"
           "<stanza-id xmlns='urn:xmpp:sid:0' by='a@b' id='S1'/></displayed></item>"
        << ""
        << ""
        << "";
    QTest::newRow("no stanza-id")
        << "<item id='bob@localhost'><displayed xmlns='urn:xmpp:mds:displayed:0'/></item>"
        << ""
        << ""
        << "";
    QTest::newRow("no by") << "<item id='bob@localhost'><displayed xmlns='urn:xmpp:mds:displayed:0'>"
                              "<stanza-id xmlns='urn:xmpp:sid:0' id='S1'/></displayed></item>"
                           << ""
                           << ""
                           << "";
    QTest::newRow("item id not a JID")
        << "<item id='@@'><displayed xmlns='urn:xmpp:mds:displayed:0'>"
           "<stanza-id xmlns='urn:xmpp:sid:0' by='a@b' id='S1'/></displayed></item>"
        << ""
        << ""
        << "";
}

void TestDisplayedSync0490::itemsAreRead()
{
    QFETCH(QString, item);
    QFETCH(QString, conversation);
    QFETCH(QString, stanzaId);
    QFETCH(QString, by);
    const DisplayedPosition p = DisplayedPosition::fromItem(parse(item));
    QCOMPARE(p.conversation, conversation);
    QCOMPARE(p.stanzaId, stanzaId);
    QCOMPARE(p.by, by);
}

void TestDisplayedSync0490::onlyOurAccountMayPush()
{
    QXmppClient client;
    client.configuration().setJid(QStringLiteral("alice@localhost/a"));
    auto *sync = new DisplayedSync0490;
    client.addExtension(sync);
    QSignalSpy received(sync, &DisplayedSync0490::displayedReceived);

    QVERIFY(sync->handleStanza(parse(push(QStringLiteral("mallory@localhost"), gajimItem))));
    QVERIFY(sync->handleStanza(parse(push(QStringLiteral("alice@localhost/other"), gajimItem))));
    QCOMPARE(received.size(), 0);

    QVERIFY(sync->handleStanza(parse(push(QStringLiteral("alice@localhost"), gajimItem))));
    QVERIFY(
        sync->handleStanza(parse(push(QString(), gajimItem).replace(QStringLiteral(" from=''"), QString()))));
    QCOMPARE(received.size(), 2);
    // Another node's event is not ours to take.
    QString bookmarks = push(QStringLiteral("alice@localhost"), gajimItem);
    bookmarks.replace(QStringLiteral("urn:xmpp:mds:displayed:0'>"), QStringLiteral("urn:xmpp:bookmarks:1'>"));
    QVERIFY(!sync->handleStanza(parse(bookmarks)));
}

void TestDisplayedSync0490::advertisesNotify()
{
    DisplayedSync0490 sync;
    QCOMPARE(sync.discoveryFeatures(), QStringList { QStringLiteral("urn:xmpp:mds:displayed:0+notify") });
}

QTEST_GUILESS_MAIN(TestDisplayedSync0490)
#include "tst_displayed_sync0490.moc"
