// Asynchronous access to per-conversation state (read position, pin, mute, draft, nick).
#pragma once

#include "storage/ConversationState.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Tandem {

class Database;
class SqliteConnection;

/// Reads and writes conversation state on the Database thread, like MessageStore: every call
/// returns at once and its callback runs on \a context's thread (dropped if \a context is gone).
/// A write's callback says whether it changed anything. Writers normally go through
/// MessageEvents, which announces each change; this class announces nothing.
class ConversationStateStore : public QObject
{
    Q_OBJECT
public:
    using Changed = std::function<void(bool changed)>;

    explicit ConversationStateStore(Database *database, QObject *parent = nullptr);

    void state(const QString &account, const QString &conversation, QObject *context,
        std::function<void(const ConversationState &)> done);

    /// See ConversationStateQueries for what each write does.
    void markRead(const QString &account, const QString &conversation, qint64 upToRowId, QObject *context,
        Changed done);
    void markAllRead(const QString &account, const QString &conversation, QObject *context, Changed done);
    /// \a done learns whether the message is stored at all, and whether the position moved.
    void markReadByStanzaId(const QString &account, const QString &conversation, const QString &by,
        const QString &stanzaId, QObject *context, std::function<void(bool found, bool changed)> done);
    void setPinned(
        const QString &account, const QString &conversation, bool pinned, QObject *context, Changed done);
    void setMutedUntil(const QString &account, const QString &conversation, qint64 mutedUntilMs,
        QObject *context, Changed done);
    void setDraft(const QString &account, const QString &conversation, const QString &draft, QObject *context,
        Changed done);
    void setNick(const QString &account, const QString &conversation, const QString &nick, QObject *context,
        Changed done);
    void setNotificationLevel(const QString &account, const QString &conversation, NotificationLevel level,
        QObject *context, Changed done);
    void close(const QString &account, const QString &conversation, QObject *context, Changed done);

private:
    void write(std::function<bool(SqliteConnection &)> job, QObject *context, Changed done);

    QPointer<Database> m_database;
};

} // namespace Tandem
