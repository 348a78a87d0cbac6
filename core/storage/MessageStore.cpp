#include "storage/MessageStore.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/MessageQueries.h"

namespace Tandem {

// Jobs capture only values, never `this`: they may still run after the store is gone.

MessageStore::MessageStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<Tandem::Message>();
    qRegisterMetaType<Tandem::StoreResult>();
}

void MessageStore::store(
    const Message &message, QObject *context, std::function<void(const StoreResult &)> done)
{
    if (!m_database)
        return;
    auto job = [message](SqliteConnection &c) { return MessageQueries::store(c, message); };
    if (done)
        m_database->run(context, job, std::move(done));
    else
        m_database->run(job);
}

void MessageStore::storeBatch(const QVector<Message> &messages, QObject *context,
    std::function<void(const QVector<StoreResult> &)> done)
{
    if (!m_database)
        return;
    auto job = [messages](SqliteConnection &c) { return MessageQueries::storeBatch(c, messages); };
    if (done)
        m_database->run(context, job, std::move(done));
    else
        m_database->run(job);
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
    const QString &messageId, Message::DeliveryState state, QObject *context, std::function<void(bool)> done)
{
    if (!m_database)
        return;
    auto job = [=](SqliteConnection &c) {
        return MessageQueries::setDeliveryState(c, account, conversation, messageId, state);
    };
    if (context && done)
        m_database->run(context, job, std::move(done));
    else
        m_database->run(job);
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
