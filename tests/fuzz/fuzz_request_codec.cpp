// <request/> as the anchor receives it, and <ack/> or <error/> as the sibling receives them
// (PROTOCOL.md §8, §9.3). Whatever is accepted must survive its encoder and decode the same.
#include "FuzzSupport.h"
#include "coordinator/RequestCodec.h"

#include <QStringList>

using namespace Tandem;

namespace {
QString describe(const Request &r)
{
    return QStringList { QString::number(r.term), r.id, RequestCodec::actionName(r.action), r.room, r.body,
        r.originId, r.replaceId, r.nick, r.password, r.subject, r.to, r.after,
        r.since.toString(Qt::ISODateWithMs), r.until.toString(Qt::ISODateWithMs), r.cursor,
        QString::number(r.max), r.from, r.anchor }
        .join(QLatin1Char('|'));
}

bool same(const Request &a, const Request &b)
{
    return describe(a) == describe(b) && a.since == b.since && a.until == b.until;
}

QString describe(const Response &response)
{
    if (const auto *ack = std::get_if<Ack>(&response))
        return QStringLiteral("ack|%1|%2|%3|%4|%5")
            .arg(ack->id, ack->from, ack->to)
            .arg(ack->count)
            .arg(ack->next);
    const auto &error = std::get<RequestError>(response);
    return QStringList { QStringLiteral("error"), error.id, error.condition, error.text, error.from,
        error.to }
        .join(QLatin1Char('|'));
}

void roundTripRequest(const Request &request)
{
    const QByteArray again = RequestCodec::encodeRequest(request);
    QDomDocument document;
    const QDomElement encoded = Fuzz::parseStanza(again, &document);
    FUZZ_CHECK(!encoded.isNull(), QString::fromUtf8(again));
    QString why;
    const std::optional<Request> back = RequestCodec::decodeRequest(encoded, Fuzz::ownBareJid, &why);
    FUZZ_CHECK(back.has_value(), why + QLatin1Char('\n') + QString::fromUtf8(again));
    FUZZ_CHECK(same(request, *back), describe(request) + QLatin1Char('\n') + describe(*back));
}

void roundTripResponse(const Response &response)
{
    const QByteArray again = std::holds_alternative<Ack>(response)
        ? RequestCodec::encodeAck(std::get<Ack>(response))
        : RequestCodec::encodeError(std::get<RequestError>(response));
    QDomDocument document;
    const QDomElement encoded = Fuzz::parseStanza(again, &document);
    FUZZ_CHECK(!encoded.isNull(), QString::fromUtf8(again));
    QString why;
    const std::optional<Response> back = RequestCodec::decodeResponse(encoded, Fuzz::ownBareJid, &why);
    FUZZ_CHECK(back.has_value(), why + QLatin1Char('\n') + QString::fromUtf8(again));
    FUZZ_CHECK(
        describe(response) == describe(*back), describe(response) + QLatin1Char('\n') + describe(*back));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    QDomDocument document;
    const QDomElement stanza = Fuzz::parseStanza(data, size, &document);
    if (stanza.isNull())
        return 0;
    QString why;
    if (const std::optional<Request> request = RequestCodec::decodeRequest(stanza, Fuzz::ownBareJid, &why)) {
        FUZZ_CHECK(request->max >= 0 && request->max <= RequestCodec::maxCatchUpPage, describe(*request));
        roundTripRequest(*request);
    } else {
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("a request refused without a reason"));
        Fuzz::refused("request", why);
    }
    why.clear();
    if (const std::optional<Response> response = RequestCodec::decodeResponse(stanza, Fuzz::ownBareJid, &why))
        roundTripResponse(*response);
    else {
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("a response refused without a reason"));
        Fuzz::refused("response", why);
    }
    return 0;
}
