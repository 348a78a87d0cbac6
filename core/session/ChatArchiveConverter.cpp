#include "session/ChatArchiveConverter.h"

#include "profile/Jid.h"
#include "xmpp/MessageBody.h"
#include "xmpp/MessageConverter.h"
#include "xmpp/StorableMessage.h"

#include <QXmppMessage.h>

namespace Tandem::ChatArchiveConverter {

namespace {

/// A private message through a room carries `<x xmlns='…muc#user'/>` (XEP-0045 §7.5).
bool isFromRoom(const QDomElement &message)
{
    for (QDomElement x = message.firstChildElement(QStringLiteral("x")); !x.isNull();
         x = x.nextSiblingElement(QStringLiteral("x"))) {
        if (x.namespaceURI() == QLatin1String("http://jabber.org/protocol/muc#user"))
            return true;
    }
    return false;
}

} // namespace

Converted fromOwnArchive(
    const Mam0313::Result &result, const QString &ownBareJid, const QDateTime &receivedAt)
{
    Converted out;
    if (result.message.isNull()) {
        out.rejected = QStringLiteral("result %1 has no forwarded message").arg(result.id);
        return out;
    }
    // Room traffic and room private messages belong to the rooms' own archives and
    // conversations; the user's archive only mirrors what passed through the account.
    if (result.message.attribute(QStringLiteral("type")) == QLatin1String("groupchat")
        || isFromRoom(result.message))
        return out;

    QXmppMessage stanza = MessageBody::parse(result.message);
    // The same verdict as live and carbon copies get: one stanza, one history on every device.
    if (const QString why = StorableMessage::whyNotStored(stanza); !why.isEmpty()) {
        out.rejected = QStringLiteral("result %1 is not stored: %2").arg(result.id, why);
        return out;
    }
    // Everything in our archive was sent by or to us; anything else was forged into it (or
    // into the forwarded copy).
    const QString own = Jid::bare(ownBareJid);
    const QString from = Jid::bare(stanza.from());
    const QString to = Jid::bare(stanza.to());
    Message::Direction direction;
    if (from == own)
        direction = Message::Direction::Outgoing;
    else if (to == own)
        direction = Message::Direction::Incoming;
    else {
        out.rejected = QStringLiteral("result %1 is neither from nor to %2 (from '%3', to '%4')")
                           .arg(result.id, ownBareJid, stanza.from(), stanza.to());
        return out;
    }
    // The archive's stamp is when our server saw it; a delay inside is the sender's claim.
    if (result.stamp.isValid())
        stanza.setStamp(result.stamp);
    out.message = MessageConverter::fromChatStanza(stanza, ownBareJid, direction, receivedAt);
    if (!out.message)
        return out; // no body, an error, or no peer account
    out.receiptRequested
        = direction == Message::Direction::Incoming && stanza.isReceiptRequested() && !stanza.id().isEmpty();
    Message &m = *out.message;
    // The archive id is the stanza-id our server stamped (XEP-0313 §5.1.2), whatever the copy says.
    m.stanzaId = result.id;
    m.stanzaIdBy = ownBareJid;
    m.fromArchive = true;
    // The archive's stamp as it is, not clamped as a sender's claim would be: every device that
    // fetches the result stores it under the same time.
    if (result.stamp.isValid())
        m.serverTime = result.stamp.toUTC();
    // Sent by another device of ours: it reached our server. "Sent" would put it in this
    // device's outbox (pendingOutgoing), which would send another device's message again.
    if (direction == Message::Direction::Outgoing)
        m.state = Message::DeliveryState::Delivered;
    return out;
}

} // namespace Tandem::ChatArchiveConverter
