#include "session/Outbox.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/MessageConverter.h"

namespace Tandem {

Outbox::Outbox(MessageEvents *events, const QString &device, Sender sender, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_device(device)
    , m_sender(std::move(sender))
{ }

Outbox::Action Outbox::decide(const Message &message, const QString &device, const QDateTime &now,
    std::chrono::milliseconds giveUpAfter)
{
    // Room messages and private messages through a room are confirmed by the room's reflection
    // (RoomService), and a chat stanza to a room would only bounce.
    if (message.kind != Message::Kind::Chat)
        return Action::Skip;
    // Every device of the account gives up on the same messages at the same time, so a copy
    // from another device does not stay "sent" here once its author marked it failed.
    if (message.localTime.isValid() && message.localTime.msecsTo(now) > giveUpAfter.count())
        return Action::GiveUp;
    return message.sender == device ? Action::Resend : Action::Skip;
}

void Outbox::flush()
{
    // A reconnect during a flush must not send the queue twice in parallel, but must not be
    // lost either: run once more afterwards.
    if (m_flushing) {
        m_flushAgain = true;
        return;
    }
    m_flushing = true;
    m_events->store()->pendingOutgoing(m_events->account(), this, [this](const QVector<Message> &pending) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int sent = 0;
        int resendable = 0;
        bool connected = true;
        for (const Message &m : pending) {
            const Action action = decide(m, m_device, now);
            if (action == Action::GiveUp) {
                // By origin-id, which storage finds whatever the message's age; a bare message
                // id is only looked for among the conversation's newest messages.
                const QString id = m.originId.isEmpty() ? m.messageId : m.originId;
                m_events->setDeliveryState(m.conversation, id, Message::DeliveryState::Failed);
                continue;
            }
            if (action == Action::Skip)
                continue;
            ++resendable;
            // Disconnected again: the next connection flushes. Giving up still goes on.
            if (!connected || !(connected = m_sender(MessageConverter::toChatStanza(m))))
                continue;
            ++sent;
            // Announced: a conversation open since the message was written shows it pending.
            if (m.state == Message::DeliveryState::Pending)
                m_events->setDeliveryState(m.conversation, m.messageId, Message::DeliveryState::Sent);
        }
        if (resendable)
            qCInfo(lcSession) << m_events->account() << "outbox re-sent" << sent << "of" << resendable;
        m_flushing = false;
        Q_EMIT flushed(sent);
        if (m_flushAgain) {
            m_flushAgain = false;
            flush();
        }
    });
}

} // namespace Tandem
