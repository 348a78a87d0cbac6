// RAII owner of one sqlite3 handle, with a cache of prepared statements.
#pragma once

#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace Tandem {

/// One SQLite connection. Not thread-safe: the Database keeps it on its own thread and hands it to
/// jobs. While not open (never opened, or opening failed) every statement fails with notOpenError(),
/// so jobs still complete and report an error instead of hanging or crashing.
class SqliteConnection
{
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens \a filePath with the sqlite3_open_v2() \a flags; closes a previous handle first.
    StorageError open(const QString &filePath, int flags);
    void close();
    /// Closes without the final WAL checkpoint, so a file we refused keeps its bytes as they were.
    void closeWithoutCheckpoint();
    bool isOpen() const { return m_db != nullptr; }
    QString filePath() const { return m_filePath; }
    sqlite3 *handle() const { return m_db; }

    /// Error reported by statements while not open; set by whoever failed to open the connection.
    void setNotOpenError(const StorageError &error) { m_notOpenError = error; }
    StorageError notOpenError() const;

    /// A new, uncached statement (for one-off SQL).
    Statement prepare(const QString &sql);
    /// A statement prepared once per connection and reused; returned reset with no bindings.
    /// The reference stays valid until the connection closes. Do not nest two uses of the same SQL.
    Statement &cached(const QString &sql);
    /// Runs one or more ';'-separated statements without results (schema scripts, pragmas).
    StorageError execScript(const QString &sql);
    /// Runs a single-row query and returns the first column as text (e.g. PRAGMA journal_mode).
    QString queryText(const QString &sql, StorageError *error = nullptr);
    qint64 queryInt64(const QString &sql, StorageError *error = nullptr);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    /// Values a job caches for the life of this connection (e.g. IdKey's hash key); cleared on close.
    QVariant property(const QString &name) const { return m_properties.value(name); }
    void setProperty(const QString &name, const QVariant &value) { m_properties.insert(name, value); }

    /// Converts an SQLite result code into an error naming this connection's file.
    StorageError errorFor(int rc) const;

    /// The first failure since the last call, for errors that must be reported to the user
    /// (disk full, corruption, I/O, read-only, lock timeouts). Constraint or misuse errors are
    /// bugs, logged but not reported here.
    StorageError takeSeriousError();
    /// The error takeSeriousError() would return, left in place.
    const StorageError &seriousError() const { return m_seriousError; }
    /// Called by Statement on failure.
    void noteFailure(const StorageError &error, const QString &sql);

private:
    Statement prepare(const QString &sql, unsigned int prepareFlags);

    sqlite3 *m_db = nullptr;
    QString m_filePath;
    QHash<QString, Statement *> m_cache;
    Statement m_invalid; // one object, so references handed out stay valid
    StorageError m_notOpenError;
    StorageError m_seriousError;
    QHash<QString, QVariant> m_properties;
};

} // namespace Tandem
