// The SQL of per-conversation state (migration 0005), run synchronously on the database thread.
#pragma once

#include "storage/ConversationState.h"
#include "storage/StorageError.h"

namespace Tandem {

class SqliteConnection;

/// Synchronous reads and writes of conversation_state for Database::run() jobs
/// (ConversationStateStore wraps them). Every write returns whether it changed the stored row.
class ConversationStateQueries
{
public:
    static ConversationState state(SqliteConnection &connection, const QString &account,
        const QString &conversation, StorageError *error = nullptr);

    /// Moves the read position to message \a upToRowId of the conversation, never backwards (in
    /// history order); false if the message is not in the conversation or is not newer.
    static bool markRead(SqliteConnection &connection, const QString &account, const QString &conversation,
        qint64 upToRowId, StorageError *error = nullptr);
    /// markRead() up to the newest message of the conversation.
    static bool markAllRead(SqliteConnection &connection, const QString &account, const QString &conversation,
        StorageError *error = nullptr);
    /// markRead() up to the message with stanza-id \a stanzaId assigned by \a by (how another
    /// client of the account names what it displayed); false while that message is not stored,
    /// which \a found tells apart from a position that is not ahead of ours.
    static bool markReadByStanzaId(SqliteConnection &connection, const QString &account,
        const QString &conversation, const QString &by, const QString &stanzaId,
        StorageError *error = nullptr, bool *found = nullptr);

    static bool setPinned(SqliteConnection &connection, const QString &account, const QString &conversation,
        bool pinned, StorageError *error = nullptr);
    static bool setMutedUntil(SqliteConnection &connection, const QString &account,
        const QString &conversation, qint64 mutedUntilMs, StorageError *error = nullptr);
    static bool setDraft(SqliteConnection &connection, const QString &account, const QString &conversation,
        const QString &draft, StorageError *error = nullptr);
    static bool setNick(SqliteConnection &connection, const QString &account, const QString &conversation,
        const QString &nick, StorageError *error = nullptr);
    static bool setNotificationLevel(SqliteConnection &connection, const QString &account,
        const QString &conversation, NotificationLevel level, StorageError *error = nullptr);
    /// Takes the conversation off the list until a message newer than its newest one arrives.
    static bool close(SqliteConnection &connection, const QString &account, const QString &conversation,
        StorageError *error = nullptr);
};

} // namespace Tandem
