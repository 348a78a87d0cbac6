#include "session/StreamPolicy.h"

#include "common/Logging.h"

#include <QXmppClient.h>
#include <QXmppOutgoingClient.h>

namespace Tandem {

StreamPolicy *StreamPolicy::install(QXmppClient *client)
{
    auto *extension = new StreamPolicy;
    client->insertExtension(0, extension);
    return extension;
}

bool StreamPolicy::handleStanza(const QDomElement &element)
{
    if (element.tagName() == QLatin1String("features")) {
        const auto announced = Tandem::announcedMaxStanzaBytes(element);
        // The features after authentication are the ones that hold for the session; a stream
        // that announces nothing leaves the limit unknown again.
        if (announced != m_announced) {
            m_announced = announced;
            Q_EMIT limitAnnounced(announced.value_or(0));
        }
        return false;
    }
    const auto error = StreamError::parse(element);
    if (!error)
        return false;
    qCWarning(lcSession) << "the server ended the stream:" << error->describe();
    if (error->blamesOurStanza()) {
        if (auto *stream = client()->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly))
            stream->resetPacketCache();
    }
    Q_EMIT streamErrorReceived(*error);
    // QXmpp still handles it: it closes the stream and reports the error.
    return false;
}

} // namespace Tandem
