// RoomService on the device that holds the rooms (solo or anchor): it joins them itself, keeps
// its store's gaps with HeldRoomGaps, and carries out what siblings ask of it (PROTOCOL.md §8).
#include "rooms/RoomService.h"

#include "profile/Jid.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomOccupancy.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace Tandem {

void RoomService::holdLocally()
{
    if (!m_sender) {
        if (!m_holdingAnnounced) {
            m_holdingAnnounced = true;
            Q_EMIT holdingStarted();
        }
        return;
    }
    m_sender = nullptr;
    m_catchUp->setViaAnchor(false);
    // The rooms the anchor held for us are ours to hold now (failover or takeover).
    for (auto it = m_relayed.cbegin(); it != m_relayed.cend(); ++it) {
        if (it->state() == RoomMirror::State::Joined)
            joinHere(it.key(), it->ownNick().isEmpty() ? defaultNick() : it->ownNick(),
                m_passwords.value(it.key()));
    }
    m_relayed.clear();
    Q_EMIT holdingStarted();
}

void RoomService::joinHere(const QString &room, const QString &nick, const QString &password)
{
    // A room already joined (or joining) under the same nick needs no second join presence.
    if (const RoomMirror *m = m_occupancy->mirror(room); m && m_occupancy->rooms().contains(room)
        && (m->state() == RoomMirror::State::Joined || m->state() == RoomMirror::State::Joining)
        && (nick.isEmpty() || m->ownNick() == nick || m->state() == RoomMirror::State::Joining))
        return;
    m_catchUp->execute(m_catchUp->held()->joining(room));
    m_occupancy->join(room, nick.isEmpty() ? defaultNick() : nick, password);
}

void RoomService::joinFromRoomList(const QString &roomJid, const QString &nick, const QString &password)
{
    if (m_sender)
        return;
    const QString room = Jid::bare(roomJid);
    if (!password.isEmpty())
        m_passwords.insert(room, password);
    joinHere(room, nick.isEmpty() ? m_nicks.value(room, defaultNick()) : nick, password);
}

void RoomService::trackHeldGap(const QString &room, const RoomMirror::Event &event)
{
    // Stood down, our own occupancy only answers the leaves we sent: the relay stream of the
    // anchor we follow drives the gaps now (RelayReceiver), the relayed exits included.
    if (m_sender)
        return;
    using Type = RoomMirror::Event::Type;
    HeldRoomGaps *held = m_catchUp->held();
    if (event.type == Type::Joined)
        m_catchUp->execute(held->joined(room));
    else if (event.type != Type::Left && event.type != Type::JoinFailed)
        return;
    else if (RoomMirror::mayRejoin(event.reason, event.detail))
        m_catchUp->execute(held->lost(room));
    else if (event.reason == RoomMirror::LeaveReason::SelfLeave)
        m_catchUp->execute(held->left(room));
    else
        m_catchUp->execute(held->expelled(room));
}

void RoomService::executeRequest(const Request &request, std::function<void(const QString &error)> done)
{
    switch (request.action) {
    case Request::Action::Send:
        if (!m_occupancy->isJoined(request.room)) {
            done(QStringLiteral("not-joined"));
            return;
        }
        // The sibling's origin-id is kept, so the room's reflection, relayed back, tells the
        // sibling its own pending message arrived.
        storeOutgoing(request.room, {}, request.body, request.originId,
            [done](const Message &, const StorageError &error) {
                done(error.isError() ? QStringLiteral("internal-server-error") : QString());
            });
        return;
    case Request::Action::Correct:
        if (!m_occupancy->isJoined(request.room)) {
            done(QStringLiteral("not-joined"));
            return;
        }
        storeOutgoing(
            request.room, {}, request.body, request.originId,
            [done](const Message &, const StorageError &error) {
                done(error.isError() ? QStringLiteral("internal-server-error") : QString());
            },
            request.replaceId);
        return;
    case Request::Action::PrivateMessage:
        if (!m_occupancy->isJoined(request.room)) {
            done(QStringLiteral("not-joined"));
            return;
        }
        storeOutgoing(request.room, Jid::resource(request.to), request.body, request.originId,
            [done](const Message &, const StorageError &error) {
                done(error.isError() ? QStringLiteral("internal-server-error") : QString());
            });
        return;
    case Request::Action::Join:
        join(request.room, request.nick, request.password); // publishes the bookmark too
        done({});
        return;
    case Request::Action::Leave:
        leave(request.room);
        done({});
        return;
    case Request::Action::Nick:
        if (!m_occupancy->isJoined(request.room)) {
            done(QStringLiteral("not-joined"));
            return;
        }
        if (m_occupancy->mirror(request.room)->ownNick() == request.nick) {
            done({});
            return;
        }
        m_verdicts->await(request.room, RoomVerdicts::Kind::Nick, request.nick,
            [this, room = request.room, nick = request.nick, done = std::move(done)](const QString &error) {
                if (error.isEmpty())
                    m_nicks.insert(room, nick); // the nick to join under after a failover
                done(error);
            });
        m_occupancy->changeNick(request.room, request.nick);
        return;
    case Request::Action::Subject:
        if (!m_occupancy->isJoined(request.room)) {
            done(QStringLiteral("not-joined"));
            return;
        }
        if (m_occupancy->mirror(request.room)->subject() == request.subject) {
            done({}); // the room would announce no change
            return;
        }
        m_verdicts->await(request.room, RoomVerdicts::Kind::Subject, request.subject, std::move(done));
        m_occupancy->setSubject(request.room, request.subject);
        return;
    default:
        done(QStringLiteral("feature-not-implemented"));
        return;
    }
}

} // namespace Tandem
