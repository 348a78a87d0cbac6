// Room events are not searched (migration 0006): a schema-5 database whose event rows were
// indexed, or still queued, loses them from the index when it is opened; event rows stored since
// are neither queued nor indexed, while messages still are; deleting and editing event rows leaves
// the index whole; and a repaired database queues no event row. Real SQLite files.
#include "SearchFixture.h"
#include "StorageTestUtils.h"
#include "storage/DatabaseRepair.h"
#include "storage/Migrations.h"
#include "storage/SqliteConnection.h"

#include <QtTest>

#include <sqlite3.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

/// An event row as RoomService stores one (RoomEventRow): the occupant as sender, the detail as body.
Message eventRow(qint64 serverMs, const QString &type, const QString &nick, const QString &detail)
{
    Message m = makeMessage(room, serverMs, detail);
    m.kind = Message::Kind::RoomEvent;
    m.sender = nick;
    m.originId = QStringLiteral("room-event:%1:%2").arg(type).arg(serverMs);
    return m;
}

/// One number from `path` through a connection of its own, so that no Database indexes meanwhile.
qint64 rawCount(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return value;
}

const QString queuedEvents = QStringLiteral(
    "SELECT count(*) FROM search_pending AS p JOIN messages AS m ON m.id = p.message WHERE m.kind = 3");
// FTS5 compares the index with its content table, row by row: with the event rows gone from
// messages (the triggers must not touch the index for them), they must be missing from it too.
const QString dropEventsAndCheck
    = QStringLiteral("DELETE FROM messages WHERE kind = 3; "
                     "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1);");

} // namespace

class TestRoomEventSearch : public QObject, public SearchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void migrationTakesEventsOutOfTheIndex();
    void newEventRowsAreNotIndexed();
    void repairQueuesNoEvents();

private:
    int hitCount(const QString &query)
    {
        const Hits hits = search(query);
        if (hits.second.isError())
            return -1;
        for (const SearchHit &hit : hits.first) {
            if (hit.kind == Message::Kind::RoomEvent)
                return -2;
        }
        return hits.first.size();
    }
};

