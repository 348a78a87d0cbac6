// The 1:1 message pipeline of Account: sending, and the received pipeline (convert → store,
// de-duplicated → receipt → report) for live messages, carbons, receipts and errors.
#include "account/Account.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/MessageBody.h"
#include "xmpp/MessageConverter.h"
#include "xmpp/StreamError.h"

#include <QUuid>
#include <QXmppMessage.h>

namespace Tandem {

void Account::sendChatState(const QString &to, ChatState state)
{
    if (state == ChatState::None || Jid::bare(to).isEmpty())
        return;
    QXmppMessage stanza;
    stanza.setTo(to);
    stanza.setType(QXmppMessage::Chat);
    stanza.setState(state == ChatState::Composing ? QXmppMessage::Composing : QXmppMessage::Paused);
    stanza.addHint(QXmppMessage::NoStore);
    send(stanza);
}

void Account::sendMessage(const QString &to, const QString &body,
    std::function<void(const Message &, const StorageError &)> done, const QString &replaceId)
{
    Message m;
    m.account = m_config.jid;
    m.conversation = Jid::bare(to);
    m.kind = Message::Kind::Chat;
    m.direction = Message::Direction::Outgoing;
    m.sender = fullJid();
    m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.originId = m.messageId;
    m.body = body;
    m.localTime = QDateTime::currentDateTimeUtc();
    m.serverTime = m.localTime;
    m.state = Message::DeliveryState::Pending;
    m.replacesId = replaceId; // XEP-0308: the id of our message this one corrects
    m_events->storeOutgoing(
        m, MessageEvents::Origin::Composed, this,
        [this](const Message &stored) { return send(MessageConverter::toChatStanza(stored)); },
        std::move(done));
}

void Account::handleMessage(const QDomElement &element, Message::Direction direction, bool fromCarbon)
{
    const QXmppMessage stanza = MessageBody::parse(element);
    // Receipts and errors concern our own outgoing messages.
    if (!stanza.receiptId().isEmpty()) {
        // A receipt our other device sent (a "sent" carbon) acknowledges the contact's message,
        // none of ours. An incoming one comes from the contact, also when it was addressed to
        // our other device and reached us as a "received" carbon.
        if (direction == Message::Direction::Outgoing)
            return;
        m_events->setDeliveryState(
            Jid::bare(stanza.from()), stanza.receiptId(), Message::DeliveryState::Delivered);
        return;
    }
    if (stanza.type() == QXmppMessage::Error) {
        if (direction != Message::Direction::Incoming)
            return;
        const QString reason = stanzaErrorReason(element);
        m_events->failDelivery(Jid::bare(stanza.from()), stanza.id(),
            reason.isEmpty() ? tr("the server answered with an error")
                             : tr("the server answered: %1").arg(reason));
        return;
    }
    auto converted
        = MessageConverter::fromChatStanza(stanza, m_config.jid, direction, QDateTime::currentDateTimeUtc());
    if (!converted)
        return;
    const bool wantsReceipt = !fromCarbon && stanza.isReceiptRequested() && !stanza.id().isEmpty();
    const auto origin = fromCarbon ? MessageEvents::Origin::Carbon : MessageEvents::Origin::Live;
    // Held in memory while storage fails for a passing reason: the receipt waits until it is stored.
    m_store->storeIncoming(
        *converted, this, [this, m = *converted, stanza, wantsReceipt, origin](const StoreResult &r) mutable {
            if (r.error.isError()) {
                // Not acknowledged: the sender keeps it and retries; nothing is lost.
                qCWarning(lcSession) << m_config.jid << "could not store message" << m.messageId
                                     << r.error.message();
                m_events->reportFailure(r.error);
                return;
            }
            // A duplicate is acknowledged again: the first receipt may be what got lost.
            if (wantsReceipt)
                send(MessageConverter::receiptFor(stanza));
            if (r.inserted) {
                m.rowId = r.rowId;
                m_events->reportAdded(m, origin);
            }
        });
}

} // namespace Tandem
