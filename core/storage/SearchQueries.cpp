// Search itself: the user's query as an FTS5 expression, candidates, ranking, snippets and hits.
// The SQL functions it calls (tandem_rank, tandem_snippet) are in SearchFunctions.cpp.
#include "storage/SearchQueries.h"

#include "common/Logging.h"
#include "storage/MessageQueries.h"
#include "storage/SqliteConnection.h"
#include "storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace Tandem {

namespace {

// Candidates: the most recently stored matches (FTS5 walks its doclist by descending rowid and
// stops at the LIMIT), with their score. Ranking every match instead costs ~300 ms for a word in
// a quarter of a million messages, almost all of it in the scoring. The score is tandem_rank(),
// BM25 as bm25() computes it except that a phrase's document frequency is counted only up to
// rankCountLimit matches and extrapolated beyond (bm25() counts every match of every phrase for
// every query: 12 ms for a word in 580,000 messages).
const QString candidatesAllSql
    = QStringLiteral("SELECT messages_fts.rowid, tandem_rank(messages_fts), m.server_ts "
                     "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
                     "WHERE messages_fts MATCH ?1 AND m.account = ?2 "
                     "ORDER BY messages_fts.rowid DESC LIMIT ?3");
// A large conversation: same walk, keeping the conversation's rows.
const QString candidatesLargeConversationSql
    = QStringLiteral("SELECT messages_fts.rowid, tandem_rank(messages_fts), m.server_ts "
                     "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
                     "WHERE messages_fts MATCH ?1 AND m.account = ?2 AND m.conversation = ?4 "
                     "ORDER BY messages_fts.rowid DESC LIMIT ?3");
// A small conversation: its row ids are collected once (from messages_history) and filter the
// matches before the join, so a common word does not cost a table lookup per match. The unary
// + keeps the IN list away from FTS5, which would otherwise run the query again for every id.
const QString candidatesSmallConversationSql = QStringLiteral(
    "SELECT messages_fts.rowid, tandem_rank(messages_fts), m.server_ts "
    "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 "
    "AND +messages_fts.rowid IN (SELECT id FROM messages WHERE account = ?2 AND conversation = ?4) "
    "ORDER BY messages_fts.rowid DESC LIMIT ?3");
// Counts up to smallConversationLimit + 1 rows only.
const QString boundedCountSql = QStringLiteral(
    "SELECT count(*) FROM (SELECT 1 FROM messages WHERE account = ?1 AND conversation = ?2 LIMIT ?3)");

// Snippets. FTS5's snippet() scores a window around every match against every other match:
// quadratic in the matches of the body (a 32 KB body of one repeated word takes 1.7 s, 10 MB
// hours), so bodies longer than snippetLimitBytes get tandem_snippet(), which is linear.
#define SNIPPET_EXPRESSION                                                                                   \
    "CASE WHEN length(CAST(messages_fts.body AS BLOB)) <= ?8 THEN snippet(messages_fts, 0, ?3, ?4, ?5, ?6) " \
    "ELSE tandem_snippet(messages_fts, ?3, ?4, ?5, ?6) END"
// The hits of an all-conversations search lie among the candidates, which are consecutive matches:
// one walk over their rowid range, making snippets only for the hits (?7 is ",id,id,...,id,").
// Running the query once per hit instead costs ~0.1 ms a hit, and ~1 ms for a prefix query,
// which expands its prefix every time.
const QString snippetRangeSql = QStringLiteral(
    "SELECT messages_fts.rowid, CASE WHEN instr(?7, ',' || messages_fts.rowid || ',') = 0 THEN NULL "
    "ELSE " SNIPPET_EXPRESSION " END FROM messages_fts "
    "WHERE messages_fts MATCH ?1 AND messages_fts.rowid >= ?2 AND messages_fts.rowid <= ?9");
// One hit, for the conversation searches, whose candidates are scattered among the matches.
const QString snippetRowSql = QStringLiteral(
    "SELECT messages_fts.rowid, " SNIPPET_EXPRESSION " FROM messages_fts WHERE messages_fts MATCH ?1 "
    "AND messages_fts.rowid = ?2");
const QString hitSql = QStringLiteral(
    "SELECT account, conversation, kind, direction, sender, server_ts FROM messages WHERE id = ?1");
const QString pendingChunkEndSql = QStringLiteral(
    "SELECT max(message), count(*) FROM (SELECT message FROM search_pending ORDER BY message LIMIT ?1)");
// A room event (kind 3) is never indexed, even one queued by an older build: the triggers of
// migration 0006 count on it.
const QString indexChunkSql
    = QStringLiteral("INSERT INTO messages_fts (rowid, body) SELECT m.id, m.body FROM search_pending AS p "
                     "JOIN messages AS m ON m.id = p.message WHERE p.message <= ?1 AND m.kind <> 3 "
                     "ORDER BY p.message");
const QString dropChunkSql = QStringLiteral("DELETE FROM search_pending WHERE message <= ?1");

struct Candidate
{
    qint64 rowId;
    double score;
    qint64 serverTimeMs;
};

void setError(StorageError *target, const StorageError &error)
{
    if (target)
        *target = error;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

template<typename Enum> Enum enumFromInt(int value, Enum last, Enum fallback)
{
    return value >= 0 && value <= int(last) ? Enum(value) : fallback;
}

} // namespace

QString SearchQueries::matchExpression(const QString &userQuery)
{
    QStringList terms;
    const int n = userQuery.size();
    int i = 0;
    auto addTerm = [&terms](const QString &text, bool prefix) {
        if (text.trimmed().isEmpty())
            return;
        // A string that tokenizes to nothing (only punctuation) is ignored by FTS5, not an error.
        terms << (prefix ? quoted(text) + QLatin1String(" *") : quoted(text));
    };
    while (i < n) {
        const QChar c = userQuery.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            const int close = userQuery.indexOf(QLatin1Char('"'), i + 1);
            const int end = close < 0 ? n : close;
            const QString phrase = userQuery.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
            bool prefix = false;
            while (i < n && userQuery.at(i) == QLatin1Char('*')) {
                prefix = true;
                ++i;
            }
            addTerm(phrase, prefix);
        } else {
            int end = i;
            while (end < n && !userQuery.at(end).isSpace() && userQuery.at(end) != QLatin1Char('"'))
                ++end;
            QString word = userQuery.mid(i, end - i);
            i = end;
            bool prefix = false;
            while (word.endsWith(QLatin1Char('*'))) {
                word.chop(1);
                prefix = true;
            }
            addTerm(word, prefix);
        }
    }
    return terms.join(QLatin1Char(' '));
}

