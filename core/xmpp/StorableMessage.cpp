#include "xmpp/StorableMessage.h"

#include <QXmppMessage.h>

namespace Tandem::StorableMessage {

namespace {
// Every version of the coordinator namespace (CoordinatorEnvelope::namespaceUri() is one of them):
// a newer device's traffic is no chat message either.
const QString coordinatorNamespacePrefix = QStringLiteral("urn:tandem:coord:");

bool carriesCoordinatorElement(const QXmppMessage &stanza)
{
    // QXmpp keeps the children it does not know as extensions, each with its namespace.
    for (const QXmppElement &extension : stanza.extensions()) {
        if (extension.attribute(QStringLiteral("xmlns")).startsWith(coordinatorNamespacePrefix))
            return true;
    }
    return false;
}
} // namespace

QString whyNotStored(const QXmppMessage &stanza)
{
    if (carriesCoordinatorElement(stanza))
        return QStringLiteral("it carries a coordinator element");
    if (stanza.body().size() > MaxBodyChars) {
        return QStringLiteral("its body has %1 characters (limit %2)")
            .arg(stanza.body().size())
            .arg(MaxBodyChars);
    }
    return {};
}

} // namespace Tandem::StorableMessage
