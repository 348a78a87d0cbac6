// Migration 0004: keyed id hashes for de-duplication (IdKey) and search indexing that trails the
// inserts (search_pending). Real SQLite files.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/IdKey.h"
#include "storage/KeyFilter.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "storage/SqliteConnection.h"

#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString me = QStringLiteral("me@example.org");
const QString alice = QStringLiteral("alice@example.org");
const QString room = QStringLiteral("tea@conference.example.org");

Message makeMessage(const QString &conversation, const QString &body, const QString &originId,
    const QString &stanzaId = {}, const QString &by = {})
{
    Message m;
    m.account = me;
    m.conversation = conversation;
    m.body = body;
    m.originId = originId;
    m.stanzaId = stanzaId;
    m.stanzaIdBy = by;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    return m;
}

QByteArray bytes(int n)
{
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b.append(char(i));
    return b;
}

} // namespace

class TestIdKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sipHashMatchesTheReferenceVectors();
    void keysDependOnEveryPartAndTheDatabaseKey();
    void migrationKeysExistingRowsAsTheCodeDoes();
    void collidingKeysNeverMergeDifferentMessages();
    void reusedRowIdIsIndexedForSearch();
    void keysOutliveTheConnection();
    void keysOfARolledBackGroupAreNotWritten();
    void filterNeverForgetsAKey();

private:
    StoreResult store(MessageStore &s, const Message &m)
    {
        return waitForCallback<StoreResult>([&](QObject *ctx, auto done) {
            s.store(m, ctx, done);
        }).value_or(StoreResult { false, 0, StorageError(StorageError::Other, QStringLiteral("timeout")) });
    }
    int hits(MessageStore &s, const QString &query)
    {
        using Hits = QPair<QVector<SearchHit>, StorageError>;
        const auto result = waitForCallback<Hits>([&](QObject *ctx, auto done) {
            s.search(me, query, {}, 50, ctx,
                [done](const QVector<SearchHit> &h, const StorageError &e) { done(Hits(h, e)); });
        });
        return result && !result->second.isError() ? result->first.size() : -1;
    }

    QTemporaryDir m_dir;
};

void TestIdKeys::sipHashMatchesTheReferenceVectors()
{
    // Appendix A of the SipHash paper: key 00 01 .. 0f; messages 00 01 .. (n-1).
    const QByteArray key = bytes(16);
    QCOMPARE(IdKey::sipHash24(key, bytes(0)), Q_UINT64_C(0x726fdb47dd0e0e31));
    QCOMPARE(IdKey::sipHash24(key, bytes(1)), Q_UINT64_C(0x74f839c593dc67fd));
    QCOMPARE(IdKey::sipHash24(key, bytes(8)), Q_UINT64_C(0x93f5f5799a932462));
    QCOMPARE(IdKey::sipHash24(key, bytes(15)), Q_UINT64_C(0xa129ca6149be45e5));
}

void TestIdKeys::keysDependOnEveryPartAndTheDatabaseKey()
{
    const QByteArray k1 = bytes(16);
    QByteArray k2 = k1;
    k2[0] = 'x';
    const qint64 base = IdKey::origin(k1, me, alice, QStringLiteral("id"));
    QCOMPARE(IdKey::origin(k1, me, alice, QStringLiteral("id")), base);
    QVERIFY(IdKey::origin(k2, me, alice, QStringLiteral("id")) != base);
    QVERIFY(IdKey::origin(k1, me, room, QStringLiteral("id")) != base);
    QVERIFY(IdKey::origin(k1, alice, alice, QStringLiteral("id")) != base);
    QVERIFY(IdKey::stanza(k1, me, alice, QString(), QStringLiteral("id")) != base);
    // Lengths are part of the encoding: moving a character between parts changes the key.
    QVERIFY(IdKey::stanza(k1, me, alice, QStringLiteral("ab"), QStringLiteral("c"))
        != IdKey::stanza(k1, me, alice, QStringLiteral("a"), QStringLiteral("bc")));
}

