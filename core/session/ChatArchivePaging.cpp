#include "session/ChatArchivePaging.h"

#include <algorithm>

namespace Tandem {

Mam0313::QueryIq ChatArchiveFetch::query(const QString &account, int pageSize) const
{
    Mam0313::QueryIq iq;
    iq.setTo(account);
    iq.max = pageSize;
    if (window) {
        iq.max = std::min(pageSize, remaining);
        iq.before = cursor; // empty: the archive's newest page
    } else {
        iq.after = cursor;
        // A hole ends at the next range; `end` is inclusive and stamps have second precision,
        // so the whole second of its first entry is included (repeats are dropped by the store).
        if (!gap.toNow())
            iq.end = QDateTime::fromSecsSinceEpoch(gap.before.timeMs / 1000 + 1, Qt::UTC);
    }
    return iq;
}

void ChatArchivePage::extend(const QString &id, const QDateTime &stamp, const QDateTime &now)
{
    // Range boundaries are the results actually received, never the RSM <first>/<last> claims.
    qint64 timeMs = stamp.isValid() ? stamp.toMSecsSinceEpoch()
                                    : (last.isNull() ? now.toMSecsSinceEpoch() : last.timeMs);
    const ArchivePoint point { id, timeMs };
    if (first.isNull())
        first = point;
    last = point;
}

ChatArchivePageOutcome judgeChatArchivePage(ChatArchiveFetch &fetch, const ChatArchivePage &page,
    const Mam0313::Fin &fin, const FetchedRanges &ranges, const QSet<QString> &cursors,
    const QSet<QString> &seen)
{
    ChatArchivePageOutcome outcome { ranges, {}, false };

    // What the page holds is recorded even when the sync stops here: it came from our archive.
    if (!page.first.isNull()) {
        ArchiveRange range { page.first, page.last, false };
        range.first.timeMs = std::min(range.first.timeMs, range.last.timeMs);
        if (fetch.window) {
            range.complete = fetch.pages == 1 && !page.overflow; // the newest page
            outcome.ranges.add(range, {}, fetch.cursor);
        } else {
            range.complete = fetch.gap.toNow() && fin.complete && !page.overflow;
            outcome.ranges.add(range, fetch.cursor);
        }
    }

    QString &stopError = outcome.stopError;
    if (page.overflow) {
        stopError = QStringLiteral("the archive sent more than %1 results in a page").arg(page.max);
    } else if (!fin.present) {
        stopError = QStringLiteral("the archive's answer has no <fin>");
    } else if (fetch.window) {
        fetch.remaining -= page.fresh;
        if (fin.complete || fetch.remaining <= 0) {
            // done: the window is full, or the archive has nothing older
        } else if (page.received == 0) {
            stopError = QStringLiteral("the archive sent an empty page but says there is more");
        } else if (page.fresh == 0) {
            stopError = QStringLiteral("the archive repeated a page");
        } else if (cursors.contains(page.first.id)) {
            stopError = QStringLiteral("the archive repeated the page cursor %1").arg(page.first.id);
        } else {
            fetch.cursor = page.first.id;
            outcome.more = true;
        }
    } else {
        const bool reachedNext = !fetch.gap.toNow() && seen.contains(fetch.gap.before.id);
        if (fin.complete || reachedNext) {
            if (fetch.gap.toNow() && page.first.isNull())
                outcome.ranges.setComplete(fetch.cursor, true);
            else if (!fetch.gap.toNow())
                outcome.ranges.join(page.last.isNull() ? fetch.cursor : page.last.id, fetch.gap.before.id);
        } else if (page.received == 0) {
            stopError = QStringLiteral("the archive sent an empty page but says there is more");
        } else if (page.fresh == 0) {
            stopError = QStringLiteral("the archive repeated a page");
        } else if (cursors.contains(page.last.id)) {
            stopError = QStringLiteral("the archive repeated the page cursor %1").arg(page.last.id);
        } else {
            fetch.cursor = page.last.id;
            outcome.more = true;
        }
    }
    return outcome;
}

} // namespace Tandem
