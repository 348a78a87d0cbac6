#include "session/Outbox.h"

#include "Logging.h"
#include "session/MessageConverter.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace Tandem {

Outbox::Outbox(
    MessageStore *store, const QString &account, const QString &device, Sender sender, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_account(account)
    , m_device(device)
    , m_sender(std::move(sender))
{ }

Outbox::Action Outbox::decide(const Message &message, const QString &device)
{
    // Room messages and private messages through a room are confirmed by the room's reflection
    // (RoomService), and a chat stanza to a room would only bounce.
    if (message.kind != Message::Kind::Chat)
        return Action::Skip;
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
    m_store->pendingOutgoing(m_account, this, [this](const QVector<Message> &pending) {
        int sent = 0;
        int resendable = 0;
        for (const Message &m : pending) {
            if (decide(m, m_device) == Action::Skip)
                continue;
            ++resendable;
            if (!m_sender(MessageConverter::toChatStanza(m)))
                break; // disconnected again: the next connection flushes
            ++sent;
            if (m.state == Message::DeliveryState::Pending)
                m_store->setDeliveryState(
                    m_account, m.conversation, m.messageId, Message::DeliveryState::Sent);
        }
        if (resendable)
            qCInfo(lcSession) << m_account << "outbox re-sent" << sent << "of" << resendable;
        m_flushing = false;
        Q_EMIT flushed(sent);
        if (m_flushAgain) {
            m_flushAgain = false;
            flush();
        }
    });
}

} // namespace Tandem
