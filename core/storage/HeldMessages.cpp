#include "storage/HeldMessages.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <utility>

#include <sqlite3.h>

namespace Tandem {

HeldMessages::HeldMessages(MessageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<Tandem::StorageError>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HeldMessages::retry);
}

bool HeldMessages::isPassing(const StorageError &error)
{
    switch (error.kind()) {
    case StorageError::Locked:
    case StorageError::DiskFull:
    case StorageError::ReadOnly:
        return true;
    case StorageError::Other:
        return (error.sqliteCode() & 0xff) == SQLITE_IOERR;
    default:
        return false;
    }
}

void HeldMessages::store(const Message &message, QObject *context, Done done)
{
    Held held { message, context, context != nullptr, std::move(done) };
    if (!m_held.empty()) {
        hold(std::move(held), m_reason);
        return;
    }
    attempt(std::move(held));
}

void HeldMessages::attempt(Held held)
{
    m_store->store(held.message, this, [this, held](const StoreResult &result) mutable {
        if (result.error.isError() && isPassing(result.error)) {
            hold(std::move(held), result.error);
            return;
        }
        finish(held, result);
    });
}

void HeldMessages::finish(const Held &held, const StoreResult &result)
{
    // The caller's context went away meanwhile: as MessageStore does, drop its callback.
    if (held.done && (!held.hadContext || held.context))
        held.done(result);
}

void HeldMessages::hold(Held held, const StorageError &reason)
{
    const qint64 bytes = held.message.body.size() * qint64(sizeof(QChar));
    if (int(m_held.size()) >= m_maxMessages || m_heldBytes + bytes > m_maxBodyBytes) {
        if (m_refused++ == 0)
            qCWarning(lcStorage)
                << "Too many messages wait for storage; further ones fail until it works again";
        finish(held, StoreResult { false, 0, reason });
        return;
    }
    const bool first = m_held.empty();
    m_heldBytes += bytes;
    m_held.push_back(std::move(held));
    m_reason = reason;
    if (first) {
        // Once per stretch of failure, however many messages it holds.
        qCWarning(lcStorage).noquote()
            << "Storage is failing; incoming messages are kept in memory until it works again:"
            << reason.message();
        m_retryMs = firstRetryMs;
        m_refused = 0;
    }
    if (!m_retrying && !m_retryTimer.isActive())
        m_retryTimer.start(m_retryMs);
    Q_EMIT heldChanged(count(), m_reason);
}

void HeldMessages::retry()
{
    if (m_held.empty() || m_retrying)
        return;
    m_retrying = true;
    Held first = m_held.front();
    m_store->store(first.message, this, [this](const StoreResult &result) {
        m_retrying = false;
        if (result.error.isError() && isPassing(result.error)) {
            m_reason = result.error;
            m_retryMs = qMin(m_retryMs * 2, maxRetryMs);
            m_retryTimer.start(m_retryMs);
            return;
        }
        Held done = std::move(m_held.front());
        m_held.pop_front();
        m_heldBytes -= done.message.body.size() * qint64(sizeof(QChar));
        finish(done, result);
        if (m_held.empty()) {
            qCInfo(lcStorage) << "Storage works again; the messages kept meanwhile are stored";
            m_reason = {};
            const int lost = std::exchange(m_refused, 0);
            Q_EMIT heldChanged(0, {});
            if (lost)
                Q_EMIT recoveredWithLosses(lost);
            return;
        }
        // Storage works: the rest go now, one after another, in order.
        m_retryMs = firstRetryMs;
        retry();
    });
}

} // namespace Tandem
