#pragma once

#include "xmpp/MucPresence.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

namespace Tandem {

/// What one MUC room looks like from inside: whether we are in it, who is there, the subject.
/// Pure: fed parsed presences and subjects, returns what changed. The anchor feeds it live
/// stanzas; a sibling feeds it the same stanzas relayed by the anchor, so both see one room.
class RoomMirror
{
public:
    enum class State { Idle, Joining, Joined, Left };
    /// Why we are no longer in the room. Decides whether rejoining is allowed (mayRejoin).
    enum class LeaveReason {
        None,
        SelfLeave, ///< we asked to leave
        Kicked, ///< 307
        Banned, ///< 301
        AffiliationLost, ///< 321: membership removed in a members-only room
        MembersOnly, ///< 322: room became members-only
        ServiceShutdown, ///< 332
        Destroyed, ///< <destroy/>
        Removed, ///< unavailable self-presence we did not ask for (ghost cleanup, server error)
        Disconnected, ///< our connection went away: occupancy is gone with it
        JoinError, ///< the join was refused; the condition says why
    };
    struct Occupant
    {
        QString nick;
        QString realJid;
        QString role;
        QString affiliation;
        QString show; ///< away, chat, dnd, xa; empty: available
    };
    struct Event
    {
        enum class Type {
            Joined,
            RoomCreated, ///< 201: a new, locked room; its owner must configure it
            JoinFailed,
            Left,
            OccupantJoined,
            OccupantLeft,
            NickChanged,
            NickRefused, ///< the room refused our nick change to `nick` (taken, not allowed): we keep ours
            OccupantChanged, ///< role, affiliation or presence (show)
            SubjectChanged,
            SubjectRefused, ///< the room refused a subject we set (`detail`: its condition)
        };
        Type type;
        QString nick;
        QString newNick;
        LeaveReason reason = LeaveReason::None;
        QString detail; ///< error condition, kick/ban reason, or the new subject
        /// Not news: what the room showed on our joining (the occupants already in, its current
        /// subject), or the presence under the new nick that completes a nick change.
        bool silent = false;
        /// When the stanza behind it arrived (on a sibling: the anchor's stamp on its relay);
        /// invalid when no stamped stanza caused it (a snapshot, a lost connection).
        QDateTime at {};
    };

    explicit RoomMirror(const QString &roomJid = {});

    QString room() const { return m_room; }
    State state() const { return m_state; }
    QString ownNick() const { return m_ownNick; }
    QString subject() const { return m_subject; }
    LeaveReason leaveReason() const { return m_leaveReason; }
    QString leaveDetail() const { return m_leaveDetail; }
    const QMap<QString, Occupant> &occupants() const { return m_occupants; }

    void beginJoin(const QString &nick);
    void beginLeave() { m_leaving = true; }
    /// The connection dropped: nothing we knew about the room holds any more.
    QVector<Event> connectionLost();
    /// We are out of the room for `reason`, known from elsewhere than the room's own presence
    /// (the anchor's snapshot, the account's bookmark). No events: nothing happened just now.
    void setLeft(LeaveReason reason, const QString &detail = {}) { leave(reason, detail); }

    QVector<Event> apply(const MucPresence &presence);
    QVector<Event> applySubject(const QString &subject, const QString &byNick);
    /// The room's current subject is known, empty or not (a snapshot of the room gave it): the
    /// next subject is a change.
    void subjectKnown() { m_subjectSeen = true; }

    /// Whether an automatic rejoin is acceptable after leaving for `reason`: never after a
    /// ban, kick, destruction or removal of membership, so no moderator is fought in a loop.
    static bool mayRejoin(LeaveReason reason, const QString &joinErrorCondition = {});
    static QString reasonName(LeaveReason reason);
    /// The reason reasonName() gives `name`; nullopt for anything else (None has no name).
    static std::optional<LeaveReason> reasonFromName(const QString &name);

private:
    QVector<Event> applySelf(const MucPresence &presence);
    QVector<Event> applyOther(const MucPresence &presence);
    void leave(LeaveReason reason, const QString &detail);
    static LeaveReason reasonFor(const MucPresence &presence);

    QString m_room;
    State m_state = State::Idle;
    QString m_ownNick;
    QString m_subject;
    bool m_subjectSeen = false; ///< since beginJoin(): the next subject is a change, not the current one
    bool m_leaving = false;
    LeaveReason m_leaveReason = LeaveReason::None;
    QString m_leaveDetail;
    QMap<QString, Occupant> m_occupants;
    QSet<QString> m_renamed; ///< new nicks announced by a nick change, their presence still to come
};

} // namespace Tandem