StorageError SearchQueries::indexPending(SqliteConnection &connection, int maxRows, bool *more)
{
    if (more)
        *more = false;
    Transaction transaction(connection);
    if (transaction.error().isError())
        return transaction.error();
    Statement &end = connection.cached(pendingChunkEndSql);
    end.bind(1, std::max(1, maxRows));
    const bool any = end.step() && !end.columnIsNull(0);
    const qint64 last = any ? end.columnInt64(0) : 0;
    const qint64 rows = any ? end.columnInt64(1) : 0;
    StorageError error = end.error();
    end.reset();
    if (error.isError() || !any)
        return error;
    Statement &index = connection.cached(indexChunkSql);
    index.bind(1, last);
    if (!index.exec())
        return index.error();
    Statement &drop = connection.cached(dropChunkSql);
    drop.bind(1, last);
    if (!drop.exec())
        return drop.error();
    error = transaction.commit();
    if (!error.isError() && more)
        *more = rows >= maxRows;
    return error;
}

namespace {

// What the steps of search() work from: the request, its query as an FTS5 expression, its page
// and ranking window clamped, and the candidates query that suits its scope.
struct SearchPlan
{
    explicit SearchPlan(const SearchRequest &request)
        : request(request)
    { }

    const SearchRequest &request;
    QString expression; ///< empty: nothing to search for
    int limit = 0;
    int offset = 0;
    int window = 0; ///< how many candidates are ranked
    int snippetTokens = 0;
    QString candidatesSql; ///< empty: the conversation has no messages

