// RoomService on a sibling: the rooms are held by the anchor and mirrored here from its relays;
// what the user does becomes a request to the anchor, and gaps are caught up from the anchor's store.
#include "rooms/RoomService.h"

#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "profile/Jid.h"
#include "rooms/AnchorCatchUp.h"
#include "rooms/MucPresence.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomOccupancy.h"

#include <QDomDocument>
#include <QXmppMessage.h>

namespace Tandem {

void RoomService::standDown()
{
    if (m_sender)
        return;
    for (const QString &room : m_occupancy->rooms()) {
        m_relayed.insert(room, *m_occupancy->mirror(room));
        m_occupancy->leave(room);
    }
    m_holdingAnnounced = false;
    m_catchUp->setViaAnchor(false); // nobody to ask until we follow an anchor again
    m_sender = [](const Request &, std::function<void(const QString &)> done) {
        done(QStringLiteral("no-anchor"));
    };
}

void RoomService::followAnchor(const QString &anchor, RequestSender sender, bool reconnected)
{
    const bool wasHolding = !m_sender;
    const bool newAnchor = anchor != m_anchor;
    m_sender = std::move(sender);
    m_anchor = anchor;
    m_holdingAnnounced = false;
    m_catchUp->setViaAnchor(true);
    if (wasHolding) {
        // Keep knowing the rooms until the anchor's relays take over the mirrors.
        for (const QString &room : m_occupancy->rooms()) {
            m_relayed.insert(room, *m_occupancy->mirror(room));
            m_occupancy->leave(room);
        }
    }
    if (!newAnchor && !reconnected)
        return;
    // A new anchor, or our own reconnect, may have left a gap in every room: the archive fills it
    // as soon as the anchor relays from the room again.
    for (const QString &room : knownRooms()) {
        m_catchUp->markGap(room);
        if (newAnchor && !wasHolding && m_relayed.contains(room))
            m_relayed[room] = RoomMirror(room); // the new anchor's join or snapshot rebuilds it
    }
}

void RoomService::setCatchUpSender(AnchorCatchUp::PageSender sender)
{
    m_catchUp->anchorCatchUp()->setSender(std::move(sender));
}

void RoomService::resync(const QDateTime &liveFrom)
{
    if (!m_sender)
        return;
    // The anchor is in the rooms; only we lost relays. Mark before the relay that showed the gap
    // is stored, so each cursor is where our copy ends.
    for (const QString &room : knownRooms()) {
        m_catchUp->markGap(room);
        m_catchUp->roomIsBack(room, liveFrom);
    }
}

void RoomService::applyRelayed(const Relay &relay)
{
    if (!m_sender)
        return;
    if (relay.history) {
        // A page of a catch-up: stored messages, not news of the room's state.
        if (const auto message = RelayCodec::innerMessage(relay))
            onGroupMessage(relay.room, *message, true);
        return;
    }
    auto mirror = m_relayed.find(relay.room);
    if (mirror == m_relayed.end()) {
        // A room this device never saw (a new device, or one joined while we were away): its
        // recent history, or what we missed since we last stored from it, comes from its archive.
        mirror = m_relayed.insert(relay.room, RoomMirror(relay.room));
        m_catchUp->markGap(relay.room);
    }
    m_catchUp->roomIsBack(relay.room, relay.delay); // the anchor is in the room again
    if (relay.kind == Relay::Kind::Presence) {
        QDomDocument doc;
        if (!doc.setContent(relay.stanza, true))
            return;
        MucPresence presence;
        if (!MucPresence::parse(doc.documentElement(), &presence))
            return;
        // The anchor's join replays the occupants before its own presence: start mirroring at
        // the first one, or they would be forgotten when the self-presence completes the join.
        // A relayed error answers a join the anchor made for us: the mirror must see it as one.
        if ((mirror->state() == RoomMirror::State::Idle || mirror->state() == RoomMirror::State::Left)
            && presence.type != MucPresence::Type::Unavailable)
            mirror->beginJoin(presence.isSelf() || presence.type == MucPresence::Type::Error
                    ? presence.nick
                    : m_nicks.value(relay.room));
        // A plain unavailable self-presence relayed by the anchor is the account leaving (asked
        // by one of its devices); kicks, bans and destruction carry their own codes.
        if (presence.isSelf() && presence.type == MucPresence::Type::Unavailable)
            mirror->beginLeave();
        for (const RoomMirror::Event &event : mirror->apply(presence))
            Q_EMIT roomEvent(relay.room, event);
        return;
    }
    auto message = RelayCodec::innerMessage(relay);
    if (!message)
        return;
    // The anchor's stamp is the time its own copy is stored under: a catch-up from the anchor
    // continues after our newest message by that time, so both copies must carry the same one.
    if (!message->stamp().isValid() && relay.delay.isValid())
        message->setStamp(relay.delay);
    if (!message->subject().isEmpty() && message->body().isEmpty()) {
        for (const RoomMirror::Event &event :
            mirror->applySubject(message->subject(), Jid::resource(message->from())))
            Q_EMIT roomEvent(relay.room, event);
        return;
    }
    onGroupMessage(relay.room, *message);
}

} // namespace Tandem
