#include "xmpp/Mam0313.h"

#include <QXmlStreamWriter>
#include <QXmppUtils.h>

namespace Tandem::Mam0313 {

namespace {

const QString NsRsm = QStringLiteral("http://jabber.org/protocol/rsm");
const QString NsForward = QStringLiteral("urn:xmpp:forward:0");
const QString NsDelay = QStringLiteral("urn:xmpp:delay");
const QString NsData = QStringLiteral("jabber:x:data");
const QString NsClient = QStringLiteral("jabber:client");

QString localName(const QDomElement &element)
{
    return element.localName().isEmpty() ? element.tagName() : element.localName();
}

/// The first child named \a name in namespace \a ns.
QDomElement child(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (localName(e) == name && e.namespaceURI() == ns)
            return e;
    }
    return {};
}

void writeField(QXmlStreamWriter *w, const QString &var, const QString &value, const QString &type = {})
{
    w->writeStartElement(QStringLiteral("field"));
    w->writeAttribute(QStringLiteral("var"), var);
    if (!type.isEmpty())
        w->writeAttribute(QStringLiteral("type"), type);
    w->writeTextElement(QStringLiteral("value"), value);
    w->writeEndElement();
}

} // namespace

QString ns()
{
    return QStringLiteral("urn:xmpp:mam:2");
}

QueryIq::QueryIq()
{
    setType(QXmppIq::Set);
}

void QueryIq::toXmlElementFromChild(QXmlStreamWriter *w) const
{
    w->writeStartElement(QStringLiteral("query"));
    w->writeDefaultNamespace(ns());
    if (!queryId.isEmpty())
        w->writeAttribute(QStringLiteral("queryid"), queryId);
    if (!with.isEmpty() || start.isValid() || end.isValid()) {
        w->writeStartElement(QStringLiteral("x"));
        w->writeDefaultNamespace(NsData);
        w->writeAttribute(QStringLiteral("type"), QStringLiteral("submit"));
        writeField(w, QStringLiteral("FORM_TYPE"), ns(), QStringLiteral("hidden"));
        if (!with.isEmpty())
            writeField(w, QStringLiteral("with"), with);
        if (start.isValid())
            writeField(w, QStringLiteral("start"), QXmppUtils::datetimeToString(start));
        if (end.isValid())
            writeField(w, QStringLiteral("end"), QXmppUtils::datetimeToString(end));
        w->writeEndElement();
    }
    w->writeStartElement(QStringLiteral("set"));
    w->writeDefaultNamespace(NsRsm);
    w->writeTextElement(QStringLiteral("max"), QString::number(max));
    if (!after.isEmpty())
        w->writeTextElement(QStringLiteral("after"), after);
    if (before) {
        if (before->isEmpty())
            w->writeEmptyElement(QStringLiteral("before"));
        else
            w->writeTextElement(QStringLiteral("before"), *before);
    }
    w->writeEndElement();
    w->writeEndElement();
}

std::optional<Result> parseResult(const QDomElement &messageStanza)
{
    if (messageStanza.tagName() != QLatin1String("message"))
        return std::nullopt;
    const QDomElement result = child(messageStanza, QStringLiteral("result"), ns());
    if (result.isNull())
        return std::nullopt;
    Result r;
    r.from = messageStanza.attribute(QStringLiteral("from"));
    r.queryId = result.attribute(QStringLiteral("queryid"));
    r.id = result.attribute(QStringLiteral("id"));
    const QDomElement forwarded = child(result, QStringLiteral("forwarded"), NsForward);
    const QDomElement delay = child(forwarded, QStringLiteral("delay"), NsDelay);
    r.stamp = QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp")));
    r.message = child(forwarded, QStringLiteral("message"), NsClient);
    return r;
}

Fin parseFin(const QDomElement &iq)
{
    Fin fin;
    const QDomElement element = child(iq, QStringLiteral("fin"), ns());
    if (element.isNull())
        return fin;
    fin.present = true;
    const QString complete = element.attribute(QStringLiteral("complete"));
    fin.complete = complete == QLatin1String("true") || complete == QLatin1String("1");
    const QDomElement set = child(element, QStringLiteral("set"), NsRsm);
    fin.first = child(set, QStringLiteral("first"), NsRsm).text().trimmed();
    fin.last = child(set, QStringLiteral("last"), NsRsm).text().trimmed();
    bool ok = false;
    const int count = child(set, QStringLiteral("count"), NsRsm).text().trimmed().toInt(&ok);
    fin.count = ok ? count : -1;
    return fin;
}

} // namespace Tandem::Mam0313
