// RoomService and the account's room list: which rooms it has (what relays a sibling accepts),
// and why the account is out of one, from the anchor's snapshot or the room list, so that every
// device shows the kick, the ban or the leave, restarted or not (PROTOCOL.md §11, §14).
#include "rooms/RoomService.h"

#include "profile/Jid.h"

namespace Tandem {

void RoomService::applyRelayedExit(
    const QString &roomJid, RoomMirror::LeaveReason reason, const QString &detail)
{
    if (isHoldingLocally())
        return;
    const QString room = Jid::bare(roomJid);
    auto mirror = m_relayed.find(room);
    if (mirror == m_relayed.end())
        mirror = m_relayed.insert(room, RoomMirror(room));
    // Not as an event: the exit happened before this stream, and is no news to announce.
    if (mirror->state() != RoomMirror::State::Joined && mirror->state() != RoomMirror::State::Joining)
        mirror->setLeft(reason, detail);
}

void RoomService::setListedExit(const QString &roomJid, RoomMirror::LeaveReason reason)
{
    const QString room = Jid::bare(roomJid);
    if (reason == RoomMirror::LeaveReason::None)
        m_listedExits.remove(room);
    else
        m_listedExits.insert(room, reason);
}

void RoomService::setRoomList(const QStringList &rooms)
{
    if (rooms == m_roomList)
        return;
    m_roomList = rooms;
    Q_EMIT roomListChanged();
}

RoomMirror RoomService::shown(const QString &roomJid) const
{
    const QString room = Jid::bare(roomJid);
    const RoomMirror *m = mirror(room);
    RoomMirror out = m ? *m : RoomMirror(room);
    const auto listed = m_listedExits.constFind(room);
    if (listed != m_listedExits.constEnd() && out.state() != RoomMirror::State::Joined
        && out.state() != RoomMirror::State::Joining && out.leaveReason() != *listed)
        out.setLeft(*listed);
    return out;
}

} // namespace Tandem
