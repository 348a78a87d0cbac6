#include "coordinator/AnchorElection.h"

#include "common/Logging.h"

#include <algorithm>

namespace Tandem {

using namespace Election;

AnchorElection::AnchorElection(const DeviceInfo &self, Config config, quint64 highestTermSeen)
    : m_self(self)
    , m_config(config)
    , m_highest(highestTermSeen)
{
    // Only identity and ranking data come from the caller; the rest is ours to decide.
    m_self.role = DeviceRole::Offline;
    m_self.term = 0;
    m_self.anchor.clear();
    m_self.joining = false;
}

Actions AnchorElection::connected(Time now)
{
    Actions out = m_state == State::Offline ? Actions() : disconnected(now);
    m_state = State::Follower;
    m_view.clear();
    m_onlineSince = now;
    m_settleUntil = now + m_config.settle;
    m_settled = false;
    m_following.clear();
    m_followingTerm = m_fence;
    m_published.reset();
    return finish(now, std::move(out));
}

Actions AnchorElection::disconnected(Time now)
{
    Actions out;
    if (holdsRooms())
        out.push_back(LeaveRooms {});
    m_state = State::Offline;
    m_view.clear();
    m_following.clear();
    m_solo = false;
    m_joined = false;
    m_handoverDeadline.reset();
    m_handoverOverdue = false;
    m_published.reset();
    m_lastNow = now;
    return out;
}

Actions AnchorElection::selfChanged(const DeviceInfo &self, Time now)
{
    if (m_state == State::Offline)
        m_self.fullJid = self.fullJid;
    m_self.alwaysOn = self.alwaysOn;
    m_self.preference = self.preference;
    m_self.since = self.since;
    return finish(now);
}

Actions AnchorElection::preferAsAnchor(Time now)
{
    const auto highest = m_view.highestPreference();
    if (highest && m_self.preference <= *highest)
        m_self.preference = *highest + 1;
    return finish(now);
}

Actions AnchorElection::siblingAvailable(const DeviceInfo &sibling, Time now)
{
    if (m_state == State::Offline || !m_view.update(sibling, m_self.fullJid))
        return {};
    return finish(now);
}

Actions AnchorElection::siblingUnavailable(const QString &fullJid, Time now)
{
    if (m_state == State::Offline || !m_view.remove(fullJid))
        return {};
    return finish(now);
}

Actions AnchorElection::handoverReceived(const QString &from, quint64 term, Time now)
{
    if (m_state == State::Offline || from == m_self.fullJid)
        return {};
    m_highest = std::max(m_highest, term);
    Actions out;
    const auto known = m_view.find(from);
    DeviceInfo theirs = known.value_or(DeviceInfo());
    theirs.fullJid = from;
    theirs.term = term;
    theirs.role = DeviceRole::Anchor;
    theirs.joining = false;
    // Without its presence we cannot rank the sender, so only a strictly higher term counts.
    const bool beatsUs = known ? DeviceInfo::claimBeats(theirs, myClaim()) : term > m_claimTerm;
    if (m_state == State::Ready && beatsUs) {
        qCDebug(lcCoordinator) << "handover from" << from << "term" << term << ": leaving the rooms";
        stepDown(out);
    } else {
        qCDebug(lcCoordinator) << "ignoring handover from" << from << "term" << term << "(stale or not ours)";
    }
    return finish(now, std::move(out));
}

Actions AnchorElection::joinedAllRooms(Time now)
{
    if (m_state == State::Joining)
        m_joined = true;
    return finish(now);
}

Actions AnchorElection::tick(Time now)
{
    return finish(now);
}

std::optional<AnchorElection::Time> AnchorElection::nextDeadline() const
{
    if (m_state == State::Offline)
        return std::nullopt;
    std::optional<Time> next;
    auto consider = [&next](Time t) { next = next ? std::min(*next, t) : t; };
    if (!m_settled)
        consider(m_settleUntil);
    if (m_state == State::Joining && !m_joined)
        consider(m_joinDeadline);
    if (m_handoverDeadline)
        consider(*m_handoverDeadline);
    // The end of our hold-down may make us the one to take over; one spare tick is cheap.
    const Time holdDownEnd = m_onlineSince + m_config.holdDown;
    if (holdDownEnd > m_lastNow)
        consider(holdDownEnd);
    return next;
}

DeviceRole AnchorElection::role() const
{
    return advertised().role;
}

QString AnchorElection::anchor() const
{
    return m_state == State::Ready ? m_self.fullJid : m_following;
}

DeviceInfo AnchorElection::advertised() const
{
    DeviceInfo info = m_self;
    switch (m_state) {
    case State::Offline:
        info.role = DeviceRole::Offline;
        info.term = m_fence;
        break;
    case State::Follower:
        info.role = DeviceRole::Sibling;
        info.term = m_fence;
        info.anchor = m_following;
        break;
    case State::Joining:
        info.role = DeviceRole::Anchor;
        info.joining = true;
        info.term = m_claimTerm;
        info.anchor = m_self.fullJid;
        break;
    case State::Ready:
        info.role = m_solo ? DeviceRole::Solo : DeviceRole::Anchor;
        info.term = m_claimTerm;
        info.anchor = m_self.fullJid;
        break;
    }
    return info;
}

Actions AnchorElection::finish(Time now, Actions out)
{
    m_lastNow = std::max(m_lastNow, now);
    if (m_state != State::Offline) {
        reconcile(now, out);
        publishIfChanged(out);
    }
    return out;
}

void AnchorElection::reconcile(Time now, Actions &out)
{
    if (!m_settled && now >= m_settleUntil)
        m_settled = true;
    m_highest = std::max({ m_highest, m_view.highestTerm(), m_fence });

    if (holdsRooms() && defendClaim(now, out))
        return;

    // A follower accepts only ready claims at or above its fence. A joining claim is not followed
    // yet (its claimant does not relay until it holds every room), but it does stop a failover:
    // someone is already about to hold the rooms.
    const auto ready = m_view.bestClaim(false, m_fence);
    const auto joiningClaim = m_view.bestClaim(true, m_fence);
    follow(ready, out);
    if (!m_settled)
        return;
    const bool first = m_view.ranksFirst(m_self);
    if (!ready) {
        if (!joiningClaim && first)
            claim(out);
        return;
    }
    if (first && DeviceInfo::ranksAbove(m_self, *ready) && holdDownElapsed(now))
        startTakeover(now, out);
}

bool AnchorElection::defendClaim(Time now, Actions &out)
{
    const DeviceInfo mine = myClaim();
    auto beatsMine = [&mine](const std::optional<DeviceInfo> &claim) {
        return claim && DeviceInfo::claimBeats(*claim, mine) ? claim : std::nullopt;
    };
    std::optional<DeviceInfo> betterReady = beatsMine(m_view.bestClaim(false, 0));
    std::optional<DeviceInfo> betterJoining = beatsMine(m_view.bestClaim(true, 0));

    if ((betterReady || betterJoining) && m_settled && holdDownElapsed(now) && m_view.ranksFirst(m_self)) {
        // R4b: we are the device that should hold the rooms anyway (a lower-ranked one won a
        // failover we did not see in time): outbid it rather than leave and rejoin every room.
        reassert(out);
        betterReady.reset();
        betterJoining.reset();
    }

    if (!betterJoining) {
        m_handoverDeadline.reset();
        m_handoverOverdue = false;
    }

    if (!betterReady && !betterJoining) {
        if (m_state == State::Joining) {
            // Until we are ready, the old anchor still relays to us.
            follow(m_view.bestClaim(false, m_fence), out);
            if (m_joined || now >= m_joinDeadline)
                becomeReady(out);
            return true;
        }
        if (m_view.hasOrphanAbove(m_claimTerm))
            reassert(out); // R6
        announceSoloOrAnchor(out);
        return true;
    }

    if (m_state == State::Ready && !betterReady) {
        // R4a, make-before-break: keep the rooms until the successor is ready (its ready claim or
        // its handover). Never leave them for a claim that is only joining: a successor that
        // crashed while joining would leave the account with no occupant until the server noticed.
        // A live successor is ready, or has given up, within handoverTimeout; past it we only log.
        if (!m_handoverDeadline && !m_handoverOverdue)
            m_handoverDeadline = now + m_config.handoverTimeout;
        if (m_handoverDeadline && now >= *m_handoverDeadline) {
            qCInfo(lcCoordinator) << "successor" << betterJoining->fullJid << "term" << betterJoining->term
                                  << "is not ready after the handover timeout: keeping the rooms";
            m_handoverDeadline.reset();
            m_handoverOverdue = true;
        }
        announceSoloOrAnchor(out);
        return true;
    }

    // R4: a better ready claim (whatever is joining meanwhile), or, while we are joining
    // ourselves, any better claim.
    const DeviceInfo &better = betterReady ? *betterReady : *betterJoining;
    qCDebug(lcCoordinator) << "yielding to" << better.fullJid << "term" << better.term;
    stepDown(out);
    return false;
}

void AnchorElection::follow(const std::optional<DeviceInfo> &target, Actions &out)
{
    const QString jid = target ? target->fullJid : QString();
    if (target)
        m_fence = std::max(m_fence, target->term);
    if (jid == m_following && m_fence == m_followingTerm)
        return;
    m_following = jid;
    m_followingTerm = m_fence;
    out.push_back(FollowAnchor { jid, m_fence });
}

void AnchorElection::claim(Actions &out)
{
    m_claimTerm = nextTerm();
    qCDebug(lcCoordinator) << "no anchor in view: claiming the rooms under term" << m_claimTerm;
    m_state = State::Ready;
    m_solo = m_view.isEmpty();
    m_fence = m_claimTerm;
    m_following = m_self.fullJid;
    m_followingTerm = m_claimTerm;
    out.push_back(m_solo ? Action(BecomeSolo { m_claimTerm }) : Action(BecomeAnchor { m_claimTerm }));
}

void AnchorElection::startTakeover(Time now, Actions &out)
{
    m_claimTerm = nextTerm();
    qCDebug(lcCoordinator) << "taking over from" << m_following << "under term" << m_claimTerm;
    m_state = State::Joining;
    m_joined = false;
    m_joinDeadline = now + m_config.handoverTimeout;
    out.push_back(StartTakeover { m_claimTerm });
}

void AnchorElection::becomeReady(Actions &out)
{
    if (m_claimTerm < m_fence)
        m_claimTerm = nextTerm(); // never announce a term below one we already accepted
    m_state = State::Ready;
    m_joined = false;
    m_solo = m_view.isEmpty();
    m_fence = std::max(m_fence, m_claimTerm);
    m_following = m_self.fullJid;
    m_followingTerm = m_claimTerm;
    out.push_back(m_solo ? Action(BecomeSolo { m_claimTerm }) : Action(BecomeAnchor { m_claimTerm }));
    // Our ready presence must reach the old anchor before the handover (stanzas from one sender
    // arrive in order), so that it sees whom to follow when it leaves.
    publishIfChanged(out);
    for (const QString &old : m_view.readyClaimsBeatenBy(myClaim()))
        out.push_back(SendHandover { old, m_claimTerm });
}

void AnchorElection::reassert(Actions &out)
{
    m_claimTerm = nextTerm();
    qCDebug(lcCoordinator) << "re-asserting the rooms under term" << m_claimTerm;
    m_handoverDeadline.reset();
    m_handoverOverdue = false;
    if (m_state != State::Ready)
        return; // joining: the new term goes out with our presence; BecomeAnchor comes when ready
    m_fence = m_claimTerm;
    m_followingTerm = m_claimTerm;
    m_solo = m_view.isEmpty();
    out.push_back(m_solo ? Action(BecomeSolo { m_claimTerm }) : Action(BecomeAnchor { m_claimTerm }));
}

void AnchorElection::stepDown(Actions &out)
{
    out.push_back(LeaveRooms {});
    m_state = State::Follower;
    m_solo = false;
    m_joined = false;
    m_handoverDeadline.reset();
    m_handoverOverdue = false;
}

void AnchorElection::announceSoloOrAnchor(Actions &out)
{
    const bool solo = m_view.isEmpty();
    if (m_state != State::Ready || solo == m_solo)
        return;
    m_solo = solo;
    out.push_back(m_solo ? Action(BecomeSolo { m_claimTerm }) : Action(BecomeAnchor { m_claimTerm }));
}

void AnchorElection::publishIfChanged(Actions &out)
{
    const DeviceInfo info = advertised();
    if (m_published && *m_published == info)
        return;
    m_published = info;
    out.push_back(PublishPresence { info });
}

quint64 AnchorElection::nextTerm()
{
    m_highest = std::max({ m_highest, m_view.highestTerm(), m_fence }) + 1;
    return m_highest;
}

DeviceInfo AnchorElection::myClaim() const
{
    DeviceInfo mine = m_self;
    mine.role = DeviceRole::Anchor;
    mine.term = m_claimTerm;
    mine.anchor = m_self.fullJid;
    mine.joining = m_state == State::Joining;
    return mine;
}

} // namespace Tandem
