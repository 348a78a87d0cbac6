#include "xmpp/RoomMirror.h"

namespace Tandem {

using Type = RoomMirror::Event::Type;

RoomMirror::RoomMirror(const QString &roomJid)
    : m_room(roomJid)
{ }

void RoomMirror::beginJoin(const QString &nick)
{
    m_state = State::Joining;
    m_ownNick = nick;
    m_leaving = false;
    m_subjectSeen = false;
    m_renamed.clear();
    m_leaveReason = LeaveReason::None;
    m_leaveDetail.clear();
    m_occupants.clear();
}

void RoomMirror::leave(LeaveReason reason, const QString &detail)
{
    m_state = State::Left;
    m_leaveReason = reason;
    m_leaveDetail = detail;
    m_leaving = false;
    m_occupants.clear();
}

QVector<RoomMirror::Event> RoomMirror::connectionLost()
{
    if (m_state != State::Joined && m_state != State::Joining)
        return {};
    leave(LeaveReason::Disconnected, {});
    return { { Type::Left, m_ownNick, {}, LeaveReason::Disconnected, {} } };
}

RoomMirror::LeaveReason RoomMirror::reasonFor(const MucPresence &p)
{
    if (p.destroyed)
        return LeaveReason::Destroyed;
    if (p.statusCodes.contains(301))
        return LeaveReason::Banned;
    if (p.statusCodes.contains(307))
        return LeaveReason::Kicked;
    if (p.statusCodes.contains(321))
        return LeaveReason::AffiliationLost;
    if (p.statusCodes.contains(322))
        return LeaveReason::MembersOnly;
    if (p.statusCodes.contains(332))
        return LeaveReason::ServiceShutdown;
    return LeaveReason::None;
}

QVector<RoomMirror::Event> RoomMirror::apply(const MucPresence &p)
{
    if (p.room != m_room)
        return {};
    if (p.type == MucPresence::Type::Error) {
        if (m_state == State::Joining) {
            leave(LeaveReason::JoinError, p.errorCondition);
            return { { Type::JoinFailed, m_ownNick, {}, LeaveReason::JoinError, p.errorCondition } };
        }
        if (m_state == State::Joined && !p.nick.isEmpty() && p.nick != m_ownNick) {
            // The answer to a nick change (XEP-0045 §7.6: 409 taken, 406 not allowed): it comes
            // from the nick we asked for, and we are still in under ours.
            return { { Type::NickRefused, p.nick, {}, LeaveReason::None, p.errorCondition } };
        }
        if (m_state == State::Joined) {
            // An error from our own occupant JID means the room no longer knows us (XEP-0410 §3).
            leave(LeaveReason::Removed, p.errorCondition);
            return { { Type::Left, m_ownNick, {}, LeaveReason::Removed, p.errorCondition } };
        }
        return {};
    }
    // Without status 110 (old servers) our own presence is recognised by our nick.
    const bool self = p.isSelf() || (p.nick == m_ownNick && m_state == State::Joining);
    return self ? applySelf(p) : applyOther(p);
}

QVector<RoomMirror::Event> RoomMirror::applySelf(const MucPresence &p)
{
    QVector<Event> events;
    if (p.type == MucPresence::Type::Available) {
        const Occupant occupant { p.nick, p.realJid, p.role, p.affiliation, p.show };
        const auto existing = m_occupants.constFind(p.nick);
        const bool changed = m_state == State::Joined && existing != m_occupants.constEnd()
            && (existing->role != p.role || existing->affiliation != p.affiliation
                || existing->show != p.show);
        m_occupants.insert(p.nick, occupant);
        if (p.statusCodes.contains(210) || m_state != State::Joined)
            m_ownNick = p.nick; // 210: the service changed our nick
        if (changed)
            events.append({ Type::OccupantChanged, p.nick, {}, LeaveReason::None, {} });
        if (m_state != State::Joined) {
            m_state = State::Joined;
            if (p.statusCodes.contains(201))
                events.append({ Type::RoomCreated, p.nick, {}, LeaveReason::None, {} });
            events.append({ Type::Joined, p.nick, {}, LeaveReason::None, {} });
        }
        return events;
    }
    if (p.statusCodes.contains(303) && !p.newNick.isEmpty()) {
        m_occupants.remove(p.nick);
        m_ownNick = p.newNick;
        return { { Type::NickChanged, p.nick, p.newNick, LeaveReason::None, {} } };
    }
    LeaveReason reason = reasonFor(p);
    if (reason == LeaveReason::None)
        reason = m_leaving ? LeaveReason::SelfLeave : LeaveReason::Removed;
    leave(reason, p.reason);
    return { { Type::Left, p.nick, {}, reason, p.reason } };
}

QVector<RoomMirror::Event> RoomMirror::applyOther(const MucPresence &p)
{
    if (p.type == MucPresence::Type::Available) {
        const Occupant occupant { p.nick, p.realJid, p.role, p.affiliation, p.show };
        const auto existing = m_occupants.constFind(p.nick);
        if (existing == m_occupants.constEnd()) {
            m_occupants.insert(p.nick, occupant);
            // Before our own presence completes the join, the room lists who is already in; a
            // renamed occupant comes back under the new nick, which is no join either.
            const bool silent = m_renamed.remove(p.nick) || m_state != State::Joined;
            return { { Type::OccupantJoined, p.nick, {}, LeaveReason::None, {}, silent } };
        }
        if (existing->role != p.role || existing->affiliation != p.affiliation || existing->show != p.show) {
            m_occupants.insert(p.nick, occupant);
            return { { Type::OccupantChanged, p.nick, {}, LeaveReason::None, {} } };
        }
        m_occupants.insert(p.nick, occupant);
        return {};
    }
    if (!m_occupants.contains(p.nick))
        return {};
    m_occupants.remove(p.nick);
    if (p.statusCodes.contains(303) && !p.newNick.isEmpty()) {
        m_renamed.insert(p.newNick);
        return { { Type::NickChanged, p.nick, p.newNick, LeaveReason::None, {} } };
    }
    return { { Type::OccupantLeft, p.nick, {}, reasonFor(p), p.reason } };
}

QVector<RoomMirror::Event> RoomMirror::applySubject(const QString &subject, const QString &byNick)
{
    // XEP-0045 §7.2.15: the first subject after joining is the room's current one.
    const bool silent = !m_subjectSeen;
    m_subjectSeen = true;
    if (subject == m_subject)
        return {};
    m_subject = subject;
    return { { Type::SubjectChanged, byNick, {}, LeaveReason::None, subject, silent } };
}

bool RoomMirror::mayRejoin(LeaveReason reason, const QString &joinErrorCondition)
{
    switch (reason) {
    case LeaveReason::ServiceShutdown:
    case LeaveReason::Removed:
    case LeaveReason::Disconnected:
        return true;
    case LeaveReason::JoinError:
        // Full room, server trouble or a nick clash can clear up; a ban, a password or a
        // membership requirement cannot without the user.
        return joinErrorCondition == QLatin1String("service-unavailable")
            || joinErrorCondition == QLatin1String("remote-server-not-found")
            || joinErrorCondition == QLatin1String("remote-server-timeout")
            || joinErrorCondition == QLatin1String("internal-server-error")
            || joinErrorCondition == QLatin1String("resource-constraint")
            || joinErrorCondition == QLatin1String("conflict");
    case LeaveReason::None:
    case LeaveReason::SelfLeave:
    case LeaveReason::Kicked:
    case LeaveReason::Banned:
    case LeaveReason::AffiliationLost:
    case LeaveReason::MembersOnly:
    case LeaveReason::Destroyed:
        return false;
    }
    return false;
}

QString RoomMirror::reasonName(LeaveReason reason)
{
    switch (reason) {
    case LeaveReason::None:
        return {};
    case LeaveReason::SelfLeave:
        return QStringLiteral("left");
    case LeaveReason::Kicked:
        return QStringLiteral("kicked");
    case LeaveReason::Banned:
        return QStringLiteral("banned");
    case LeaveReason::AffiliationLost:
        return QStringLiteral("affiliation-lost");
    case LeaveReason::MembersOnly:
        return QStringLiteral("members-only");
    case LeaveReason::ServiceShutdown:
        return QStringLiteral("service-shutdown");
    case LeaveReason::Destroyed:
        return QStringLiteral("destroyed");
    case LeaveReason::Removed:
        return QStringLiteral("removed");
    case LeaveReason::Disconnected:
        return QStringLiteral("disconnected");
    case LeaveReason::JoinError:
        return QStringLiteral("join-error");
    }
    return {};
}

std::optional<RoomMirror::LeaveReason> RoomMirror::reasonFromName(const QString &name)
{
    for (int r = int(LeaveReason::SelfLeave); r <= int(LeaveReason::JoinError); ++r) {
        if (name == reasonName(LeaveReason(r)))
            return LeaveReason(r);
    }
    return std::nullopt;
}

} // namespace Tandem
