#include "storage/FetchedRanges.h"

#include <algorithm>

namespace Tandem {

namespace {

/// How a new range \a x relates to a stored range \a r.
enum class Relation { None, XAfterR, XBeforeR, Overlap };

Relation relate(const ArchiveRange &r, const ArchiveRange &x, const QString &follows, const QString &precedes)
{
    const bool rSingle = r.first.id == r.last.id;
    const bool xSingle = x.first.id == x.last.id;
    // Proven neighbours or a shared boundary entry give the order without looking at times.
    if ((!follows.isEmpty() && follows == r.last.id) || (x.first.id == r.last.id && !rSingle && !xSingle))
        return Relation::XAfterR;
    if ((!precedes.isEmpty() && precedes == r.first.id) || (x.last.id == r.first.id && !rSingle && !xSingle))
        return Relation::XBeforeR;
    if (x.first.id == r.first.id || x.first.id == r.last.id || x.last.id == r.first.id
        || x.last.id == r.last.id)
        return Relation::Overlap;
    // Both ranges have no holes, so a strict overlap in time makes their union hole-free too.
    // Meeting at one timestamp proves nothing: stamps have second precision.
    if (x.first.timeMs < r.last.timeMs && r.first.timeMs < x.last.timeMs)
        return Relation::Overlap;
    return Relation::None;
}

ArchiveRange mergeByTime(const ArchiveRange &r, const ArchiveRange &x)
{
    ArchiveRange m;
    m.first = x.first.timeMs < r.first.timeMs ? x.first : r.first;
    if (x.last.id == r.last.id) {
        m.last = r.last;
        m.complete = r.complete || x.complete;
    } else if (x.last.timeMs > r.last.timeMs) {
        m.last = x.last;
        m.complete = x.complete;
    } else {
        m.last = r.last;
        m.complete = r.complete;
    }
    return m;
}

ArchiveRange merge(const ArchiveRange &r, const ArchiveRange &x, Relation relation)
{
    ArchiveRange m;
    switch (relation) {
    case Relation::XAfterR:
        m = { r.first, x.last, x.complete };
        break;
    case Relation::XBeforeR:
        m = { x.first, r.last, r.complete };
        break;
    case Relation::Overlap:
    case Relation::None:
        return mergeByTime(r, x);
    }
    // An archive whose stamps go backwards contradicts the order its cursors gave; times are
    // only used for ordering, so fall back to them rather than keep an inverted range.
    return m.isValid() ? m : mergeByTime(r, x);
}

} // namespace

FetchedRanges::FetchedRanges(const QVector<ArchiveRange> &ranges)
{
    for (const ArchiveRange &range : ranges)
        add(range);
}

std::optional<ArchiveRange> FetchedRanges::newest() const
{
    if (m_ranges.isEmpty())
        return std::nullopt;
    return m_ranges.last();
}

std::optional<ArchiveRange> FetchedRanges::rangeWithBoundary(const QString &id) const
{
    for (const ArchiveRange &r : m_ranges) {
        if (r.first.id == id || r.last.id == id)
            return r;
    }
    return std::nullopt;
}

bool FetchedRanges::add(const ArchiveRange &range, const QString &follows, const QString &precedes)
{
    if (!range.isValid())
        return false;
    ArchiveRange current = range;
    QString after = follows;
    QString before = precedes;
    // Each merge removes a stored range, so this ends after at most size() rounds.
    for (bool merged = true; merged;) {
        merged = false;
        for (int i = 0; i < m_ranges.size(); ++i) {
            const Relation relation = relate(m_ranges[i], current, after, before);
            if (relation == Relation::None)
                continue;
            const ArchiveRange m = merge(m_ranges[i], current, relation);
            // The hints describe the new range's own ends; once absorbed they mean nothing.
            if (m.first.id != current.first.id)
                after.clear();
            if (m.last.id != current.last.id)
                before.clear();
            current = m;
            m_ranges.removeAt(i);
            merged = true;
            break;
        }
    }
    insertSorted(current);
    return true;
}

bool FetchedRanges::join(const QString &olderId, const QString &newerId)
{
    const auto older = std::find_if(
        m_ranges.cbegin(), m_ranges.cend(), [&](const ArchiveRange &r) { return r.last.id == olderId; });
    const auto newer = std::find_if(
        m_ranges.cbegin(), m_ranges.cend(), [&](const ArchiveRange &r) { return r.first.id == newerId; });
    if (older == m_ranges.cend() || newer == m_ranges.cend() || older == newer)
        return false;
    ArchiveRange joined { older->first, newer->last, newer->complete };
    if (!joined.isValid())
        joined = mergeByTime(*older, *newer);
    const QString olderFirst = older->first.id;
    const QString newerFirst = newer->first.id;
    m_ranges.erase(
        std::remove_if(m_ranges.begin(), m_ranges.end(),
            [&](const ArchiveRange &r) { return r.first.id == olderFirst || r.first.id == newerFirst; }),
        m_ranges.end());
    add(joined);
    return true;
}

bool FetchedRanges::setComplete(const QString &lastId, bool complete)
{
    for (ArchiveRange &r : m_ranges) {
        if (r.last.id == lastId) {
            r.complete = complete;
            return true;
        }
    }
    return false;
}

QVector<ArchiveGap> FetchedRanges::gaps() const
{
    QVector<ArchiveGap> result;
    if (m_ranges.isEmpty())
        return result;
    ArchiveGap tail;
    tail.after = m_ranges.last().last;
    tail.interrupted = !m_ranges.last().complete;
    result.append(tail);
    for (int i = m_ranges.size() - 1; i > 0; --i) {
        ArchiveGap hole;
        hole.after = m_ranges[i - 1].last;
        hole.before = m_ranges[i].first;
        result.append(hole);
    }
    return result;
}

void FetchedRanges::insertSorted(const ArchiveRange &range)
{
    const auto position = std::upper_bound(
        m_ranges.begin(), m_ranges.end(), range, [](const ArchiveRange &a, const ArchiveRange &b) {
            return std::make_pair(a.first.timeMs, a.last.timeMs)
                < std::make_pair(b.first.timeMs, b.last.timeMs);
        });
    m_ranges.insert(position, range);
}

} // namespace Tandem
