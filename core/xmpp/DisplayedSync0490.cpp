#include "xmpp/DisplayedSync0490.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PubSubIq.h"

#include <QBuffer>
#include <QDomElement>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace Tandem {

namespace {

QString mdsNode()
{
    return QString::fromLatin1(Ns::Mds);
}

int serializedSize(const QXmppStanza &stanza)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer(&buffer);
    stanza.toXml(&writer);
    return int(buffer.size());
}

} // namespace

DisplayedPosition DisplayedPosition::fromItem(const QDomElement &item)
{
    const QDomElement displayed = item.firstChildElement(QStringLiteral("displayed"));
    if (displayed.namespaceURI() != QLatin1String(Ns::Mds))
        return {};
    // The stanza-id is the only child the XEP defines; others may follow it one day.
    QDomElement sid = displayed.firstChildElement(QStringLiteral("stanza-id"));
    while (!sid.isNull() && sid.namespaceURI() != QLatin1String(Ns::StanzaId))
        sid = sid.nextSiblingElement(QStringLiteral("stanza-id"));
    DisplayedPosition position;
    position.conversation = Jid::bare(item.attribute(QStringLiteral("id")));
    position.stanzaId = sid.attribute(QStringLiteral("id"));
    position.by = Jid::bare(sid.attribute(QStringLiteral("by")));
    if (!Jid::isValidBare(position.conversation) || position.stanzaId.isEmpty() || position.by.isEmpty())
        return {};
    return position;
}

DisplayedSync0490::DisplayedSync0490()
{
    qRegisterMetaType<Tandem::DisplayedPosition>();
}

DisplayedSync0490::~DisplayedSync0490() = default;

QStringList DisplayedSync0490::discoveryFeatures() const
{
    // XEP-0163 §4: "+notify" in our caps subscribes this resource to the node's pushes.
    return { mdsNode() + QStringLiteral("+notify") };
}

void DisplayedSync0490::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_tracker = IqTracker::of(client);
    // Deferred, as for bookmarks: the initial presence with our caps goes out after connected().
    connect(client, &QXmppClient::connected, this,
        [this] { QTimer::singleShot(0, this, &DisplayedSync0490::fetch); });
}

void DisplayedSync0490::fetch()
{
    if (!client() || !client()->isConnected())
        return;
    m_tracker->send(PubSubIq::requestItems(mdsNode()), this, [this](const IqResponse &response) {
        if (response.isError("item-not-found")) {
            Q_EMIT fetched(); // nothing published yet by any client of the account
            return;
        }
        if (!response.isResult()) {
            qCWarning(lcSession) << "cannot fetch the displayed positions:" << response.describe();
            Q_EMIT errorOccurred(
                tr("Cannot fetch which messages were read elsewhere: %1").arg(response.describe()));
            return;
        }
        receiveItems(response.stanza.firstChildElement(QStringLiteral("pubsub"))
                         .firstChildElement(QStringLiteral("items")));
        Q_EMIT fetched();
    });
}

void DisplayedSync0490::publish(const DisplayedPosition &position)
{
    if (!client() || !client()->isConnected() || position.stanzaId.isEmpty())
        return;
    auto payload = [position](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("displayed"));
        writer->writeDefaultNamespace(QString::fromLatin1(Ns::Mds));
        writer->writeStartElement(QStringLiteral("stanza-id"));
        writer->writeDefaultNamespace(QString::fromLatin1(Ns::StanzaId));
        writer->writeAttribute(QStringLiteral("id"), position.stanzaId);
        writer->writeAttribute(QStringLiteral("by"), position.by);
        writer->writeEndElement();
        writer->writeEndElement();
    };
    const auto iq
        = PubSubIq::publish(mdsNode(), position.conversation, payload, PubSubIq::privateNodeOptions());
    m_lastPublishBytes = serializedSize(iq);
    m_tracker->send(iq, this, [this, position](const IqResponse &response) {
        if (response.isResult())
            return;
        qCWarning(lcSession) << "cannot publish the displayed position of" << position.conversation << ":"
                             << response.describe();
        Q_EMIT errorOccurred(tr("Cannot tell the account's other devices that %1 was read: %2")
                                 .arg(position.conversation, response.describe()));
    });
}

bool DisplayedSync0490::handleStanza(const QDomElement &stanza)
{
    if (!client() || stanza.tagName() != QLatin1String("message")
        || stanza.attribute(QStringLiteral("type")) == QLatin1String("error"))
        return false;
    const QDomElement event = stanza.firstChildElement(QStringLiteral("event"));
    if (event.isNull() || event.namespaceURI() != QLatin1String(Ns::PubSubEvent))
        return false;
    const QDomElement items = event.firstChildElement(QStringLiteral("items"));
    if (items.attribute(QStringLiteral("node")) != mdsNode())
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!PubSubIq::isOwnPepService(from, client()->configuration().jid())) {
        // Anyone may send us a message that looks like a push; only our PEP service marks read.
        qCWarning(lcSession) << "ignoring a displayed-position event from" << from;
        return true;
    }
    receiveItems(items);
    return true;
}

void DisplayedSync0490::receiveItems(const QDomElement &items)
{
    for (QDomElement item = items.firstChildElement(QStringLiteral("item")); !item.isNull();
         item = item.nextSiblingElement(QStringLiteral("item"))) {
        const DisplayedPosition position = DisplayedPosition::fromItem(item);
        if (position.conversation.isEmpty()) {
            qCWarning(lcSession) << "ignoring a malformed displayed position, item"
                                 << item.attribute(QStringLiteral("id"));
            continue;
        }
        Q_EMIT displayedReceived(position);
    }
}

} // namespace Tandem
