#include "xmpp/StreamError.h"

namespace Tandem {

namespace {

const QString StreamsNs = QStringLiteral("http://etherx.jabber.org/streams");
const QString StreamErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
const QString ErrorsNs = QStringLiteral("urn:xmpp:errors");
const QString LimitsNs = QStringLiteral("urn:xmpp:stream-limits:0");
const QString StanzaErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");

/// The defined condition and the text of a stream or stanza error (RFC 6120 §4.9.2, §8.3.2): the
/// first child in `ns` other than <text/> names the condition; either may be empty.
struct ErrorParts
{
    QString condition;
    QString text;
};

ErrorParts readError(const QDomElement &error, const QString &ns)
{
    ErrorParts parts;
    for (QDomElement child = error.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != ns)
            continue;
        if (child.tagName() == QLatin1String("text"))
            parts.text = child.text().trimmed().left(500);
        else if (parts.condition.isEmpty())
            parts.condition = child.tagName();
    }
    return parts;
}

/// "condition: text", or whichever of the two there is.
QString joined(const QString &condition, const QString &text)
{
    if (condition.isEmpty() || text.isEmpty())
        return condition.isEmpty() ? text : condition;
    return condition + QStringLiteral(": ") + text;
}

} // namespace

QString StreamError::describe() const
{
    return joined(condition, text);
}

std::optional<StreamError> StreamError::parse(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("error") || element.namespaceURI() != StreamsNs)
        return std::nullopt;
    const ErrorParts parts = readError(element, StreamErrorNs);
    StreamError error;
    error.condition = parts.condition;
    error.text = parts.text;
    for (QDomElement child = element.firstChildElement(QStringLiteral("stanza-too-big")); !child.isNull();
         child = child.nextSiblingElement(QStringLiteral("stanza-too-big")))
        error.stanzaTooBig = error.stanzaTooBig || child.namespaceURI() == ErrorsNs;
    if (error.condition.isEmpty())
        error.condition = QStringLiteral("undefined-condition");
    return error;
}

QString stanzaErrorReason(const QDomElement &stanza)
{
    const ErrorParts parts = readError(stanza.firstChildElement(QStringLiteral("error")), StanzaErrorNs);
    return joined(parts.condition, parts.text);
}

std::optional<qint64> announcedMaxStanzaBytes(const QDomElement &features)
{
    if (features.tagName() != QLatin1String("features") || features.namespaceURI() != StreamsNs)
        return std::nullopt;
    const QDomElement limits = features.firstChildElement(QStringLiteral("limits"));
    if (limits.isNull() || limits.namespaceURI() != LimitsNs)
        return std::nullopt;
    bool ok = false;
    const qint64 bytes
        = limits.firstChildElement(QStringLiteral("max-bytes")).text().trimmed().toLongLong(&ok);
    if (!ok || bytes <= 0)
        return std::nullopt;
    return bytes;
}

} // namespace Tandem
