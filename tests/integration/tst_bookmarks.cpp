// XEP-0402 bookmarks against a real Prosody 0.12: pushes between two resources of one account,
// fetches, removal, forged pushes, offline and invalid requests.
#include "BookmarkDevice.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PubSubIq.h"

#include <optional>

using namespace Tandem;
using namespace Tandem::Test;

class TestBookmarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freshAccountHasNoBookmarks();
    void publishIsPushedToTheOtherResource();
    void autojoinFalseAndExtensionsRoundTrip();
    void removalIsPushedToTheOtherResource();
    void otherAccountsCannotReadTheNode();
    void forgedEventsAreIgnored();
    void offlineAndInvalidRequestsAreErrors();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestBookmarks::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    m_server = startBookmarkServer();
    QVERIFY(m_server);
}

void TestBookmarks::freshAccountHasNoBookmarks()
{
    // Prosody answers item-not-found until the node's first publish: that is an empty list.
    BookmarkDevice dave(*m_server, QStringLiteral("dave"), QStringLiteral("pc"));
    QVERIFY(dave.start());
    QCOMPARE(dave.bookmarks->backend(), BookmarksManager0402::Backend::Pep);
    QVERIFY(dave.bookmarks->bookmarks().isEmpty());
    QCOMPARE(dave.errors->size(), 0);
    QCOMPARE(dave.changed->size(), 0);
}

void TestBookmarks::publishIsPushedToTheOtherResource()
{
    BookmarkDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    BookmarkDevice laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"));
    QVERIFY(desk.start());
    QVERIFY(laptop.start());

    RoomBookmark b;
    b.jid = room("council");
    b.name = QStringLiteral("Council of Oberon");
    b.nick = QStringLiteral("Puck");
    b.password = QStringLiteral("titania");
    b.autojoin = true;
    desk.bookmarks->setBookmark(b);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.changed->size(), 1, Wait);
    QVERIFY(changedAt(*laptop.changed, 0) == b);
    // The publisher hears of its own change once, although both the push and the reply arrive.
    QTRY_COMPARE_WITH_TIMEOUT(desk.changed->size(), 1, Wait);
    QTest::qWait(300);
    QCOMPARE(desk.changed->size(), 1);
    QCOMPARE(laptop.changed->size(), 1);

    QVERIFY(laptop.refreshed());
    QCOMPARE(laptop.bookmarks->bookmarks().size(), 1);
    QVERIFY(laptop.bookmarks->bookmark(b.jid).value() == b);
    QCOMPARE(laptop.changed->size(), 1); // a fetch that changes nothing signals nothing

    // A device that connects later gets it with its first fetch.
    BookmarkDevice phone(*m_server, QStringLiteral("alice"), QStringLiteral("phone"));
    QVERIFY(phone.start());
    QVERIFY(phone.bookmarks->bookmark(room("COUNCIL")).value() == b); // matched case-insensitively
    QCOMPARE(desk.errors->size() + laptop.errors->size() + phone.errors->size(), 0);
}

void TestBookmarks::autojoinFalseAndExtensionsRoundTrip()
{
    BookmarkDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    BookmarkDevice laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"));
    QVERIFY(desk.start());
    QVERIFY(laptop.start());

    RoomBookmark quiet;
    quiet.jid = room("quiet");
    quiet.autojoin = false;
    quiet.extensionsXml = QStringLiteral("<extensions xmlns='urn:xmpp:bookmarks:1'>"
                                         "<pinned xmlns='urn:xmpp:bookmarks-pinning:0'/></extensions>");
    desk.bookmarks->setBookmark(quiet);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.changed->size(), 1, Wait);
    RoomBookmark got = changedAt(*laptop.changed, 0);
    QCOMPARE(got.autojoin, false);
    QVERIFY(got.nick.isEmpty() && got.name.isEmpty() && got.password.isEmpty());
    QVERIFY(got.extensionsXml.contains(QStringLiteral("urn:xmpp:bookmarks-pinning:0")));

    // The laptop edits the name; the other client's extension survives the edit.
    got.name = QStringLiteral("Quiet room");
    laptop.bookmarks->setBookmark(got);
    QTRY_COMPARE_WITH_TIMEOUT(desk.changed->size(), 2, Wait);
    const RoomBookmark edited = changedAt(*desk.changed, 1);
    QCOMPARE(edited.name, QStringLiteral("Quiet room"));
    QCOMPARE(edited.autojoin, false);
    QVERIFY(edited.extensionsXml.contains(QStringLiteral("urn:xmpp:bookmarks-pinning:0")));
    QVERIFY(desk.refreshed());
    QVERIFY(desk.bookmarks->bookmark(quiet.jid).value() == edited);
}