void TestIdKeys::migrationKeysExistingRowsAsTheCodeDoes()
{
    // A file written by a build that knew migrations 0001-0003, holding messages.
    const QString file = m_dir.filePath(QStringLiteral("v3.sqlite"));
    {
        Database old(builtinMigrations().mid(0, 3));
        QVERIFY(openAndWait(old, file).ok);
    }
    // As the store of those builds wrote them: ids in text columns, bodies indexed at once.
    QVERIFY(rawExec(file,
        QStringLiteral(
            "INSERT INTO messages (account, conversation, origin_id, stanza_id, stanza_id_by, body, "
            "server_ts, local_ts) VALUES "
            "('me@example.org', 'alice@example.org', 'o-1', NULL, NULL, 'old chat about teapots', 1, 1), "
            "('me@example.org', 'tea@conference.example.org', 'o-2', 's-2', 'tea@conference.example.org', "
            "'old room talk about teapots', 2, 2); "
            "INSERT INTO messages_fts (rowid, body) SELECT id, body FROM messages;")));
    Database db;
    const OpenOutcome outcome = openAndWait(db, file);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.schemaVersion, Database::latestSchemaVersion());
    const auto rows = runAndWait(db, [](SqliteConnection &c) {
        QVector<bool> same;
        const QByteArray key = IdKey::databaseKey(c);
        auto has = [&c](qint64 k, qint64 message) {
            Statement st
                = c.prepare(QStringLiteral("SELECT 1 FROM message_keys WHERE key = ?1 AND message = ?2"));
            st.bind(1, k).bind(2, message);
            return st.step();
        };
        Statement st = c.prepare(QStringLiteral("SELECT id, account, conversation, origin_id, stanza_id_by, "
                                                "stanza_id FROM messages ORDER BY id"));
        while (st.step()) {
            const qint64 id = st.columnInt64(0);
            same << has(IdKey::origin(key, st.columnText(1), st.columnText(2), st.columnText(3)), id);
            if (!st.columnIsNull(5))
                same << has(IdKey::stanza(
                                key, st.columnText(1), st.columnText(2), st.columnText(4), st.columnText(5)),
                    id);
        }
        same << (c.queryInt64(QStringLiteral("SELECT count(*) FROM message_keys_all")) == 3);
        same << (key.size() == 16);
        same << (c.queryInt64(QStringLiteral("SELECT count(*) FROM search_pending")) == 0);
        return same;
    });
    QVERIFY(rows);
    QCOMPARE(rows->size(), 6); // three keys found, their count, the hash key, the search queue
    for (bool same : *rows)
        QVERIFY(same);

    MessageStore s(&db);
    // Copies of the old messages, by either id, are recognised through the new keys.
    QVERIFY(!store(s, makeMessage(alice, QStringLiteral("copy"), QStringLiteral("o-1"))).inserted);
    QVERIFY(!store(s, makeMessage(room, QStringLiteral("copy"), {}, QStringLiteral("s-2"), room)).inserted);
    // Old messages stay searchable; a new one is found too (indexed before the search runs).
    QVERIFY(store(s, makeMessage(alice, QStringLiteral("new teapots"), QStringLiteral("o-3"))).inserted);
    QCOMPARE(hits(s, QStringLiteral("teapots")), 3);
    QVERIFY(runAndWait(db, [](SqliteConnection &c) {
        return c
            .execScript(
                QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"))
            .isError();
    }) == std::optional<bool>(false));
}

