// Full-text search (migration 0002, SearchQueries, MessageStore::search/around/historyAfter):
// ranking, filters, snippets, hostile queries, index kept in sync, huge and malformed bodies.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/MessageQueries.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "storage/SearchQueries.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString me = QStringLiteral("me@example.org");
const QString other = QStringLiteral("other@example.org");
const QString alice = QStringLiteral("alice@example.org");
const QString bob = QStringLiteral("bob@example.org");
const QString room = QStringLiteral("room@muc.example.org");
const qint64 baseMs = 1700000000000;

Message makeMessage(
    const QString &conversation, qint64 serverMs, const QString &body, const QString &account = me)
{
    Message m;
    m.account = account;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.sender = conversation == room ? QStringLiteral("carol") : conversation + QStringLiteral("/phone");
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(serverMs, Qt::UTC);
    m.localTime = m.serverTime;
    return m;
}

using Hits = std::pair<QVector<SearchHit>, StorageError>;
using Page = std::pair<QVector<Message>, StorageError>;

QStringList bodiesOf(const QVector<Message> &messages)
{
    QStringList bodies;
    for (const Message &m : messages)
        bodies << m.body;
    return bodies;
}

} // namespace

class TestMessageSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void matchExpression_data();
    void matchExpression();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void tooLongQueryIsAClearError();
    void findsAcrossScriptsCaseAndDiacritics();
    void phraseAndPrefix();
    void rankingThenNewestFirst();
    void rankingWindowKeepsRecentMatches();
    void rankIsBm25();
    void conversationFilter();
    void largeConversationFilter();
    void accountsAreSeparate();
    void snippetsMarkTheWords();
    void longBodiesGetALinearSnippet();
    void hitOpensInContext();
    void historyAfterPagesForward();
    void indexFollowsUpdateAndDelete();
    void migrationIndexesExistingMessages();
    void tenMegabyteBodyIsStoredAndSearchable();
    void malformedTextNeverCrashes();
    void searchPlansAvoidSortsAndScans();

private:
    void storeAll(const QVector<Message> &messages, QVector<qint64> *rowIds = nullptr);
    Hits search(const SearchRequest &request);
    Hits search(const QString &query, const QString &conversation = {}, int limit = 50);
    QStringList snippets(const QString &query, const QString &conversation = {});
    Page around(const QString &conversation, qint64 rowId, int before, int after);
    bool exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

void TestMessageSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_db.get());
    const OpenOutcome outcome = openAndWait(*m_db, m_dir->filePath(QStringLiteral("messages.sqlite")));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void TestMessageSearch::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestMessageSearch::storeAll(const QVector<Message> &messages, QVector<qint64> *rowIds)
{
    const auto results = waitForCallback<QVector<StoreResult>>(
        [&](QObject *ctx, auto done) { m_store->storeBatch(messages, ctx, done); });
    QVERIFY(results.has_value());
    QCOMPARE(results->size(), messages.size());
    for (const StoreResult &r : *results) {
        QVERIFY2(r.inserted, qPrintable(r.error.message()));
        if (rowIds)
            rowIds->append(r.rowId);
    }
}

Hits TestMessageSearch::search(const SearchRequest &request)
{
    const auto hits = waitForCallback<Hits>([&](QObject *ctx, auto done) {
        m_store->search(
            request, ctx, [done](const QVector<SearchHit> &h, const StorageError &e) { done(Hits(h, e)); });
    });
    return hits.value_or(Hits({}, StorageError(StorageError::Other, QStringLiteral("timeout"))));
}

Hits TestMessageSearch::search(const QString &query, const QString &conversation, int limit)
{
    const auto hits = waitForCallback<Hits>([&](QObject *ctx, auto done) {
        m_store->search(me, query, conversation, limit, ctx,
            [done](const QVector<SearchHit> &h, const StorageError &e) { done(Hits(h, e)); });
    });
    return hits.value_or(Hits({}, StorageError(StorageError::Other, QStringLiteral("timeout"))));
}

