#include "storage/SearchQueries.h"

#include "Logging.h"
#include "storage/MessageQueries.h"
#include "storage/SqliteConnection.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

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
const QString indexSql = QStringLiteral("INSERT INTO messages_fts (rowid, body) VALUES (?1, ?2)");

// Matches of a phrase counted exactly for tandem_rank(); beyond, the count is extrapolated.
constexpr int rankCountLimit = 10000;

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

// tandem_snippet(fts, start, end, ellipsis, tokens): the same output as snippet() for column 0,
// but the window is simply centred on the first match instead of being the best-scoring one, in
// time linear in the size of the body. Runs inside SQLite on the database thread.
struct SnippetBuilder
{
    const char *text = nullptr;
    int textSize = 0;
    int first = 0; // window, in tokens
    int last = 0;
    std::vector<std::pair<int, int>> spans; // highlighted token ranges, sorted, inside the window
    size_t span = 0;
    std::string start, end, ellipsis;
    std::string out;
    int position = 0;
    int copied = 0; // bytes of text already in out
    bool windowReachesEnd = true;
};

int snippetToken(void *context, int flags, const char *, int, int startByte, int endByte)
{
    auto *b = static_cast<SnippetBuilder *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    const int i = b->position++;
    if (i < b->first)
        return SQLITE_OK;
    if (i > b->last) {
        b->windowReachesEnd = false;
        return SQLITE_DONE; // stops the tokenizer
    }
    if (i == b->first && i > 0) {
        b->out += b->ellipsis;
        b->copied = startByte;
    }
    if (b->span < b->spans.size() && b->spans[b->span].first == i) {
        b->out.append(b->text + b->copied, size_t(startByte - b->copied));
        b->out += b->start;
        b->copied = startByte;
    }
    if (b->span < b->spans.size() && b->spans[b->span].second == i) {
        b->out.append(b->text + b->copied, size_t(endByte - b->copied));
        b->out += b->end;
        b->copied = endByte;
        ++b->span;
    }
    if (i == b->last) {
        b->out.append(b->text + b->copied, size_t(endByte - b->copied));
        b->copied = endByte;
    }
    return SQLITE_OK;
}

void tandemSnippet(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 4) {
        sqlite3_result_error(context, "tandem_snippet() takes 4 arguments after the table", -1);
        return;
    }
    auto text = [](sqlite3_value *v) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_value_text(v));
        return std::string(t ? t : "");
    };
    SnippetBuilder b;
    b.start = text(argv[0]);
    b.end = text(argv[1]);
    b.ellipsis = text(argv[2]);
    const int tokens = std::clamp(sqlite3_value_int(argv[3]), 1, 64);

    int rc = api->xColumnText(fts, 0, &b.text, &b.textSize);
    if (!b.text) {
        b.text = "";
        b.textSize = 0;
    }
    int total = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, 0, &total);
    int instances = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    std::vector<std::pair<int, int>> spans;
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column == 0)
            spans.emplace_back(offset, offset + std::max(1, api->xPhraseSize(fts, phrase)) - 1);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::sort(spans.begin(), spans.end());
    const int firstHit = spans.empty() ? 0 : spans.front().first;
    const int firstSize = spans.empty() ? 1 : spans.front().second - spans.front().first + 1;
    b.first = std::max(0, std::min(firstHit - (tokens - firstSize) / 2, total - tokens));
    b.last = b.first + tokens - 1;
    // Overlapping matches (a phrase and one of its words) become one highlighted range.
    for (const auto &s : spans) {
        const std::pair<int, int> clipped { std::max(s.first, b.first), std::min(s.second, b.last) };
        if (clipped.first > clipped.second)
            continue;
        if (!b.spans.empty() && clipped.first <= b.spans.back().second)
            b.spans.back().second = std::max(b.spans.back().second, clipped.second);
        else
            b.spans.push_back(clipped);
    }
    rc = api->xTokenize(fts, b.text, b.textSize, &b, snippetToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (b.windowReachesEnd)
        b.out.append(b.text + b.copied, size_t(b.textSize - b.copied));
    else
        b.out += b.ellipsis;
    sqlite3_result_text(context, b.out.data(), int(b.out.size()), SQLITE_TRANSIENT);
}

