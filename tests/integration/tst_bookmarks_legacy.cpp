// The XEP-0048 side of the bookmarks manager against a real Prosody 0.12: interoperating with a
// legacy client through Prosody's sync of the two nodes, and falling back where XEP-0402 is missing.
#include "BookmarkDevice.h"
#include <QFile>
#include <QXmppBookmarkManager.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestBookmarksLegacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void legacyFallbackInteroperates();
    void fallsBackWhereXep0402IsMissing();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestBookmarksLegacy::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    m_server = startBookmarkServer();
    QVERIFY(m_server);
}

void TestBookmarksLegacy::legacyFallbackInteroperates()
{
    // erin's old client only speaks XEP-0048; Prosody's mod_bookmarks maps it onto XEP-0402.
    BookmarkDevice old(*m_server, QStringLiteral("erin"), QStringLiteral("old"), true, /*forceLegacy=*/true);
    BookmarkDevice modern(*m_server, QStringLiteral("erin"), QStringLiteral("new"));
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

void TestBookmarksLegacy::fallsBackWhereXep0402IsMissing()
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

    BookmarkDevice desk(plain, QStringLiteral("alice"), QStringLiteral("desk"));
    BookmarkDevice laptop(plain, QStringLiteral("alice"), QStringLiteral("laptop"));
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
    BookmarkDevice modern(*m_server, QStringLiteral("dave"), QStringLiteral("pc"));
    QVERIFY(modern.start());
    QVERIFY(!modern.client.findExtension<QXmppBookmarkManager>());
}

QTEST_GUILESS_MAIN(TestBookmarksLegacy)
#include "tst_bookmarks_legacy.moc"
