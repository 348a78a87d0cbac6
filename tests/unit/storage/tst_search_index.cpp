// The search index and the store around it (MessageStore::around/historyAfter): hits open in
// context, the index follows updates, deletes and migrations, huge and malformed bodies, query plans.
#include "SearchFixture.h"
#include "StorageTestUtils.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestSearchIndex : public QObject, public SearchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void hitOpensInContext();
    void historyAfterPagesForward();
    void indexFollowsUpdateAndDelete();
    void migrationIndexesExistingMessages();
    void tenMegabyteBodyIsStoredAndSearchable();
    void malformedTextNeverCrashes();
    void searchPlansAvoidSortsAndScans();
};

void TestSearchIndex::hitOpensInContext()
{
    QVector<Message> messages;
    for (int i = 0; i < 20; ++i)
        messages << makeMessage(
            alice, baseMs + i * 1000, i == 10 ? QStringLiteral("the lighthouse") : QString::number(i));
    messages << makeMessage(bob, baseMs + 10500, QStringLiteral("not in alice's chat"));
    QVector<qint64> ids;
    storeAll(messages, &ids);
    const Hits hits = search(QStringLiteral("lighthouse"));
    QCOMPARE(hits.first.size(), 1);
    const SearchHit hit = hits.first.first();
    QCOMPARE(hit.rowId, ids[10]);
    QCOMPARE(hit.position.rowId, ids[10]);
    QCOMPARE(hit.position.serverTimeMs, baseMs + 10000);
    QCOMPARE(hit.serverTime, QDateTime::fromMSecsSinceEpoch(baseMs + 10000, Qt::UTC));
    QCOMPARE(hit.sender, alice + QStringLiteral("/phone"));
    QCOMPARE(hit.direction, Message::Direction::Incoming);

    Page page = around(hit.conversation, hit.rowId, 3, 2);
    QVERIFY(!page.second.isError());
    QCOMPARE(bodiesOf(page.first),
        (QStringList { QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
            QStringLiteral("the lighthouse"), QStringLiteral("11"), QStringLiteral("12") }));
    // At the edges the page is simply shorter.
    page = around(alice, ids[1], 5, 0);
    QCOMPARE(bodiesOf(page.first), (QStringList { QStringLiteral("0"), QStringLiteral("1") }));
    // The cursor also pages back through history().
    const auto before = waitForCallback<Page>([&](QObject *ctx, auto done) {
        m_store->history(me, alice, 2, hit.position, ctx,
            [done](const QVector<Message> &m, const StorageError &e) { done(Page(m, e)); });
    });
    QCOMPARE(bodiesOf(before->first), (QStringList { QStringLiteral("8"), QStringLiteral("9") }));
    // A row of another conversation, or none at all, is an error rather than a wrong page.
    page = around(alice, ids.last(), 1, 1);
    QVERIFY(page.second.isError());
    QVERIFY(page.first.isEmpty());
    QVERIFY(around(alice, 999999, 1, 1).second.isError());
}

void TestSearchIndex::historyAfterPagesForward()
{
    QVector<Message> messages;
    for (int i = 0; i < 23; ++i)
        messages << makeMessage(alice, baseMs + (i / 2) * 1000, QString::number(i)); // pairs share a time
    std::reverse(messages.begin(), messages.end()); // row ids against time
    storeAll(messages);
    QStringList seen;
    HistoryCursor cursor;
    for (int pages = 0; pages < 10; ++pages) {
        const auto page = waitForCallback<Page>([&](QObject *ctx, auto done) {
            m_store->historyAfter(me, alice, 5, cursor, ctx,
                [done](const QVector<Message> &m, const StorageError &e) { done(Page(m, e)); });
        });
        QVERIFY(page && !page->second.isError());
        if (page->first.isEmpty())
            break;
        seen += bodiesOf(page->first);
        cursor = HistoryCursor::from(page->first.last());
    }
    QCOMPARE(seen.size(), 23);
    QStringList sortedByTime = seen;
    std::stable_sort(sortedByTime.begin(), sortedByTime.end(),
        [](const QString &a, const QString &b) { return a.toInt() / 2 < b.toInt() / 2; });
    QCOMPARE(seen, sortedByTime);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 23);
}

