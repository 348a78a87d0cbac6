#pragma once

#include <algorithm>

#include "coordinator/DeviceInfo.h"
#include "coordinator/ElectionActions.h"
#include "coordinator/SiblingView.h"

#include <QList>
#include <chrono>
#include <optional>

namespace Tandem {

/// Timing of AnchorElection (outside the class so that it can be a default argument).
struct ElectionConfig
{
    using Time = std::chrono::milliseconds;

    /// How long a device must have been online before it takes the anchor over from a
    /// lower-ranked one: a device that flaps never disturbs the rooms.
    Time holdDown { 30000 };
    /// After connecting, how long to listen for siblings' presence before claiming the rooms
    /// for lack of an anchor: the server sends that presence right after ours, and a device
    /// that claimed before hearing it would join and leave every room for nothing.
    Time settle { 3000 };
    /// How long a successor waits for its joins before announcing it is ready anyway. An old
    /// anchor logs a successor still joining after this long, but keeps the rooms until that
    /// successor is ready or gone: one that crashed while joining must not empty the rooms.
    Time handoverTimeout { 60000 };
};

/// Decides, for one device, which Tandem session of the account is the anchor (the one session
/// that holds room occupancy and relays to the others). Pure: it is fed events and the current
/// time (any monotonic clock, in milliseconds) and answers with actions for its host to carry
/// out; it has no timers, sockets or XMPP. Every device runs one, and they agree because each
/// decides from the same advertised data by the same rules (PROTOCOL.md §Election):
///
/// - no valid anchor claim in view → the best-ranked device claims term H+1 at once (failover);
/// - a better claim (higher term, or equal term and better rank) → the weaker claimant yields,
///   but a ready anchor yields only to a better *ready* claim (or its handover);
/// - the best-ranked device, once online for `holdDown`, takes over make-before-break: it joins
///   the rooms under H+1 (`joining`), announces it is ready, and sends a handover to the old
///   anchor, which leaves only then: never for a claim that is still joining, however long;
/// - claims and relays under a term below the one we follow are stale and ignored (fencing).
///
/// Time values only need to be consistent within one instance.
class AnchorElection
{
public:
    using Time = std::chrono::milliseconds;
    using Config = ElectionConfig;

    /// `self` gives the full JID and the ranking data (always-on, preference, since); its role,
    /// term and anchor are ignored. `highestTermSeen` is what a previous run persisted, so that a
    /// restarted device does not reuse a term.
    explicit AnchorElection(const DeviceInfo &self, Config config = Config(), quint64 highestTermSeen = 0);

    /// Our session is online and its initial presence goes out with the PublishPresence returned.
    Election::Actions connected(Time now);
    /// Our session is gone: we are in no room and see no sibling any more.
    Election::Actions disconnected(Time now);
    /// A term a previous run of this device persisted: the next claim is above it. Raises only.
    void restoreHighestTerm(quint64 term) { m_highest = std::max(m_highest, term); }
    /// Our always-on flag, preference or start time changed (full JID changes only while offline).
    Election::Actions selfChanged(const DeviceInfo &self, Time now);
    /// `ctl anchor`: raise our preference above every sibling's. The takeover follows immediately
    /// if we have been online for holdDown already, else when holdDown has elapsed: a deliberate
    /// user choice is no flap, but a device that just connected still proves itself first. An
    /// always-on sibling still ranks above us (the ranking puts always-on first).
    Election::Actions preferAsAnchor(Time now);
    /// A sibling's available presence with a `<device/>` element (first or updated).
    Election::Actions siblingAvailable(const DeviceInfo &sibling, Time now);
    /// A sibling's unavailable presence (or the host gave up on it: no answer to pings).
    Election::Actions siblingUnavailable(const QString &fullJid, Time now);
    /// `<handover term='T'/>` from a sibling: it holds the rooms under `term`.
    Election::Actions handoverReceived(const QString &from, quint64 term, Time now);
    /// The host finished the joins a StartTakeover asked for.
    Election::Actions joinedAllRooms(Time now);
    /// Call at nextDeadline() (calling more often is harmless): settle, hold-down and handover
    /// timeouts take effect here.
    Election::Actions tick(Time now);

    /// When tick() should be called next, if anything is pending.
    std::optional<Time> nextDeadline() const;

    /// What we advertise: Offline, Sibling, Anchor (also while joining()) or Solo.
    DeviceRole role() const;
    /// Taking over: we are joining the rooms while the old anchor still holds them.
    bool joining() const { return m_state == State::Joining; }
    /// We are in the rooms (or joining them).
    bool holdsRooms() const { return m_state == State::Ready || m_state == State::Joining; }
    /// The anchor whose relays we accept: our own full JID when we hold the rooms, the old anchor
    /// while joining(), empty when there is none (failover under way) or offline.
    QString anchor() const;
    /// The term of anchor(), our fence: relays and claims under a lower term are stale. Never
    /// decreases during the lifetime of this object.
    quint64 term() const { return m_fence; }
    /// The term we claim (or are about to claim while joining()); 0 when we claim nothing.
    quint64 claimTerm() const { return holdsRooms() ? m_claimTerm : 0; }
    /// The highest term seen anywhere; persist it. The next claim takes this + 1.
    quint64 highestTermSeen() const { return m_highest; }
    /// Our `<device/>` element as it should be advertised now.
    DeviceInfo advertised() const;
    QList<DeviceInfo> siblings() const { return m_view.devices(); }
    const Config &config() const { return m_config; }

private:
    enum class State { Offline, Follower, Joining, Ready };

    void reconcile(Time now, Election::Actions &out);
    /// Ready/Joining facing a better claim; returns true if we still hold the rooms afterwards.
    bool defendClaim(Time now, Election::Actions &out);
    void follow(const std::optional<DeviceInfo> &target, Election::Actions &out);
    void claim(Election::Actions &out);
    void startTakeover(Time now, Election::Actions &out);
    void becomeReady(Election::Actions &out);
    void reassert(Election::Actions &out);
    void stepDown(Election::Actions &out);
    void announceSoloOrAnchor(Election::Actions &out);
    void publishIfChanged(Election::Actions &out);
    quint64 nextTerm();
    bool holdDownElapsed(Time now) const { return now - m_onlineSince >= m_config.holdDown; }
    DeviceInfo myClaim() const;
    Election::Actions finish(Time now, Election::Actions out = {});

    DeviceInfo m_self;
    Config m_config;
    SiblingView m_view;
    State m_state = State::Offline;
    quint64 m_highest = 0;
    quint64 m_fence = 0;
    quint64 m_claimTerm = 0;
    /// The anchor announced by the last FollowAnchor (our own JID while we hold the rooms).
    QString m_following;
    quint64 m_followingTerm = 0;
    /// Ready: whether we announced Solo (no sibling) rather than Anchor.
    bool m_solo = false;
    bool m_settled = false;
    bool m_joined = false;
    Time m_onlineSince { 0 };
    Time m_settleUntil { 0 };
    Time m_joinDeadline { 0 };
    Time m_lastNow { 0 };
    /// Ready and a better claim is joining: when we log that it is overdue (we keep the rooms).
    std::optional<Time> m_handoverDeadline;
    /// That deadline passed while the joining claim is still there: do not arm it again.
    bool m_handoverOverdue = false;
    std::optional<DeviceInfo> m_published;
};

} // namespace Tandem