    bool findsNothing() const { return expression.isEmpty() || limit == 0; }
};

// A statement's error, taken before reset() clears it.
StorageError finish(Statement &st)
{
    StorageError error = st.error();
    st.reset();
    return error;
}

StorageError parseRequest(SearchPlan &plan)
{
    const SearchRequest &request = plan.request;
    if (request.query.size() > SearchQueries::maxQueryLength) {
        return StorageError(StorageError::Other,
            StorageError::tr("The search text is too long (at most %1 characters).")
                .arg(SearchQueries::maxQueryLength));
    }
    int replaced = 0;
    plan.expression = SearchQueries::matchExpression(MessageQueries::sanitizedText(request.query, &replaced));
    plan.limit = std::clamp(request.limit, 0, 1000);
    plan.offset = std::max(0, request.offset);
    plan.window = std::max(request.candidateLimit, plan.offset + plan.limit);
    plan.snippetTokens = std::clamp(request.snippetTokens, 1, 64);
    return {};
}

// Messages stored since the storage thread was last idle are not indexed yet: a search
// indexes them first, so that it misses nothing (at most one catch-up's worth, ~5 µs each).
StorageError indexAllPending(SqliteConnection &connection)
{
    for (bool more = true; more;) {
        if (StorageError e = SearchQueries::indexPending(connection, SearchQueries::idleIndexRows, &more);
            e.isError())
            return e;
    }
    return {};
}

// A conversation is searched from its own side or from the index's, by its size.
StorageError chooseCandidatesSql(SqliteConnection &connection, SearchPlan &plan)
{
    const SearchRequest &request = plan.request;
    if (request.conversation.isEmpty()) {
        plan.candidatesSql = candidatesAllSql;
        return {};
    }
    Statement &count = connection.cached(boundedCountSql);
    count.bind(1, request.account)
        .bind(2, request.conversation)
        .bind(3, SearchQueries::smallConversationLimit + 1);
    const qint64 size = count.step() ? count.columnInt64(0) : 0;
    if (StorageError e = finish(count); e.isError())
        return e;
    if (size > 0) {
        plan.candidatesSql = size <= SearchQueries::smallConversationLimit ? candidatesSmallConversationSql
                                                                           : candidatesLargeConversationSql;
    }
    return {};
}

StorageError collectCandidates(
    SqliteConnection &connection, const SearchPlan &plan, QVector<Candidate> *candidates)
{
    Statement &st = connection.cached(plan.candidatesSql);
    st.bind(1, plan.expression).bind(2, plan.request.account).bind(3, plan.window);
    if (!plan.request.conversation.isEmpty())
        st.bind(4, plan.request.conversation);
    while (st.step())
        candidates->append({ st.columnInt64(0), st.columnDouble(1), st.columnInt64(2) });
    if (st.hasError())
        qCWarning(lcStorage) << "Search for" << plan.expression << "failed:" << st.error().message();
    return finish(st);
}

// Most relevant first (the lowest score), equal scores newest first; then the requested page.
QVector<Candidate> bestPage(QVector<Candidate> candidates, int offset, int limit)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (a.serverTimeMs != b.serverTimeMs)
            return a.serverTimeMs > b.serverTimeMs;
        return a.rowId > b.rowId;
    });
    const int end = std::min<int>(candidates.size(), offset + limit);
    if (offset >= end)
        return {};
    return QVector<Candidate>(candidates.begin() + offset, candidates.begin() + end);
}

void bindSnippet(Statement &st, const SearchPlan &plan)
{
    st.bind(1, plan.expression)
        .bind(3, plan.request.snippetStart)
        .bind(4, plan.request.snippetEnd)
        .bind(5, plan.request.snippetEllipsis)
        .bind(6, plan.snippetTokens)
        .bind(8, SearchQueries::snippetLimitBytes);
}