void TestRoomEventSearch::migrationTakesEventsOutOfTheIndex()
{
    // A file of a build that knew migrations 0001-0005 and indexed event rows like messages:
    // the older rows are indexed, the newest still wait in search_pending.
    m_store.reset();
    m_db.reset();
    const QString file = m_dir->filePath(QStringLiteral("v5.sqlite"));
    {
        Database old(builtinMigrations().mid(0, 5));
        QVERIFY(openAndWait(old, file).ok);
    }
    QVERIFY(rawExec(file,
        QStringLiteral(
            "INSERT INTO messages (account, conversation, kind, sender, origin_id, body, server_ts, "
            "local_ts) "
            "VALUES "
            "('me@example.org', 'room@muc.example.org', 1, 'carol', 'm1', 'tea with carol tomorrow', 1, 1), "
            "('me@example.org', 'room@muc.example.org', 3, 'bob', 'room-event:subject:a', "
            "'Quarterly zeppelin review', 2, 2), "
            "('me@example.org', 'room@muc.example.org', 3, 'bob', 'room-event:nick:b', 'marmaduke', 3, 3); "
            "INSERT INTO messages_fts (rowid, body) SELECT id, body FROM messages; "
            "INSERT INTO messages (account, conversation, kind, sender, origin_id, body, server_ts, "
            "local_ts) "
            "VALUES "
            "('me@example.org', 'room@muc.example.org', 3, 'dave', 'room-event:kicked:c', 'flooding', 4, 4), "
            "('me@example.org', 'room@muc.example.org', 1, 'carol', 'm2', 'and biscuits', 5, 5); "
            "INSERT INTO search_pending (message) SELECT id FROM messages WHERE id > 3;")));
    QCOMPARE(rawCount(file,
                 QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zeppelin'")),
        qint64(1));

    m_db = std::make_unique<Database>();
    const OpenOutcome outcome = openAndWait(*m_db, file);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(rawCount(file, queuedEvents), qint64(0));
    m_store = std::make_unique<MessageStore>(m_db.get());
    for (const QString &word :
        { QStringLiteral("zeppelin"), QStringLiteral("marmaduke"), QStringLiteral("flooding") })
        QVERIFY2(hitCount(word) == 0, qPrintable(word));
    QCOMPARE(hitCount(QStringLiteral("tea")), 1);
    QCOMPARE(hitCount(QStringLiteral("biscuits")), 1);
    QVERIFY(exec(dropEventsAndCheck));
    QCOMPARE(hitCount(QStringLiteral("carol")), 1);
}

void TestRoomEventSearch::newEventRowsAreNotIndexed()
{
    const QVector<Message> rows { makeMessage(room, baseMs, QStringLiteral("who brought the teapot")),
        eventRow(baseMs + 1, QStringLiteral("subject"), QStringLiteral("bob"),
            QStringLiteral("Teapot zeppelin review")),
        eventRow(baseMs + 2, QStringLiteral("kicked"), QStringLiteral("dave"), QStringLiteral("flooding")),
        makeMessage(room, baseMs + 3, QStringLiteral("the zeppelin is late")) };
    QVector<qint64> ids;
    QObject context;
    m_store->storeBatch(rows, &context, [&ids](const QVector<StoreResult> &results) {
        for (const StoreResult &r : results)
            ids << (r.inserted ? r.rowId : 0);
    });
    // Not even queued, the index never hears of them. Asked right behind the store, before the
    // idle storage thread indexes (and empties) the queue.
    const auto queued = runAndWait(*m_db, [](SqliteConnection &c) { return c.queryInt64(queuedEvents); });
    QCOMPARE(ids.size(), rows.size());
    QVERIFY(!ids.contains(0));
    QCOMPARE(queued.value_or(-1), qint64(0));
    QCOMPARE(hitCount(QStringLiteral("teapot")), 1);
    QCOMPARE(hitCount(QStringLiteral("zeppelin")), 1);
    QCOMPARE(hitCount(QStringLiteral("flooding")), 0);
    QCOMPARE(hitCount(QStringLiteral("review")), 0);

    // An edited event stays out; an edited message is found by its new words.
    QVERIFY(exec(QStringLiteral("UPDATE messages SET body = 'flooding again' WHERE id = %1").arg(ids[2])));
    QVERIFY(
        exec(QStringLiteral("UPDATE messages SET body = 'the airship is late' WHERE id = %1").arg(ids[3])));
    QCOMPARE(hitCount(QStringLiteral("flooding")), 0);
    QCOMPARE(hitCount(QStringLiteral("airship")), 1);
    QCOMPARE(hitCount(QStringLiteral("zeppelin")), 0);
    QVERIFY(exec(dropEventsAndCheck));
    QVERIFY(exec(QStringLiteral("DELETE FROM messages WHERE id = %1").arg(ids[0])));
    QCOMPARE(hitCount(QStringLiteral("teapot")), 0);
    QVERIFY(
        exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestRoomEventSearch::repairQueuesNoEvents()
{
    storeAll({ makeMessage(room, baseMs, QStringLiteral("kept and found")),
        eventRow(baseMs + 1, QStringLiteral("subject"), QStringLiteral("bob"), QStringLiteral("zeppelin")) });
    m_store.reset();
    m_db.reset();
    const QString file = m_dir->filePath(QStringLiteral("messages.sqlite"));
    const DatabaseRepair::Result result = DatabaseRepair::repair(file, QDateTime::currentDateTimeUtc());
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
    // The new file's queue is the whole search index to come: messages, no events.
    QCOMPARE(rawCount(file, QStringLiteral("SELECT count(*) FROM messages WHERE kind = 3")), qint64(1));
    QCOMPARE(rawCount(file, queuedEvents), qint64(0));
    QCOMPARE(rawCount(file, QStringLiteral("SELECT count(*) FROM search_pending")), qint64(1));
    m_db = std::make_unique<Database>();
    QVERIFY(openAndWait(*m_db, file).ok);
    m_store = std::make_unique<MessageStore>(m_db.get());
    QCOMPARE(hitCount(QStringLiteral("found")), 1);
    QCOMPARE(hitCount(QStringLiteral("zeppelin")), 0);
}

QTEST_GUILESS_MAIN(TestRoomEventSearch)
#include "tst_room_event_search.moc"
