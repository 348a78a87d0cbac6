// The SQL functions of search, tandem_snippet() and tandem_rank(): FTS5 auxiliary functions run
// by SQLite on the database thread, registered on every connection by SearchQueries::registerFunctions().
#include "storage/SearchQueries.h"

#include "storage/SqliteConnection.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace Tandem {

namespace {

// Matches of a phrase counted exactly for tandem_rank(); beyond, the count is extrapolated.
constexpr int rankCountLimit = 10000;

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

} // namespace Tandem
