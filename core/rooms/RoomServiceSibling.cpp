// RoomService on a sibling: the rooms are held by the anchor and mirrored here from its relays;
// what the user does becomes a request to the anchor, and gaps are caught up from the anchor's store.
#include "rooms/RoomService.h"

#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "profile/Jid.h"
#include "rooms/AnchorCatchUp.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomEventRow.h"
#include "rooms/RoomOccupancy.h"
#include "xmpp/ClaimedTime.h"
#include "xmpp/MucPresence.h"

#include <QDomDocument>
#include <QXmppMessage.h>

namespace Tandem {

namespace {
/// Whether a relayed message carries a <subject/>, empty or not: the room's empty subject on
/// joining is its current subject too, and what follows it is a change.
bool hasSubject(const QByteArray &stanza)
{
    QDomDocument doc;
    return doc.setContent(stanza, true)
        && !doc.documentElement().firstChildElement(QStringLiteral("subject")).isNull();
}
} // namespace

void RoomService::standDown()
{
    if (!isHoldingLocally())
        return;
    handOverMirrors();
    m_role = Role::StoodDown;
    m_sender = nullptr;
    m_holdingAnnounced = false;
    m_anchor.clear();
    m_catchUp->setViaAnchor(false); // nobody to ask until we follow an anchor again
}

void RoomService::followAnchor(const QString &anchor, RequestSender sender, bool newStream)
{
    const bool wasHolding = isHoldingLocally();
    m_role = Role::Following;
    m_sender = std::move(sender);
    m_anchor = anchor;
    m_holdingAnnounced = false;
    m_catchUp->setViaAnchor(true);
    if (wasHolding) {
        handOverMirrors();
        return;
    }
    if (newStream) {
        for (auto it = m_relayed.begin(); it != m_relayed.end(); ++it)
            *it = RoomMirror(it.key()); // the anchor's join or snapshot rebuilds it
    }
}

void RoomService::handOverMirrors()
{
    // What the user asked of these rooms is the next anchor's to answer, or no one's.
    m_userJoinsAndLeaves.clear();
    for (const QString &room : m_occupancy->rooms()) {
        m_relayed.insert(room, *m_occupancy->mirror(room));
        m_occupancy->leave(room);
    }
}

void RoomService::setCatchUpSender(AnchorCatchUp::PageSender sender)
{
    m_catchUp->anchorCatchUp()->setSender(std::move(sender));
}

RoomService::AnchorInRoom RoomService::applyRelayed(const Relay &relay)
{
    if (isHoldingLocally())
        return AnchorInRoom::Unchanged;
    if (relay.history) {
        // A page of a catch-up: stored messages, not news of the room's state.
        if (const auto message = RelayCodec::innerMessage(relay))
            onGroupMessage(relay.room, *message, Origin::Relay, true);
        return AnchorInRoom::Unchanged;
    }
    auto mirror = m_relayed.find(relay.room);
    if (mirror == m_relayed.end())
        mirror = m_relayed.insert(relay.room, RoomMirror(relay.room));
    if (relay.kind == Relay::Kind::Presence) {
        QDomDocument doc;
        if (!doc.setContent(relay.stanza, true))
            return AnchorInRoom::Unchanged;
        MucPresence presence;
        if (!MucPresence::parse(doc.documentElement(), &presence))
            return AnchorInRoom::Unchanged;
        // Back in a room the account had left within this stream (a fresh mirror is Idle).
        const bool rejoined = mirror->state() == RoomMirror::State::Left && presence.isSelf()
            && presence.type == MucPresence::Type::Available;
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
        bool out = false;
        for (RoomMirror::Event event : mirror->apply(presence)) {
            event.at = relay.delay; // a snapshot's presences carry none: they are no news
            // A left room, or a refused join (the anchor's, or one it made for us); not a nick
            // change, nor a nick change the room refused.
            out = out || event.type == RoomMirror::Event::Type::Left
                || event.type == RoomMirror::Event::Type::JoinFailed;
            // A snapshot (no stamp) gives the room as it is, its subject too if it has one.
            if (event.type == RoomMirror::Event::Type::Joined && !relay.delay.isValid())
                mirror->subjectKnown();
            // The account's join or leave as a user asked for it; never the anchor's rejoins.
            if (relay.byUser) {
                if (const auto row = RoomEventRow::fromAccountEvent(m_account, relay.room, event))
                    storeEventRow(*row);
            }
            Q_EMIT roomEvent(relay.room, event);
        }
        if (rejoined)
            return AnchorInRoom::Back;
        return out ? AnchorInRoom::Out : AnchorInRoom::Unchanged;
    }
    auto message = RelayCodec::innerMessage(relay);
    if (!message)
        return AnchorInRoom::Unchanged;
    // The anchor's stamp is the time its own copy is stored under: a catch-up from the anchor
    // continues after our newest message by that time, so both copies must carry the same one.
    // The sender's claim is clamped to the anchor's receipt, as the anchor clamped it (RoomOccupancy).
    if (relay.delay.isValid())
        message->setStamp(ClaimedTime::clamp(message->stamp(), relay.delay));
    if (message->body().isEmpty() && hasSubject(relay.stanza)) {
        for (RoomMirror::Event event :
            mirror->applySubject(message->subject(), Jid::resource(message->from()))) {
            event.at = relay.delay;
            Q_EMIT roomEvent(relay.room, event);
        }
        return AnchorInRoom::Unchanged;
    }
    onGroupMessage(relay.room, *message, Origin::Relay);
    return AnchorInRoom::Unchanged;
}

} // namespace Tandem
