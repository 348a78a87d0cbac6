// Asynchronous access to the message archive.
#pragma once

#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"
#include "storage/SearchTypes.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

namespace Tandem {

class Database;
class HeldMessages;

/// Stores and queries messages on the Database thread. Every call returns at once; its callback
/// runs later on \a context's thread, and is dropped if \a context is destroyed first. Failures never
/// throw: they come back in the result, and serious write failures also raise Database::writeFailed.
class MessageStore : public QObject
{
    Q_OBJECT

public:
    explicit MessageStore(Database *database, QObject *parent = nullptr);

    /// Stores \a message unless the same (account, conversation) already has its origin-id or
    /// (stanza-id by, stanza-id); a duplicate completes the stored row's missing ids instead.
    void store(const Message &message, QObject *context, std::function<void(const StoreResult &)> done);
    /// store() for a message that came from elsewhere (live, carbon, a room): on a passing
    /// failure (a lock, a full disk, an I/O error) it is kept in memory and stored once storage
    /// works again, and \a done runs only then (see HeldMessages).
    void storeIncoming(
        const Message &message, QObject *context, std::function<void(const StoreResult &)> done);
    /// What storeIncoming() keeps while storage fails.
    HeldMessages *held() const { return m_held; }
    /// store() for many messages in one transaction (archive catch-up); results in input order.
    void storeBatch(const QVector<Message> &messages, QObject *context,
        std::function<void(const QVector<StoreResult> &)> done);

    /// The newest \a limit messages strictly before \a before (null cursor: the newest ones),
    /// oldest first. Page back with HistoryCursor::from(messages.first()).
    void history(const QString &account, const QString &conversation, int limit, const HistoryCursor &before,
        QObject *context, std::function<void(const QVector<Message> &, const StorageError &)> done);

    /// The oldest \a limit messages strictly after \a after (null cursor: from the oldest), oldest
    /// first. Page forward with HistoryCursor::from(messages.last()); an empty page is the end.
    void historyAfter(const QString &account, const QString &conversation, int limit,
        const HistoryCursor &after, QObject *context,
        std::function<void(const QVector<Message> &, const StorageError &)> done);

    /// Message \a rowId (e.g. a search hit) with up to \a before older and \a after newer messages of
    /// its conversation, oldest first. Page on with history() and historyAfter().
    void around(const QString &account, const QString &conversation, qint64 rowId, int before, int after,
        QObject *context, std::function<void(const QVector<Message> &, const StorageError &)> done);

    /// Full-text search of \a account's messages, in one conversation or (empty) all of them: the
    /// best \a limit hits, most relevant first (see SearchRequest for the query syntax). Bad input
    /// never fails: a query with nothing to search for gives no hits.
    void search(const QString &account, const QString &query, const QString &conversation, int limit,
        QObject *context, std::function<void(const QVector<SearchHit> &, const StorageError &)> done);
    /// The same with every option (offset, snippet markers, ranking window).
    void search(const SearchRequest &request, QObject *context,
        std::function<void(const QVector<SearchHit> &, const StorageError &)> done);

    /// Outgoing messages still Pending or Sent, oldest first: what to send again after reconnecting.
    void pendingOutgoing(
        const QString &account, QObject *context, std::function<void(const QVector<Message> &)> done);

    /// Sets the state of the outgoing message whose message-id or origin-id is \a messageId.
    /// Never moves backwards: Delivered stays Delivered. A Failed state keeps \a failure, the
    /// reason in words.
    void setDeliveryState(const QString &account, const QString &conversation, const QString &messageId,
        Message::DeliveryState state, QObject *context = nullptr, std::function<void(bool changed)> done = {},
        const QString &failure = {});
    /// Counts one more sending of the outgoing message of row \a rowId (the outbox's budget).
    void countSendAttempt(qint64 rowId);

    /// The conversations of \a account, most recently active first.
    void conversations(const QString &account, QObject *context,
        std::function<void(const QVector<ConversationSummary> &)> done);

    /// Number of stored messages in a conversation, or -1 on error.
    void count(const QString &account, const QString &conversation, QObject *context,
        std::function<void(qint64)> done);

    Database *database() const { return m_database; }

private:
    QPointer<Database> m_database;
    HeldMessages *m_held;
};

} // namespace Tandem
