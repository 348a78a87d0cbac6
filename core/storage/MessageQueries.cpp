// The reading side of MessageQueries (history, paging, outbox, delivery states, summaries);
// storing and de-duplication are in MessageDeduplication.cpp.
#include "storage/MessageQueries.h"

#include "storage/IdKey.h"
#include "storage/SqliteConnection.h"

#include <algorithm>

namespace Tandem {

namespace {

// Column order shared by every SELECT that builds a Message (see readMessage()).
#define MESSAGE_COLUMNS                                                                                      \
    "id, account, conversation, kind, direction, sender, message_id, origin_id, stanza_id, stanza_id_by, "   \
    "body, server_ts, local_ts, replaces_id, state, from_archive, failure, send_attempts"

const QString historySql
    = QStringLiteral("SELECT " MESSAGE_COLUMNS " FROM messages WHERE account = ?1 AND conversation = ?2 "
                     "AND (server_ts, id) < (?3, ?4) ORDER BY server_ts DESC, id DESC LIMIT ?5");
const QString newestSql
    = QStringLiteral("SELECT " MESSAGE_COLUMNS " FROM messages WHERE account = ?1 AND conversation = ?2 "
                     "ORDER BY server_ts DESC, id DESC LIMIT ?3");
// Forward paging (export, scrolling down from a search hit): oldest first.
const QString historyAfterSql
    = QStringLiteral("SELECT " MESSAGE_COLUMNS " FROM messages WHERE account = ?1 AND conversation = ?2 "
                     "AND (server_ts, id) > (?3, ?4) ORDER BY server_ts, id LIMIT ?5");
const QString oldestSql
    = QStringLiteral("SELECT " MESSAGE_COLUMNS " FROM messages WHERE account = ?1 AND conversation = ?2 "
                     "ORDER BY server_ts, id LIMIT ?3");
const QString rowSql = QStringLiteral(
    "SELECT " MESSAGE_COLUMNS " FROM messages WHERE id = ?1 AND account = ?2 AND conversation = ?3");
const QString positionOfStanzaIdSql = QStringLiteral(
    "SELECT m.server_ts, m.id FROM message_keys_all AS k CROSS JOIN messages AS m ON m.id = k.message "
    "WHERE k.key = ?5 AND m.account = ?1 AND m.conversation = ?2 AND m.stanza_id_by = ?3 "
    "AND m.stanza_id = ?4 LIMIT 1");
// "state IN (1, 2)" must match the partial index messages_outbox literally.
const QString outboxSql = QStringLiteral(
    "SELECT " MESSAGE_COLUMNS " FROM messages WHERE account = ?1 AND state IN (1, 2) AND direction = 1 "
    "ORDER BY server_ts, id");
// An outgoing message is found by its origin-id, which Tandem sets to its id; a receipt or an
// error may also name the id of a message that carried a different origin-id (sent by another
// client of the account): that one is looked for among the conversation's newest messages only,
// since no index of message ids is kept (migration 0004).
const QString setStateSql = QStringLiteral(
    "UPDATE messages SET state = ?5, failure = CASE WHEN ?5 = 4 THEN ?8 END WHERE id IN ("
    "SELECT m.id FROM message_keys_all AS k CROSS JOIN messages AS m ON m.id = k.message WHERE k.key = ?6 "
    "AND m.account = ?1 AND m.conversation = ?2 AND m.origin_id = ?3 "
    "UNION SELECT id FROM (SELECT id, message_id FROM messages WHERE account = ?1 AND conversation = ?2 "
    "ORDER BY server_ts DESC, id DESC LIMIT ?7) WHERE message_id = ?3) "
    "AND direction = 1 AND ((1 << state) & ?4) != 0");
const QString countAttemptSql
    = QStringLiteral("UPDATE messages SET send_attempts = send_attempts + 1 WHERE id = ?1 AND direction = 1");
const QString countSql
    = QStringLiteral("SELECT count(*) FROM messages WHERE account = ?1 AND conversation = ?2");

// How far back a receipt or error may name a message by an id other than its origin-id.
constexpr int recentIdWindow = 500;

template<typename Enum> Enum enumFromInt(int value, Enum last, Enum fallback)
{
    return value >= 0 && value <= int(last) ? Enum(value) : fallback;
}

void setError(StorageError *target, const StorageError &error)
{
    if (target)
        *target = error;
}

} // namespace

Message MessageQueries::readMessage(const Statement &st)
{
    Message m;
    m.rowId = st.columnInt64(0);
    m.account = st.columnText(1);
    m.conversation = st.columnText(2);
    m.kind = enumFromInt(st.columnInt(3), Message::Kind::RoomEvent, Message::Kind::Chat);
    m.direction = enumFromInt(st.columnInt(4), Message::Direction::Outgoing, Message::Direction::Incoming);
    m.sender = st.columnText(5);
    m.messageId = st.columnText(6);
    m.originId = st.columnText(7);
    m.stanzaId = st.columnText(8);
    m.stanzaIdBy = st.columnText(9);
    m.body = st.columnText(10);
    m.serverTime = QDateTime::fromMSecsSinceEpoch(st.columnInt64(11), Qt::UTC);
    m.localTime = QDateTime::fromMSecsSinceEpoch(st.columnInt64(12), Qt::UTC);
    m.replacesId = st.columnText(13);
    m.state = enumFromInt(st.columnInt(14), Message::DeliveryState::Failed, Message::DeliveryState::Received);
    m.fromArchive = st.columnInt(15) != 0;
    m.failure = st.columnText(16);
    m.sendAttempts = st.columnInt(17);
    return m;
}

QVector<Message> MessageQueries::readMessages(Statement &st, StorageError *error)
{
    QVector<Message> messages;
    while (st.step())
        messages.append(readMessage(st));
    setError(error, st.error());
    if (st.hasError())
        messages.clear();
    st.reset();
    return messages;
}

QVector<Message> MessageQueries::history(SqliteConnection &connection, const QString &account,
    const QString &conversation, int limit, const HistoryCursor &before, StorageError *error)
{
    setError(error, {});
    if (limit <= 0)
        return {};
    QVector<Message> messages;
    if (before.isNull()) {
        Statement &st = connection.cached(newestSql);
        st.bind(1, account).bind(2, conversation).bind(3, limit);
        messages = readMessages(st, error);
    } else {
        Statement &st = connection.cached(historySql);
        st.bind(1, account)
            .bind(2, conversation)
            .bind(3, before.serverTimeMs)
            .bind(4, before.rowId)
            .bind(5, limit);
        messages = readMessages(st, error);
    }
    // Fetched newest first so LIMIT keeps the right end; callers want reading order.
    std::reverse(messages.begin(), messages.end());
    return messages;
}

QVector<Message> MessageQueries::historyAfter(SqliteConnection &connection, const QString &account,
    const QString &conversation, int limit, const HistoryCursor &after, StorageError *error)
{
    setError(error, {});
    if (limit <= 0)
        return {};
    if (after.isNull()) {
        Statement &st = connection.cached(oldestSql);
        st.bind(1, account).bind(2, conversation).bind(3, limit);
        return readMessages(st, error);
    }
    Statement &st = connection.cached(historyAfterSql);
    st.bind(1, account).bind(2, conversation).bind(3, after.serverTimeMs).bind(4, after.rowId).bind(5, limit);
    return readMessages(st, error);
}

QVector<Message> MessageQueries::around(SqliteConnection &connection, const QString &account,
    const QString &conversation, qint64 rowId, int before, int after, StorageError *error)
{
    setError(error, {});
    Statement &st = connection.cached(rowSql);
    st.bind(1, rowId).bind(2, account).bind(3, conversation);
    const QVector<Message> row = readMessages(st, error);
    if (row.isEmpty()) {
        if (!error || !error->isError()) {
            setError(error,
                StorageError(StorageError::Other,
                    StorageError::tr("Message %1 is not in the archive of %2.")
                        .arg(rowId)
                        .arg(conversation)));
        }
        return {};
    }
    const HistoryCursor position = HistoryCursor::from(row.first());
    QVector<Message> messages;
    if (before > 0) {
        messages = history(connection, account, conversation, before, position, error);
        if (error && error->isError())
            return {};
    }
    messages += row;
    if (after > 0) {
        messages += historyAfter(connection, account, conversation, after, position, error);
        if (error && error->isError())
            return {};
    }
    return messages;
}

std::optional<HistoryCursor> MessageQueries::positionOfStanzaId(SqliteConnection &connection,
    const QString &account, const QString &conversation, const QString &by, const QString &stanzaId,
    StorageError *error)
{
    const QByteArray key = IdKey::databaseKey(connection, error);
    if (key.isEmpty())
        return std::nullopt;
    Statement &st = connection.cached(positionOfStanzaIdSql);
    st.bind(1, account)
        .bind(2, conversation)
        .bind(3, by)
        .bind(4, stanzaId)
        .bind(5, IdKey::stanza(key, account, conversation, by, stanzaId));
    std::optional<HistoryCursor> position;
    if (st.step())
        position = HistoryCursor { st.columnInt64(0), st.columnInt64(1) };
    setError(error, st.error());
    st.reset();
    return position;
}

QVector<Message> MessageQueries::pendingOutgoing(
    SqliteConnection &connection, const QString &account, StorageError *error)
{
    Statement &st = connection.cached(outboxSql);
    st.bind(1, account);
    return readMessages(st, error);
}

int MessageQueries::allowedPreviousStates(Message::DeliveryState target)
{
    using S = Message::DeliveryState;
    auto bit = [](S s) { return 1 << int(s); };
    switch (target) {
    case S::Pending: // a failed message being retried
        return bit(S::Failed);
    case S::Sent:
        return bit(S::Pending) | bit(S::Failed);
    case S::Delivered: // a receipt is proof, even after an error was reported
        return bit(S::Pending) | bit(S::Sent) | bit(S::Failed);
    case S::Failed:
        return bit(S::Pending) | bit(S::Sent);
    case S::Received:
        break;
    }
    return 0;
}

bool MessageQueries::setDeliveryState(SqliteConnection &connection, const QString &account,
    const QString &conversation, const QString &id, Message::DeliveryState state, const QString &failure,
    StorageError *error)
{
    setError(error, {});
    const int allowed = allowedPreviousStates(state);
    if (id.isEmpty() || !allowed)
        return false;
    const QByteArray key = IdKey::databaseKey(connection, error);
    if (key.isEmpty())
        return false;
    Statement &st = connection.cached(setStateSql);
    st.bind(1, account)
        .bind(2, conversation)
        .bind(3, id)
        .bind(4, allowed)
        .bind(5, int(state))
        .bind(6, IdKey::origin(key, account, conversation, id))
        .bind(7, recentIdWindow);
    if (failure.isEmpty())
        st.bindNull(8);
    else
        st.bind(8, failure);
    if (!st.exec()) {
        setError(error, st.error());
        return false;
    }
    return connection.changes() > 0;
}

bool MessageQueries::countSendAttempt(SqliteConnection &connection, qint64 rowId, StorageError *error)
{
    Statement &st = connection.cached(countAttemptSql);
    st.bind(1, rowId);
    const bool ok = st.exec();
    setError(error, st.error());
    return ok && connection.changes() > 0;
}

qint64 MessageQueries::count(
    SqliteConnection &connection, const QString &account, const QString &conversation, StorageError *error)
{
    Statement &st = connection.cached(countSql);
    st.bind(1, account).bind(2, conversation);
    const qint64 n = st.step() ? st.columnInt64(0) : -1;
    setError(error, st.error());
    st.reset();
    return n;
}

} // namespace Tandem