void TestIdKeys::collidingKeysNeverMergeDifferentMessages()
{
    Database db;
    QVERIFY(openAndWait(db, m_dir.filePath(QStringLiteral("collide.sqlite"))).ok);
    MessageStore s(&db);
    const StoreResult a = store(s, makeMessage(alice, QStringLiteral("a"), QStringLiteral("id-a")));
    QVERIFY(a.inserted);
    // Make the keys that id-b and its stanza-id will have name row a too: a collision, as if it
    // happened.
    QVERIFY(runAndWait(db, [id = a.rowId](SqliteConnection &c) {
        const QByteArray key = IdKey::databaseKey(c);
        Statement st
            = c.prepare(QStringLiteral("INSERT INTO message_keys (key, message) VALUES (?1, ?3), (?2, ?3)"));
        st.bind(1, IdKey::origin(key, me, alice, QStringLiteral("id-b")))
            .bind(2, IdKey::stanza(key, me, alice, me, QStringLiteral("s-b")))
            .bind(3, id);
        return st.exec();
    }).value_or(false));
    const StoreResult b = store(
        s, makeMessage(alice, QStringLiteral("b"), QStringLiteral("id-b"), QStringLiteral("s-b"), me));
    QVERIFY(b.inserted);
    QVERIFY(b.rowId != a.rowId);
    // And a real copy of b is still one.
    QCOMPARE(store(s, makeMessage(alice, QStringLiteral("b"), QStringLiteral("id-b"))).rowId, b.rowId);
    // Copies inside one batch are found too, and a later copy completes the earlier one's ids.
    const auto batch = waitForCallback<QVector<StoreResult>>([&](QObject *ctx, auto done) {
        s.storeBatch(
            { makeMessage(alice, QStringLiteral("c"), QStringLiteral("id-c")),
                makeMessage(alice, QStringLiteral("c"), QStringLiteral("id-c"), QStringLiteral("s-c"), me),
                makeMessage(alice, QStringLiteral("c"), {}, QStringLiteral("s-c"), me) },
            ctx, done);
    });
    QVERIFY(batch && batch->size() == 3);
    QVERIFY(batch->at(0).inserted);
    QVERIFY(!batch->at(1).inserted && !batch->at(2).inserted);
    QCOMPARE(batch->at(1).rowId, batch->at(0).rowId);
    QCOMPARE(batch->at(2).rowId, batch->at(0).rowId);
}

void TestIdKeys::reusedRowIdIsIndexedForSearch()
{
    // SQLite gives a new row the id of a deleted newest row: a "rows above N are not indexed"
    // mark would miss it, and deleting it later would corrupt the external-content index.
    Database db;
    QVERIFY(openAndWait(db, m_dir.filePath(QStringLiteral("reuse.sqlite"))).ok);
    MessageStore s(&db);
    const StoreResult first = store(s, makeMessage(alice, QStringLiteral("kiwi one"), QStringLiteral("r-1")));
    const StoreResult second
        = store(s, makeMessage(alice, QStringLiteral("kiwi two"), QStringLiteral("r-2")));
    QCOMPARE(hits(s, QStringLiteral("kiwi")), 2); // both indexed now
    QVERIFY(runAndWait(db, [id = second.rowId](SqliteConnection &c) {
        Statement st = c.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?1"));
        st.bind(1, id);
        return st.exec();
    }).value_or(false));
    const StoreResult third = store(s, makeMessage(alice, QStringLiteral("mango"), QStringLiteral("r-3")));
    QCOMPARE(third.rowId, second.rowId);
    QCOMPARE(hits(s, QStringLiteral("kiwi")), 1);
    QCOMPARE(hits(s, QStringLiteral("mango")), 1);
    // Deleting a row that is still waiting to be indexed leaves the index sound.
    const StoreResult fourth = store(s, makeMessage(alice, QStringLiteral("papaya"), QStringLiteral("r-4")));
    const auto ok = runAndWait(db, [id = fourth.rowId](SqliteConnection &c) {
        Statement st = c.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?1"));
        st.bind(1, id);
        return st.exec()
            && !c.execScript(
                     QStringLiteral(
                         "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"))
                    .isError();
    });
    QVERIFY(ok.value_or(false));
    QCOMPARE(hits(s, QStringLiteral("papaya")), 0);
    QCOMPARE(hits(s, QStringLiteral("mango")), 1);
    Q_UNUSED(first);
}

