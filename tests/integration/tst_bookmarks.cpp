// XEP-0402 bookmarks against a real Prosody 0.12: pushes between two resources of one account,
// fetches, removal, forged pushes, the XEP-0048 fallback interoperating through Prosody's sync,
// and the IQ tracker's outcomes.
#include "ProsodyFixture.h"
#include "xmpp/BookmarksManager0402.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PubSubIq.h"

#include <QDomDocument>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QXmppBookmarkManager.h>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppPingIq.h>

#include <memory>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

constexpr int Wait = 10000;

QString room(const char *local)
{
    return QString::fromLatin1(local) + QStringLiteral("@conference.localhost");
}

// Swallows every IQ request without answering: a peer that never replies.
class BlackHole : public QXmppClientExtension
{
public:
    bool handleStanza(const QDomElement &stanza) override
    {
        const QString type = stanza.attribute(QStringLiteral("type"));
        return stanza.tagName() == QLatin1String("iq")
            && (type == QLatin1String("get") || type == QLatin1String("set"));
    }
};

// One resource: a plain QXmppClient (what Tandem's Account wraps) with the bookmarks manager.
struct Device
{
    Device(const ProsodyFixture &server, const QString &user, const QString &resource,
        bool withManager = true, bool forceLegacy = false)
    {
        config.setJid(user + QLatin1Char('@') + server.domain());
        config.setPassword(QStringLiteral("pw-") + user);
        config.setResource(resource);
        config.setHost(server.host());
        config.setPort(server.port());
        config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        config.setCaCertificates(
            QSslConfiguration::systemCaCertificates() + QSslCertificate::fromPath(server.caFile()));
        config.setAutoReconnectionEnabled(false);
        if (withManager) {
            bookmarks = new BookmarksManager0402;
            bookmarks->setForceLegacy(forceLegacy);
            client.addExtension(bookmarks);
            received = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::bookmarksReceived);
            changed = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::bookmarkChanged);
            removed = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::bookmarkRemoved);
            errors = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::errorOccurred);
        }
    }

    ~Device() { client.disconnectFromServer(); } // no session left hibernating (XEP-0198)

    // Connected, and (with a manager) the first fetch done: by then the server knows our caps,
    // because the fetch is only sent after the initial presence. The first fetch signals every
    // stored bookmark as changed; the spies start counting after it.
    bool start()
    {
        client.connectToServer(config);
        if (!QTest::qWaitFor([this] { return client.isConnected(); }, 15000))
            return false;
        if (!bookmarks)
            return true;
        if (!QTest::qWaitFor([this] { return received->size() > 0; }, Wait))
            return false;
        if (changed->size() != bookmarks->bookmarks().size())
            return false;
        changed->clear();
        removed->clear();
        return true;
    }

    bool refreshed()
    {
        const int before = received->size();
        bookmarks->refresh();
        return QTest::qWaitFor([&] { return received->size() > before; }, Wait);
    }

    QString fullJid() const { return config.jidBare() + QLatin1Char('/') + config.resource(); }

    QXmppConfiguration config;
    QXmppClient client;
    BookmarksManager0402 *bookmarks = nullptr; // owned by client
    std::unique_ptr<QSignalSpy> received, changed, removed, errors;
};

RoomBookmark changedAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).first().value<RoomBookmark>();
}

QXmppMessage forgedEvent(const QString &to, const QString &eventXml)
{
    QDomDocument doc;
    doc.setContent(eventXml, true);
    QXmppMessage message;
    message.setTo(to);
    message.setType(QXmppMessage::Headline);
    message.setExtensions({ QXmppElement(doc.documentElement()) });
    return message;
}

} // namespace

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
    void legacyFallbackInteroperates();
    void fallsBackWhereXep0402IsMissing();
    void iqTrackerOutcomes();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestBookmarks::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const char *user : { "alice", "bob", "dave", "erin", "frank" })
        QVERIFY2(m_server->registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
}

void TestBookmarks::freshAccountHasNoBookmarks()
{
    // Prosody answers item-not-found until the node's first publish: that is an empty list.
    Device dave(*m_server, QStringLiteral("dave"), QStringLiteral("pc"));
    QVERIFY(dave.start());
    QCOMPARE(dave.bookmarks->backend(), BookmarksManager0402::Backend::Pep);
    QVERIFY(dave.bookmarks->bookmarks().isEmpty());
    QCOMPARE(dave.errors->size(), 0);
    QCOMPARE(dave.changed->size(), 0);
}

void TestBookmarks::publishIsPushedToTheOtherResource()
{
    Device desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    Device laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"));
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
    Device phone(*m_server, QStringLiteral("alice"), QStringLiteral("phone"));
    QVERIFY(phone.start());
    QVERIFY(phone.bookmarks->bookmark(room("COUNCIL")).value() == b); // matched case-insensitively
    QCOMPARE(desk.errors->size() + laptop.errors->size() + phone.errors->size(), 0);
}

