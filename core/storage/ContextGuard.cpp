#include "storage/ContextGuard.h"

namespace Tandem {

ContextGuard::ContextGuard(QObject *context)
    : m_state(std::make_shared<State>())
{
    m_state->context = context;
    if (context) {
        // Direct connection: runs in the destroying thread before the object is gone.
        m_connection = QObject::connect(context, &QObject::destroyed, [state = m_state] {
            std::lock_guard<std::mutex> lock(state->mutex);
            state->context = nullptr;
        });
    }
}

ContextGuard::~ContextGuard()
{
    if (m_connection)
        QObject::disconnect(m_connection);
}

} // namespace Tandem
