// Full-text search SQL (FTS5), run synchronously on the database thread.
#pragma once

#include "storage/SearchTypes.h"
#include "storage/StorageError.h"

#include <QVector>

namespace Tandem {

class SqliteConnection;

/// Synchronous search queries for use inside Database::run() jobs (MessageStore wraps them).
/// The index is the FTS5 table messages_fts of migration 0002_search.sql. The SQL functions
/// (registerFunctions()) are defined in SearchFunctions.cpp.
class SearchQueries
{
public:
    /// Longest query text accepted, in UTF-16 code units.
    static constexpr int maxQueryLength = 1024;

    /// The FTS5 MATCH expression for user input in the simple syntax of SearchRequest: every
    /// word or phrase becomes a quoted FTS5 string, so nothing the user types is an operator.
    /// Empty when the input holds nothing to search for.
    static QString matchExpression(const QString &userQuery);

    /// The best hits for \a request: ranked by BM25 (the SQL function tandem_rank(), which equals
    /// bm25() but estimates the frequency of phrases found in more than 10,000 messages) among
    /// the request's ranking window, then newest first among equal scores. An empty or blank
    /// query gives no hits and no error; so does a query of punctuation only.
    static QVector<SearchHit> search(
        SqliteConnection &connection, const SearchRequest &request, StorageError *error = nullptr);

    /// Indexes up to \a maxRows of the stored messages not yet in the full-text index (table
    /// search_pending, oldest first), in one transaction; \a more tells whether some remain.
    /// MessageStore runs it while the storage thread is idle, search() before searching.
    static StorageError indexPending(SqliteConnection &connection, int maxRows, bool *more = nullptr);
    /// Rows indexPending() indexes per transaction when the storage thread is idle: large enough
    /// to pay FTS5's per-transaction cost rarely, small enough (~50 ms) that a job queued
    /// meanwhile hardly waits.
    static constexpr int idleIndexRows = 10000;

    /// Registers the SQL functions search needs (the FTS5 functions tandem_rank and
    /// tandem_snippet) on a newly opened connection; DatabaseOpener calls it.
    static StorageError registerFunctions(SqliteConnection &connection);

    /// Bodies up to this size (UTF-8 bytes) get FTS5's snippet(), which picks the best window but
    /// is quadratic in the number of matches in the body; longer ones a linear snippet centred on
    /// the first match.
    static constexpr int snippetLimitBytes = 2048;

    /// Conversations with at most this many messages are searched from the conversation's side
    /// (its row ids filter the matches); larger ones from the index's side.
    static constexpr int smallConversationLimit = 20000;
};

} // namespace Tandem
