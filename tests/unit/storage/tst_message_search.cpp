// Full-text search (migration 0002, SearchQueries, MessageStore::search): the query language,
// hostile queries, ranking, filters and snippets.
#include "SearchFixture.h"
#include "StorageTestUtils.h"
#include "storage/SearchQueries.h"

#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestMessageSearch : public QObject, public SearchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

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
};

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

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_message_search.moc"
