// SQLite's quick_check over a message database, off the storage thread.
#pragma once

#include "storage/StorageError.h"

#include <QString>

#include <functional>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Tandem {

/// Checks every page of a database once (PRAGMA quick_check) on a thread and a read-only
/// connection of its own, so that a large file is checked without holding up the Database's
/// jobs. Damage inside a file whose header and schema are intact opens without complaint; this
/// is what finds it before the user's history does.
class IntegrityCheck
{
public:
    /// Called once on the check's thread: the damage found, or no error when the file is sound
    /// (or could not be checked, which is logged). Not called when the check was cancelled.
    using Done = std::function<void(const StorageError &damage)>;

    IntegrityCheck(const QString &filePath, Done done);
    /// Interrupts a check still running and waits for its thread.
    ~IntegrityCheck();
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    /// Runs the check on the calling thread (the constructor's thread calls this).
    static StorageError check(const QString &filePath, const std::function<void(sqlite3 *)> &opened = {});

private:
    QString m_filePath;
    Done m_done;
    std::mutex m_mutex;
    sqlite3 *m_db = nullptr; // while the check runs, for sqlite3_interrupt()
    bool m_cancelled = false;
    std::thread m_thread;
};

} // namespace Tandem