QStringList TestMessageSearch::snippets(const QString &query, const QString &conversation)
{
    const Hits hits = search(query, conversation);
    if (hits.second.isError())
        qWarning("search failed: %s", qPrintable(hits.second.message()));
    QStringList result;
    for (const SearchHit &h : hits.first)
        result << h.snippet;
    return result;
}

Page TestMessageSearch::around(const QString &conversation, qint64 rowId, int before, int after)
{
    const auto page = waitForCallback<Page>([&](QObject *ctx, auto done) {
        m_store->around(me, conversation, rowId, before, after, ctx,
            [done](const QVector<Message> &m, const StorageError &e) { done(Page(m, e)); });
    });
    return page.value_or(Page({}, StorageError(StorageError::Other, QStringLiteral("timeout"))));
}

bool TestMessageSearch::exec(const QString &sql)
{
    const auto error = runAndWait(*m_db, [sql](SqliteConnection &c) { return c.execScript(sql); });
    return error && !error->isError();
}

void TestMessageSearch::matchExpression_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \t\n ") << QString();
    QTest::newRow("one word") << QStringLiteral("tea") << QStringLiteral("\"tea\"");
    QTest::newRow("words") << QStringLiteral("  tea   at five ") << QStringLiteral("\"tea\" \"at\" \"five\"");
    QTest::newRow("phrase") << QStringLiteral("\"tea at\" five") << QStringLiteral("\"tea at\" \"five\"");
    QTest::newRow("unclosed phrase") << QStringLiteral("five \"tea at")
                                     << QStringLiteral("\"five\" \"tea at\"");
    QTest::newRow("prefix") << QStringLiteral("tea*") << QStringLiteral("\"tea\" *");
    QTest::newRow("phrase prefix") << QStringLiteral("\"tea po\"*") << QStringLiteral("\"tea po\" *");
    QTest::newRow("operators are words")
        << QStringLiteral("a AND b OR NOT c") << QStringLiteral("\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\"");
    QTest::newRow("quote inside word") << QStringLiteral("it\"s") << QStringLiteral("\"it\" \"s\"");
    QTest::newRow("lone star") << QStringLiteral("*") << QString();
    QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
    QTest::newRow("column filter") << QStringLiteral("body:x") << QStringLiteral("\"body:x\"");
    QTest::newRow("escaped quotes") << QStringLiteral("\"say \"\"hi\"") << QStringLiteral("\"say \" \"hi\"");
}

void TestMessageSearch::matchExpression()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchQueries::matchExpression(input), expected);
}

void TestMessageSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedHits"); // -1: any number
    const QStringList hostile {
        QStringLiteral("\"foo"),
        QStringLiteral("foo\""),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("foo AND"),
        QStringLiteral("AND foo OR"),
        QStringLiteral("NEAR(foo bar)"),
        QStringLiteral("NEAR"),
        QStringLiteral("*"),
        QStringLiteral("**"),
        QStringLiteral("\"*\"*"),
        QStringLiteral("-"),
        QStringLiteral("-foo"),
        QStringLiteral("foo -bar"),
        QStringLiteral("+"),
        QStringLiteral("^foo"),
        QStringLiteral("body:foo"),
        QStringLiteral("{body}: foo"),
        QStringLiteral("messages_fts:foo"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("(foo OR bar"),
        QStringLiteral("'"),
        QStringLiteral("'; DROP TABLE messages; --"),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
        QStringLiteral("foo") + QChar(0) + QStringLiteral("bar"),
        QString(QChar(0xD800)),
        QStringLiteral("🙂"),
        QStringLiteral("\u200B"),
        QString(200, QLatin1Char('"')),
        QString(1000, QLatin1Char('(')),
        QStringLiteral("foo ").repeated(250),
    };
    for (const QString &q : hostile)
        QTest::addRow("%s", qPrintable(q.left(30).toHtmlEscaped())) << q << -1;
    // Searched literally.
    QTest::newRow("AND is a word") << QStringLiteral("and") << 1;
    QTest::newRow("quote in query") << QStringLiteral("\"foo") << 2;
    QTest::newRow("dash between words") << QStringLiteral("foo-bar") << 1;
    QTest::newRow("dash alone") << QStringLiteral("-") << 0;
    QTest::newRow("drop table") << QStringLiteral("'; DROP TABLE messages; --") << 1;
    QTest::newRow("star word") << QStringLiteral("a*b") << 1;
}

void TestMessageSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    QFETCH(int, expectedHits);
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("foo-bar and more")),
        makeMessage(alice, baseMs + 1, QStringLiteral("say \"foo now")),
        makeMessage(alice, baseMs + 2, QStringLiteral("DROP TABLE messages")),
        makeMessage(alice, baseMs + 3, QStringLiteral("a*b")) });
    const Hits hits = search(query);
    QVERIFY2(!hits.second.isError(), qPrintable(hits.second.message()));
    if (expectedHits >= 0)
        QCOMPARE(hits.first.size(), expectedHits);
    // The table is still there.
    QCOMPARE(search(QStringLiteral("messages")).first.size(), 1);
}

void TestMessageSearch::tooLongQueryIsAClearError()
{
    const Hits hits = search(QString(SearchQueries::maxQueryLength + 1, QLatin1Char('x')));
    QVERIFY(hits.second.isError());
    QVERIFY2(hits.second.message().contains(QLatin1String("too long")), qPrintable(hits.second.message()));
    QVERIFY(hits.first.isEmpty());
}

void TestMessageSearch::findsAcrossScriptsCaseAndDiacritics()
{
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("Crème brûlée for dessert")),
        makeMessage(alice, baseMs + 1, QStringLiteral("Привет, как дела?")),
        makeMessage(alice, baseMs + 2, QStringLiteral("Straße und Ärger")),
        makeMessage(alice, baseMs + 3, QStringLiteral("日本語 テキスト")),
        makeMessage(alice, baseMs + 4, QStringLiteral("Ελληνικά γράμματα")) });
    QCOMPARE(search(QStringLiteral("creme BRULEE")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("crème")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("ПРИВЕТ")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("arger")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("straße")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("日本語")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("ελληνικά")).first.size(), 1); // case folds in every script
    // Scripts without spaces are one token per run: a part of a run needs the prefix form.
    QCOMPARE(search(QStringLiteral("日本")).first.size(), 0);
    QCOMPARE(search(QStringLiteral("日本*")).first.size(), 1);
}

void TestMessageSearch::phraseAndPrefix()
{
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("tea at five")),
        makeMessage(alice, baseMs + 1, QStringLiteral("five at tea")),
        makeMessage(alice, baseMs + 2, QStringLiteral("a new teapot")) });
    QCOMPARE(search(QStringLiteral("tea five")).first.size(), 2);
    QCOMPARE(search(QStringLiteral("\"tea at five\"")).first.size(), 1);
    QCOMPARE(
        search(QStringLiteral("\"tea at five\"")).first.first().snippet, QStringLiteral("[tea at five]"));
    QCOMPARE(search(QStringLiteral("tea")).first.size(), 2);
    QCOMPARE(search(QStringLiteral("tea*")).first.size(), 3);
    QCOMPARE(search(QStringLiteral("teap")).first.size(), 0);
}