void TestSearchIndex::indexFollowsUpdateAndDelete()
{
    QVector<qint64> ids;
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("original wording")),
                 makeMessage(alice, baseMs + 1, QStringLiteral("doomed message")),
                 makeMessage(alice, baseMs + 2, QStringLiteral("unrelated")) },
        &ids);
    QCOMPARE(search(QStringLiteral("original")).first.size(), 1);
    QVERIFY(exec(QStringLiteral("UPDATE messages SET body = 'corrected wording' WHERE id = %1").arg(ids[0])));
    QCOMPARE(search(QStringLiteral("original")).first.size(), 0);
    QCOMPARE(search(QStringLiteral("corrected")).first.size(), 1);
    QCOMPARE(
        search(QStringLiteral("corrected")).first.first().snippet, QStringLiteral("[corrected] wording"));
    QCOMPARE(search(QStringLiteral("wording")).first.size(), 1);

    // Updates of other columns (delivery state, ids) leave the index alone.
    QVERIFY(exec(QStringLiteral("UPDATE messages SET state = 3, origin_id = 'x' WHERE id = %1").arg(ids[0])));
    QCOMPARE(search(QStringLiteral("corrected")).first.size(), 1);

    QVERIFY(exec(QStringLiteral("DELETE FROM messages WHERE id = %1").arg(ids[1])));
    QCOMPARE(search(QStringLiteral("doomed")).first.size(), 0);
    QCOMPARE(search(QStringLiteral("message")).first.size(), 0);

    // FTS5's own check compares the index with the content table.
    QVERIFY(
        exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));

    // A rolled-back batch leaves no index entries behind.
    Message invalid = makeMessage(alice, baseMs + 3, QStringLiteral("phantom"));
    Message dup = makeMessage(alice, baseMs + 4, QStringLiteral("phantom two"));
    QVERIFY(exec(
        QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON messages WHEN new.body = 'phantom two' "
                       "BEGIN SELECT RAISE(ABORT, 'test'); END;")));
    const auto results = waitForCallback<QVector<StoreResult>>([&](QObject *ctx, auto done) {
        m_store->storeBatch({ invalid, dup }, ctx, done);
    });
    QVERIFY(results && results->first().error.isError());
    QCOMPARE(search(QStringLiteral("phantom")).first.size(), 0);
    QVERIFY(
        exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestSearchIndex::migrationIndexesExistingMessages()
{
    // A database written by a build that knew only migration 0001 already holds messages.
    const QString file = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        Database old(builtinMigrations().mid(0, 1));
        QVERIFY(openAndWait(old, file).ok);
    }
    QVERIFY(rawExec(file,
        QStringLiteral("INSERT INTO messages (account, conversation, body, server_ts, local_ts) VALUES "
                       "('me@example.org', 'alice@example.org', 'written before search existed', 1, 1), "
                       "('me@example.org', 'alice@example.org', 'another old one', 2, 2);")));
    Database db;
    const OpenOutcome outcome = openAndWait(db, file);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.schemaVersion, Database::latestSchemaVersion());
    MessageStore store(&db);
    const auto hits = waitForCallback<Hits>([&](QObject *ctx, auto done) {
        store.search(me, QStringLiteral("before"), {}, 10, ctx,
            [done](const QVector<SearchHit> &h, const StorageError &e) { done(Hits(h, e)); });
    });
    QVERIFY(hits && !hits->second.isError());
    QCOMPARE(hits->first.size(), 1);
    QCOMPARE(hits->first.first().snippet, QStringLiteral("written [before] search existed"));
}

void TestSearchIndex::tenMegabyteBodyIsStoredAndSearchable()
{
    // Stored as it is: SQLite takes up to 1 GB per value, and XMPP servers cap stanzas far below.
    QString body;
    body.reserve(10 * 1024 * 1024 + 64);
    const QString filler = QStringLiteral("lorem ipsum dolor sit amet ");
    while (body.size() < 10 * 1024 * 1024)
        body += filler;
    body += QStringLiteral("zebracorn at the very end");
    QVector<qint64> ids;
    QElapsedTimer timer;
    timer.start();
    storeAll(
        { makeMessage(alice, baseMs, body), makeMessage(alice, baseMs + 1, QStringLiteral("small")) }, &ids);
    qInfo("stored a %d-character body in %lld ms", int(body.size()), timer.restart());
    const Hits hits = search(QStringLiteral("zebracorn"));
    qInfo("searched it in %lld ms", timer.elapsed());
    QVERIFY(!hits.second.isError());
    QCOMPARE(hits.first.size(), 1);
    QCOMPARE(hits.first.first().rowId, ids[0]);
    QVERIFY(hits.first.first().snippet.contains(QLatin1String("[zebracorn]")));
    QVERIFY(hits.first.first().snippet.size() < 300);
    const Page page = around(alice, ids[0], 0, 0);
    QCOMPARE(page.first.size(), 1);
    QCOMPARE(page.first.first().body.size(), body.size());
    QVERIFY(page.first.first().body == body);
    // Every fifth word matches: snippet() would be quadratic here, tandem_snippet() is not.
    timer.restart();
    const Hits common = search(QStringLiteral("ipsum"), {}, 5);
    qInfo("found a word occurring %d times in it in %lld ms", int(body.size() / filler.size()),
        timer.elapsed());
    QCOMPARE(common.first.size(), 1);
    QVERIFY2(common.first.first().snippet.startsWith(QStringLiteral("lorem [ipsum] dolor")),
        qPrintable(common.first.first().snippet));
}

