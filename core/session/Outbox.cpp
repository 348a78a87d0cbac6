#include "session/Outbox.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/MessageConverter.h"

namespace Tandem {

namespace {

/// The id a delivery state is written under: the origin-id, which storage finds whatever the
/// message's age; a bare message id is only looked for among the conversation's newest messages.
QString stateId(const Message &message)
{
    return message.originId.isEmpty() ? message.messageId : message.originId;
}

} // namespace

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
    if (message.sender != device)
        return Action::Skip;
    return message.sendAttempts >= resendBudget ? Action::GiveUp : Action::Resend;
}

QString Outbox::givenUpBecause(const Message &message)
{
    if (message.sendAttempts >= resendBudget)
        return tr("no confirmation after %n attempts", nullptr, message.sendAttempts + 1);
    return tr("no delivery receipt within a week");
}

std::optional<Message> Outbox::oversized(const QVector<Message> &pending, const QString &device)
{
    std::optional<Message> largest;
    int largestBytes = smallestOversizedBody - 1;
    for (const Message &m : pending) {
        if (m.direction != Message::Direction::Outgoing
            || (m.kind == Message::Kind::Chat && m.sender != device))
            continue;
        const int bytes = m.body.toUtf8().size();
        if (bytes > largestBytes) {
            largest = m;
            largestBytes = bytes;
        }
    }
    return largest;
}

void Outbox::streamRefused(const StreamError &error)
{
    if (!error.blamesOurStanza())
        return;
    m_events->store()->pendingOutgoing(
        m_events->account(), this, [this, error](const QVector<Message> &pending) {
            const auto culprit = oversized(pending, m_device);
            if (!culprit) {
                qCWarning(lcSession)
                    << m_events->account()
                    << "the server refused a stanza, but no message is large enough to be it:"
                    << error.describe();
                return;
            }
            const int bytes = culprit->body.toUtf8().size();
            // Anything as large fails the same way; somewhat smaller may still, and teaches us again.
            m_events->learnMaxBodyBytes(std::max(1024, bytes - 1024));
            const QString id = stateId(*culprit);
            qCWarning(lcSession) << m_events->account() << "message" << id << "of" << bytes
                                 << "bytes made the server end the stream; not sending it again";
            m_events->failDelivery(culprit->conversation, id,
                tr("the server refused it as too large (%1)").arg(error.describe()));
        });
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
                m_events->failDelivery(m.conversation, stateId(m), givenUpBecause(m));
                continue;
            }
            if (action == Action::Skip)
                continue;
            ++resendable;
            // Disconnected again: the next connection flushes. Giving up still goes on.
            if (!connected || !(connected = m_sender(MessageConverter::toChatStanza(m))))
                continue;
            ++sent;
            m_events->store()->countSendAttempt(m.rowId);
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