void TestMessageSearch::rankingThenNewestFirst()
{
    QVector<qint64> ids;
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("kettle")), // 0: short and exact
                 makeMessage(alice, baseMs + 10,
                     QStringLiteral("the kettle is somewhere in a long message about many other things")),
                 makeMessage(bob, baseMs + 20, QStringLiteral("kettle kettle")), // 2: twice, short
                 makeMessage(room, baseMs + 30, QStringLiteral("kettle")), // 3: same as 0, newer
                 makeMessage(alice, baseMs + 40, QStringLiteral("nothing here")) },
        &ids);
    const Hits hits = search(QStringLiteral("kettle"));
    QVERIFY(!hits.second.isError());
    QCOMPARE(hits.first.size(), 4);
    QVector<qint64> order;
    for (const SearchHit &h : hits.first)
        order << h.rowId;
    // BM25: two occurrences in a short body beat one; equal scores come newest first; the long
    // body ranks last.
    QCOMPARE(order, (QVector<qint64> { ids[2], ids[3], ids[0], ids[1] }));
    for (int i = 1; i < hits.first.size(); ++i)
        QVERIFY(hits.first[i - 1].score <= hits.first[i].score);
    QCOMPARE(hits.first[1].score, hits.first[2].score);

    // Offset pages through the same order.
    SearchRequest request;
    request.account = me;
    request.query = QStringLiteral("kettle");
    request.limit = 2;
    request.offset = 2;
    const Hits second = search(request);
    QCOMPARE(second.first.size(), 2);
    QCOMPARE(second.first[0].rowId, ids[0]);
    QCOMPARE(second.first[1].rowId, ids[1]);

    QCOMPARE(search(QStringLiteral("kettle"), {}, 1).first.size(), 1);
}

void TestMessageSearch::rankingWindowKeepsRecentMatches()
{
    QVector<Message> messages;
    messages << makeMessage(alice, baseMs, QStringLiteral("lamp lamp lamp")); // best, but oldest stored
    for (int i = 1; i <= 30; ++i)
        messages << makeMessage(alice, baseMs + i, QStringLiteral("a lamp among %1 other words here").arg(i));
    storeAll(messages);
    SearchRequest request;
    request.account = me;
    request.query = QStringLiteral("lamp");
    request.limit = 5;
    request.candidateLimit = 10;
    Hits hits = search(request);
    QCOMPARE(hits.first.size(), 5);
    QVERIFY(!hits.first.first().snippet.contains(QLatin1String("[lamp] [lamp]")));
    request.candidateLimit = 100;
    hits = search(request);
    QCOMPARE(hits.first.first().snippet, QStringLiteral("[lamp] [lamp] [lamp]"));
}

void TestMessageSearch::rankIsBm25()
{
    // tandem_rank() is bm25() while a phrase matches at most rankCountLimit rows, and a close
    // estimate beyond.
    QVector<Message> messages;
    for (int i = 0; i < 12000; ++i) {
        QString body = QStringLiteral("common words number %1").arg(i);
        if (i % 7 == 0)
            body += QStringLiteral(" kettle");
        if (i % 11 == 0)
            body += QStringLiteral(" tea tea and more common common");
        messages << makeMessage(i % 3 ? alice : room, baseMs + i, body);
    }
    storeAll(messages);
    for (const QString &query :
        { QStringLiteral("kettle"), QStringLiteral("kettle tea"), QStringLiteral("\"and more\""),
            QStringLiteral("tea*"), QStringLiteral("common"), QStringLiteral("common tea") }) {
        const QString expression = SearchQueries::matchExpression(query);
        const auto scores = runAndWait(*m_db, [expression](SqliteConnection &c) {
            // Straight at the index: what search() would index first is indexed here.
            for (bool more = true; more;)
                SearchQueries::indexPending(c, SearchQueries::idleIndexRows, &more);
            Statement st = c.prepare(QStringLiteral("SELECT bm25(messages_fts), tandem_rank(messages_fts) "
                                                    "FROM messages_fts WHERE messages_fts MATCH ?1"));
            st.bind(1, expression);
            QVector<QPair<double, double>> result;
            while (st.step())
                result.append({ st.columnDouble(0), st.columnDouble(1) });
            return result;
        });
        QVERIFY(scores && !scores->isEmpty());
        const bool exact = !query.startsWith(QLatin1String("common"));
        for (const auto &pair : *scores) {
            if (exact)
                QVERIFY2(std::abs(pair.first - pair.second) < 1e-9,
                    qPrintable(QStringLiteral("%1: %2 vs %3").arg(query).arg(pair.first).arg(pair.second)));
            else // "common" is in all 12,000 rows: only estimated, and idf is tiny anyway
                QVERIFY2(std::abs(pair.first - pair.second) <= 0.05 * std::abs(pair.first) + 1e-5,
                    qPrintable(QStringLiteral("%1: %2 vs %3").arg(query).arg(pair.first).arg(pair.second)));
        }
    }
}

