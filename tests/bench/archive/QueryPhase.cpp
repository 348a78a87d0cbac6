#include "QueryPhase.h"

#include "ArchiveGenerator.h"
#include "ArchiveWriter.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/SearchQueries.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>
#include <vector>

namespace Tandem::Bench {

namespace {

const QString account = ArchiveShape().account;
const QString rareWord = ArchiveGenerator::rareWord();

void progress(const QString &text)
{
    std::fprintf(stderr, "[bench_archive] %s\n", qPrintable(text));
    std::fflush(stderr);
}

struct Timed
{
    double ms = 0;
    int count = 0;
    QString error;
};

} // namespace

QJsonObject runQuery(const QString &path, const QString &largest, const QString &smallest)
{
    QJsonObject result;
    result[QStringLiteral("rss_before_open_kb")] = procStatusKb("VmRSS:");
    Database db;
    double openMs = 0;
    if (!openDatabase(db, path, &openMs))
        return { { QStringLiteral("error"), QStringLiteral("cannot open %1").arg(path) } };
    result[QStringLiteral("open_ms")] = openMs;
    result[QStringLiteral("rss_after_open_kb")] = procStatusKb("VmRSS:");
    MessageStore store(&db);
    QObject context;

    // Newest page of the largest conversation, then 100 pages back (50 messages each).
    auto page = [&](const HistoryCursor &before, QVector<Message> *out) {
        bool done = false;
        QElapsedTimer t;
        t.start();
        store.history(account, largest, 50, before, &context,
            [&](const QVector<Message> &messages, const StorageError &) {
                *out = messages;
                done = true;
            });
        waitFor([&] { return done; });
        return msSince(t);
    };
    QVector<Message> messages;
    const double newestMs = page({}, &messages);
    std::vector<double> backs;
    int pagesRead = 0;
    for (int i = 0; i < 100 && !messages.isEmpty(); ++i) {
        const HistoryCursor cursor = HistoryCursor::from(messages.first());
        backs.push_back(page(cursor, &messages));
        pagesRead += messages.isEmpty() ? 0 : 1;
    }
    // And the newest page once more, now that SQLite's cache holds it.
    const double newestWarmMs = page({}, &messages);
    result[QStringLiteral("newest_page_ms")] = newestMs;
    result[QStringLiteral("newest_page_warm_ms")] = newestWarmMs;
    result[QStringLiteral("page_back_count")] = pagesRead;
    result[QStringLiteral("page_back_p50_ms")] = percentile(backs, 50);
    result[QStringLiteral("page_back_p99_ms")] = percentile(backs, 99);
    result[QStringLiteral("page_back_max_ms")] = percentile(backs, 100);

    // Searches: first (cold) run, then the median of five more.
    auto search = [&](const QString &query, const QString &conversation, QVector<SearchHit> *hits) {
        Timed timed;
        bool done = false;
        QElapsedTimer t;
        t.start();
        store.search(account, query, conversation, 50, &context,
            [&](const QVector<SearchHit> &h, const StorageError &e) {
                timed.count = h.size();
                timed.error = e.message();
                if (hits)
                    *hits = h;
                done = true;
            });
        waitFor([&] { return done; });
        timed.ms = msSince(t);
        return timed;
    };
    struct Case
    {
        QString name;
        QString query;
        QString conversation;
        bool goal; // the goal: < 20 ms for the first 50 hits across all conversations
    };
    const QVector<Case> cases {
        { QStringLiteral("common word (\"the\"), all conversations"), QStringLiteral("the"), {}, true },
        { QStringLiteral("rare word, all conversations"), rareWord, {}, true },
        { QStringLiteral("two words (\"meeting tomorrow\"), all"), QStringLiteral("meeting tomorrow"), {},
            false },
        { QStringLiteral("prefix (\"tomor*\"), all"), QStringLiteral("tomor*"), {}, false },
        { QStringLiteral("phrase (\"see you tomorrow\"), all"), QStringLiteral("\"see you tomorrow\""), {},
            false },
        { QStringLiteral("common word, largest conversation"), QStringLiteral("the"), largest, false },
        { QStringLiteral("common word, smallest conversation"), QStringLiteral("the"), smallest, false },
    };
    QJsonArray searches;
    QVector<SearchHit> rareHits;
    for (const Case &c : cases) {
        QVector<SearchHit> hits;
        const Timed first = search(c.query, c.conversation, &hits);
        if (c.query == rareWord)
            rareHits = hits;
        std::vector<double> again;
        for (int i = 0; i < 5; ++i)
            again.push_back(search(c.query, c.conversation, nullptr).ms);
        // How many messages match at all (not part of the timing).
        const auto matches = [&] {
            qint64 n = -1;
            bool done = false;
            const QString expression = SearchQueries::matchExpression(c.query);
            db.run(
                &context,
                [expression](SqliteConnection &connection) {
                    Statement st = connection.prepare(
                        QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?1"));
                    st.bind(1, expression);
                    return st.step() ? st.columnInt64(0) : qint64(-1);
                },
                [&](qint64 value) {
                    n = value;
                    done = true;
                });
            waitFor([&] { return done; });
            return n;
        }();
        searches.append(QJsonObject { { QStringLiteral("name"), c.name },
            { QStringLiteral("hits"), first.count }, { QStringLiteral("matches"), matches },
            { QStringLiteral("first_ms"), first.ms }, { QStringLiteral("median_ms"), percentile(again, 50) },
            { QStringLiteral("error"), first.error }, { QStringLiteral("goal"), c.goal },
            { QStringLiteral("top_snippet"), hits.isEmpty() ? QString() : hits.first().snippet } });
        progress(QStringLiteral("search %1: %2 hits in %3 ms")
                     .arg(c.name)
                     .arg(first.count)
                     .arg(first.ms, 0, 'f', 1));
    }
    result[QStringLiteral("searches")] = searches;

    // Open the first rare hit in context: 25 messages before and after.
    if (!rareHits.isEmpty()) {
        bool done = false;
        int size = 0;
        QElapsedTimer t;
        t.start();
        store.around(account, rareHits.first().conversation, rareHits.first().rowId, 25, 25, &context,
            [&](const QVector<Message> &m, const StorageError &) {
                size = m.size();
                done = true;
            });
        waitFor([&] { return done; });
        result[QStringLiteral("around_ms")] = msSince(t);
        result[QStringLiteral("around_size")] = size;
    }

    // The largest conversation paged forward in pages of 500, as `ctl export` reads it.
    {
        QElapsedTimer t;
        t.start();
        HistoryCursor after;
        qint64 exported = 0;
        int pages = 0;
        for (;;) {
            QVector<Message> chunk;
            bool done = false;
            store.historyAfter(
                account, largest, 500, after, &context, [&](const QVector<Message> &m, const StorageError &) {
                    chunk = m;
                    done = true;
                });
            waitFor([&] { return done; });
            if (chunk.isEmpty())
                break;
            exported += chunk.size();
            ++pages;
            after = HistoryCursor::from(chunk.last());
        }
        result[QStringLiteral("export_messages")] = exported;
        result[QStringLiteral("export_pages")] = pages;
        result[QStringLiteral("export_ms")] = msSince(t);
    }
    result[QStringLiteral("vm_hwm_kb")] = procStatusKb("VmHWM:");
    result[QStringLiteral("vm_rss_kb")] = procStatusKb("VmRSS:");
    return result;
}

} // namespace Tandem::Bench