void TestBookmarks::removalIsPushedToTheOtherResource()
{
    BookmarkDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    BookmarkDevice laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"));
    QVERIFY(desk.start());
    QVERIFY(laptop.start());
    QVERIFY(laptop.bookmarks->bookmark(room("council")));

    desk.bookmarks->removeBookmark(room("Council")); // another spelling of the same room
    QTRY_COMPARE_WITH_TIMEOUT(laptop.removed->size(), 1, Wait);
    QCOMPARE(laptop.removed->first().first().toString(), room("council"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.removed->size(), 1, Wait);
    QVERIFY(!laptop.bookmarks->bookmark(room("council")));
    QVERIFY(laptop.refreshed());
    QVERIFY(!laptop.bookmarks->bookmark(room("council")));
    QVERIFY(laptop.bookmarks->bookmark(room("quiet"))); // the others stay

    // Removing what is already gone is not an error (another device may have been first).
    desk.bookmarks->removeBookmark(room("council"));
    QVERIFY(desk.refreshed());
    QCOMPARE(desk.errors->size(), 0);
    QCOMPARE(desk.removed->size(), 1);
}

void TestBookmarks::otherAccountsCannotReadTheNode()
{
    // access_model=whitelist from the publish-options: bob may not read alice's bookmarks.
    BookmarkDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pc"), /*withManager=*/false);
    QVERIFY(bob.start());
    auto request = PubSubIq::requestItems(QStringLiteral("urn:xmpp:bookmarks:1"));
    request.setTo(QStringLiteral("alice@localhost"));
    std::optional<IqResponse> response;
    IqTracker::of(&bob.client)->send(request, nullptr, [&](const IqResponse &r) { response = r; });
    QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), Wait);
    QCOMPARE(response->outcome, IqResponse::Outcome::Error);
    qInfo() << "bob reading alice's bookmarks:" << response->describe();
    QVERIFY(response->condition == QLatin1String("forbidden")
        || response->condition == QLatin1String("item-not-found"));
}

void TestBookmarks::forgedEventsAreIgnored()
{
    BookmarkDevice desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    BookmarkDevice laptop(
        *m_server, QStringLiteral("alice"), QStringLiteral("laptop"), /*withManager=*/false);
    BookmarkDevice bob(*m_server, QStringLiteral("bob"), QStringLiteral("pc"), /*withManager=*/false);
    QVERIFY(desk.start());
    QVERIFY(laptop.start());
    QVERIFY(bob.start());
    RoomBookmark target;
    target.jid = room("target");
    desk.bookmarks->setBookmark(target);
    QTRY_COMPARE_WITH_TIMEOUT(desk.changed->size(), 1, Wait);
    desk.changed->clear();
    const QVector<RoomBookmark> before = desk.bookmarks->bookmarks();

    const QString events[] = {
        QStringLiteral(
            "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
            "<item id='evil@conference.localhost'><conference xmlns='urn:xmpp:bookmarks:1' "
            "autojoin='true'/></item><retract id='%1'/></items></event>")
            .arg(target.jid),
        QStringLiteral("<event xmlns='http://jabber.org/protocol/pubsub#event'><purge "
                       "node='urn:xmpp:bookmarks:1'/></event>"),
    };
    QSignalSpy arrived(&desk.client, &QXmppClient::messageReceived);
    // From another account, and from another resource of our own (not our PEP service either).
    for (QXmppClient *sender : { &bob.client, &laptop.client }) {
        for (const QString &event : events)
            QVERIFY(sender->sendPacket(forgedEvent(desk.fullJid(), event)));
    }
    // Not consumed by the manager, so they surface as ordinary messages: proof they arrived.
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 4, Wait);
    QStringList senders;
    for (const auto &args : arrived)
        senders << args.first().value<QXmppMessage>().from();
    QCOMPARE(senders.count(bob.fullJid()), 2);
    QCOMPARE(senders.count(laptop.fullJid()), 2);
    QCOMPARE(desk.changed->size(), 0);
    QCOMPARE(desk.removed->size(), 0);
    QVERIFY(desk.bookmarks->bookmarks() == before);
}

void TestBookmarks::offlineAndInvalidRequestsAreErrors()
{
    BookmarkDevice dave(*m_server, QStringLiteral("dave"), QStringLiteral("pc"));
    RoomBookmark valid;
    valid.jid = room("valid");
    dave.bookmarks->setBookmark(valid); // offline: fails at once
    dave.bookmarks->refresh();
    QCOMPARE(dave.errors->size(), 2);
    dave.errors->clear();
    QVERIFY(dave.start());
    RoomBookmark b;
    b.jid = QStringLiteral("room@conference.localhost/nick");
    dave.bookmarks->setBookmark(b);
    QCOMPARE(dave.errors->size(), 1);
    b.jid.clear();
    dave.bookmarks->setBookmark(b);
    QCOMPARE(dave.errors->size(), 2);
    QVERIFY(dave.refreshed());
    QVERIFY(dave.bookmarks->bookmarks().isEmpty());
}

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
