#include "xmpp/MessageConverter.h"

#include "profile/Jid.h"
#include "xmpp/ClaimedTime.h"
#include "xmpp/StorableMessage.h"

#include <QUuid>

namespace Tandem::MessageConverter {

std::optional<Message> fromChatStanza(const QXmppMessage &stanza, const QString &ownBareJid,
    Message::Direction direction, const QDateTime &receivedAt)
{
    if (stanza.type() != QXmppMessage::Chat && stanza.type() != QXmppMessage::Normal)
        return std::nullopt;
    if (stanza.body().isEmpty() || !StorableMessage::whyNotStored(stanza).isEmpty())
        return std::nullopt;

    Message m;
    m.account = ownBareJid;
    m.kind = Message::Kind::Chat;
    m.direction = direction;
    const QString peer = direction == Message::Direction::Outgoing ? stanza.to() : stanza.from();
    m.conversation = Jid::bare(peer);
    if (m.conversation.isEmpty() || !m.conversation.contains(QLatin1Char('@')))
        return std::nullopt;
    m.sender = stanza.from();
    if (m.sender.isEmpty())
        m.sender = ownBareJid;
    m.messageId = stanza.id();
    // Clients without XEP-0359 still send unique ids; using the id keeps redelivery idempotent.
    m.originId = stanza.originId().isEmpty() ? stanza.id() : stanza.originId();
    // A stanza-id is only trustworthy when our own server stamped it (XEP-0359 §7).
    if (!stanza.stanzaId().isEmpty() && Jid::bare(stanza.stanzaIdBy()) == ownBareJid) {
        m.stanzaId = stanza.stanzaId();
        m.stanzaIdBy = ownBareJid;
    }
    m.body = stanza.body();
    m.localTime = receivedAt.toUTC();
    m.serverTime = ClaimedTime::clamp(stanza.stamp(), receivedAt);
    m.replacesId = stanza.replaceId();
    // An outgoing copy is another device's message (a sent carbon): sent, and delivered once the
    // contact's receipt reaches us too. Only its author re-sends it (Outbox).
    m.state = direction == Message::Direction::Outgoing ? Message::DeliveryState::Sent
                                                        : Message::DeliveryState::Received;
    return m;
}

std::optional<Message> fromGroupChatStanza(const QXmppMessage &stanza, const QString &ownBareJid,
    const QString &room, const QString &ownNick, const QDateTime &receivedAt)
{
    const bool isPrivate = stanza.type() == QXmppMessage::Chat || stanza.type() == QXmppMessage::Normal;
    if ((stanza.type() != QXmppMessage::GroupChat && !isPrivate) || stanza.body().isEmpty())
        return std::nullopt;
    if (!StorableMessage::whyNotStored(stanza).isEmpty())
        return std::nullopt;
    if (Jid::bare(stanza.from()) != room)
        return std::nullopt;
    const QString nick = Jid::resource(stanza.from());
    if (nick.isEmpty())
        return std::nullopt; // a message from the room itself (service notice), not an occupant

    Message m;
    m.account = ownBareJid;
    // A private message belongs to a conversation with that occupant, not with the room.
    m.conversation = isPrivate ? room + QLatin1Char('/') + nick : room;
    m.kind = isPrivate ? Message::Kind::GroupChatPrivate : Message::Kind::GroupChat;
    m.direction = !isPrivate && nick == ownNick ? Message::Direction::Outgoing : Message::Direction::Incoming;
    m.sender = nick;
    m.messageId = stanza.id();
    m.originId = stanza.originId();
    if (!stanza.stanzaId().isEmpty() && Jid::bare(stanza.stanzaIdBy()) == room) {
        m.stanzaId = stanza.stanzaId();
        m.stanzaIdBy = room;
    }
    m.body = stanza.body();
    m.localTime = receivedAt.toUTC();
    m.serverTime = stanza.stamp().isValid() ? stanza.stamp().toUTC() : m.localTime;
    m.replacesId = stanza.replaceId();
    // Our own message seen in the room is delivered: the room has it.
    m.state = m.direction == Message::Direction::Outgoing ? Message::DeliveryState::Delivered
                                                          : Message::DeliveryState::Received;
    return m;
}

QXmppMessage toChatStanza(const Message &message)
{
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(message.conversation);
    stanza.setId(message.messageId);
    stanza.setOriginId(message.originId);
    stanza.setBody(message.body);
    stanza.setReceiptRequested(true);
    stanza.setMarkable(true);
    if (!message.replacesId.isEmpty())
        stanza.setReplaceId(message.replacesId);
    return stanza;
}

QXmppMessage receiptFor(const QXmppMessage &stanza)
{
    QXmppMessage receipt;
    // The type of the message it acknowledges: servers copy a bodyless "normal" message to
    // no other device (XEP-0280 §6), so the sender's other devices would never see it delivered.
    receipt.setType(stanza.type() == QXmppMessage::Chat ? QXmppMessage::Chat : QXmppMessage::Normal);
    receipt.setTo(stanza.from());
    receipt.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    receipt.setReceiptId(stanza.id());
    // Not worth a copy in the archive.
    receipt.addHint(QXmppMessage::NoStore);
    return receipt;
}

} // namespace Tandem::MessageConverter
