// Incoming messages that storage refused for a passing reason, kept until it works again.
#pragma once

#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace Tandem {

class MessageStore;

/// A message that arrived while the database was locked by another program, the disk full or
/// failing is not lost: it waits here, in memory and in order of arrival, and is stored as
/// soon as a retry succeeds. Its callback (which sends its receipt, shows it) runs only then.
/// While anything waits, new messages queue behind it, so that none overtakes another.
///
/// Bounded (maxMessages, maxBodyBytes): past that, a message fails as it did before there was
/// a queue, and the archive sync is what brings it back: recoveredWithLosses() asks for one as
/// soon as storage works again, not at the next reconnect. Damage (SQLITE_CORRUPT) is not
/// passing and is never held.
class HeldMessages : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxMessages = 10000;
    static constexpr qint64 maxBodyBytes = 64 * 1024 * 1024;
    static constexpr int firstRetryMs = 1000;
    static constexpr int maxRetryMs = 30000;

    using Done = std::function<void(const StoreResult &)>;

    explicit HeldMessages(MessageStore *store, QObject *parent = nullptr);

    /// MessageStore::store(), holding the message on a passing failure.
    void store(const Message &message, QObject *context, Done done);

    /// For tests: smaller bounds than maxMessages and maxBodyBytes.
    void setLimits(int messages, qint64 bodyBytes)
    {
        m_maxMessages = messages;
        m_maxBodyBytes = bodyBytes;
    }

    int count() const { return int(m_held.size()); }
    /// Why messages are held (the latest failure); no error while none is.
    StorageError reason() const { return m_reason; }

    /// Whether \a error may go away by itself: a lock, a full disk, an I/O error.
    static bool isPassing(const StorageError &error);

Q_SIGNALS:
    /// Messages started to wait, more wait, or (count 0) all were stored.
    void heldChanged(int count, const Tandem::StorageError &reason);
    /// Storage works again, after \a lost messages failed for want of room here: the archives
    /// (where the server keeps them) are where they are to be fetched from now.
    void recoveredWithLosses(int lost);

private:
    struct Held
    {
        Message message;
        QPointer<QObject> context;
        bool hadContext = false;
        Done done;
    };

    void attempt(Held held);
    void hold(Held held, const StorageError &reason);
    void retry();
    static void finish(const Held &held, const StoreResult &result);

    MessageStore *m_store;
    std::deque<Held> m_held;
    qint64 m_heldBytes = 0;
    StorageError m_reason;
    QTimer m_retryTimer;
    int m_retryMs = firstRetryMs;
    bool m_retrying = false; // a retry's store is on its way
    int m_refused = 0; // over the bound since holding began
    int m_maxMessages = maxMessages;
    qint64 m_maxBodyBytes = maxBodyBytes;
};

} // namespace Tandem
