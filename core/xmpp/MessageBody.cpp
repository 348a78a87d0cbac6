#include "xmpp/MessageBody.h"

#include <QLocale>

namespace Tandem::MessageBody {

namespace {
const QString nsXml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

/// xml:lang as a namespace-aware parse gives it, or as a plain one does.
QString langOf(const QDomElement &element)
{
    const QString lang = element.attributeNS(nsXml, QStringLiteral("lang"));
    return lang.isEmpty() ? element.attribute(QStringLiteral("xml:lang")) : lang;
}

/// Whether `lang` ("de-CH", "DE") is of the primary language `primary` ("de").
bool sameLanguage(const QString &lang, const QString &primary)
{
    return !primary.isEmpty()
        && lang.section(QLatin1Char('-'), 0, 0).compare(primary, Qt::CaseInsensitive) == 0;
}

/// The namespace of `element`, also when it was parsed without namespace processing (then a
/// child without xmlns has its parent's).
QString namespaceOf(const QDomElement &element)
{
    return element.namespaceURI().isEmpty() ? element.attribute(QStringLiteral("xmlns"))
                                            : element.namespaceURI();
}

bool isBody(const QDomElement &child, const QDomElement &message)
{
    const QString name = child.localName().isEmpty() ? child.tagName() : child.localName();
    const QString ns = namespaceOf(child);
    return name == QLatin1String("body") && (ns.isEmpty() || ns == namespaceOf(message));
}
} // namespace

QString userLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString preferred(const QDomElement &message, const QString &language)
{
    const QString stanzaLang = langOf(message);
    QDomElement first, firstUntagged;
    for (QDomElement child = message.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (!isBody(child, message))
            continue;
        const QString own = langOf(child);
        if (sameLanguage(own.isEmpty() ? stanzaLang : own, language))
            return child.text();
        if (first.isNull())
            first = child;
        if (own.isEmpty() && firstUntagged.isNull())
            firstUntagged = child;
    }
    return (firstUntagged.isNull() ? first : firstUntagged).text();
}

QXmppMessage parse(const QDomElement &message, const QString &language)
{
    QXmppMessage stanza;
    stanza.parse(message);
    stanza.setBody(preferred(message, language));
    return stanza;
}

} // namespace Tandem::MessageBody
