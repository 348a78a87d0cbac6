// <snapshot/> parts as a sibling receives them (PROTOCOL.md §9.1): decode(), then the stanzas the
// sibling applies to its room mirror. An accepted part must survive encode() and decode the same.
#include "FuzzSupport.h"
#include "coordinator/SnapshotCodec.h"
#include "xmpp/MucPresence.h"
#include "xmpp/RoomMirror.h"

#include <QStringList>

using namespace Tandem;

namespace {
QString describe(const SnapshotPart &p)
{
    QStringList fields { QString::number(p.term), QString::number(p.seq), p.room, p.from, p.to, p.ownNick,
        p.last ? QStringLiteral("last") : QStringLiteral("more"),
        p.subject ? QStringLiteral("subject:") + *p.subject : QStringLiteral("no subject"),
        RoomMirror::reasonName(p.left), p.leftDetail };
    for (const RoomMirror::Occupant &o : p.occupants)
        fields << QStringList { o.nick, o.affiliation, o.role, o.realJid, o.show }.join(QLatin1Char(','));
    return fields.join(QLatin1Char('|'));
}

// What a sibling does with a part: the presences and the subject, into the room's mirror.
void apply(const SnapshotPart &part)
{
    RoomMirror mirror(part.room);
    mirror.beginJoin(part.ownNick);
    const QVector<QByteArray> stanzas = SnapshotCodec::stanzas(part, Fuzz::ownFullJid);
    for (const QByteArray &xml : stanzas) {
        QDomDocument document;
        const QDomElement stanza = Fuzz::parseStanza(xml, &document);
        FUZZ_CHECK(!stanza.isNull(), QString::fromUtf8(xml));
        MucPresence presence;
        if (stanza.localName() == QLatin1String("presence") && MucPresence::parse(stanza, &presence))
            mirror.apply(presence);
    }
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
    const std::optional<SnapshotPart> part = SnapshotCodec::decode(stanza, Fuzz::ownBareJid, &why);
    if (!part) {
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("a snapshot refused without a reason"));
        Fuzz::refused("snapshot", why);
        return 0;
    }
    FUZZ_CHECK(part->occupants.size() <= SnapshotCodec::maxOccupantsPerPart, describe(*part));
    apply(*part);

    const QByteArray again = SnapshotCodec::encode(*part);
    QDomDocument reread;
    const QDomElement encoded = Fuzz::parseStanza(again, &reread);
    FUZZ_CHECK(!encoded.isNull(), QString::fromUtf8(again));
    const std::optional<SnapshotPart> back = SnapshotCodec::decode(encoded, Fuzz::ownBareJid, &why);
    FUZZ_CHECK(back.has_value(), why + QLatin1Char('\n') + QString::fromUtf8(again));
    FUZZ_CHECK(describe(*part) == describe(*back), describe(*part) + QLatin1Char('\n') + describe(*back));
    return 0;
}
