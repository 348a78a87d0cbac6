// Why the account left a room, kept in its bookmark's XEP-0402 extensions (BookmarkExit).
#include "rooms/BookmarkExit.h"
#include "xmpp/Bookmark0402.h"

#include <QTest>

using namespace Tandem;
using Reason = RoomMirror::LeaveReason;

namespace {
RoomBookmark bookmark(bool autojoin, const QString &extensions)
{
    RoomBookmark b;
    b.jid = QStringLiteral("tea@conference.example.org");
    b.autojoin = autojoin;
    b.extensionsXml = extensions;
    return b;
}

// Another client's extension, which every editor must keep.
const QString foreign = QStringLiteral("<extensions xmlns='urn:xmpp:bookmarks:1'><state "
                                       "xmlns='urn:example:client' pinned='true'/></extensions>");
} // namespace

class TestBookmarkExit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsOtherExtensions()
    {
        const QString written = BookmarkExit::write(foreign, Reason::Banned);
        QCOMPARE(BookmarkExit::read(bookmark(false, written)), Reason::Banned);
        QVERIFY(written.contains(QStringLiteral("urn:example:client")));
        // And through the wire form of the bookmark.
        const RoomBookmark b = bookmark(false, written);
        QVERIFY(b.toXmlString().contains(QStringLiteral("reason=\"banned\"")));
    }

    void rewritingReplacesOurs()
    {
        const QString left = BookmarkExit::write({}, Reason::SelfLeave);
        const QString destroyed = BookmarkExit::write(left, Reason::Destroyed);
        QCOMPARE(BookmarkExit::read(bookmark(false, destroyed)), Reason::Destroyed);
        QCOMPARE(destroyed.count(QStringLiteral("<left")), 1);
    }

    void removedWhenTheRoomIsWantedAgain()
    {
        QVERIFY(BookmarkExit::write(BookmarkExit::write({}, Reason::Kicked), Reason::None).isEmpty());
        const QString kept = BookmarkExit::write(BookmarkExit::write(foreign, Reason::Kicked), Reason::None);
        QVERIFY(kept.contains(QStringLiteral("urn:example:client")));
        QVERIFY(!kept.contains(QStringLiteral("<left")));
    }

    void autojoinOrNothingReadsAsNone()
    {
        QCOMPARE(BookmarkExit::read(bookmark(true, BookmarkExit::write({}, Reason::Banned))), Reason::None);
        QCOMPARE(BookmarkExit::read(bookmark(false, {})), Reason::None);
        QCOMPARE(BookmarkExit::read(bookmark(false, foreign)), Reason::None);
        const QString odd = QStringLiteral("<extensions xmlns='urn:xmpp:bookmarks:1'><left "
                                           "xmlns='urn:tandem:coord:0' reason='bored'/></extensions>");
        QCOMPARE(BookmarkExit::read(bookmark(false, odd)), Reason::None);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkExit)
#include "tst_bookmark_exit.moc"
