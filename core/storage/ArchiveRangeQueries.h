// The SQL behind archive range bookkeeping (table archive_ranges, migration 0003).
#pragma once

#include "storage/FetchedRanges.h"
#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"
#include "storage/StorageError.h"

#include <QVector>

namespace Tandem {

class SqliteConnection;

/// Synchronous archive_ranges queries for use inside Database::run() jobs. Errors never throw.
class ArchiveRangeQueries
{
public:
    /// The stored ranges of \a archive (as seen by \a account), oldest first.
    static QVector<ArchiveRange> load(SqliteConnection &connection, const QString &account,
        const QString &archive, StorageError *error = nullptr);
    /// Replaces the stored ranges of \a archive with \a ranges, in one transaction.
    static StorageError save(SqliteConnection &connection, const QString &account, const QString &archive,
        const QVector<ArchiveRange> &ranges);

    /// What storePage() did: a result per message stored, and the first error.
    struct PageWrite
    {
        QVector<StoreResult> results;
        StorageError error;
    };
    /// Whether \a archive was seen empty by a sync that had stored nothing from it yet: everything
    /// it holds since arrived later, so the next sync pages forward from its start instead of
    /// taking only a recent window (which would skip what a sibling never received live).
    static bool startSeen(SqliteConnection &connection, const QString &account, const QString &archive,
        StorageError *error = nullptr);
    static StorageError setStartSeen(
        SqliteConnection &connection, const QString &account, const QString &archive);

    /// Stores an archive page's \a messages (MessageQueries::storeBatch()), then, if that worked,
    /// saves \a ranges, which claim them. In one job: should the second write fail, the page is
    /// fetched again next time and its messages are dropped as repeats.
    static PageWrite storePage(SqliteConnection &connection, const QString &account, const QString &archive,
        const QVector<Message> &messages, const QVector<ArchiveRange> &ranges);
};

} // namespace Tandem