// tandem_rank(fts): BM25 with bm25()'s constants (k1 = 1.2, b = 0.75) and formula:
//   -sum over phrases of idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / average length)),
//   idf = log((rows - n + 0.5) / (n + 0.5)), at least 1e-6,
// f being the phrase's matches in the row and n the rows it matches. bm25() counts n exactly by
// walking every match of the phrase; here the walk (oldest rows first) stops after
// rankCountLimit matches and n is extrapolated from how far it got, so up to that many matches
// the score equals bm25() and beyond it an estimate costs ~0.2 ms instead of ~12 ms per phrase.
struct RankData
{
    double averageLength = 1;
    std::vector<double> idf;
};

struct PhraseCount
{
    int count = 0;
    sqlite3_int64 lastRowId = 0;
};

int countPhraseRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *context)
{
    auto *c = static_cast<PhraseCount *>(context);
    c->lastRowId = api->xRowid(fts);
    return ++c->count >= rankCountLimit ? SQLITE_DONE : SQLITE_OK;
}

void tandemRank(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **)
{
    if (argc != 0) {
        sqlite3_result_error(context, "tandem_rank() takes only the table", -1);
        return;
    }
    int rc = SQLITE_OK;
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (!data) {
        // Once per query.
        auto owned = std::make_unique<RankData>();
        sqlite3_int64 rows = 0, tokens = 0;
        rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        if (rc == SQLITE_OK && rows > 0)
            owned->averageLength = double(tokens) / double(rows);
        // The current row is the first of the walk, the newest match: its rowid tells how far up
        // the rowids go.
        const double maxRowId = double(std::max<sqlite3_int64>(api->xRowid(fts), rows));
        const int phrases = api->xPhraseCount(fts);
        for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
            PhraseCount count;
            rc = api->xQueryPhrase(fts, i, &count, countPhraseRow);
            double n = count.count;
            if (count.count >= rankCountLimit && count.lastRowId > 0)
                n = std::min(double(rows), n * maxRowId / double(count.lastRowId));
            const double idf = std::log((double(rows) - n + 0.5) / (n + 0.5));
            owned->idf.push_back(idf > 0 ? idf : 1e-6);
        }
        if (rc == SQLITE_OK)
            rc = api->xSetAuxdata(fts, owned.get(), [](void *p) { delete static_cast<RankData *>(p); });
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        data = owned.release();
    }
    std::vector<int> frequency(data->idf.size(), 0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < frequency.size())
            ++frequency[size_t(phrase)];
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const double norm = k1 * (1 - b + b * double(length) / data->averageLength);
    double score = 0;
    for (size_t i = 0; i < frequency.size(); ++i)
        score += data->idf[i] * (double(frequency[i]) * (k1 + 1)) / (double(frequency[i]) + norm);
    sqlite3_result_double(context, -score);
}

} // namespace

StorageError SearchQueries::registerFunctions(SqliteConnection &connection)
{
    sqlite3 *db = connection.handle();
    if (!db)
        return connection.notOpenError();
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2) {
        return StorageError(
            StorageError::Other, StorageError::tr("This SQLite library has no full-text search (FTS5)."), rc);
    }
    rc = api->xCreateFunction(api, "tandem_snippet", nullptr, tandemSnippet, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "tandem_rank", nullptr, tandemRank, nullptr);
    return rc == SQLITE_OK ? StorageError() : connection.errorFor(rc);
}

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

StorageError SearchQueries::indexInserted(SqliteConnection &connection, qint64 rowId, const QString &body)
{
    Statement &st = connection.cached(indexSql);
    st.bind(1, rowId).bind(2, body);
    return st.exec() ? StorageError() : st.error();
}

