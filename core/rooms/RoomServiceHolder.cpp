// RoomService on the device that holds the rooms (solo or anchor): it joins them itself, keeps
// its store's gaps with HeldRoomGaps, and carries out what siblings ask of it (PROTOCOL.md §8).
#include "rooms/RoomService.h"

#include "profile/Jid.h"
#include "rooms/RoomCatchUp.h"
#include "rooms/RoomEventRow.h"
#include "rooms/RoomOccupancy.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace Tandem {

void RoomService::holdLocally()
{
    if (isHoldingLocally()) {
        if (!m_holdingAnnounced) {
            m_holdingAnnounced = true;
            Q_EMIT holdingStarted();
        }
        return;
    }
    m_role = Role::Holding;
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

bool RoomService::joinHere(const QString &room, const QString &nick, const QString &password)
{
    // A room already joined (or joining) under the same nick needs no second join presence.
    if (const RoomMirror *m = m_occupancy->mirror(room); m && m_occupancy->rooms().contains(room)
        && (m->state() == RoomMirror::State::Joined || m->state() == RoomMirror::State::Joining)
        && (nick.isEmpty() || m->ownNick() == nick || m->state() == RoomMirror::State::Joining))
        return false;
    m_catchUp->execute(m_catchUp->held()->joining(room));
    m_occupancy->join(room, nick.isEmpty() ? defaultNick() : nick, password);
    return true;
}

bool RoomService::awaitsUserJoinOrLeave(const QString &room) const
{
    return isHoldingLocally() && m_userJoinsAndLeaves.contains(room);
}

void RoomService::answerUserJoinOrLeave(const QString &room, const RoomMirror::Event &event)
{
    const auto asked = m_userJoinsAndLeaves.constFind(room);
    if (asked == m_userJoinsAndLeaves.constEnd())
        return;
    using Type = RoomMirror::Event::Type;
    const bool join = *asked;
    if (join && event.type == Type::Joined) {
        m_userJoinsAndLeaves.remove(room);
        if (const auto row = RoomEventRow::fromAccountEvent(m_account, room, event))
            storeEventRow(*row);
    } else if (!join && event.type == Type::Left) {
        m_userJoinsAndLeaves.remove(room);
        if (const auto row = RoomEventRow::fromAccountEvent(m_account, room, event))
            storeEventRow(*row); // none for a kick that crossed the leave
    } else if (join && (event.type == Type::Left || event.type == Type::JoinFailed)
        && !RoomMirror::mayRejoin(event.reason, event.detail)) {
        m_userJoinsAndLeaves.remove(room); // refused for good; a passing refusal is retried
    }
}

void RoomService::joinFromRoomList(const QString &roomJid, const QString &nick, const QString &password)
{
    if (!isHoldingLocally())
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
    if (!isHoldingLocally())
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

bool RoomService::sendHere(const Outgoing &outgoing)
{
    // No reflection comes back for a private message: written to the room is as far as we can
    // know. A room message is delivered once the room reflects it (onGroupMessage()).
    if (!outgoing.nick.isEmpty())
        return m_occupancy->sendPrivateMessage(
            outgoing.room, outgoing.nick, outgoing.body, outgoing.originId);
    return !m_occupancy->sendMessage(outgoing.room, outgoing.body, outgoing.originId, outgoing.replaceId)
                .isEmpty();
}

void RoomService::executeRequest(const Request &request, std::function<void(const QString &error)> done)
{
    using Action = Request::Action;
    const bool inRoom = request.action == Action::Send || request.action == Action::Correct
        || request.action == Action::PrivateMessage || request.action == Action::Nick
        || request.action == Action::Subject;
    if (inRoom && !m_occupancy->isJoined(request.room)) {
        done(QStringLiteral("not-joined"));
        return;
    }
    // A sibling's message is stored and sent under its origin-id: the room's reflection, relayed
    // back, tells the sibling its own pending message arrived.
    auto sendFor = [this, &request, &done](const QString &nick, const QString &replaceId) {
        storeOutgoing({ request.room, nick, request.body, request.originId, replaceId }, Origin::Relay,
            [done](const Message &, const StorageError &error) {
                done(error.isError() ? QStringLiteral("internal-server-error") : QString());
            });
    };
    switch (request.action) {
    case Action::Send:
        sendFor({}, {});
        return;
    case Action::Correct:
        sendFor({}, request.replaceId);
        return;
    case Action::PrivateMessage:
        sendFor(Jid::resource(request.to), {});
        return;
    case Action::Join: {
        const QString nick = request.nick.isEmpty() ? defaultNick() : request.nick;
        remember(request.room, nick, request.password);
        if (joinHere(request.room, nick, request.password))
            m_userJoinsAndLeaves.insert(request.room, true);
        // The account's room list (its bookmarks) follows userJoined and userLeft.
        Q_EMIT userJoined(request.room, nick, request.password);
        done({});
        return;
    }
    case Action::Leave:
        m_nicks.remove(request.room);
        if (m_occupancy->isJoined(request.room))
            m_userJoinsAndLeaves.insert(request.room, false);
        else
            m_userJoinsAndLeaves.remove(request.room);
        m_occupancy->leave(request.room);
        Q_EMIT userLeft(request.room);
        done({});
        return;
    case Action::Nick:
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
    case Action::Subject:
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
