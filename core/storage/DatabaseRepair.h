// The way out of a damaged message database: a new file with every row that can still be read.
#pragma once

#include "storage/StorageError.h"

#include <QDateTime>
#include <QPair>
#include <QString>
#include <QVector>

namespace Tandem {

/// Rebuilds a damaged database (`tandem repair`). The damaged file, with its -wal, is renamed
/// aside (named with the time of the repair) and never written; a new database at the current
/// schema receives every row of it that SQLite can still read, row by row, stepping over pages
/// it cannot. What is derived (id keys, the search index) is computed again. When messages were
/// lost, the record of which archive stretches are stored is dropped too, so that the next
/// start fetches the server archives again and fills the holes.
///
/// Run only while no instance uses the file (the caller holds the profile lock).
class DatabaseRepair
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::DatabaseRepair)

public:
    struct TableReport
    {
        QString table;
        qint64 copied = 0;
        /// Stretches of rowids that could not be read (first, last); for tables without rowids
        /// a single (0, 0) when reading stopped early.
        QVector<QPair<qint64, qint64>> unreadable;
        bool complete() const { return unreadable.isEmpty(); }
    };

    struct Result
    {
        StorageError error; ///< the repair did not happen; nothing was moved
        QString damagedCopy; ///< where the damaged file now is
        QVector<TableReport> tables;
        bool archiveRecordDropped = false;

        /// What happened, for the user: where the old file is, what was copied, what was lost.
        QString summary() const;
    };

    /// \a now names the damaged copy (tests pass a fixed time).
    static Result repair(const QString &filePath, const QDateTime &now);
};

} // namespace Tandem
