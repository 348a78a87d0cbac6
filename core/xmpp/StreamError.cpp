#include "xmpp/StreamError.h"

namespace Tandem {

namespace {

const QString StreamsNs = QStringLiteral("http://etherx.jabber.org/streams");
const QString StreamErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
const QString ErrorsNs = QStringLiteral("urn:xmpp:errors");
const QString LimitsNs = QStringLiteral("urn:xmpp:stream-limits:0");
const QString StanzaErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");

} // namespace

QString StreamError::describe() const
{
    return text.isEmpty() ? condition : condition + QStringLiteral(": ") + text;
}

std::optional<StreamError> StreamError::parse(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("error") || element.namespaceURI() != StreamsNs)
        return std::nullopt;
    StreamError error;
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() == StreamErrorNs) {
            if (child.tagName() == QLatin1String("text"))
                error.text = child.text().trimmed().left(500);
            else if (error.condition.isEmpty())
                error.condition = child.tagName();
        } else if (child.namespaceURI() == ErrorsNs && child.tagName() == QLatin1String("stanza-too-big")) {
            error.stanzaTooBig = true;
        }
    }
    if (error.condition.isEmpty())
        error.condition = QStringLiteral("undefined-condition");
    return error;
}

QString stanzaErrorReason(const QDomElement &stanza)
{
    const QDomElement error = stanza.firstChildElement(QStringLiteral("error"));
    QString condition;
    QString text;
    for (QDomElement child = error.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != StanzaErrorNs)
            continue;
        if (child.tagName() == QLatin1String("text"))
            text = child.text().trimmed().left(500);
        else if (condition.isEmpty())
            condition = child.tagName();
    }
    if (condition.isEmpty())
        return text;
    return text.isEmpty() ? condition : condition + QStringLiteral(": ") + text;
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