StorageError readSnippets(Statement &st, QHash<qint64, QString> *snippets)
{
    while (st.step()) {
        if (!st.columnIsNull(1))
            snippets->insert(st.columnInt64(0), st.columnText(1));
    }
    return finish(st);
}

// The snippets of the page's hits, by row id.
StorageError makeSnippets(SqliteConnection &connection, const SearchPlan &plan,
    const QVector<Candidate> &page, QHash<qint64, QString> *snippets)
{
    if (!plan.request.conversation.isEmpty()) {
        for (const Candidate &c : page) {
            Statement &st = connection.cached(snippetRowSql);
            bindSnippet(st, plan);
            st.bind(2, c.rowId);
            if (StorageError e = readSnippets(st, snippets); e.isError())
                return e;
        }
        return {};
    }
    qint64 low = page.first().rowId, high = low;
    QString wanted = QStringLiteral(",");
    for (const Candidate &c : page) {
        low = std::min(low, c.rowId);
        high = std::max(high, c.rowId);
        wanted += QString::number(c.rowId) + QLatin1Char(',');
    }
    Statement &st = connection.cached(snippetRangeSql);
    bindSnippet(st, plan);
    st.bind(2, low).bind(7, wanted).bind(9, high);
    return readSnippets(st, snippets);
}

// One row of hitSql.
SearchHit hitFrom(const Statement &st, const Candidate &c, const QString &snippet)
{
    SearchHit hit;
    hit.rowId = c.rowId;
    hit.account = st.columnText(0);
    hit.conversation = st.columnText(1);
    hit.kind = enumFromInt(st.columnInt(2), Message::Kind::RoomEvent, Message::Kind::Chat);
    hit.direction = enumFromInt(st.columnInt(3), Message::Direction::Outgoing, Message::Direction::Incoming);
    hit.sender = st.columnText(4);
    hit.serverTime = QDateTime::fromMSecsSinceEpoch(st.columnInt64(5), Qt::UTC);
    hit.snippet = snippet;
    hit.score = c.score;
    hit.position = { st.columnInt64(5), c.rowId };
    return hit;
}

StorageError readHits(SqliteConnection &connection, const QVector<Candidate> &page,
    const QHash<qint64, QString> &snippets, QVector<SearchHit> *hits)
{
    for (const Candidate &c : page) {
        Statement &st = connection.cached(hitSql);
        st.bind(1, c.rowId);
        if (st.step())
            hits->append(hitFrom(st, c, snippets.value(c.rowId)));
        if (StorageError e = finish(st); e.isError())
            return e;
    }
    return {};
}

// The steps of search(). The first error ends it, and so does a step that finds there is
// nothing to look for (without an error).
StorageError findHits(SqliteConnection &connection, const SearchRequest &request, QVector<SearchHit> *hits)
{
    SearchPlan plan(request);
    StorageError error = parseRequest(plan);
    if (error.isError() || plan.findsNothing())
        return error;
    if (error = indexAllPending(connection); error.isError())
        return error;
    if (error = chooseCandidatesSql(connection, plan); error.isError() || plan.candidatesSql.isEmpty())
        return error;
    QVector<Candidate> candidates;
    if (error = collectCandidates(connection, plan, &candidates); error.isError())
        return error;
    const QVector<Candidate> page = bestPage(std::move(candidates), plan.offset, plan.limit);
    if (page.isEmpty())
        return {};
    QHash<qint64, QString> snippets;
    if (error = makeSnippets(connection, plan, page, &snippets); error.isError())
        return error;
    return readHits(connection, page, snippets, hits);
}

} // namespace

QVector<SearchHit> SearchQueries::search(
    SqliteConnection &connection, const SearchRequest &request, StorageError *error)
{
    QVector<SearchHit> hits;
    const StorageError failure = findHits(connection, request, &hits);
    setError(error, failure);
    // A search that failed half-way has no hits, not some of them.
    return failure.isError() ? QVector<SearchHit>() : hits;
}

} // namespace Tandem
