// Value types of full-text search (MessageStore::search, SearchQueries).
#pragma once

#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Tandem {

/// What to search for. The query is user input in a simple syntax that can never produce an SQL
/// or FTS5 syntax error:
///   - words separated by spaces must all occur, in any order (ignoring case, and the diacritics of
///     Latin letters);
///   - "several words" in double quotes must occur as a phrase (an unclosed quote runs to the end);
///   - a word or phrase followed by * matches as a prefix (tea* finds teapot);
///   - everything else is searched literally: AND, OR, NOT, NEAR, -, +, :, ^, (, ) and stray quotes
///     are not operators. Punctuation only separates words.
struct SearchRequest
{
    QString account;
    QString query;
    QString conversation; ///< empty: all conversations of the account
    int limit = 50; ///< hits to return, 1..1000
    int offset = 0; ///< hits to skip, for "more results"
    /// Ranking window: a word found in more messages than this is ranked among its most recently
    /// stored matches only (ranking every match of a very common word costs far more than it is
    /// worth; see tests/bench/archive/RESULTS.md). Raised to offset + limit if smaller.
    int candidateLimit = 1000;
    QString snippetStart = QStringLiteral("[");
    QString snippetEnd = QStringLiteral("]");
    QString snippetEllipsis = QStringLiteral("…");
    int snippetTokens = 16; ///< length of the snippet in words, 1..64
};

/// One message that matched, with what is needed to show it and to open it in context.
struct SearchHit
{
    qint64 rowId = 0;
    QString account;
    QString conversation;
    Message::Kind kind = Message::Kind::Chat;
    Message::Direction direction = Message::Direction::Incoming;
    QString sender;
    QDateTime serverTime; ///< UTC
    /// Part of the body around the matched words, which are wrapped in the request's markers.
    /// Plain text: the markers are the only thing added (a body containing "[" is not escaped).
    QString snippet;
    /// BM25 relevance as SQLite computes it: lower (more negative) is more relevant.
    double score = 0;
    /// The hit's place in its conversation: MessageStore::history(before = position) is the page
    /// just before it, MessageStore::around(rowId) the page around it.
    HistoryCursor position;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::SearchHit)
