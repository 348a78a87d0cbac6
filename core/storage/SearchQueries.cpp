#include "storage/SearchQueries.h"

#include "Logging.h"
#include "storage/MessageQueries.h"
#include "storage/SqliteConnection.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace Tandem {

namespace {

// Candidates: the most recently stored matches (FTS5 walks its doclist by descending rowid and
// stops at the LIMIT), with their BM25 score. Ranking every match instead costs ~300 ms for a
// word in a quarter of a million messages, almost all of it in bm25() itself.
const QString candidatesAllSql = QStringLiteral(
    "SELECT messages_fts.rowid, bm25(messages_fts), m.server_ts "
    "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 AND m.account = ?2 "
    "ORDER BY messages_fts.rowid DESC LIMIT ?3");
// A large conversation: same walk, keeping the conversation's rows.
const QString candidatesLargeConversationSql = QStringLiteral(
    "SELECT messages_fts.rowid, bm25(messages_fts), m.server_ts "
    "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 AND m.account = ?2 AND m.conversation = ?4 "
    "ORDER BY messages_fts.rowid DESC LIMIT ?3");
// A small conversation: its row ids are collected once (from messages_history) and filter the
// matches before the join, so a common word does not cost a table lookup per match. The unary
// + keeps the IN list away from FTS5, which would otherwise seek once per id and sort.
const QString candidatesSmallConversationSql = QStringLiteral(
    "SELECT messages_fts.rowid, bm25(messages_fts), m.server_ts "
    "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 "
    "AND +messages_fts.rowid IN (SELECT id FROM messages WHERE account = ?2 AND conversation = ?4) "
    "ORDER BY messages_fts.rowid DESC LIMIT ?3");
// Counts up to smallConversationLimit + 1 rows only.
const QString boundedCountSql = QStringLiteral(
    "SELECT count(*) FROM (SELECT 1 FROM messages WHERE account = ?1 AND conversation = ?2 LIMIT ?3)");
// One hit: the row and its snippet (the MATCH is needed for snippet() to know the phrases).
// FTS5's snippet() scores a window around every match against every other match: quadratic in
// the matches of the body (a 32 KB body of one repeated word takes 1.7 s, 10 MB hours), so
// bodies longer than snippetLimitBytes get tandem_snippet(), which is linear (see below).
const QString hitSql = QStringLiteral(
    "SELECT m.account, m.conversation, m.kind, m.direction, m.sender, m.server_ts, "
    "CASE WHEN length(CAST(m.body AS BLOB)) <= ?7 THEN snippet(messages_fts, 0, ?3, ?4, ?5, ?6) "
    "ELSE tandem_snippet(messages_fts, ?3, ?4, ?5, ?6) END "
    "FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 AND messages_fts.rowid = ?2");
const QString indexSql = QStringLiteral("INSERT INTO messages_fts (rowid, body) VALUES (?1, ?2)");

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

void tandemSnippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
    sqlite3_value **argv)
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
        return StorageError(StorageError::Other,
            StorageError::tr("This SQLite library has no full-text search (FTS5)."), rc);
    }
    rc = api->xCreateFunction(api, "tandem_snippet", nullptr, tandemSnippet, nullptr);
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
                StorageError::tr("The search text is too long (at most %1 characters).").arg(maxQueryLength)));
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
        candidatesSql
            = size <= smallConversationLimit ? candidatesSmallConversationSql : candidatesLargeConversationSql;
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

    QVector<SearchHit> hits;
    const int end = std::min<int>(candidates.size(), offset + limit);
    const int tokens = std::clamp(request.snippetTokens, 1, 64);
    for (int i = offset; i < end; ++i) {
        const Candidate &c = candidates.at(i);
        Statement &st = connection.cached(hitSql);
        st.bind(1, expression)
            .bind(2, c.rowId)
            .bind(3, request.snippetStart)
            .bind(4, request.snippetEnd)
            .bind(5, request.snippetEllipsis)
            .bind(6, tokens)
            .bind(7, snippetLimitBytes);
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
            hit.snippet = st.columnText(6);
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
