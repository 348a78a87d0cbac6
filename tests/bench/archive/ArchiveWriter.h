// Storing a generated archive through the real MessageStore, and the small helpers the archive
// benchmarks share (waiting on the event loop, thread CPU time, percentiles, /proc figures).
#pragma once

#include "ArchiveGenerator.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

class QElapsedTimer;

namespace Tandem {
class Database;
}

namespace Tandem::Bench {

double msSince(const QElapsedTimer &timer);
/// CPU time of the calling thread, in ms: the storage thread's own work, whatever else runs on
/// the machine.
double threadCpuMs();
/// Nearest-rank percentile `p` (0..100); 0 for no values.
double percentile(std::vector<double> values, double p);
/// A "kB" field of /proc/PID/status (e.g. "VmHWM:"); -1 if unknown. pid 0 = this process.
qint64 procStatusKb(const char *field, qint64 pid = 0);
/// Runs the event loop until done() or the timeout; false on timeout. Sleeps between events: the
/// storage thread needs the other core.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 600000);
/// Opens `path` (creating and migrating it); `ms` gets the time it took.
bool openDatabase(Database &db, const QString &path, double *ms = nullptr);

/// What storing an archive took.
struct WrittenArchive
{
    QString error; ///< empty on success
    qint64 stored = 0;
    qint64 failed = 0; ///< results that were not inserted (duplicates or errors)
    double totalMs = 0;
    double storageCpuMs = 0; ///< CPU time of the storage thread
    double generationMs = 0; ///< time this thread spent making messages
    std::vector<double> batchMs; ///< time between consecutive batch completions
    double closeMs = 0; ///< closing (checkpoints the WAL into the file)
    /// From the last batch stored until the storage thread, idle, had indexed every message for
    /// search (migration 0004: inserts leave that to idle time).
    double indexCatchUpMs = 0;
    qint64 pendingAtEnd = 0; ///< messages not yet indexed when the last batch was stored
    QHash<QString, qint64> sizes; ///< messages per conversation
    qint64 rareWordMessages = 0;
};

/// Stores `total` generated messages into the database file `path` with MessageStore::storeBatch()
/// in batches of `batchSize`, as an archive (MAM) catch-up stores them, waits until they are
/// indexed for search, then closes it. Up to `inFlight` batches are queued at once while this
/// thread generates the next (pages a catch-up has fetched and not yet stored; queued writes share
/// a commit, Database::runGrouped()). `pragmas` (SQL) runs on the storage connection first;
/// `progress` gets a line every tenth.
WrittenArchive writeArchive(const QString &path, qint64 total, int conversations, int batchSize,
    const ArchiveShape &shape, const QString &pragmas, const std::function<void(const QString &)> &progress,
    int inFlight = 2);

} // namespace Tandem::Bench
