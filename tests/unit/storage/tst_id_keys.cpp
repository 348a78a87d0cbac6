// Migration 0004: keyed id hashes for de-duplication (IdKey) and search indexing that trails the
// inserts (search_pending). Real SQLite files.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/IdKey.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "storage/SqliteConnection.h"

#include <QTemporaryDir>
#include <QtTest>

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
        Statement st
            = c.prepare(QStringLiteral("SELECT account, conversation, origin_id, origin_key, "
                                       "stanza_id_by, stanza_id, stanza_key FROM messages ORDER BY id"));
        while (st.step()) {
            same << (st.columnInt64(3)
                == IdKey::origin(key, st.columnText(0), st.columnText(1), st.columnText(2)));
            same << (st.columnIsNull(5) ? st.columnIsNull(6)
                                        : st.columnInt64(6)
                        == IdKey::stanza(
                            key, st.columnText(0), st.columnText(1), st.columnText(4), st.columnText(5)));
        }
        same << (key.size() == 16);
        same << (c.queryInt64(QStringLiteral("SELECT count(*) FROM search_pending")) == 0);
        return same;
    });
    QVERIFY(rows);
    QCOMPARE(rows->size(), 6); // two rows, two keys each, the key, the queue
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
    // Give row a the keys that id-b and its stanza-id will have: a collision, as if it happened.
    QVERIFY(runAndWait(db, [](SqliteConnection &c) {
        const QByteArray key = IdKey::databaseKey(c);
        Statement st = c.prepare(QStringLiteral("UPDATE messages SET origin_key = ?1, stanza_key = ?2"));
        st.bind(1, IdKey::origin(key, me, alice, QStringLiteral("id-b")))
            .bind(2, IdKey::stanza(key, me, alice, me, QStringLiteral("s-b")));
        return st.exec();
    }).value_or(false));
    const StoreResult b = store(
        s, makeMessage(alice, QStringLiteral("b"), QStringLiteral("id-b"), QStringLiteral("s-b"), me));
    QVERIFY(b.inserted);
    QVERIFY(b.rowId != a.rowId);
    // And a real copy of b is still one.
    QCOMPARE(store(s, makeMessage(alice, QStringLiteral("b"), QStringLiteral("id-b"))).rowId, b.rowId);
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

QTEST_GUILESS_MAIN(TestIdKeys)
#include "tst_id_keys.moc"
