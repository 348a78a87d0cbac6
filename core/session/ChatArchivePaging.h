// The paging rules of ChatArchiveSync: which query a stretch of the archive asks for next, and
// what a page's answer means for the stored ranges and for the sync. Pure (no I/O, time given),
// so the rules read apart from the QXmpp and database plumbing around them.
#pragma once

#include "storage/FetchedRanges.h"
#include "storage/Message.h"
#include "xmpp/Mam0313.h"

#include <QDateTime>
#include <QSet>
#include <QVector>

namespace Tandem {

/// One stretch to fetch: the newest window, or a gap paged forward.
struct ChatArchiveFetch
{
    bool window = false;
    ArchiveGap gap; ///< forward: from gap.after, up to gap.before (or the archive's end)
    QString cursor; ///< next RSM after (forward) or before (window; empty: the end)
    int remaining = 0; ///< window: messages still wanted
    int pages = 0;

    /// The query for the next page to \a account's archive (no query id yet), at most
    /// \a pageSize results.
    Mam0313::QueryIq query(const QString &account, int pageSize) const;
};

/// What the page in flight received.
struct ChatArchivePage
{
    QString queryId;
    int max = 0;
    int received = 0; ///< results accepted from our archive, repeats included
    int fresh = 0; ///< results not seen before in this sync
    bool overflow = false;
    ArchivePoint first, last;
    QVector<Message> messages;
    QVector<bool> receipts; ///< per message: the sender asked for a receipt

    /// Moves the page's bounds to a result not seen before. A result without a stamp takes the
    /// previous one's time, or \a now for the first.
    void extend(const QString &id, const QDateTime &stamp, const QDateTime &now);
};

/// What a page's answer decides.
struct ChatArchivePageOutcome
{
    FetchedRanges ranges; ///< the ranges with this page recorded
    QString stopError; ///< not empty: the archive misbehaved, the sync stops
    bool more = false; ///< ask for the fetch's next page (its cursor was moved there)
};

/// Records \a page (answered by \a fin) in a copy of \a ranges and decides how \a fetch goes on,
/// moving its cursor and what remains of its window. \a cursors holds every cursor sent in this
/// sync, \a seen every result id received in it.
ChatArchivePageOutcome judgeChatArchivePage(ChatArchiveFetch &fetch, const ChatArchivePage &page,
    const Mam0313::Fin &fin, const FetchedRanges &ranges, const QSet<QString> &cursors,
    const QSet<QString> &seen);

} // namespace Tandem
