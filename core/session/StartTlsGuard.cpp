#include "session/StartTlsGuard.h"

#include <QDomElement>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppOutgoingClient.h>

namespace Tandem {

StartTlsGuard *StartTlsGuard::install(QXmppClient *client)
{
    auto *extension = new StartTlsGuard;
    // In front of QXmppTlsManager, which disconnects on these features and consumes them.
    client->insertExtension(0, extension);
    return extension;
}

bool StartTlsGuard::handleStanza(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("features")
        || element.namespaceURI() != QLatin1String("http://etherx.jabber.org/streams"))
        return false;
    const auto *stream = client()->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly);
    // After STARTTLS the features rightly no longer offer it.
    if (!stream || !stream->socket() || stream->socket()->isEncrypted())
        return false;
    const QDomElement startTls = element.firstChildElement(QStringLiteral("starttls"));
    if (startTls.isNull() || startTls.namespaceURI() != QLatin1String("urn:ietf:params:xml:ns:xmpp-tls"))
        Q_EMIT tlsUnavailable();
    return false; // QXmpp still handles them: it closes the stream
}

} // namespace Tandem
