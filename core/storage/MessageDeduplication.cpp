// MessageQueries::store() and storeBatch(): each message is stored once, however many ways it
// arrives (live, carbon, relay, archive). Kept apart from the reading queries in MessageQueries.cpp.
#include "storage/MessageQueries.h"

#include "storage/IdKey.h"
#include "storage/MessageKeys.h"
#include "storage/SqliteConnection.h"
#include "storage/Transaction.h"

#include <QHash>

#include <optional>

namespace Tandem {

namespace {

const QString insertSql = QStringLiteral(
    "INSERT INTO messages (account, conversation, kind, direction, sender, message_id, origin_id, "
    "stanza_id, stanza_id_by, body, server_ts, local_ts, replaces_id, state, from_archive) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
const QString rowIdsSql = QStringLiteral(
    "SELECT account, conversation, origin_id, stanza_id_by, stanza_id FROM messages WHERE id = ?1");
// Only run once the id is known to belong to no other row of the conversation.
const QString completeStanzaIdSql = QStringLiteral(
    "UPDATE messages SET stanza_id = ?2, stanza_id_by = ?3 WHERE id = ?1 AND stanza_id IS NULL");
const QString completeOriginIdSql
    = QStringLiteral("UPDATE messages SET origin_id = ?2 WHERE id = ?1 AND origin_id IS NULL");
// The rows a batch inserted have consecutive ids (a new row gets the largest id + 1, and nothing
// else inserts meanwhile): one statement queues them all, but for room events (kind 3), which are
// not searched (migration 0006).
const QString pendingSearchSql = QStringLiteral(
    "INSERT INTO search_pending (message) SELECT id FROM messages WHERE id BETWEEN ?1 AND ?2 AND kind <> 3");

/// What de-duplication compares of a stored row.
struct RowIds
{
    QString account;
    QString conversation;
    QString originId;
    QString stanzaIdBy;
    QString stanzaId;

    bool sameOrigin(const Message &m) const
    {
        return originId == m.originId && conversation == m.conversation && account == m.account;
    }
    bool sameStanzaId(const Message &m) const
    {
        return stanzaId == m.stanzaId && stanzaIdBy == m.stanzaIdBy && conversation == m.conversation
            && account == m.account;
    }
};

/// Stores one transaction's messages. Every id key of the batch is looked up first, in key order
/// (MessageKeys), the rows go in in the batch's order, and their keys last, in key order again:
/// so a catch-up's random ids cost one pass over the key index per batch, not a random page
/// each. Copies within the batch are found through the keys it added itself.
class BatchWriter
{
public:
    BatchWriter(SqliteConnection &connection, const QByteArray &idKey)
        : m_connection(connection)
        , m_idKey(idKey)
    { }

    StorageError lookUp(const QVector<MessageKeys::Of> &keys)
    {
        QVector<qint64> all;
        all.reserve(keys.size() * 2);
        for (const MessageKeys::Of &k : keys) {
            if (k.origin)
                all.append(k.origin);
            if (k.stanza)
                all.append(k.stanza);
        }
        StorageError error;
        m_candidates = MessageKeys::lookUp(m_connection, all, &error);
        return error;
    }

    StoreResult store(const Message &m, const MessageKeys::Of &keys)
    {
        StoreResult result;
        const qint64 byOrigin = keys.origin
            ? find(
                keys.origin, [&m](const RowIds &r) { return r.sameOrigin(m); }, &result.error)
            : 0;
        const qint64 byStanza = keys.stanza && !result.error.isError()
            ? find(
                keys.stanza, [&m](const RowIds &r) { return r.sameStanzaId(m); }, &result.error)
            : 0;
        if (result.error.isError())
            return result;
        if (byOrigin || byStanza)
            return complete(byOrigin ? byOrigin : byStanza, m, keys, byOrigin, byStanza);

        Statement &st = m_connection.cached(insertSql);
        st.bind(1, m.account)
            .bind(2, m.conversation)
            .bind(3, int(m.kind))
            .bind(4, int(m.direction))
            .bind(5, m.sender)
            .bind(6, m.messageId)
            .bind(7, m.originId)
            .bind(8, m.stanzaId)
            .bind(9, m.stanzaIdBy)
            .bind(10, m.body)
            .bind(11, m.serverTime.toMSecsSinceEpoch())
            .bind(12, m.localTime.toMSecsSinceEpoch())
            .bind(13, m.replacesId)
            .bind(14, int(m.state))
            .bind(15, m.fromArchive ? 1 : 0);
        if (result.error = st.execAndReset(); result.error.isError())
            return result;
        result.rowId = m_connection.lastInsertRowId();
        result.inserted = true;
        addKey(keys.origin, result.rowId);
        addKey(keys.stanza, result.rowId);
        m_inserted.append(result.rowId);
        return result;
    }

    /// Queues the new rows for the search index (indexed later, many at a time:
    /// SearchQueries::indexPending(), migration 0004).
    StorageError finish()
    {
        if (m_inserted.isEmpty())
            return {};
        Q_ASSERT(m_inserted.last() - m_inserted.first() == m_inserted.size() - 1);
        return m_connection.cached(pendingSearchSql)
            .bind(1, m_inserted.first())
            .bind(2, m_inserted.last())
            .execAndReset();
    }

    /// The keys of what store() added and completed, for MessageKeys::add().
    const QVector<std::pair<qint64, qint64>> &newKeys() const { return m_newKeys; }

private:
    template<typename Same> qint64 find(qint64 key, Same same, StorageError *error)
    {
        auto matches = [&](qint64 id) {
            const std::optional<RowIds> ids = row(id, error);
            return !error->isError() && ids && same(*ids);
        };
        for (const qint64 id : m_candidates.value(key)) {
            if (matches(id) || error->isError())
                return error->isError() ? 0 : id;
        }
        for (auto it = m_batchKeys.constFind(key); it != m_batchKeys.constEnd() && it.key() == key; ++it) {
            if (matches(it.value()) || error->isError())
                return error->isError() ? 0 : it.value();
        }
        return 0;
    }

    std::optional<RowIds> row(qint64 id, StorageError *error)
    {
        if (const auto it = m_rows.constFind(id); it != m_rows.constEnd())
            return *it;
        Statement &st = m_connection.cached(rowIdsSql);
        st.bind(1, id);
        std::optional<RowIds> ids;
        if (st.step())
            ids = RowIds { st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
                st.columnText(4) };
        *error = st.error();
        st.reset();
        if (ids)
            m_rows.insert(id, *ids); // a key of a deleted row names nothing: looked for again, harmlessly
        return ids;
    }

    /// \a m is a copy of row \a id: it only completes the ids the row lacks.
    StoreResult complete(
        qint64 id, const Message &m, const MessageKeys::Of &keys, qint64 byOrigin, qint64 byStanza)
    {
        StoreResult result { false, id, {} };
        RowIds &r = m_rows[id];
        // An id the copy found elsewhere belongs to another row: it stays there.
        if (r.stanzaId.isNull() && keys.stanza && !byStanza) {
            Statement &st = m_connection.cached(completeStanzaIdSql);
            result.error = st.bind(1, id).bind(2, m.stanzaId).bind(3, m.stanzaIdBy).execAndReset();
            r.stanzaId = m.stanzaId;
            r.stanzaIdBy = m.stanzaIdBy;
            addKey(keys.stanza, id);
        }
        if (r.originId.isNull() && keys.origin && !byOrigin && !result.error.isError()) {
            Statement &st = m_connection.cached(completeOriginIdSql);
            result.error = st.bind(1, id).bind(2, m.originId).execAndReset();
            r.originId = m.originId;
            addKey(keys.origin, id);
        }
        return result;
    }

    void addKey(qint64 key, qint64 id)
    {
        if (!key)
            return;
        m_batchKeys.insert(key, id);
        m_newKeys.append({ key, id });
    }

    SqliteConnection &m_connection;
    QByteArray m_idKey;
    QHash<qint64, QVector<qint64>> m_candidates; ///< key → rows, as stored before this batch
    QMultiHash<qint64, qint64> m_batchKeys; ///< key → rows, added by this batch
    QHash<qint64, RowIds> m_rows; ///< rows compared so far (read again only once)
    QVector<std::pair<qint64, qint64>> m_newKeys;
    QVector<qint64> m_inserted;
};

} // namespace

StoreResult MessageQueries::store(SqliteConnection &connection, const Message &message)
{
    return storeBatch(connection, { message }).value(0);
}

QVector<StoreResult> MessageQueries::storeBatch(
    SqliteConnection &connection, const QVector<Message> &messages)
{
    QVector<StoreResult> results(messages.size());
    QVector<Message> normalizedMessages(messages.size());
    QVector<MessageKeys::Of> keys(messages.size());
    QVector<bool> valid(messages.size());

    Transaction transaction(connection);
    StorageError error = transaction.error();
    const QByteArray idKey = error.isError() ? QByteArray() : IdKey::databaseKey(connection, &error);
    for (int i = 0; i < messages.size(); ++i) {
        // A malformed message is skipped on its own; only database errors abort the batch.
        results[i].error = validate(messages[i]);
        valid[i] = !results[i].error.isError();
        if (valid[i] && !error.isError()) {
            normalizedMessages[i] = normalized(messages[i]);
            keys[i] = MessageKeys::of(idKey, normalizedMessages[i]);
        }
    }
    BatchWriter writer(connection, idKey);
    if (!error.isError())
        error = writer.lookUp(keys);
    for (int i = 0; i < messages.size() && !error.isError(); ++i) {
        if (!valid[i])
            continue;
        results[i] = writer.store(normalizedMessages[i], keys[i]);
        error = results[i].error;
    }
    if (!error.isError())
        error = writer.finish();
    // The keys go in at the end of the outermost transaction: only once this one stands. Where it
    // is a savepoint, that is after its release; where it commits, before (it flushes them).
    if (!error.isError() && !transaction.isNested())
        MessageKeys::add(connection, writer.newKeys());
    if (!error.isError())
        error = transaction.commit();
    if (!error.isError() && transaction.isNested())
        MessageKeys::add(connection, writer.newKeys());
    if (error.isError()) {
        // All or nothing: the transaction is rolled back, so no result may claim a row.
        for (int i = 0; i < results.size(); ++i) {
            if (valid[i])
                results[i] = StoreResult { false, 0, error };
        }
    }
    return results;
}

} // namespace Tandem
