// MessageQueries::store() and storeBatch(): each message is stored once, however many ways it
// arrives (live, carbon, relay, archive). Kept apart from the reading queries in MessageQueries.cpp.
#include "storage/MessageQueries.h"

#include "Logging.h"
#include "storage/IdKey.h"
#include "storage/SqliteConnection.h"
#include "storage/Transaction.h"

namespace Tandem {

namespace {

const QString insertSql = QStringLiteral(
    "INSERT INTO messages (account, conversation, kind, direction, sender, message_id, origin_id, "
    "stanza_id, stanza_id_by, body, server_ts, local_ts, replaces_id, state, from_archive, origin_key, "
    "stanza_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");

// Both lookups return: id, has stanza-id, has origin-id. The key finds the candidates (INDEXED BY:
// without statistics the planner would rather walk messages_history for the two text columns),
// the text columns decide (IdKey.h).
const QString findByOriginSql = QStringLiteral(
    "SELECT id, stanza_id IS NOT NULL, origin_id IS NOT NULL FROM messages INDEXED BY messages_origin_key "
    "WHERE origin_key = ?4 AND account = ?1 AND conversation = ?2 AND origin_id = ?3 LIMIT 1");
const QString findByStanzaIdSql = QStringLiteral(
    "SELECT id, stanza_id IS NOT NULL, origin_id IS NOT NULL FROM messages INDEXED BY messages_stanza_key "
    "WHERE stanza_key = ?5 AND account = ?1 AND conversation = ?2 AND stanza_id_by = ?3 AND stanza_id = ?4 "
    "LIMIT 1");
// Only called once the id is known to belong to no other row of the conversation.
const QString completeStanzaIdSql = QStringLiteral("UPDATE messages SET stanza_id = ?2, stanza_id_by = ?3, "
                                                   "stanza_key = ?4 WHERE id = ?1 AND stanza_id IS NULL");
const QString pendingSearchSql = QStringLiteral("INSERT INTO search_pending (message) VALUES (?1)");
const QString completeOriginIdSql = QStringLiteral(
    "UPDATE messages SET origin_id = ?2, origin_key = ?3 WHERE id = ?1 AND origin_id IS NULL");

QString nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

QString emptyIfNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

struct Existing
{
    qint64 id = 0;
    bool hasStanzaId = false;
    bool hasOriginId = false;
};

Existing readExisting(Statement &st)
{
    Existing existing;
    if (st.step())
        existing = { st.columnInt64(0), st.columnInt(1) != 0, st.columnInt(2) != 0 };
    return existing;
}

} // namespace

QString MessageQueries::sanitizedText(const QString &text, int *replaced)
{
    *replaced = 0;
    const int n = text.size();
    const QChar *data = text.constData();
    auto badAt = [&](int i, bool *pair) {
        const QChar c = data[i];
        *pair = false;
        if (c.unicode() == 0)
            return true;
        if (c.isHighSurrogate()) {
            *pair = i + 1 < n && data[i + 1].isLowSurrogate();
            return !*pair;
        }
        return c.isLowSurrogate();
    };
    int first = -1;
    for (int i = 0; i < n && first < 0; ++i) {
        bool pair = false;
        if (badAt(i, &pair))
            first = i;
        else if (pair)
            ++i;
    }
    if (first < 0)
        return text;
    QString clean = text;
    QChar *out = clean.data();
    for (int i = first; i < n; ++i) {
        bool pair = false;
        if (badAt(i, &pair)) {
            out[i] = QChar(QChar::ReplacementCharacter);
            ++*replaced;
        } else if (pair) {
            ++i;
        }
    }
    return clean;
}

Message MessageQueries::normalized(const Message &message)
{
    Message m = message;
    m.messageId = nullIfEmpty(m.messageId);
    m.originId = nullIfEmpty(m.originId);
    m.replacesId = nullIfEmpty(m.replacesId);
    m.stanzaId = nullIfEmpty(m.stanzaId);
    m.stanzaIdBy = nullIfEmpty(m.stanzaIdBy);
    if (m.stanzaId.isNull() != m.stanzaIdBy.isNull()) {
        // XEP-0359 requires "by"; without it the id cannot be trusted or compared.
        qCDebug(lcStorage) << "Ignoring stanza-id without 'by' in" << m.conversation;
        m.stanzaId.clear();
        m.stanzaIdBy.clear();
    }
    m.sender = emptyIfNull(m.sender);
    m.body = emptyIfNull(m.body);
    int replaced = 0;
    m.body = sanitizedText(m.body, &replaced);
    if (replaced) {
        qCWarning(lcStorage) << "Replaced" << replaced
                             << "invalid characters (NUL or unpaired surrogates) in a message body in"
                             << m.conversation;
    }
    if (!m.localTime.isValid())
        m.localTime = QDateTime::currentDateTimeUtc();
    if (!m.serverTime.isValid())
        m.serverTime = m.localTime;
    return m;
}

StorageError MessageQueries::validate(const Message &message)
{
    if (message.account.isEmpty() || message.conversation.isEmpty()) {
        return StorageError(StorageError::Other,
            StorageError::tr("A message without account or conversation cannot be stored."));
    }
    return {};
}

StoreResult MessageQueries::store(SqliteConnection &connection, const Message &message)
{
    if (StorageError invalid = validate(message); invalid.isError())
        return { false, 0, invalid };
    Transaction transaction(connection);
    if (transaction.error().isError())
        return { false, 0, transaction.error() };
    StoreResult result = storeInTransaction(connection, message);
    if (!result.error.isError())
        result.error = transaction.commit();
    if (result.error.isError())
        result.inserted = false;
    return result;
}

QVector<StoreResult> MessageQueries::storeBatch(
    SqliteConnection &connection, const QVector<Message> &messages)
{
    QVector<StoreResult> results;
    results.reserve(messages.size());
    Transaction transaction(connection);
    StorageError error = transaction.error();
    for (const Message &message : messages) {
        if (error.isError())
            break;
        // A malformed message is skipped on its own; only database errors abort the batch.
        if (StorageError invalid = validate(message); invalid.isError()) {
            results.append({ false, 0, invalid });
            continue;
        }
        results.append(storeInTransaction(connection, message));
        error = results.last().error;
    }
    if (!error.isError())
        error = transaction.commit();
    if (error.isError()) {
        // All or nothing: the transaction is rolled back, so no result may claim a row.
        results.fill(StoreResult { false, 0, error }, messages.size());
    }
    return results;
}

namespace {

Existing findByOrigin(
    SqliteConnection &connection, const QByteArray &key, const Message &m, StorageError *error)
{
    Statement &st = connection.cached(findByOriginSql);
    st.bind(1, m.account)
        .bind(2, m.conversation)
        .bind(3, m.originId)
        .bind(4, IdKey::origin(key, m.account, m.conversation, m.originId));
    const Existing existing = readExisting(st);
    *error = st.error();
    st.reset();
    return existing;
}

Existing findByStanzaId(
    SqliteConnection &connection, const QByteArray &key, const Message &m, StorageError *error)
{
    Statement &st = connection.cached(findByStanzaIdSql);
    st.bind(1, m.account)
        .bind(2, m.conversation)
        .bind(3, m.stanzaIdBy)
        .bind(4, m.stanzaId)
        .bind(5, IdKey::stanza(key, m.account, m.conversation, m.stanzaIdBy, m.stanzaId));
    const Existing existing = readExisting(st);
    *error = st.error();
    st.reset();
    return existing;
}

} // namespace

StoreResult MessageQueries::storeInTransaction(SqliteConnection &connection, const Message &message)
{
    StoreResult result;
    const Message m = normalized(message);
    const QByteArray key = IdKey::databaseKey(connection, &result.error);
    if (result.error.isError())
        return result;

    // Looked up by both ids: a copy may carry either, and an id the row lacks may belong to
    // another row (no unique index enforces it any more; this single writer does).
    Existing byOrigin;
    Existing byStanza;
    if (!m.originId.isNull())
        byOrigin = findByOrigin(connection, key, m, &result.error);
    if (!m.stanzaId.isNull() && !result.error.isError())
        byStanza = findByStanzaId(connection, key, m, &result.error);
    if (result.error.isError())
        return result;

    if (byOrigin.id || byStanza.id) {
        const Existing &existing = byOrigin.id ? byOrigin : byStanza;
        result.rowId = existing.id;
        if (!existing.hasStanzaId && !m.stanzaId.isNull() && !byStanza.id) {
            Statement &st = connection.cached(completeStanzaIdSql);
            st.bind(1, existing.id)
                .bind(2, m.stanzaId)
                .bind(3, m.stanzaIdBy)
                .bind(4, IdKey::stanza(key, m.account, m.conversation, m.stanzaIdBy, m.stanzaId));
            if (!st.exec())
                result.error = st.error();
        }
        if (!existing.hasOriginId && !m.originId.isNull() && !byOrigin.id && !result.error.isError()) {
            Statement &st = connection.cached(completeOriginIdSql);
            st.bind(1, existing.id)
                .bind(2, m.originId)
                .bind(3, IdKey::origin(key, m.account, m.conversation, m.originId));
            if (!st.exec())
                result.error = st.error();
        }
        return result;
    }

    Statement &st = connection.cached(insertSql);
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
    if (m.originId.isNull())
        st.bindNull(16);
    else
        st.bind(16, IdKey::origin(key, m.account, m.conversation, m.originId));
    if (m.stanzaId.isNull())
        st.bindNull(17);
    else
        st.bind(17, IdKey::stanza(key, m.account, m.conversation, m.stanzaIdBy, m.stanzaId));
    if (!st.exec()) {
        result.error = st.error();
        return result;
    }
    result.rowId = connection.lastInsertRowId();
    // Indexed for search later, many rows at a time: SearchQueries::indexPending() (migration 0004).
    Statement &pending = connection.cached(pendingSearchSql);
    pending.bind(1, result.rowId);
    if (!pending.exec()) {
        result.error = pending.error();
        result.rowId = 0;
        return result;
    }
    result.inserted = true;
    return result;
}

} // namespace Tandem