void TestBookmarks::autojoinFalseAndExtensionsRoundTrip()
{
    Device desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    Device laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"));
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
    Device desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    Device laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"));
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
    Device bob(*m_server, QStringLiteral("bob"), QStringLiteral("pc"), /*withManager=*/false);
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
    Device desk(*m_server, QStringLiteral("alice"), QStringLiteral("desk"));
    Device laptop(*m_server, QStringLiteral("alice"), QStringLiteral("laptop"), /*withManager=*/false);
    Device bob(*m_server, QStringLiteral("bob"), QStringLiteral("pc"), /*withManager=*/false);
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
    Device dave(*m_server, QStringLiteral("dave"), QStringLiteral("pc"));
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

void TestBookmarks::legacyFallbackInteroperates()
{
    // erin's old client only speaks XEP-0048; Prosody's mod_bookmarks maps it onto XEP-0402.
    Device old(*m_server, QStringLiteral("erin"), QStringLiteral("old"), true, /*forceLegacy=*/true);
    Device modern(*m_server, QStringLiteral("erin"), QStringLiteral("new"));
    QVERIFY(old.start());
    QVERIFY(modern.start());
    QCOMPARE(old.bookmarks->backend(), BookmarksManager0402::Backend::Legacy);
    QCOMPARE(modern.bookmarks->backend(), BookmarksManager0402::Backend::Pep);

    RoomBookmark fromOld;
    fromOld.jid = room("legacy");
    fromOld.name = QStringLiteral("Legacy room");
    fromOld.nick = QStringLiteral("erin");
    fromOld.autojoin = true;
    old.bookmarks->setBookmark(fromOld);
    QTRY_COMPARE_WITH_TIMEOUT(old.changed->size(), 1, Wait); // confirmed by the server
    QVERIFY(changedAt(*old.changed, 0) == fromOld);
    QTRY_COMPARE_WITH_TIMEOUT(modern.changed->size(), 1, Wait); // pushed as XEP-0402
    QVERIFY(changedAt(*modern.changed, 0) == fromOld);

    RoomBookmark fromModern;
    fromModern.jid = room("modern");
    fromModern.autojoin = false;
    modern.bookmarks->setBookmark(fromModern);
    QTRY_COMPARE_WITH_TIMEOUT(modern.changed->size(), 2, Wait);
    QVERIFY(old.refreshed()); // no pushes on XEP-0048: fetch
    QCOMPARE(old.bookmarks->bookmarks().size(), 2);
    QVERIFY(old.bookmarks->bookmark(fromModern.jid).value() == fromModern);

    old.bookmarks->removeBookmark(fromOld.jid);
    QTRY_COMPARE_WITH_TIMEOUT(modern.removed->size(), 1, Wait);
    QCOMPARE(modern.removed->first().first().toString(), fromOld.jid);
    QTRY_COMPARE_WITH_TIMEOUT(old.removed->size(), 1, Wait);
    QCOMPARE(old.bookmarks->bookmarks().size(), 1);

    // Known limit of the fallback: QXmppBookmarkConference has no password, so a XEP-0048
    // write (always the whole set) strips the passwords XEP-0402 clients stored.
    RoomBookmark locked;
    locked.jid = room("locked");
    locked.password = QStringLiteral("secret");
    modern.bookmarks->setBookmark(locked);
    QTRY_COMPARE_WITH_TIMEOUT(modern.changed->size(), 3, Wait);
    QVERIFY(old.refreshed());
    QCOMPARE(old.bookmarks->bookmark(locked.jid).value().password, QString());
    RoomBookmark another;
    another.jid = room("another");
    old.bookmarks->setBookmark(another);
    QTRY_VERIFY_WITH_TIMEOUT(modern.bookmarks->bookmark(another.jid).has_value(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(modern.bookmarks->bookmark(locked.jid).value().password, QString(), Wait);
    QCOMPARE(old.errors->size() + modern.errors->size(), 0);
}

void TestBookmarks::fallsBackWhereXep0402IsMissing()
{
    // A second server without mod_bookmarks: PEP works, but nothing announces
    // urn:xmpp:bookmarks:1#compat, so XEP-0048 (private XML storage) must be used. The fixture
    // writes its config once; edit it between a first start and a restart.
    ProsodyFixture plain;
    QString error;
    QVERIFY2(plain.start(&error), qPrintable(error));
    plain.stop();
    QFile config(plain.configFile());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(config.readAll());
    config.close();
    QVERIFY(text.contains(QStringLiteral(" \"bookmarks\";")));
    text.replace(QStringLiteral(" \"bookmarks\";"), QString());
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(text.toUtf8());
    config.close();
    QVERIFY2(
        plain.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error), qPrintable(error));
    QVERIFY2(plain.start(&error), qPrintable(error));

    Device desk(plain, QStringLiteral("alice"), QStringLiteral("desk"));
    Device laptop(plain, QStringLiteral("alice"), QStringLiteral("laptop"));
    QVERIFY(desk.start());
    QVERIFY(laptop.start());
    QCOMPARE(desk.bookmarks->backend(), BookmarksManager0402::Backend::Legacy);
    QVERIFY(desk.bookmarks->bookmarks().isEmpty());
    QVERIFY(desk.client.findExtension<QXmppBookmarkManager>()); // added when needed

    RoomBookmark b;
    b.jid = room("old-school");
    b.name = QStringLiteral("Old school");
    b.nick = QStringLiteral("alice");
    b.autojoin = true;
    desk.bookmarks->setBookmark(b);
    QTRY_COMPARE_WITH_TIMEOUT(desk.changed->size(), 1, Wait);
    QVERIFY(changedAt(*desk.changed, 0) == b);
    QVERIFY(laptop.refreshed());
    QVERIFY(laptop.bookmarks->bookmark(b.jid).value() == b);
    QCOMPARE(laptop.changed->size(), 1);
    laptop.bookmarks->removeBookmark(b.jid);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.removed->size(), 1, Wait);
    QVERIFY(desk.refreshed());
    QVERIFY(desk.bookmarks->bookmarks().isEmpty());
    QCOMPARE(desk.errors->size() + laptop.errors->size(), 0);

    // Where XEP-0402 is available, QXmppBookmarkManager is never added.
    Device modern(*m_server, QStringLiteral("dave"), QStringLiteral("pc"));
    QVERIFY(modern.start());
    QVERIFY(!modern.client.findExtension<QXmppBookmarkManager>());
}

void TestBookmarks::iqTrackerOutcomes()
{
    Device frank(*m_server, QStringLiteral("frank"), QStringLiteral("pc"), /*withManager=*/false);
    Device silent(*m_server, QStringLiteral("bob"), QStringLiteral("silent"), /*withManager=*/false);
    Device mallory(*m_server, QStringLiteral("bob"), QStringLiteral("mallory"), /*withManager=*/false);
    silent.client.insertExtension(0, new BlackHole);
    QVERIFY(frank.start());
    QVERIFY(silent.start());
    QVERIFY(mallory.start());
    IqTracker *tracker = IqTracker::of(&frank.client);
    QCOMPARE(IqTracker::of(&frank.client), tracker); // one per client

    // Result, from the server, with the reply in hand.
    std::optional<IqResponse> pong;
    tracker->send(QXmppPingIq(), nullptr, [&](const IqResponse &r) { pong = r; });
    QVERIFY(!pong); // never called from within send()
    QTRY_VERIFY_WITH_TIMEOUT(pong.has_value(), Wait);
    QCOMPARE(pong->outcome, IqResponse::Outcome::Result);
    QCOMPARE(pong->stanza.attribute(QStringLiteral("type")), QStringLiteral("result"));

    // A defined error condition.
    QXmppPingIq toNobody;
    toNobody.setTo(QStringLiteral("nobody@localhost/x"));
    std::optional<IqResponse> error;
    tracker->send(toNobody, nullptr, [&](const IqResponse &r) { error = r; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), Wait);
    QCOMPARE(error->outcome, IqResponse::Outcome::Error);
    QVERIFY2(!error->condition.isEmpty(), qPrintable(error->describe()));

    // Timeout; and a reply forged by someone else with the right id does not count.
    QXmppPingIq toSilent;
    toSilent.setTo(silent.fullJid());
    std::optional<IqResponse> timedOut;
    const QString id = tracker->send(
        toSilent, nullptr, [&](const IqResponse &r) { timedOut = r; }, 1500);
    QXmppIq forged(QXmppIq::Result);
    forged.setId(id);
    forged.setTo(frank.fullJid());
    QVERIFY(mallory.client.sendPacket(forged));
    QTRY_VERIFY_WITH_TIMEOUT(timedOut.has_value(), Wait);
    QCOMPARE(timedOut->outcome, IqResponse::Outcome::Timeout);

    // A destroyed context drops the callback.
    bool called = false;
    {
        QObject context;
        tracker->send(QXmppPingIq(), &context, [&](const IqResponse &) { called = true; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(tracker->pendingCount(), 0, Wait);
    QTest::qWait(100);
    QVERIFY(!called);

    // Disconnected while waiting; NotSent when offline.
    std::optional<IqResponse> cut;
    tracker->send(toSilent, nullptr, [&](const IqResponse &r) { cut = r; });
    frank.client.disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(cut.has_value(), Wait);
    QCOMPARE(cut->outcome, IqResponse::Outcome::Disconnected);
    std::optional<IqResponse> offline;
    tracker->send(QXmppPingIq(), nullptr, [&](const IqResponse &r) { offline = r; });
    QVERIFY(!offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline.has_value(), Wait);
    QCOMPARE(offline->outcome, IqResponse::Outcome::NotSent);
    QCOMPARE(tracker->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
