#include "storage/MessageStore.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/HeldMessages.h"
#include "storage/MessageQueries.h"
#include "storage/SearchQueries.h"

namespace Tandem {

namespace {

template<typename T> struct Answer
{
    T value;
    StorageError error;
};

} // namespace

// Jobs capture only values, never `this`: they may still run after the store is gone.

MessageStore::MessageStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_held(new HeldMessages(this, this))
{
    qRegisterMetaType<Tandem::Message>();
    qRegisterMetaType<Tandem::StoreResult>();
    qRegisterMetaType<Tandem::SearchHit>();
    if (database) {
        // New messages are indexed for search while nothing else waits (migration 0004).
        database->setIdleTask([](SqliteConnection &c) {
            bool more = false;
            return c.isOpen()
                && !SearchQueries::indexPending(c, SearchQueries::idleIndexRows, &more).isError() && more;
        });
    }
}

void MessageStore::store(
    const Message &message, QObject *context, std::function<void(const StoreResult &)> done)
{
    if (!m_database)
        return;
    m_database->runGrouped(
        context, [message](SqliteConnection &c) { return MessageQueries::store(c, message); },
        [done = std::move(done)](StoreResult result, const StorageError &commitError) {
            if (commitError.isError())
                result = { false, 0, result.error.isError() ? result.error : commitError };
            if (done)
                done(result);
        });
}

void MessageStore::storeIncoming(
    const Message &message, QObject *context, std::function<void(const StoreResult &)> done)
{
    m_held->store(message, context, std::move(done));
}

void MessageStore::storeBatch(const QVector<Message> &messages, QObject *context,
    std::function<void(const QVector<StoreResult> &)> done)
{
    if (!m_database)
        return;
    m_database->runGrouped(
        context, [messages](SqliteConnection &c) { return MessageQueries::storeBatch(c, messages); },
        [done = std::move(done)](QVector<StoreResult> results, const StorageError &commitError) {
            if (commitError.isError()) {
                for (StoreResult &r : results)
                    r = { false, 0, r.error.isError() ? r.error : commitError };
            }
            if (done)
                done(results);
        });
}

void MessageStore::history(const QString &account, const QString &conversation, int limit,
    const HistoryCursor &before, QObject *context,
    std::function<void(const QVector<Message> &, const StorageError &)> done)
{
    if (!m_database || !done)
        return;
    struct Page
    {
        QVector<Message> messages;
        StorageError error;
    };
    m_database->run(
        context,
        [=](SqliteConnection &c) {
            Page page;
            page.messages = MessageQueries::history(c, account, conversation, limit, before, &page.error);
            return page;
        },
        [done = std::move(done)](const Page &page) { done(page.messages, page.error); });
}

void MessageStore::historyAfter(const QString &account, const QString &conversation, int limit,
    const HistoryCursor &after, QObject *context,
    std::function<void(const QVector<Message> &, const StorageError &)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context,
        [=](SqliteConnection &c) {
            Answer<QVector<Message>> page;
            page.value = MessageQueries::historyAfter(c, account, conversation, limit, after, &page.error);
            return page;
        },
        [done = std::move(done)](const Answer<QVector<Message>> &page) { done(page.value, page.error); });
}

void MessageStore::around(const QString &account, const QString &conversation, qint64 rowId, int before,
    int after, QObject *context, std::function<void(const QVector<Message> &, const StorageError &)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context,
        [=](SqliteConnection &c) {
            Answer<QVector<Message>> page;
            page.value = MessageQueries::around(c, account, conversation, rowId, before, after, &page.error);
            return page;
        },
        [done = std::move(done)](const Answer<QVector<Message>> &page) { done(page.value, page.error); });
}

void MessageStore::search(const QString &account, const QString &query, const QString &conversation,
    int limit, QObject *context, std::function<void(const QVector<SearchHit> &, const StorageError &)> done)
{
    SearchRequest request;
    request.account = account;
    request.query = query;
    request.conversation = conversation;
    request.limit = limit;
    search(request, context, std::move(done));
}

void MessageStore::search(const SearchRequest &request, QObject *context,
    std::function<void(const QVector<SearchHit> &, const StorageError &)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context,
        [request](SqliteConnection &c) {
            Answer<QVector<SearchHit>> result;
            result.value = SearchQueries::search(c, request, &result.error);
            return result;
        },
        [done = std::move(done)](
            const Answer<QVector<SearchHit>> &result) { done(result.value, result.error); });
}

void MessageStore::pendingOutgoing(
    const QString &account, QObject *context, std::function<void(const QVector<Message> &)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context, [account](SqliteConnection &c) { return MessageQueries::pendingOutgoing(c, account); },
        std::move(done));
}

void MessageStore::setDeliveryState(const QString &account, const QString &conversation,
    const QString &messageId, Message::DeliveryState state, QObject *context, std::function<void(bool)> done,
    const QString &failure)
{
    if (!m_database)
        return;
    auto job = [=](SqliteConnection &c) {
        return MessageQueries::setDeliveryState(c, account, conversation, messageId, state, failure);
    };
    if (context && done)
        m_database->run(context, job, std::move(done));
    else
        m_database->run(job);
}

void MessageStore::countSendAttempt(qint64 rowId)
{
    if (m_database)
        m_database->run([rowId](SqliteConnection &c) { return MessageQueries::countSendAttempt(c, rowId); });
}

void MessageStore::conversations(
    const QString &account, QObject *context, std::function<void(const QVector<ConversationSummary> &)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context, [account](SqliteConnection &c) { return MessageQueries::conversations(c, account); },
        std::move(done));
}

void MessageStore::count(
    const QString &account, const QString &conversation, QObject *context, std::function<void(qint64)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context,
        [account, conversation](
            SqliteConnection &c) { return MessageQueries::count(c, account, conversation); },
        std::move(done));
}

} // namespace Tandem
