#include "xmpp/ChatMessageReceiver.h"

#include "common/Logging.h"
#include "profile/Jid.h"

#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppIq.h>

namespace Tandem {

namespace {
const QString nsCarbons = QStringLiteral("urn:xmpp:carbons:2");
const QString nsForward = QStringLiteral("urn:xmpp:forward:0");

/// <iq type='set'><enable xmlns='urn:xmpp:carbons:2'/></iq>
class EnableCarbonsIq : public QXmppIq
{
public:
    EnableCarbonsIq()
        : QXmppIq(QXmppIq::Set)
    { }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(QStringLiteral("enable"));
        writer->writeDefaultNamespace(nsCarbons);
        writer->writeEndElement();
    }
};

QDomElement carbonOf(const QDomElement &message, bool *sent)
{
    for (QDomElement child = message.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() != nsCarbons)
            continue;
        if (child.tagName() == QLatin1String("sent") || child.tagName() == QLatin1String("received")) {
            *sent = child.tagName() == QLatin1String("sent");
            return child;
        }
    }
    return {};
}
} // namespace

QStringList ChatMessageReceiver::discoveryFeatures() const
{
    return { nsCarbons };
}

void ChatMessageReceiver::enableCarbons()
{
    client()->sendPacket(EnableCarbonsIq());
}

bool ChatMessageReceiver::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message"))
        return false;
    bool sent = false;
    const QDomElement carbon = carbonOf(stanza, &sent);
    if (carbon.isNull()) {
        Q_EMIT messageReceived(stanza);
        return true;
    }
    const QString own = Jid::bare(client()->configuration().jidBare());
    const QString from = stanza.attribute(QStringLiteral("from"));
    const QDomElement forwarded = carbon.firstChildElement(QStringLiteral("forwarded"));
    const QDomElement message = forwarded.firstChildElement(QStringLiteral("message"));
    if (Jid::bare(from) != own || !Jid::resource(from).isEmpty()) {
        qCWarning(lcSession) << own << "dropped a forged carbon from" << from;
    } else if (forwarded.namespaceURI() != nsForward || message.isNull()) {
        qCWarning(lcSession) << own << "dropped a carbon without a forwarded message";
    } else {
        Q_EMIT carbonReceived(message, sent);
    }
    return true;
}

} // namespace Tandem