void TestIdKeys::keysOutliveTheConnection()
{
    // Keys are written when the transaction commits, all at once: a copy that comes after a
    // restart must still be recognised, in a small batch and in a large one (which loads the
    // key filter).
    const QString file = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    QVector<Message> first;
    for (int i = 0; i < 200; ++i)
        first << makeMessage(room, QStringLiteral("m%1").arg(i), QStringLiteral("o%1").arg(i),
            QStringLiteral("s%1").arg(i), room);
    {
        Database db;
        QVERIFY(openAndWait(db, file).ok);
        MessageStore s(&db);
        const auto stored = waitForCallback<QVector<StoreResult>>(
            [&](QObject *ctx, auto done) { s.storeBatch(first, ctx, done); });
        QVERIFY(stored && stored->size() == 200 && stored->last().inserted);
    }
    Database db;
    QVERIFY(openAndWait(db, file).ok);
    MessageStore s(&db);
    // One copy by stanza-id only (an archive copy of a live message without origin-id) ...
    QVERIFY(!store(s, makeMessage(room, QStringLiteral("m7"), {}, QStringLiteral("s7"), room)).inserted);
    // ... and all of them again, by origin-id only, next to 100 new ones.
    QVector<Message> again;
    for (int i = 0; i < 300; ++i)
        again << makeMessage(room, QStringLiteral("m%1").arg(i), QStringLiteral("o%1").arg(i));
    const auto results = waitForCallback<QVector<StoreResult>>(
        [&](QObject *ctx, auto done) { s.storeBatch(again, ctx, done); });
    QVERIFY(results && results->size() == 300);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(results->at(i).inserted, i >= 200);
}

void TestIdKeys::keysOfARolledBackGroupAreNotWritten()
{
    Database db;
    QVERIFY(openAndWait(db, m_dir.filePath(QStringLiteral("rollback.sqlite"))).ok);
    MessageStore s(&db);
    // A trigger that fails the second of two writes that share one transaction...
    QVERIFY(runAndWait(db, [](SqliteConnection &c) {
        return !c.execScript(QStringLiteral("CREATE TRIGGER fail_kiwi BEFORE INSERT ON messages "
                                            "WHEN new.body = 'fail' BEGIN SELECT RAISE(ABORT, 'test'); END;"))
                    .isError();
    }).value_or(false));
    db.run([](SqliteConnection &) { QThread::msleep(100); }); // let the two queue up as one group
    std::optional<StoreResult> ok;
    std::optional<StoreResult> failed;
    QObject context;
    s.store(makeMessage(alice, QStringLiteral("fine"), QStringLiteral("k-1")), &context,
        [&](const StoreResult &r) { ok = r; });
    s.store(makeMessage(alice, QStringLiteral("fail"), QStringLiteral("k-2")), &context,
        [&](const StoreResult &r) { failed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(ok && failed, asyncTimeoutMs);
    QVERIFY(ok->inserted);
    QVERIFY(!failed->inserted && failed->error.isError());
    // ... only its own savepoint is undone: k-1 is stored and keyed, k-2 neither.
    const auto keyed = runAndWait(db, [](SqliteConnection &c) {
        return c.queryInt64(QStringLiteral("SELECT count(*) FROM message_keys_all")) * 10
            + c.queryInt64(QStringLiteral("SELECT count(*) FROM messages"));
    });
    QCOMPARE(keyed.value_or(-1), qint64(11));
    QVERIFY(!store(s, makeMessage(alice, QStringLiteral("again"), QStringLiteral("k-1"))).inserted);
    QVERIFY(store(s, makeMessage(alice, QStringLiteral("now fine"), QStringLiteral("k-2"))).inserted);
}

void TestIdKeys::filterNeverForgetsAKey()
{
    KeyFilter filter(1000);
    std::mt19937_64 random(42);
    std::vector<qint64> added;
    for (int i = 0; i < 1000; ++i) {
        added.push_back(qint64(random()));
        filter.add(added.back());
    }
    for (qint64 key : added)
        QVERIFY(filter.mayContain(key));
    int falsePositives = 0;
    for (int i = 0; i < 100000; ++i)
        falsePositives += filter.mayContain(qint64(random())) ? 1 : 0;
    QVERIFY2(falsePositives < 1000, qPrintable(QString::number(falsePositives))); // sized for ~1 %
    QVERIFY(!filter.isFull());
}

QTEST_GUILESS_MAIN(TestIdKeys)
#include "tst_id_keys.moc"
