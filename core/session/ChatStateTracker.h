#pragma once

#include <QObject>
#include <QTimer>

namespace Tandem {

/// What the composer tells the contact (XEP-0085), limited to the two states worth a stanza.
enum class ChatState { None, Composing, Paused };

/// Turns composer edits into chat-state notifications: "composing" once when typing starts,
/// "paused" after a pause in typing or when the text is emptied, nothing again until the state
/// really changes. Sending the message ends the notification (the message says the rest).
class ChatStateTracker : public QObject
{
    Q_OBJECT
public:
    explicit ChatStateTracker(int pauseMs = 5000, QObject *parent = nullptr);

    /// The composer's text changed (typed, pasted, deleted).
    void edited(bool hasText);
    /// The message was sent, or the conversation left: no notification until typing resumes.
    void reset();
    ChatState state() const { return m_state; }

Q_SIGNALS:
    void changed(Tandem::ChatState state);

private:
    void set(ChatState state);

    QTimer m_pause;
    ChatState m_state = ChatState::None;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::ChatState)