void TestSearchIndex::malformedTextNeverCrashes()
{
    // Invalid UTF-8 decodes to U+FFFD; unpaired surrogates and NUL (which XML cannot carry) are
    // replaced by U+FFFD when stored, with a warning in the log.
    const QByteArray rawBytes("caf\xc3 \xff\xfe\xfd broken \xe2\x82 utf8 \xf0\x9f\x98 word");
    const QString fromBytes = QString::fromUtf8(rawBytes);
    QString surrogates = QStringLiteral("lone ");
    surrogates += QChar(0xD83D); // high surrogate without its pair
    surrogates += QStringLiteral(" high and ");
    surrogates += QChar(0xDE00); // low surrogate alone
    surrogates += QStringLiteral(" low, paired 🙂 stays");
    QString withNul = QStringLiteral("before");
    withNul += QChar(0);
    withNul += QStringLiteral("after nulword");
    QString endsHigh = QStringLiteral("trailing surrogate ");
    endsHigh += QChar(0xD800);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Replaced 2 invalid characters")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Replaced 1 invalid characters")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Replaced 1 invalid characters")));
    QVector<qint64> ids;
    storeAll({ makeMessage(alice, baseMs, fromBytes), makeMessage(alice, baseMs + 1, surrogates),
                 makeMessage(alice, baseMs + 2, withNul), makeMessage(alice, baseMs + 3, endsHigh) },
        &ids);

    const Page page = around(alice, ids[0], 0, 3);
    QVERIFY(!page.second.isError());
    QCOMPARE(page.first.size(), 4);
    QCOMPARE(page.first[0].body, fromBytes); // already valid UTF-16
    QString expected = surrogates;
    expected[5] = QChar(QChar::ReplacementCharacter);
    expected[16] = QChar(QChar::ReplacementCharacter);
    QCOMPARE(page.first[1].body, expected);
    QVERIFY(page.first[1].body.isValidUtf16());
    QCOMPARE(page.first[2].body, QStringLiteral("before\uFFFDafter nulword"));
    QVERIFY(page.first[3].body.endsWith(QChar(QChar::ReplacementCharacter)));

    QCOMPARE(search(QStringLiteral("broken")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("utf8")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("paired")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("nulword")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("nulword")).first.first().snippet,
        QStringLiteral("before\uFFFDafter [nulword]"));
    QVERIFY(!search(fromBytes).second.isError());
    QVERIFY(!search(surrogates).second.isError());
    QVERIFY(!search(withNul).second.isError());
    QVERIFY(
        exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestSearchIndex::searchPlansAvoidSortsAndScans()
{
    // The candidate queries must walk the index newest first and stop at the LIMIT: a sort would
    // mean reading (and scoring) every match.
    const auto plans = runAndWait(*m_db, [](SqliteConnection &c) {
        const QStringList queries {
            QStringLiteral(
                "SELECT messages_fts.rowid, bm25(messages_fts), m.server_ts "
                "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
                "WHERE messages_fts MATCH 'x' AND m.account = 'a' ORDER BY messages_fts.rowid DESC LIMIT 9"),
            QStringLiteral("SELECT messages_fts.rowid, bm25(messages_fts), m.server_ts "
                           "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
                           "WHERE messages_fts MATCH 'x' AND +messages_fts.rowid IN "
                           "(SELECT id FROM messages WHERE account = 'a' AND conversation = 'c') "
                           "ORDER BY messages_fts.rowid DESC LIMIT 9"),
        };
        QStringList result;
        for (const QString &q : queries) {
            Statement st = c.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q);
            QStringList details;
            while (st.step())
                details << st.columnText(3);
            result << details.join(QLatin1String("; "));
        }
        return result;
    });
    QVERIFY(plans.has_value());
    for (const QString &plan : *plans) {
        qInfo().noquote() << plan;
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        QVERIFY2(!plan.contains(QRegularExpression(QStringLiteral("SCAN m\\b"))), qPrintable(plan));
    }
    QVERIFY((*plans)[1].contains(QLatin1String("messages_history")));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_search_index.moc"
