// Delivers a result to an object's thread from another thread, unless the object is gone.
#pragma once

#include <QMetaObject>
#include <QObject>

#include <memory>
#include <mutex>

namespace Tandem {

/// Created on the caller's thread for a context object; post() may then be called from the
/// database thread. Posting to a raw QObject pointer from another thread races with its destruction,
/// so the guard watches destroyed() and holds a lock across the post.
class ContextGuard
{
public:
    explicit ContextGuard(QObject *context);
    ~ContextGuard();
    ContextGuard(const ContextGuard &) = delete;
    ContextGuard &operator=(const ContextGuard &) = delete;

    /// Queues \a function to run on the context's thread; dropped if the context was (or will be,
    /// before the event is handled) destroyed.
    template<typename Function> void post(Function &&function)
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        if (m_state->context)
            QMetaObject::invokeMethod(
                m_state->context, std::forward<Function>(function), Qt::QueuedConnection);
    }

private:
    struct State
    {
        std::mutex mutex;
        QObject *context = nullptr;
    };
    std::shared_ptr<State> m_state;
    QMetaObject::Connection m_connection;
};

} // namespace Tandem
