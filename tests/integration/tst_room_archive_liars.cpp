// RoomArchive against archives that lie or fall silent: a scripted fake archive (answers injected
// into alice's client, FakeRoomArchive.h) repeats cursors, never completes, sends empty pages,
// too many results or forged ones. Every fetch ends, bounded, with a reason.
#include "FakeRoomArchive.h"
#include "RoomArchiveFixture.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestRoomArchiveLiars : public QObject, public RoomArchiveFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startServer(0); }
    void init() { openAlice(); }
    void cleanup() { closeAlice(); }

    void repeatedCursorStops();
    void neverCompleteStopsAtTheLimit();
    void emptyIncompletePageStops();
    void missingLastStops();
    void repeatedPageStops();
    void tooManyResultsStop();
    void forgedResultsAreDropped();
    void silentArchiveTimesOut();
};

void TestRoomArchiveLiars::repeatedCursorStops()
{
    int next = 0;
    FakeRoomArchive fake(m_alice.get(), [&](const ArchiveQuery &, int) {
        Page p;
        p.items = { item(QStringLiteral("r%1").arg(next++)), item(QStringLiteral("r%1").arg(next++)) };
        p.last = QStringLiteral("same");
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("cursor")), qPrintable(r.error));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.fetched, 4);
    QCOMPARE(r.stored, 4);
    QCOMPARE(fake.queries.size(), 2);
    QCOMPARE(fake.queries[0].after, QStringLiteral("start-id"));
    QCOMPARE(fake.queries[1].after, QStringLiteral("same"));
    QCOMPARE(history(Liar).size(), 4);
    QCOMPARE(history(Liar).first().sender, QStringLiteral("mallory"));
}

void TestRoomArchiveLiars::neverCompleteStopsAtTheLimit()
{
    m_archive->setMaxPages(5);
    int next = 0;
    FakeRoomArchive fake(m_alice.get(), [&](const ArchiveQuery &, int) {
        Page p;
        p.items = { item(QStringLiteral("r%1").arg(next++)), item(QStringLiteral("r%1").arg(next++)) };
        p.last = p.items.last().id;
        p.count = 3; // a lie, and ignored
        return p;
    });
    const FetchResult r = fetch(Liar, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("limit")), qPrintable(r.error));
    QCOMPARE(r.mode, Mode::SinceTime);
    QCOMPARE(r.pages, 5);
    QCOMPARE(r.fetched, 10);
    QCOMPARE(fake.queries.size(), 5);
    QVERIFY(!fake.queries[0].start.isEmpty());
    QCOMPARE(fake.queries[0].after, QString());
    QCOMPARE(fake.queries[4].after, QStringLiteral("r7"));
    QCOMPARE(fake.queries[4].start, fake.queries[0].start);
}

void TestRoomArchiveLiars::emptyIncompletePageStops()
{
    FakeRoomArchive fake(m_alice.get(), [](const ArchiveQuery &, int) {
        Page p;
        p.last = QStringLiteral("somewhere");
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("empty")), qPrintable(r.error));
    QCOMPARE(r.pages, 1);
    QCOMPARE(fake.queries.size(), 1);
}

void TestRoomArchiveLiars::missingLastStops()
{
    int next = 0;
    FakeRoomArchive fake(m_alice.get(), [&](const ArchiveQuery &, int) {
        Page p;
        p.items = { item(QStringLiteral("r%1").arg(next++)) };
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("<last>")), qPrintable(r.error));
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.stored, 1);
    QCOMPARE(fake.queries.size(), 1);
}

void TestRoomArchiveLiars::repeatedPageStops()
{
    FakeRoomArchive fake(m_alice.get(), [](const ArchiveQuery &, int index) {
        Page p; // ignores <after>: the same results under a new cursor every time
        p.items = { item(QStringLiteral("a")), item(QStringLiteral("b")) };
        p.last = QStringLiteral("cursor-%1").arg(index);
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("repeated a page")), qPrintable(r.error));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.fetched, 2);
    QCOMPARE(r.stored, 2);
}

void TestRoomArchiveLiars::tooManyResultsStop()
{
    m_archive->setPageSize(2);
    FakeRoomArchive fake(m_alice.get(), [](const ArchiveQuery &, int) {
        Page p;
        p.items = { item(QStringLiteral("a")), item(QStringLiteral("b")), item(QStringLiteral("c")) };
        p.last = QStringLiteral("c");
        return p;
    });
    const FetchResult r = fetch(Liar, {}, {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("more than 2")), qPrintable(r.error));
    QCOMPARE(r.fetched, 2);
    QCOMPARE(fake.queries.size(), 1);
    QVERIFY(fake.queries[0].hasBefore);
}

void TestRoomArchiveLiars::forgedResultsAreDropped()
{
    FakeRoomArchive fake(m_alice.get(), [](const ArchiveQuery &, int) {
        Page p;
        Item genuine = item(QStringLiteral("genuine"));
        Item occupant = item(QStringLiteral("from-occupant")); // a private message through the room
        occupant.from = Liar + QStringLiteral("/mallory");
        Item stranger = item(QStringLiteral("from-stranger"));
        stranger.from = QStringLiteral("eve@localhost");
        Item otherQuery = item(QStringLiteral("other-query"));
        otherQuery.queryId = QStringLiteral("not-ours");
        Item otherRoom = item(QStringLiteral("other-room")); // the room vouches for another room's message
        otherRoom.room = QStringLiteral("elsewhere@conference.localhost");
        p.items = { occupant, genuine, stranger, otherQuery, otherRoom };
        p.complete = true;
        p.last = QStringLiteral("other-room");
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.fetched, 2); // genuine and other-room came from the archive for our query
    QCOMPARE(r.stored, 1);
    const QVector<Message> stored = history(Liar);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].body, QStringLiteral("body of genuine"));
    QCOMPARE(stored[0].stanzaId, QStringLiteral("genuine"));
    QCOMPARE(stored[0].stanzaIdBy, Liar);
    QCOMPARE(history(QStringLiteral("elsewhere@conference.localhost")).size(), 0);
}

void TestRoomArchiveLiars::silentArchiveTimesOut()
{
    m_alice->insertExtension(0, new DropRepliesFrom(Liar));
    m_archive->setIqTimeout(300);
    QElapsedTimer timer;
    timer.start();
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("no answer")), qPrintable(r.error));
    QCOMPARE(r.pages, 0);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(m_archive->activeFetches(), 0);
}

QTEST_GUILESS_MAIN(TestRoomArchiveLiars)
#include "tst_room_archive_liars.moc"
