// XML helpers: copying unknown XML (other clients' extensions) without losing anything.
#pragma once

#include <QDomElement>
#include <QString>

class QXmlStreamWriter;

namespace Tandem::DomXml {

/// Writes \a element and its subtree to \a writer, declaring a default namespace wherever it
/// differs from \a inheritedNamespace. QXmppElement is not used for this because it drops
/// attribute prefixes (xml:lang becomes lang) and moves text before child elements.
void write(QXmlStreamWriter *writer, const QDomElement &element, const QString &inheritedNamespace = {});

/// \a ns as QXmlStreamWriter must be given a namespace URI: Qt 5 writes namespace declarations
/// as they are, so a URI with a quote, '<' or '&' (anyone may send one) would make the output
/// not well-formed, and the server would close the stream on it.
QString escapedNamespace(const QString &ns);

/// \a element as a standalone XML string (its namespace declared on it).
QString toString(const QDomElement &element);

/// Parses what toString() produced, namespace-aware. A null element if \a xml is not well-formed.
QDomElement fromString(const QString &xml);

} // namespace Tandem::DomXml
