// The SQL behind MessageStore, run synchronously on the database thread.
#pragma once

#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"

#include <QVector>

#include <optional>

namespace Tandem {

class SqliteConnection;
class Statement;

/// Synchronous message queries for use inside Database::run() jobs (MessageStore wraps them).
/// Errors never throw: they are returned, and serious ones are also picked up by the Database.
/// Storing (with de-duplication) is defined in MessageDeduplication.cpp, its clean-up in
/// MessageNormalization.cpp, reading in MessageQueries.cpp, the conversation list in
/// ConversationListQuery.cpp.
class MessageQueries
{
public:
    /// Stores \a message unless it is a duplicate (same origin-id, or same stanza-id and "by", in the
    /// same account and conversation). A duplicate completes the stored row's missing stanza-id or
    /// origin-id, e.g. when the archive copy of a live message arrives.
    static StoreResult store(SqliteConnection &connection, const Message &message);
    /// Same for many messages in one transaction. A database error rolls all of it back and every
    /// result carries the error; a message lacking account or conversation only fails itself.
    static QVector<StoreResult> storeBatch(SqliteConnection &connection, const QVector<Message> &messages);

    /// Up to \a limit messages strictly before \a before (null: the newest), oldest first.
    static QVector<Message> history(SqliteConnection &connection, const QString &account,
        const QString &conversation, int limit, const HistoryCursor &before, StorageError *error = nullptr);
    /// Up to \a limit messages strictly after \a after (null: from the oldest), oldest first: forward
    /// paging, e.g. an export. Page on with HistoryCursor::from(messages.last()).
    static QVector<Message> historyAfter(SqliteConnection &connection, const QString &account,
        const QString &conversation, int limit, const HistoryCursor &after, StorageError *error = nullptr);
    /// Message \a rowId of the conversation with up to \a before older and \a after newer messages
    /// around it, oldest first (how a search hit is opened in context). An error if the message is
    /// not in that conversation.
    static QVector<Message> around(SqliteConnection &connection, const QString &account,
        const QString &conversation, qint64 rowId, int before, int after, StorageError *error = nullptr);
    /// Where the message with stanza-id \a stanzaId (assigned by \a by) is in its conversation;
    /// nothing if it is not stored (or on error).
    static std::optional<HistoryCursor> positionOfStanzaId(SqliteConnection &connection,
        const QString &account, const QString &conversation, const QString &by, const QString &stanzaId,
        StorageError *error = nullptr);
    /// Outgoing messages still Pending or Sent, oldest first.
    static QVector<Message> pendingOutgoing(
        SqliteConnection &connection, const QString &account, StorageError *error = nullptr);
    /// Updates outgoing messages whose message-id or origin-id is \a id, only moving forward
    /// (a Delivered message stays Delivered; a Failed one may be retried). True if a row changed.
    /// A Failed state keeps \a failure as the reason; any other state clears the reason.
    static bool setDeliveryState(SqliteConnection &connection, const QString &account,
        const QString &conversation, const QString &id, Message::DeliveryState state,
        const QString &failure = {}, StorageError *error = nullptr);
    /// The outbox sent the outgoing message of row \a rowId once more.
    static bool countSendAttempt(SqliteConnection &connection, qint64 rowId, StorageError *error = nullptr);
    /// All conversations of \a account, most recently active first, with their state and unread
    /// and mention counts; closed ones are left out (ConversationListQuery.cpp).
    static QVector<ConversationSummary> conversations(
        SqliteConnection &connection, const QString &account, StorageError *error = nullptr);
    /// Number of messages in a conversation; -1 on error.
    static qint64 count(SqliteConnection &connection, const QString &account, const QString &conversation,
        StorageError *error = nullptr);

    /// \a text with every unpaired UTF-16 surrogate and every U+0000 replaced by U+FFFD. SQLite would
    /// store a lone surrogate as invalid UTF-8, and NUL cuts its text functions (snippet(), length())
    /// short; XML carries neither, so they only come from local input or bugs. Returns \a text
    /// itself (no copy) when it is clean; \a replaced counts the replacements.
    static QString sanitizedText(const QString &text, int *replaced);

    /// States setDeliveryState() may move from to reach \a target, as a bit mask of state values.
    static int allowedPreviousStates(Message::DeliveryState target);

private:
    static StorageError validate(const Message &message);
    static Message normalized(const Message &message);
    static Message readMessage(const Statement &statement);
    static QVector<Message> readMessages(Statement &statement, StorageError *error);
};

} // namespace Tandem
