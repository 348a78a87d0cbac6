// <relay/> as a sibling receives it from the network (PROTOCOL.md §7): decodeRelay(), then what
// the sibling does with an accepted one (the inner stanza parsed into a room mirror or a stored
// message). An accepted relay must survive encodeRelay() and decode to the same relay.
#include "FuzzSupport.h"
#include "coordinator/RelayCodec.h"
#include "xmpp/MessageConverter.h"
#include "xmpp/MucPresence.h"
#include "xmpp/RoomMirror.h"

#include <QStringList>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

using namespace Tandem;

namespace {
QString describe(const Relay &r)
{
    return QStringLiteral("term=%1 seq=%2 room=%3 from=%4 to=%5 id=%6 delay=%7 kind=%8 history=%9\n")
               .arg(r.term)
               .arg(r.seq)
               .arg(r.room, r.from, r.to, r.id, r.delay.toString(Qt::ISODateWithMs))
               .arg(int(r.kind))
               .arg(r.history)
        + QString::fromUtf8(r.stanza);
}

bool same(const Relay &a, const Relay &b)
{
    return a.term == b.term && a.seq == b.seq && a.room == b.room && a.from == b.from && a.to == b.to
        && a.id == b.id && a.delay == b.delay && a.kind == b.kind && a.history == b.history
        && a.stanza == b.stanza;
}

void consume(const Relay &relay)
{
    if (relay.kind == Relay::Kind::Presence) {
        FUZZ_CHECK(RelayCodec::innerPresence(relay).has_value(), describe(relay));
        QDomDocument document;
        MucPresence presence;
        if (MucPresence::parse(Fuzz::parseStanza(relay.stanza, &document), &presence)) {
            RoomMirror mirror(relay.room);
            mirror.beginJoin(QStringLiteral("alice"));
            mirror.apply(presence);
            mirror.apply(presence); // the same presence again, as after a re-sync
        }
        return;
    }
    const std::optional<QXmppMessage> message = RelayCodec::innerMessage(relay);
    FUZZ_CHECK(message.has_value(), describe(relay));
    MessageConverter::fromGroupChatStanza(
        *message, Fuzz::ownBareJid, relay.room, QStringLiteral("alice"), Fuzz::receivedAt());
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
    const std::optional<Relay> relay = RelayCodec::decodeRelay(stanza, Fuzz::ownBareJid, &why);
    if (!relay) {
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("a relay refused without a reason"));
        Fuzz::refused("relay", why);
        return 0;
    }
    consume(*relay);

    QString whyNot;
    const QByteArray again = RelayCodec::encodeRelay(*relay, &whyNot);
    FUZZ_CHECK(!again.isEmpty(), whyNot + QLatin1Char('\n') + describe(*relay));
    QDomDocument reread;
    const QDomElement encoded = Fuzz::parseStanza(again, &reread);
    FUZZ_CHECK(!encoded.isNull(), QString::fromUtf8(again));
    const std::optional<Relay> back = RelayCodec::decodeRelay(encoded, Fuzz::ownBareJid, &why);
    FUZZ_CHECK(back.has_value(), why + QLatin1Char('\n') + QString::fromUtf8(again));
    FUZZ_CHECK(same(*relay, *back), describe(*relay) + QLatin1Char('\n') + describe(*back));
    return 0;
}
