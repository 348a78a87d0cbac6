// RAII owner of one sqlite3 handle, with a cache of prepared statements.
#pragma once

#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

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

    /// State that queries keep for the life of this connection, one object of each type (e.g.
    /// IdKey's hash key, MessageKeys' buffer), created on first use and dropped on close.
    template<typename T> T &state()
    {
        std::shared_ptr<void> &slot = m_state[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_shared<T>();
        return *static_cast<T *>(slot.get());
    }

    /// Work to run just before the outermost transaction commits (Transaction::commit()), once
    /// per \a name however often it is deferred; dropped if the transaction rolls back instead.
    /// Lets a query batch writes over many jobs that share one transaction (Database::runGrouped()).
    /// \a drop, if given, runs instead when the transaction rolls back.
    void deferToCommit(const QString &name, std::function<StorageError(SqliteConnection &)> work,
        std::function<void(SqliteConnection &)> drop = {});
    StorageError runDeferred();
    void dropDeferred();

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

    /// Stops all writes on this connection for good (until it is closed): the file is damaged,
    /// and writing on would only spread the damage. Reads still run, so what can be read is
    /// shown. Every refused write fails with \a damage. SQLITE_CORRUPT from any statement calls
    /// it too.
    void markDamaged(const StorageError &damage);
    /// Why writes stopped; no error while the file is believed sound.
    const StorageError &damage() const { return m_damage; }

private:
    Statement prepare(const QString &sql, unsigned int prepareFlags);
    /// A write that failed only because markDamaged() stopped writes.
    bool refusedByDamage(int code) const;

    sqlite3 *m_db = nullptr;
    QString m_filePath;
    QHash<QString, Statement *> m_cache;
    Statement m_invalid; // one object, so references handed out stay valid
    StorageError m_notOpenError;
    StorageError m_seriousError;
    StorageError m_damage;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_state;
    struct Deferred
    {
        QString name;
        std::function<StorageError(SqliteConnection &)> work;
        std::function<void(SqliteConnection &)> drop;
    };
    std::vector<Deferred> m_deferred;
};

} // namespace Tandem
