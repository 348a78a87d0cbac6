#include "session/ChatStateTracker.h"

namespace Tandem {

ChatStateTracker::ChatStateTracker(int pauseMs, QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { set(ChatState::Paused); });
}

void ChatStateTracker::edited(bool hasText)
{
    if (!hasText) {
        m_pause.stop();
        // Emptied after typing: stopped composing. Never emptied from nothing: say nothing.
        if (m_state == ChatState::Composing)
            set(ChatState::Paused);
        return;
    }
    set(ChatState::Composing);
    m_pause.start();
}

void ChatStateTracker::reset()
{
    m_pause.stop();
    m_state = ChatState::None;
}

void ChatStateTracker::set(ChatState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT changed(state);
}

} // namespace Tandem
