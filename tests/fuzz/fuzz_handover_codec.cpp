// <handover/> as the old anchor receives it (PROTOCOL.md §6.4). An accepted one must survive
// encode() and decode to the same handover.
#include "FuzzSupport.h"
#include "coordinator/HandoverCodec.h"

#include <limits>

using namespace Tandem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    QDomDocument document;
    const QDomElement stanza = Fuzz::parseStanza(data, size, &document);
    if (stanza.isNull())
        return 0;
    QString why;
    const std::optional<Handover> handover = HandoverCodec::decode(stanza, Fuzz::ownBareJid, &why);
    if (!handover) {
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("a handover refused without a reason"));
        Fuzz::refused("handover", why);
        return 0;
    }
    const QString describe
        = QStringLiteral("term=%1 from=%2 to=%3").arg(handover->term).arg(handover->from, handover->to);
    FUZZ_CHECK(handover->term <= quint64(std::numeric_limits<int>::max()), describe);
    const QByteArray again = HandoverCodec::encode(*handover);
    QDomDocument reread;
    const QDomElement encoded = Fuzz::parseStanza(again, &reread);
    FUZZ_CHECK(!encoded.isNull(), QString::fromUtf8(again));
    const std::optional<Handover> back = HandoverCodec::decode(encoded, Fuzz::ownBareJid, &why);
    FUZZ_CHECK(back.has_value(), why + QLatin1Char('\n') + QString::fromUtf8(again));
    FUZZ_CHECK(back->term == handover->term && back->from == handover->from && back->to == handover->to,
        describe + QLatin1Char('\n') + QString::fromUtf8(again));
    return 0;
}
