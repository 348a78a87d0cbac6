#include "coordinator/RelayReceiver.h"

#include <algorithm>

namespace Tandem {

namespace {
void append(CatchUp::Actions &to, CatchUp::Actions &&from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}
} // namespace

RelayReceiver::RelayReceiver(CatchUpGaps *gaps, FetchPolicy policy)
    : m_gaps(gaps)
    , m_policy(policy)
{ }

void RelayReceiver::setKnownRooms(const QStringList &rooms)
{
    m_known = QSet<QString>(rooms.cbegin(), rooms.cend());
}

void RelayReceiver::setListedRooms(const QStringList &rooms)
{
    m_listed = QSet<QString>(rooms.cbegin(), rooms.cend());
}

QStringList RelayReceiver::knownRooms() const
{
    QStringList rooms(m_known.cbegin(), m_known.cend());
    rooms.sort(); // a stable order keeps the host (and tests/sim) deterministic
    return rooms;
}

void RelayReceiver::markAll(const QStringList &rooms, bool fetchNow, CatchUp::Actions &out)
{
    for (const QString &room : rooms) {
        append(out, m_gaps->markGap(room));
        if (fetchNow)
            append(out, m_gaps->roomIsBack(room));
    }
}

RelayReceiver::Changed RelayReceiver::follow(const QString &anchor, quint64 term)
{
    Changed out;
    const bool sameStream = !m_ended && anchor == m_anchor && term == m_fence;
    m_fence = std::max(m_fence, term);
    if (sameStream)
        return out;
    // Catch-ups asked of the previous anchor are void: its relays of their pages are dropped
    // from now on, so their acks prove nothing.
    m_gaps->abandonFetches();
    m_anchor = anchor;
    m_lastSeq = 0;
    m_held.clear(); // the new stream's snapshot says what this anchor holds
    m_ended = anchor.isEmpty();
    if (m_ended)
        return out;
    out.newStream = true;
    markAll(knownRooms(), m_policy == FetchPolicy::AtOnce, out.actions);
    return out;
}

RelayReceiver::Changed RelayReceiver::holdRooms(const QStringList &roomsToJoin)
{
    Changed out;
    m_gaps->abandonFetches();
    m_anchor.clear();
    m_lastSeq = 0;
    m_held.clear();
    m_ended = true;
    out.newStream = true;
    for (const QString &room : knownRooms()) {
        append(out.actions, m_gaps->markGap(room));
        if (!roomsToJoin.contains(room))
            append(out.actions, m_gaps->roomIsBack(room));
    }
    return out;
}

void RelayReceiver::disconnected()
{
    m_gaps->abandonFetches();
    m_anchor.clear();
    m_lastSeq = 0;
    m_held.clear();
    m_ended = true;
}

RelayReceiver::Received RelayReceiver::receive(
    const QString &from, quint64 term, quint64 seq, const QString &room, bool snapshot)
{
    Received out;
    if (m_anchor.isEmpty() || from != m_anchor || term < m_fence) {
        out.why = "not from the anchor we follow, or below our fence";
        return out;
    }
    if (snapshot)
        m_held.insert(room);
    const bool held = m_held.contains(room) || m_listed.contains(room);
    if (m_lastSeq != 0 && seq != m_lastSeq + 1) {
        // Relays of a live anchor were lost (or it restarted our count: it thought we had gone).
        // It is in every room it relays from, so every gap can be fetched now.
        out.seqGap = true;
        if (held)
            m_known.insert(room);
        markAll(knownRooms(), true, out.actions);
    }
    // Not max(): a count that starts again at 1 is the new baseline, or every later relay
    // would look like a gap. A relay dropped below still counts: it was not lost.
    m_lastSeq = seq;
    if (!held) {
        out.why = "a room the anchor does not hold as far as we know";
        return out;
    }
    out.verdict = Verdict::Apply;
    if (!m_known.contains(room)) {
        // A room we never knew (a new device, or joined while we were away).
        m_known.insert(room);
        append(out.actions, m_gaps->markGap(room));
    }
    append(out.actions, m_gaps->roomIsBack(room)); // the anchor is in this room
    return out;
}

CatchUp::Actions RelayReceiver::roomJoined(const QString &room)
{
    CatchUp::Actions out;
    if (m_anchor.isEmpty())
        return out;
    m_known.insert(room);
    append(out, m_gaps->markGap(room));
    append(out, m_gaps->roomIsBack(room));
    return out;
}

} // namespace Tandem
