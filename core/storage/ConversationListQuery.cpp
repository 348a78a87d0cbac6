// MessageQueries::conversations(): the conversation list with its read state and counts.
#include "storage/MessageQueries.h"

#include "storage/SqliteConnection.h"

namespace Tandem {

namespace {

// Every part is a seek or a range of the history index (account, conversation, server_ts, id):
// the conversations are found by hopping from one to the next (no scan of their messages), and
// unread and mention counts read only the messages after the read position. The message count
// still reads each conversation's index range once. Room events (kind 3: joins, leaves, nick
// and subject changes) are neither a conversation's preview nor unread.
const QString conversationsSql = QStringLiteral(
    "WITH RECURSIVE convs(conversation) AS ("
    "SELECT (SELECT min(conversation) FROM messages WHERE account = ?1) "
    "UNION ALL SELECT (SELECT min(conversation) FROM messages WHERE account = ?1 "
    "AND conversation > convs.conversation) FROM convs WHERE convs.conversation IS NOT NULL) "
    "SELECT c.conversation, "
    "(SELECT count(*) FROM messages WHERE account = ?1 AND conversation = c.conversation), "
    "m.kind, m.server_ts, m.body, m.id, "
    "coalesce(s.pinned, 0), coalesce(s.muted_until, 0), coalesce(s.draft, ''), "
    "(SELECT count(*) FROM messages WHERE account = ?1 AND conversation = c.conversation "
    "AND (server_ts, id) > (coalesce(s.read_ts, -1), coalesce(s.read_id, 0)) AND direction = 0 "
    "AND kind <> 3), "
    "CASE WHEN coalesce(s.nick, '') = '' THEN 0 ELSE "
    "(SELECT count(*) FROM messages WHERE account = ?1 AND conversation = c.conversation "
    "AND (server_ts, id) > (coalesce(s.read_ts, -1), coalesce(s.read_id, 0)) AND direction = 0 "
    "AND kind = 1 AND tandem_mentions(body, s.nick)) END "
    "FROM convs AS c "
    "JOIN messages AS m ON m.id = (SELECT id FROM messages WHERE account = ?1 "
    "AND conversation = c.conversation AND kind <> 3 ORDER BY server_ts DESC, id DESC LIMIT 1) "
    "LEFT JOIN conversation_state AS s ON s.account = ?1 AND s.conversation = c.conversation "
    "WHERE c.conversation IS NOT NULL "
    "AND (s.closed_id IS NULL OR (m.server_ts, m.id) > (s.closed_ts, s.closed_id)) "
    "ORDER BY m.server_ts DESC, m.id DESC");

template<typename Enum> Enum enumFromInt(int value, Enum last, Enum fallback)
{
    return value >= 0 && value <= int(last) ? Enum(value) : fallback;
}

} // namespace

QVector<ConversationSummary> MessageQueries::conversations(
    SqliteConnection &connection, const QString &account, StorageError *error)
{
    QVector<ConversationSummary> result;
    Statement &st = connection.cached(conversationsSql);
    st.bind(1, account);
    while (st.step()) {
        ConversationSummary summary;
        summary.conversation = st.columnText(0);
        summary.messageCount = st.columnInt64(1);
        summary.kind = enumFromInt(st.columnInt(2), Message::Kind::RoomEvent, Message::Kind::Chat);
        summary.lastActivity = QDateTime::fromMSecsSinceEpoch(st.columnInt64(3), Qt::UTC);
        summary.lastBody = st.columnText(4);
        summary.lastRowId = st.columnInt64(5);
        summary.pinned = st.columnInt(6) != 0;
        summary.mutedUntilMs = st.columnInt64(7);
        summary.draft = st.columnText(8);
        summary.unreadCount = st.columnInt64(9);
        summary.mentionCount = st.columnInt64(10);
        result.append(summary);
    }
    if (error)
        *error = st.error();
    if (st.hasError())
        result.clear();
    st.reset();
    return result;
}

} // namespace Tandem