QVector<SearchHit> SearchQueries::search(
    SqliteConnection &connection, const SearchRequest &request, StorageError *error)
{
    setError(error, {});
    if (request.query.size() > maxQueryLength) {
        setError(error,
            StorageError(StorageError::Other,
                StorageError::tr("The search text is too long (at most %1 characters).")
                    .arg(maxQueryLength)));
        return {};
    }
    int replaced = 0;
    const QString expression = matchExpression(MessageQueries::sanitizedText(request.query, &replaced));
    const int limit = std::clamp(request.limit, 0, 1000);
    const int offset = std::max(0, request.offset);
    if (expression.isEmpty() || limit == 0)
        return {};
    const int window = std::max(request.candidateLimit, offset + limit);

    QString candidatesSql = candidatesAllSql;
    if (!request.conversation.isEmpty()) {
        Statement &count = connection.cached(boundedCountSql);
        count.bind(1, request.account).bind(2, request.conversation).bind(3, smallConversationLimit + 1);
        const qint64 size = count.step() ? count.columnInt64(0) : 0;
        if (count.hasError()) {
            setError(error, count.error());
            count.reset();
            return {};
        }
        count.reset();
        if (size == 0)
            return {};
        candidatesSql = size <= smallConversationLimit ? candidatesSmallConversationSql
                                                       : candidatesLargeConversationSql;
    }

    QVector<Candidate> candidates;
    {
        Statement &st = connection.cached(candidatesSql);
        st.bind(1, expression).bind(2, request.account).bind(3, window);
        if (!request.conversation.isEmpty())
            st.bind(4, request.conversation);
        while (st.step())
            candidates.append({ st.columnInt64(0), st.columnDouble(1), st.columnInt64(2) });
        if (st.hasError()) {
            qCWarning(lcStorage) << "Search for" << expression << "failed:" << st.error().message();
            setError(error, st.error());
            st.reset();
            return {};
        }
        st.reset();
    }
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
    QVector<Candidate> chosen(candidates.begin() + offset, candidates.begin() + end);

    // Snippets, by row id.
    QHash<qint64, QString> snippets;
    const int tokens = std::clamp(request.snippetTokens, 1, 64);
    auto bindSnippet = [&](Statement &st) {
        st.bind(1, expression)
            .bind(3, request.snippetStart)
            .bind(4, request.snippetEnd)
            .bind(5, request.snippetEllipsis)
            .bind(6, tokens)
            .bind(8, snippetLimitBytes);
    };
    auto readSnippets = [&](Statement &st) {
        while (st.step()) {
            if (!st.columnIsNull(1))
                snippets.insert(st.columnInt64(0), st.columnText(1));
        }
        const bool ok = !st.hasError();
        if (!ok)
            setError(error, st.error());
        st.reset();
        return ok;
    };
    if (request.conversation.isEmpty()) {
        qint64 low = chosen.first().rowId, high = low;
        QString wanted = QStringLiteral(",");
        for (const Candidate &c : chosen) {
            low = std::min(low, c.rowId);
            high = std::max(high, c.rowId);
            wanted += QString::number(c.rowId) + QLatin1Char(',');
        }
        Statement &st = connection.cached(snippetRangeSql);
        bindSnippet(st);
        st.bind(2, low).bind(7, wanted).bind(9, high);
        if (!readSnippets(st))
            return {};
    } else {
        for (const Candidate &c : chosen) {
            Statement &st = connection.cached(snippetRowSql);
            bindSnippet(st);
            st.bind(2, c.rowId);
            if (!readSnippets(st))
                return {};
        }
    }

    QVector<SearchHit> hits;
    for (const Candidate &c : chosen) {
        Statement &st = connection.cached(hitSql);
        st.bind(1, c.rowId);
        if (st.step()) {
            SearchHit hit;
            hit.rowId = c.rowId;
            hit.account = st.columnText(0);
            hit.conversation = st.columnText(1);
            hit.kind = enumFromInt(st.columnInt(2), Message::Kind::GroupChatPrivate, Message::Kind::Chat);
            hit.direction
                = enumFromInt(st.columnInt(3), Message::Direction::Outgoing, Message::Direction::Incoming);
            hit.sender = st.columnText(4);
            hit.serverTime = QDateTime::fromMSecsSinceEpoch(st.columnInt64(5), Qt::UTC);
            hit.snippet = snippets.value(c.rowId);
            hit.score = c.score;
            hit.position = { st.columnInt64(5), c.rowId };
            hits.append(hit);
        }
        if (st.hasError()) {
            setError(error, st.error());
            st.reset();
            return {};
        }
        st.reset();
    }
    return hits;
}

} // namespace Tandem
