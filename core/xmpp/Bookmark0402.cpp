#include "xmpp/Bookmark0402.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "xmpp/DomXml.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Tandem {

namespace {

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

// xs:boolean is "true", "false", "1" or "0", with surrounding whitespace allowed. Anything else
// (a typo by another client) must not make us join a room nobody asked for: false.
bool parseAutojoin(const QString &value, const QString &jid)
{
    const QString v = value.trimmed();
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (!v.isEmpty() && v != QLatin1String("false") && v != QLatin1String("0"))
        qCWarning(lcSession) << "bookmark" << jid << "has autojoin" << value << "- treated as false";
    return false;
}

// The same XML can be spelled in many ways (quotes, prefixes); compare one spelling.
QString canonical(const QString &xml)
{
    return DomXml::toString(DomXml::fromString(xml));
}

} // namespace

std::optional<RoomBookmark> RoomBookmark::fromItem(const QDomElement &item, QString *why)
{
    if (item.isNull() || item.tagName() != QLatin1String("item")) {
        setWhy(why, QStringLiteral("not a pubsub <item/>"));
        return std::nullopt;
    }
    RoomBookmark bookmark;
    bookmark.jid = item.attribute(QStringLiteral("id"));
    QString invalid;
    if (!Jid::isValidBare(bookmark.jid, &invalid)) {
        setWhy(why, QStringLiteral("item id '%1' is not a bare room JID: %2").arg(bookmark.jid, invalid));
        return std::nullopt;
    }
    const QDomElement conference = item.firstChildElement(QStringLiteral("conference"));
    if (conference.isNull() || conference.namespaceURI() != QLatin1String(Ns::Bookmarks)) {
        setWhy(why,
            QStringLiteral("item '%1' has no {%2}conference payload")
                .arg(bookmark.jid, QLatin1String(Ns::Bookmarks)));
        return std::nullopt;
    }
    bookmark.name = conference.attribute(QStringLiteral("name"));
    bookmark.autojoin = parseAutojoin(conference.attribute(QStringLiteral("autojoin")), bookmark.jid);
    for (QDomElement child = conference.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() != QLatin1String(Ns::Bookmarks))
            continue;
        if (child.tagName() == QLatin1String("nick"))
            bookmark.nick = child.text();
        else if (child.tagName() == QLatin1String("password"))
            bookmark.password = child.text();
        else if (child.tagName() == QLatin1String("extensions") && child.hasChildNodes())
            bookmark.extensionsXml = DomXml::toString(child);
    }
    return bookmark;
}

void RoomBookmark::toXml(QXmlStreamWriter *writer) const
{
    const QString ns = QString::fromLatin1(Ns::Bookmarks);
    writer->writeStartElement(QStringLiteral("conference"));
    writer->writeDefaultNamespace(ns);
    if (!name.isEmpty())
        writer->writeAttribute(QStringLiteral("name"), name);
    // Always explicit: "absent" and "false" mean the same, but explicit is easier to debug.
    writer->writeAttribute(
        QStringLiteral("autojoin"), autojoin ? QStringLiteral("true") : QStringLiteral("false"));
    if (!nick.isEmpty())
        writer->writeTextElement(QStringLiteral("nick"), nick);
    if (!password.isEmpty())
        writer->writeTextElement(QStringLiteral("password"), password);
    const QDomElement extensions = DomXml::fromString(extensionsXml);
    if (extensions.tagName() == QLatin1String("extensions") && extensions.namespaceURI() == ns)
        DomXml::write(writer, extensions, ns);
    writer->writeEndElement();
}

QString RoomBookmark::toXmlString() const
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    toXml(&writer);
    return xml;
}

bool RoomBookmark::operator==(const RoomBookmark &other) const
{
    return jid == other.jid && name == other.name && nick == other.nick && password == other.password
        && autojoin == other.autojoin
        && (extensionsXml == other.extensionsXml
            || canonical(extensionsXml) == canonical(other.extensionsXml));
}

} // namespace Tandem