void TestMessageSearch::conversationFilter()
{
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("meet at the station")),
        makeMessage(bob, baseMs + 1, QStringLiteral("meet me later")),
        makeMessage(room, baseMs + 2, QStringLiteral("meet everyone")),
        makeMessage(room + QStringLiteral("/dave"), baseMs + 3, QStringLiteral("meet privately")) });
    QCOMPARE(search(QStringLiteral("meet")).first.size(), 4);
    const Hits inRoom = search(QStringLiteral("meet"), room);
    QCOMPARE(inRoom.first.size(), 1);
    QCOMPARE(inRoom.first.first().conversation, room);
    QCOMPARE(inRoom.first.first().kind, Message::Kind::GroupChat);
    QCOMPARE(inRoom.first.first().sender, QStringLiteral("carol"));
    QCOMPARE(search(QStringLiteral("meet"), room + QStringLiteral("/dave")).first.size(), 1);
    QCOMPARE(search(QStringLiteral("meet"), bob).first.first().conversation, bob);
    QCOMPARE(search(QStringLiteral("station"), bob).first.size(), 0);
    QCOMPARE(search(QStringLiteral("meet"), QStringLiteral("nobody@example.org")).first.size(), 0);
}

void TestMessageSearch::largeConversationFilter()
{
    // Above smallConversationLimit the search walks the index instead of the conversation's rows;
    // both paths must give the same hits.
    QVector<Message> messages;
    const int n = SearchQueries::smallConversationLimit + 50;
    for (int i = 0; i < n; ++i)
        messages << makeMessage(room, baseMs + i,
            i % 1000 == 0 ? QStringLiteral("rare ostrich %1").arg(i)
                          : QStringLiteral("common chatter %1").arg(i));
    for (int i = 0; i < 40; ++i)
        messages << makeMessage(alice, baseMs + i, QStringLiteral("ostrich feathers %1").arg(i));
    storeAll(messages);
    const Hits inRoom = search(QStringLiteral("ostrich"), room, 100);
    QVERIFY(!inRoom.second.isError());
    QCOMPARE(inRoom.first.size(), n / 1000 + 1);
    for (const SearchHit &h : inRoom.first)
        QCOMPARE(h.conversation, room);
    const Hits inSmall = search(QStringLiteral("ostrich"), alice, 100);
    QCOMPARE(inSmall.first.size(), 40);
    QCOMPARE(search(QStringLiteral("ostrich"), {}, 1000).first.size(), 40 + n / 1000 + 1);
}

void TestMessageSearch::accountsAreSeparate()
{
    storeAll({ makeMessage(alice, baseMs, QStringLiteral("secret plan"), me),
        makeMessage(alice, baseMs, QStringLiteral("secret plan"), other) });
    const Hits mine = search(QStringLiteral("secret"));
    QCOMPARE(mine.first.size(), 1);
    QCOMPARE(mine.first.first().account, me);
    QCOMPARE(search(QStringLiteral("secret"), alice).first.size(), 1);
}

