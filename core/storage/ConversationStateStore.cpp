#include "storage/ConversationStateStore.h"

#include "storage/ConversationStateQueries.h"
#include "storage/Database.h"

namespace Tandem {

// Jobs capture only values, never `this`: they may still run after the store is gone.

ConversationStateStore::ConversationStateStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<Tandem::ConversationState>();
}

void ConversationStateStore::state(const QString &account, const QString &conversation, QObject *context,
    std::function<void(const ConversationState &)> done)
{
    if (!m_database || !done)
        return;
    m_database->run(
        context,
        [account, conversation](
            SqliteConnection &c) { return ConversationStateQueries::state(c, account, conversation); },
        std::move(done));
}

void ConversationStateStore::write(
    std::function<bool(SqliteConnection &)> job, QObject *context, Changed done)
{
    if (!m_database)
        return;
    if (context && done)
        m_database->run(context, std::move(job), std::move(done));
    else
        m_database->run(std::move(job));
}

void ConversationStateStore::markRead(
    const QString &account, const QString &conversation, qint64 upToRowId, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) {
            return ConversationStateQueries::markRead(c, account, conversation, upToRowId);
        },
        context, std::move(done));
}

void ConversationStateStore::markAllRead(
    const QString &account, const QString &conversation, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) { return ConversationStateQueries::markAllRead(c, account, conversation); },
        context, std::move(done));
}

void ConversationStateStore::markReadByStanzaId(const QString &account, const QString &conversation,
    const QString &by, const QString &stanzaId, QObject *context,
    std::function<void(bool found, bool changed)> done)
{
    if (!m_database || !context || !done)
        return;
    m_database->run(
        context,
        [=](SqliteConnection &c) {
            bool found = false;
            const bool changed = ConversationStateQueries::markReadByStanzaId(
                c, account, conversation, by, stanzaId, nullptr, &found);
            return std::make_pair(found, changed);
        },
        [done = std::move(done)](const std::pair<bool, bool> &result) { done(result.first, result.second); });
}

void ConversationStateStore::setPinned(
    const QString &account, const QString &conversation, bool pinned, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) {
            return ConversationStateQueries::setPinned(c, account, conversation, pinned);
        },
        context, std::move(done));
}

void ConversationStateStore::setMutedUntil(
    const QString &account, const QString &conversation, qint64 mutedUntilMs, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) {
            return ConversationStateQueries::setMutedUntil(c, account, conversation, mutedUntilMs);
        },
        context, std::move(done));
}

void ConversationStateStore::setDraft(
    const QString &account, const QString &conversation, const QString &draft, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) {
            return ConversationStateQueries::setDraft(c, account, conversation, draft);
        },
        context, std::move(done));
}

void ConversationStateStore::setNick(
    const QString &account, const QString &conversation, const QString &nick, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) {
            return ConversationStateQueries::setNick(c, account, conversation, nick);
        },
        context, std::move(done));
}

void ConversationStateStore::setNotificationLevel(const QString &account, const QString &conversation,
    NotificationLevel level, QObject *context, Changed done)
{
    write(
        [=](SqliteConnection &c) {
            return ConversationStateQueries::setNotificationLevel(c, account, conversation, level);
        },
        context, std::move(done));
}

void ConversationStateStore::close(
    const QString &account, const QString &conversation, QObject *context, Changed done)
{
    write([=](SqliteConnection &c) { return ConversationStateQueries::close(c, account, conversation); },
        context, std::move(done));
}

} // namespace Tandem
