// A <message/> from anyone, as QXmpp delivers it, through MessageConverter: as a 1:1 message
// received or a sent carbon, and as a groupchat or private message of the room it claims to come
// from. A message it keeps must be storable (a conversation and a valid time) and, for our own,
// sendable again.
#include "FuzzSupport.h"
#include "profile/Jid.h"
#include "xmpp/MessageConverter.h"

#include <QStringList>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>

using namespace Tandem;

namespace {
QString describe(const Message &m)
{
    return QStringList { m.account, m.conversation, QString::number(int(m.kind)), m.sender, m.messageId,
        m.originId, m.stanzaId, m.stanzaIdBy, m.body, m.serverTime.toString(Qt::ISODateWithMs), m.replacesId }
        .join(QLatin1Char('|'));
}

void check(const std::optional<Message> &message)
{
    if (!message)
        return;
    FUZZ_CHECK(!message->conversation.isEmpty(), describe(*message));
    FUZZ_CHECK(message->serverTime.isValid(), describe(*message));
    if (message->direction == Message::Direction::Outgoing) {
        QByteArray xml;
        QXmlStreamWriter writer(&xml);
        MessageConverter::toChatStanza(*message).toXml(&writer);
        FUZZ_CHECK(!xml.isEmpty(), describe(*message));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    QDomDocument document;
    const QDomElement element = Fuzz::parseStanza(data, size, &document);
    if (element.isNull() || element.localName() != QLatin1String("message")) {
        Fuzz::refused("message", QStringLiteral("not a well-formed <message/>"));
        return 0;
    }
    QXmppMessage stanza;
    stanza.parse(element);
    const QDateTime now = Fuzz::receivedAt();
    check(MessageConverter::fromChatStanza(stanza, Fuzz::ownBareJid, Message::Direction::Incoming, now));
    check(MessageConverter::fromChatStanza(stanza, Fuzz::ownBareJid, Message::Direction::Outgoing, now));
    // The caller names the room, one it is in: never an empty or malformed address.
    const QString room = Jid::bare(stanza.from());
    if (Jid::isValidBare(room))
        check(MessageConverter::fromGroupChatStanza(
            stanza, Fuzz::ownBareJid, room, QStringLiteral("alice"), now));
    MessageConverter::receiptFor(stanza);
    return 0;
}
