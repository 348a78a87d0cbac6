#include "xmpp/DomXml.h"

#include <QDomDocument>
#include <QXmlStreamWriter>

namespace Tandem::DomXml {

namespace {
const QString XmlnsNamespace = QStringLiteral("http://www.w3.org/2000/xmlns/");
} // namespace

QString escapedNamespace(const QString &ns)
{
    QString escaped;
    escaped.reserve(ns.size());
    for (const QChar c : ns) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1String("&amp;");
            break;
        case '<':
            escaped += QLatin1String("&lt;");
            break;
        case '>':
            escaped += QLatin1String("&gt;");
            break;
        case '"':
            escaped += QLatin1String("&quot;");
            break;
        case '\t':
            escaped += QLatin1String("&#9;");
            break;
        case '\n':
            escaped += QLatin1String("&#10;");
            break;
        case '\r':
            escaped += QLatin1String("&#13;");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

void write(QXmlStreamWriter *writer, const QDomElement &element, const QString &inheritedNamespace)
{
    const QString ns = element.namespaceURI();
    const QString name = element.localName().isEmpty() ? element.tagName() : element.localName();
    writer->writeStartElement(name);
    if (ns != inheritedNamespace)
        writer->writeDefaultNamespace(escapedNamespace(ns));

    const QDomNamedNodeMap attributes = element.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const QDomAttr attr = attributes.item(i).toAttr();
        // Namespace declarations are re-created from namespaceURI(), never copied.
        if (attr.name() == QLatin1String("xmlns") || attr.prefix() == QLatin1String("xmlns")
            || attr.namespaceURI() == XmlnsNamespace)
            continue;
        if (attr.namespaceURI().isEmpty())
            writer->writeAttribute(attr.localName().isEmpty() ? attr.name() : attr.localName(), attr.value());
        else
            writer->writeAttribute(escapedNamespace(attr.namespaceURI()), attr.localName(), attr.value());
    }

    for (QDomNode child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            write(writer, child.toElement(), ns);
        else if (child.isText() || child.isCDATASection())
            writer->writeCharacters(child.toCharacterData().data());
    }
    writer->writeEndElement();
}

QString toString(const QDomElement &element)
{
    if (element.isNull())
        return {};
    QString xml;
    QXmlStreamWriter writer(&xml);
    write(&writer, element, {});
    return xml;
}

QDomElement fromString(const QString &xml)
{
    QDomDocument document;
    if (xml.isEmpty() || !document.setContent(xml, /*namespaceProcessing=*/true))
        return {};
    return document.documentElement();
}

} // namespace Tandem::DomXml
