#include "coordinator/RequestCodec.h"

#include "coordinator/CoordinatorEnvelope.h"
#include "profile/Jid.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <algorithm>
#include <iterator>

namespace Tandem::RequestCodec {

using namespace CoordinatorEnvelope;

namespace {
constexpr Request::Action allActions[] = { Request::Action::Send, Request::Action::Correct,
    Request::Action::Nick, Request::Action::Subject, Request::Action::PrivateMessage, Request::Action::Leave,
    Request::Action::Join, Request::Action::CatchUp };

// Absent and empty differ: an empty <subject/> clears the subject.
std::optional<QString> childText(const QDomElement &parent, const QString &name)
{
    const QDomElement child = childElement(parent, name);
    return child.isNull() ? std::nullopt : std::optional<QString>(child.text());
}

// What each action needs; empty when the request has it.
QString missingPayload(const Request &request, bool hasSubject)
{
    using A = Request::Action;
    const A action = request.action;
    const bool carriesText = action == A::Send || action == A::Correct || action == A::PrivateMessage;
    if (carriesText && request.body.isEmpty())
        return QStringLiteral("no body");
    // Without an origin-id the sibling could not recognise the room's echo of its own message.
    if (carriesText && request.originId.isEmpty())
        return QStringLiteral("no origin-id");
    if (action == A::Correct && request.replaceId.isEmpty())
        return QStringLiteral("no replace-id");
    if ((action == A::Nick || action == A::Join) && request.nick.isEmpty())
        return QStringLiteral("no nick");
    if (action == A::Subject && !hasSubject)
        return QStringLiteral("no subject");
    if (action == A::PrivateMessage
        && (Jid::bare(request.to) != request.room || Jid::resource(request.to).isEmpty()))
        return QStringLiteral("private message recipient '%1' is not an occupant of %2")
            .arg(request.to, request.room);
    return {};
}
} // namespace

QString actionName(Request::Action action)
{
    switch (action) {
    case Request::Action::Send:
        return QStringLiteral("send");
    case Request::Action::Correct:
        return QStringLiteral("correct");
    case Request::Action::Nick:
        return QStringLiteral("nick");
    case Request::Action::Subject:
        return QStringLiteral("subject");
    case Request::Action::PrivateMessage:
        return QStringLiteral("pm");
    case Request::Action::Leave:
        return QStringLiteral("leave");
    case Request::Action::Join:
        return QStringLiteral("join");
    case Request::Action::CatchUp:
        return QStringLiteral("catch-up");
    }
    return {};
}

QByteArray encodeRequest(const Request &request)
{
    return encodeStanza(request.from, request.anchor, request.id, QStringLiteral("request"),
        [&request](QXmlStreamWriter &writer) {
            writer.writeAttribute(QStringLiteral("term"), QString::number(request.term));
            writer.writeAttribute(QStringLiteral("id"), xmlSafe(request.id));
            writer.writeAttribute(QStringLiteral("action"), actionName(request.action));
            writer.writeAttribute(QStringLiteral("room"), xmlSafe(request.room));
            writeOptionalAttribute(&writer, QStringLiteral("origin-id"), request.originId);
            writeOptionalAttribute(&writer, QStringLiteral("replace-id"), request.replaceId);
            writeOptionalAttribute(&writer, QStringLiteral("nick"), request.nick);
            writeOptionalAttribute(&writer, QStringLiteral("to"), request.to);
            writeOptionalAttribute(&writer, QStringLiteral("after"), request.after);
            if (request.since.isValid())
                writer.writeAttribute(
                    QStringLiteral("since"), request.since.toUTC().toString(Qt::ISODateWithMs));
            if (request.until.isValid())
                writer.writeAttribute(
                    QStringLiteral("until"), request.until.toUTC().toString(Qt::ISODateWithMs));
            writeOptionalAttribute(&writer, QStringLiteral("cursor"), request.cursor);
            if (request.max > 0)
                writer.writeAttribute(QStringLiteral("max"), QString::number(request.max));
            if (!request.body.isEmpty())
                writeTextElement(&writer, QStringLiteral("body"), request.body);
            // An empty subject is meaningful (it clears the subject): written whenever it is the action.
            if (request.action == Request::Action::Subject || !request.subject.isEmpty())
                writeTextElement(&writer, QStringLiteral("subject"), request.subject);
            if (!request.password.isEmpty())
                writeTextElement(&writer, QStringLiteral("password"), request.password);
        });
}

std::optional<Request> decodeRequest(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement element = expectPayload(
        message, ownBareJid, { QStringLiteral("request") }, QStringLiteral("request"), whyRejected);
    if (element.isNull())
        return std::nullopt;

    Request request;
    request.from = message.attribute(QStringLiteral("from"));
    request.anchor = message.attribute(QStringLiteral("to"));
    const auto term = termAttribute(element, whyRejected);
    if (!term)
        return std::nullopt;
    request.term = *term;
    request.id = element.attribute(QStringLiteral("id"));
    if (request.id.isEmpty())
        return reject<Request>(whyRejected, QStringLiteral("request without id"));
    const QString action = element.attribute(QStringLiteral("action"));
    const auto *known = std::find_if(std::begin(allActions), std::end(allActions),
        [&action](Request::Action a) { return actionName(a) == action; });
    if (known == std::end(allActions))
        return reject<Request>(whyRejected, QStringLiteral("unknown action '%1'").arg(action));
    request.action = *known;
    const auto room = roomAttribute(element, whyRejected);
    if (!room)
        return std::nullopt;
    request.room = *room;
    request.originId = element.attribute(QStringLiteral("origin-id"));
    request.replaceId = element.attribute(QStringLiteral("replace-id"));
    request.nick = element.attribute(QStringLiteral("nick"));
    request.to = element.attribute(QStringLiteral("to"));
    request.after = element.attribute(QStringLiteral("after"));
    request.cursor = element.attribute(QStringLiteral("cursor"));
    for (auto [name, time] : { std::pair { QStringLiteral("since"), &request.since },
             std::pair { QStringLiteral("until"), &request.until } }) {
        const QString text = element.attribute(name);
        if (text.isEmpty())
            continue;
        *time = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Without a zone Qt reads local time: the anchor would take another instant than meant.
        if (!time->isValid() || time->timeSpec() == Qt::LocalTime)
            return reject<Request>(whyRejected, QStringLiteral("%1 '%2' is not a time").arg(name, text));
        *time = time->toUTC();
    }
    if (const QString max = element.attribute(QStringLiteral("max")); !max.isEmpty()) {
        const auto value = parseCount(max, maxCatchUpPage);
        if (!value || *value == 0)
            return reject<Request>(whyRejected,
                QStringLiteral("max '%1' is not a count from 1 to %2").arg(max).arg(maxCatchUpPage));
        request.max = int(*value);
    }
    request.body = childText(element, QStringLiteral("body")).value_or(QString());
    const auto subject = childText(element, QStringLiteral("subject"));
    request.subject = subject.value_or(QString());
    request.password = childText(element, QStringLiteral("password")).value_or(QString());
    if (const QString missing = missingPayload(request, subject.has_value()); !missing.isEmpty())
        return reject<Request>(whyRejected, QStringLiteral("%1 request: %2").arg(action, missing));
    return request;
}

QByteArray encodeAck(const Ack &ack)
{
    return encodeStanza(ack.from, ack.to, ack.id, QStringLiteral("ack"), [&ack](QXmlStreamWriter &writer) {
        writer.writeAttribute(QStringLiteral("id"), xmlSafe(ack.id));
        if (ack.count >= 0) {
            writer.writeAttribute(QStringLiteral("count"), QString::number(ack.count));
            writeOptionalAttribute(&writer, QStringLiteral("next"), ack.next);
        }
    });
}

QByteArray encodeError(const RequestError &error)
{
    return encodeStanza(
        error.from, error.to, error.id, QStringLiteral("error"), [&error](QXmlStreamWriter &writer) {
            writer.writeAttribute(QStringLiteral("id"), xmlSafe(error.id));
            writer.writeAttribute(QStringLiteral("condition"), xmlSafe(error.condition));
            if (!error.text.isEmpty())
                writeTextElement(&writer, QStringLiteral("text"), error.text);
        });
}

std::optional<Response> decodeResponse(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected)
{
    const QDomElement element = expectPayload(message, ownBareJid,
        { QStringLiteral("ack"), QStringLiteral("error") }, QStringLiteral("response"), whyRejected);
    if (element.isNull())
        return std::nullopt;
    const QString id = element.attribute(QStringLiteral("id"));
    const QString from = message.attribute(QStringLiteral("from"));
    const QString to = message.attribute(QStringLiteral("to"));
    const QString name = element.localName();
    if (id.isEmpty())
        return reject<Response>(whyRejected, QStringLiteral("<%1/> without id").arg(name));
    if (name == QLatin1String("ack")) {
        Ack ack { id, from, to };
        if (const QString count = element.attribute(QStringLiteral("count")); !count.isEmpty()) {
            const auto value = parseCount(count, maxCatchUpPage);
            if (!value)
                return reject<Response>(
                    whyRejected, QStringLiteral("ack count '%1' is not a page size").arg(count));
            ack.count = int(*value);
            ack.next = element.attribute(QStringLiteral("next"));
        }
        return Response(ack);
    }

    // Conditions are protocol tokens, matched by code: lower-case letters, digits and '-'.
    const QString condition = element.attribute(QStringLiteral("condition"));
    const bool isToken = !condition.isEmpty() && condition.size() <= 64
        && std::all_of(condition.begin(), condition.end(), [](QChar c) {
               return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                   || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
           });
    if (!isToken)
        return reject<Response>(
            whyRejected, QStringLiteral("error condition '%1' is not a token").arg(condition));
    return Response(RequestError {
        id, condition, childText(element, QStringLiteral("text")).value_or(QString()), from, to });
}

} // namespace Tandem::RequestCodec
