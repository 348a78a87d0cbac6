#include "rooms/BookmarkExit.h"

#include "coordinator/RelayCodec.h"
#include "xmpp/Bookmark0402.h"
#include "xmpp/DomXml.h"

#include <QDomDocument>

namespace Tandem::BookmarkExit {

namespace {
const QString bookmarksNs = QStringLiteral("urn:xmpp:bookmarks:1");

QDomElement ours(const QDomElement &extensions)
{
    for (QDomElement c = extensions.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        if (c.localName() == QLatin1String("left") && c.namespaceURI() == CoordinatorEnvelope::namespaceUri())
            return c;
    }
    return {};
}
} // namespace

RoomMirror::LeaveReason read(const RoomBookmark &bookmark)
{
    if (bookmark.autojoin || bookmark.extensionsXml.isEmpty())
        return RoomMirror::LeaveReason::None;
    const QDomElement left = ours(DomXml::fromString(bookmark.extensionsXml));
    return RoomMirror::reasonFromName(left.attribute(QStringLiteral("reason")))
        .value_or(RoomMirror::LeaveReason::None);
}

QString write(const QString &extensionsXml, RoomMirror::LeaveReason reason)
{
    QDomDocument doc;
    QDomElement extensions = extensionsXml.isEmpty() ? QDomElement() : DomXml::fromString(extensionsXml);
    if (extensions.isNull() || extensions.localName() != QLatin1String("extensions"))
        extensions = doc.createElementNS(bookmarksNs, QStringLiteral("extensions"));
    for (QDomElement old = ours(extensions); !old.isNull(); old = ours(extensions))
        extensions.removeChild(old);
    if (reason != RoomMirror::LeaveReason::None) {
        QDomElement left = extensions.ownerDocument().createElementNS(
            CoordinatorEnvelope::namespaceUri(), QStringLiteral("left"));
        left.setAttribute(QStringLiteral("reason"), RoomMirror::reasonName(reason));
        extensions.appendChild(left);
    }
    return extensions.hasChildNodes() ? DomXml::toString(extensions) : QString();
}

} // namespace Tandem::BookmarkExit
