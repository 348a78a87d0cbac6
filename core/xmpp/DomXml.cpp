#include "xmpp/DomXml.h"

#include <QDomDocument>
#include <QXmlStreamWriter>

namespace Tandem::DomXml {

namespace {
const QString XmlnsNamespace = QStringLiteral("http://www.w3.org/2000/xmlns/");
} // namespace

void write(QXmlStreamWriter *writer, const QDomElement &element, const QString &inheritedNamespace)
{
    const QString ns = element.namespaceURI();
    const QString name = element.localName().isEmpty() ? element.tagName() : element.localName();
    writer->writeStartElement(name);
    if (ns != inheritedNamespace)
        writer->writeDefaultNamespace(ns);

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
            writer->writeAttribute(attr.namespaceURI(), attr.localName(), attr.value());
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
