// Bookkeeping of which stretches of a server archive (XEP-0313) are stored locally.
#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace Tandem {

/// One archive entry as a range boundary: its archive id (opaque) and archive time.
struct ArchivePoint
{
    QString id;
    qint64 timeMs = 0; ///< the archive's stamp, ms since the epoch, UTC

    bool isNull() const { return id.isEmpty(); }
    bool operator==(const ArchivePoint &o) const { return id == o.id && timeMs == o.timeMs; }
};

/// Archive entries from `first` to `last`, inclusive, all stored (or deliberately rejected).
struct ArchiveRange
{
    ArchivePoint first;
    ArchivePoint last;
    /// The fetch that reached `last` ended at the archive's end; false: it stopped early.
    bool complete = false;

    bool isValid() const { return !first.isNull() && !last.isNull() && first.timeMs <= last.timeMs; }
    bool operator==(const ArchiveRange &o) const
    {
        return first == o.first && last == o.last && complete == o.complete;
    }
};

/// Archive entries we know exist but have not fetched: between `after` and `before`.
struct ArchiveGap
{
    ArchivePoint after; ///< the newest stored entry before the gap
    ArchivePoint before; ///< the oldest stored entry after it; null: the gap runs up to now
    /// A gap up to now left by a fetch that stopped early (not just time passing).
    bool interrupted = false;

    bool toNow() const { return before.isNull(); }
};

/// The fetched ranges of one archive. Pure (no I/O, no clock): fed with the pages a sync
/// stored, it keeps them merged and says where the holes are, so that a gap is filled once and
/// nothing is fetched twice.
///
/// Archive ids cannot be compared (Prosody's are UUIDs), so two ranges are merged only when
/// they provably touch: they share an entry, overlap strictly in time, or a query proved them
/// neighbours (an RSM `after`/`before` cursor, or an empty answer between them). Ranges that
/// merely meet at the same second are kept apart: other entries may share that second.
class FetchedRanges
{
public:
    FetchedRanges() = default;
    /// Takes stored ranges as they are read back; invalid ones are dropped, overlaps merged.
    explicit FetchedRanges(const QVector<ArchiveRange> &ranges);

    /// Disjoint ranges, oldest first.
    const QVector<ArchiveRange> &ranges() const { return m_ranges; }
    bool isEmpty() const { return m_ranges.isEmpty(); }
    std::optional<ArchiveRange> newest() const;
    /// The range containing entry \a id as a boundary, if any.
    std::optional<ArchiveRange> rangeWithBoundary(const QString &id) const;

    /// Records that \a range was stored. \a follows is the entry right before range.first in the
    /// archive (the RSM `after` the page was asked with), \a precedes the one right after
    /// range.last (the RSM `before`). Returns false, changing nothing, for an invalid range.
    bool add(const ArchiveRange &range, const QString &follows = {}, const QString &precedes = {});
    /// A query between two stored entries found nothing: the range ending at \a olderId and the
    /// one starting at \a newerId become one. False if no such pair exists.
    bool join(const QString &olderId, const QString &newerId);
    /// Sets the complete flag of the range ending at \a lastId (a fetch from there found the
    /// archive's end, or stopped early). False if no range ends there.
    bool setComplete(const QString &lastId, bool complete);

    /// What is missing, most urgent first: the gap from the newest range up to now, then the
    /// holes between ranges, newest first. Empty when nothing was fetched yet: before the
    /// oldest range lies older history, which is fetched on demand rather than a gap.
    QVector<ArchiveGap> gaps() const;

private:
    void insertSorted(const ArchiveRange &range);

    QVector<ArchiveRange> m_ranges;
};

} // namespace Tandem
