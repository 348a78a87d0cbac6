#include "storage/ConversationStateQueries.h"

#include "storage/MessageQueries.h"
#include "storage/SqliteConnection.h"

namespace Tandem {

namespace {

const QString stateSql = QStringLiteral(
    "SELECT read_ts, read_id, read_stanza_id, read_stanza_id_by, pinned, muted_until, draft, nick, notify, "
    "closed_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM messages WHERE account = ?1 AND conversation = ?2 "
    "AND (server_ts, id) > (closed_ts, closed_id)) "
    "FROM conversation_state WHERE account = ?1 AND conversation = ?2");

// ?3 names the message; the update only ever moves forward in history order. The SELECTs of an
// upsert need their WHERE (SQLite's parser), hence the ones that look redundant.
#define READ_UPSERT                                                                                          \
    " ON CONFLICT (account, conversation) DO UPDATE SET read_ts = excluded.read_ts, read_id = "              \
    "excluded.read_id, read_stanza_id = excluded.read_stanza_id, read_stanza_id_by = "                       \
    "excluded.read_stanza_id_by WHERE (excluded.read_ts, excluded.read_id) > (read_ts, read_id)"
// The read message's own stanza-id names the position to other clients (XEP-0490); one without
// (our own message before its archive copy came back, say) is named by the newest message at or
// before it that has one, so the position published is never ahead of what was read.
#define READ_STANZA_ID                                                                                       \
    "(SELECT s.stanza_id FROM messages AS s WHERE s.account = r.account AND s.conversation = "               \
    "r.conversation "                                                                                        \
    "AND s.stanza_id IS NOT NULL AND s.stanza_id != '' AND (s.server_ts, s.id) <= (r.server_ts, r.id) "      \
    "ORDER BY s.server_ts DESC, s.id DESC LIMIT 1)"
#define READ_STANZA_ID_BY                                                                                    \
    "(SELECT s.stanza_id_by FROM messages AS s WHERE s.account = r.account AND s.conversation = "            \
    "r.conversation "                                                                                        \
    "AND s.stanza_id IS NOT NULL AND s.stanza_id != '' AND (s.server_ts, s.id) <= (r.server_ts, r.id) "      \
    "ORDER BY s.server_ts DESC, s.id DESC LIMIT 1)"
#define READ_INSERT                                                                                          \
    "INSERT INTO conversation_state (account, conversation, read_ts, read_id, read_stanza_id, "              \
    "read_stanza_id_by) SELECT r.account, r.conversation, r.server_ts, r.id, " READ_STANZA_ID                \
    ", " READ_STANZA_ID_BY " FROM "
const QString markReadSql = QStringLiteral(READ_INSERT
    "(SELECT account, conversation, server_ts, id FROM messages WHERE id = ?3 AND account = ?1 AND "
    "conversation = ?2) AS r WHERE true" READ_UPSERT);
const QString markAllReadSql = QStringLiteral(READ_INSERT
    "(SELECT account, conversation, server_ts, id FROM messages WHERE account = ?1 AND conversation = ?2 "
    "ORDER BY server_ts DESC, id DESC LIMIT 1) AS r WHERE true" READ_UPSERT);
const QString closeSql = QStringLiteral(
    "INSERT INTO conversation_state (account, conversation, closed_ts, closed_id) SELECT * FROM ("
    "SELECT account, conversation, server_ts, id FROM messages WHERE account = ?1 AND conversation = ?2 "
    "ORDER BY server_ts DESC, id DESC LIMIT 1) WHERE true ON CONFLICT (account, conversation) DO UPDATE SET "
    "closed_ts = excluded.closed_ts, closed_id = excluded.closed_id "
    "WHERE closed_id IS NOT excluded.closed_id OR closed_ts IS NOT excluded.closed_ts");

// One column of the row: created with it, or changed only if it differs.
QString setColumnSql(const char *column)
{
    const QString c = QLatin1String(column);
    return QStringLiteral("INSERT INTO conversation_state (account, conversation, %1) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (account, conversation) DO UPDATE SET %1 = excluded.%1 "
                          "WHERE %1 IS NOT excluded.%1")
        .arg(c);
}

void setError(StorageError *target, const StorageError &error)
{
    if (target)
        *target = error;
}

template<typename Bind>
bool write(SqliteConnection &connection, const QString &sql, const QString &account,
    const QString &conversation, StorageError *error, Bind bindRest)
{
    setError(error, {});
    Statement &st = connection.cached(sql);
    st.bind(1, account).bind(2, conversation);
    bindRest(st);
    if (!st.exec()) {
        setError(error, st.error());
        return false;
    }
    return connection.changes() > 0;
}

} // namespace

ConversationState ConversationStateQueries::state(
    SqliteConnection &connection, const QString &account, const QString &conversation, StorageError *error)
{
    setError(error, {});
    ConversationState state;
    Statement &st = connection.cached(stateSql);
    st.bind(1, account).bind(2, conversation);
    if (st.step()) {
        state.read.serverTimeMs = st.columnInt64(0);
        state.read.rowId = st.columnInt64(1);
        state.read.stanzaId = st.columnText(2);
        state.read.stanzaIdBy = st.columnText(3);
        state.pinned = st.columnInt(4) != 0;
        state.mutedUntilMs = st.columnInt64(5);
        state.draft = st.columnText(6);
        state.nick = st.columnText(7);
        const int level = st.columnInt(8);
        state.notification = level >= 0 && level <= int(NotificationLevel::None) ? NotificationLevel(level)
                                                                                 : NotificationLevel::Default;
        state.closed = st.columnInt(9) != 0;
    }
    setError(error, st.error());
    st.reset();
    return state;
}

bool ConversationStateQueries::markRead(SqliteConnection &connection, const QString &account,
    const QString &conversation, qint64 upToRowId, StorageError *error)
{
    return write(
        connection, markReadSql, account, conversation, error, [&](Statement &st) { st.bind(3, upToRowId); });
}

bool ConversationStateQueries::markAllRead(
    SqliteConnection &connection, const QString &account, const QString &conversation, StorageError *error)
{
    return write(connection, markAllReadSql, account, conversation, error, [](Statement &) {});
}

bool ConversationStateQueries::markReadByStanzaId(SqliteConnection &connection, const QString &account,
    const QString &conversation, const QString &by, const QString &stanzaId, StorageError *error, bool *found)
{
    const std::optional<HistoryCursor> position
        = MessageQueries::positionOfStanzaId(connection, account, conversation, by, stanzaId, error);
    if (found)
        *found = position.has_value();
    return position && markRead(connection, account, conversation, position->rowId, error);
}

bool ConversationStateQueries::setPinned(SqliteConnection &connection, const QString &account,
    const QString &conversation, bool pinned, StorageError *error)
{
    static const QString sql = setColumnSql("pinned");
    return write(
        connection, sql, account, conversation, error, [&](Statement &st) { st.bind(3, int(pinned)); });
}

bool ConversationStateQueries::setMutedUntil(SqliteConnection &connection, const QString &account,
    const QString &conversation, qint64 mutedUntilMs, StorageError *error)
{
    static const QString sql = setColumnSql("muted_until");
    return write(connection, sql, account, conversation, error,
        [&](Statement &st) { st.bind(3, qMax<qint64>(0, mutedUntilMs)); });
}

bool ConversationStateQueries::setDraft(SqliteConnection &connection, const QString &account,
    const QString &conversation, const QString &draft, StorageError *error)
{
    static const QString sql = setColumnSql("draft");
    const QString text = draft.isNull() ? QStringLiteral("") : draft;
    return write(connection, sql, account, conversation, error, [&](Statement &st) { st.bind(3, text); });
}

bool ConversationStateQueries::setNick(SqliteConnection &connection, const QString &account,
    const QString &conversation, const QString &nick, StorageError *error)
{
    static const QString sql = setColumnSql("nick");
    const QString text = nick.isNull() ? QStringLiteral("") : nick;
    return write(connection, sql, account, conversation, error, [&](Statement &st) { st.bind(3, text); });
}

bool ConversationStateQueries::setNotificationLevel(SqliteConnection &connection, const QString &account,
    const QString &conversation, NotificationLevel level, StorageError *error)
{
    static const QString sql = setColumnSql("notify");
    return write(
        connection, sql, account, conversation, error, [&](Statement &st) { st.bind(3, int(level)); });
}

bool ConversationStateQueries::close(
    SqliteConnection &connection, const QString &account, const QString &conversation, StorageError *error)
{
    return write(connection, closeSql, account, conversation, error, [](Statement &) {});
}

} // namespace Tandem