void TestMessageSearch::snippetsMarkTheWords()
{
    QString longBody;
    for (int i = 0; i < 100; ++i)
        longBody += QStringLiteral("word%1 ").arg(i);
    longBody += QStringLiteral("needle ");
    for (int i = 100; i < 200; ++i)
        longBody += QStringLiteral("word%1 ").arg(i);
    storeAll({ makeMessage(alice, baseMs, longBody),
        makeMessage(alice, baseMs + 1, QStringLiteral("Where is the Needle, and the thread?")) });
    const QStringList s = snippets(QStringLiteral("needle"));
    QCOMPARE(s.size(), 2);
    QVERIFY(s.contains(QStringLiteral("Where is the [Needle], and the thread?")));
    const QString cut = s.at(s.at(0).startsWith(QStringLiteral("…")) ? 0 : 1);
    QVERIFY2(cut.startsWith(QStringLiteral("…")) && cut.endsWith(QStringLiteral("…")), qPrintable(cut));
    QVERIFY2(cut.contains(QLatin1String("[needle]")), qPrintable(cut));
    QVERIFY(cut.size() < 200);

    SearchRequest request;
    request.account = me;
    request.query = QStringLiteral("needle thread");
    request.snippetStart = QStringLiteral("<b>");
    request.snippetEnd = QStringLiteral("</b>");
    request.snippetTokens = 64;
    const Hits custom = search(request);
    QCOMPARE(custom.first.size(), 1);
    QCOMPARE(
        custom.first.first().snippet, QStringLiteral("Where is the <b>Needle</b>, and the <b>thread</b>?"));
}

void TestMessageSearch::longBodiesGetALinearSnippet()
{
    // Past snippetLimitBytes the snippet is tandem_snippet(): centred on the first match, with
    // the same markers, ellipses and word count as snippet().
    const QString filler = QStringLiteral("filler ").repeated(600);
    QVERIFY(filler.size() > SearchQueries::snippetLimitBytes);
    storeAll({ makeMessage(alice, baseMs,
                   QStringLiteral("Intro: ") + filler + QStringLiteral("the Crème brûlée recipe, then ")
                       + filler + QStringLiteral("the end. Crème again!")),
        makeMessage(bob, baseMs + 1, filler + QStringLiteral("and a final tail-word.")) });
    QStringList s = snippets(QStringLiteral("creme brulee"), alice);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first(),
        QStringLiteral("…filler filler filler filler filler filler the [Crème] [brûlée] recipe, then filler "
                       "filler filler "
                       "filler filler…"));
    s = snippets(QStringLiteral("\"crème BRÛLÉE\""), alice);
    QCOMPARE(s.first(),
        QStringLiteral(
            "…filler filler filler filler filler filler the [Crème brûlée] recipe, then filler filler filler "
            "filler filler…"));
    // Near the start and at the end the window stops at the text's edges.
    QCOMPARE(snippets(QStringLiteral("intro"), alice).first(),
        QStringLiteral(
            "[Intro]: filler filler filler filler filler filler filler filler filler filler filler filler "
            "filler filler filler…"));
    QCOMPARE(snippets(QStringLiteral("tail*"), bob).first(),
        QStringLiteral("…filler filler filler filler filler filler filler filler filler filler filler and a "
                       "final [tail]-word."));
    SearchRequest request;
    request.account = me;
    request.query = QStringLiteral("recipe");
    request.snippetStart = QStringLiteral("<em>");
    request.snippetEnd = QStringLiteral("</em>");
    request.snippetEllipsis = QStringLiteral("...");
    request.snippetTokens = 3;
    QCOMPARE(search(request).first.first().snippet, QStringLiteral("...brûlée <em>recipe</em>, then..."));
}

void TestMessageSearch::hitOpensInContext()
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

void TestMessageSearch::historyAfterPagesForward()
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

void TestMessageSearch::indexFollowsUpdateAndDelete()
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

void TestMessageSearch::migrationIndexesExistingMessages()
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

void TestMessageSearch::tenMegabyteBodyIsStoredAndSearchable()
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

void TestMessageSearch::malformedTextNeverCrashes()
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

void TestMessageSearch::searchPlansAvoidSortsAndScans()
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

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_message_search.moc"
