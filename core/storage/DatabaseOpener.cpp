#include "storage/DatabaseOpener.h"

#include "common/Logging.h"
#include "storage/IdKey.h"
#include "storage/MentionMatch.h"
#include "storage/SearchQueries.h"
#include "storage/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <unistd.h>

namespace Tandem {

namespace {

// Which of the database's files refuses writes, in words. access() is asked, not the mode
// bits: it also knows immutable files and read-only mounts, which stop even root.
QString notWritableDetail(const QString &filePath)
{
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString companion = filePath + suffix;
        if (QFileInfo::exists(companion) && ::access(QFile::encodeName(companion).constData(), W_OK) != 0)
            return StorageError::tr("Its file “%1” is not writable.")
                .arg(QDir::toNativeSeparators(companion));
    }
    return StorageError::tr("The file is not writable.");
}

} // namespace

DatabaseOpener::Result DatabaseOpener::open(
    SqliteConnection &connection, const QString &filePath, const MigrationList &migrations)
{
    connection.close();
    Result result;
    auto fail = [&](StorageError error) {
        // Whatever step ran into it, a file we may not write is refused like a folder we may not.
        if (error.kind() == StorageError::ReadOnly)
            error = StorageError::cannotOpen(filePath, notWritableDetail(filePath));
        qCWarning(lcStorage).noquote() << "Cannot open" << filePath << "-" << error.message();
        // A refused file (newer, corrupt, locked) may have a WAL we did not write: leave it as is.
        connection.closeWithoutCheckpoint();
        connection.setNotOpenError(error);
        result.error = error;
        return result;
    };

    bool exists = false;
    StorageError error = checkLocation(filePath, &exists);
    if (error.isError())
        return fail(error);

    // Never SQLITE_OPEN_CREATE on an existing file: if it vanishes meanwhile, fail instead of
    // silently starting with an empty history.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (!exists)
        flags |= SQLITE_OPEN_CREATE;
    error = connection.open(filePath, flags);
    if (error.isError())
        return fail(error);

    int version = 0;
    error = inspect(connection, migrations, &version);
    if (error.isError())
        return fail(error);

    // SQLite opens a file it may not write read-only, without a word: refuse it here, or the
    // instance would run "online" while storing nothing.
    if (sqlite3_db_readonly(connection.handle(), "main") == 1)
        return fail(StorageError::cannotOpen(filePath, notWritableDetail(filePath)));

    error = configure(connection);
    if (error.isError())
        return fail(error);

    error = probeWrite(connection);
    if (error.isError())
        return fail(error);

    // Before migrating: migrations may call them (0004 computes id keys with tandem_id_key).
    error = SearchQueries::registerFunctions(connection);
    if (!error.isError())
        error = IdKey::registerFunction(connection);
    if (!error.isError())
        error = MentionMatch::registerFunction(connection);
    if (error.isError())
        return fail(error);

    error = applyMigrations(connection, migrations, &result.schemaVersion);
    if (error.isError())
        return fail(error);
    qCInfo(lcStorage) << "Opened" << filePath << "at schema version" << result.schemaVersion;
    return result;
}

StorageError DatabaseOpener::checkLocation(const QString &filePath, bool *exists)
{
    const QFileInfo file(filePath);
    const QFileInfo dir(file.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return StorageError::cannotOpen(filePath, StorageError::tr("The folder does not exist."));
    // WAL needs to create the -wal and -shm files next to the database.
    if (!dir.isWritable())
        return StorageError::cannotOpen(filePath, StorageError::tr("The folder is not writable."));
    *exists = file.exists();
    if (*exists && !file.isFile())
        return StorageError::cannotOpen(filePath, StorageError::tr("It is not a regular file."));
    return {};
}

StorageError DatabaseOpener::inspect(
    SqliteConnection &connection, const MigrationList &migrations, int *version)
{
    // Reading the header and the schema is what detects "not a database" and most corruption;
    // it writes nothing.
    StorageError error;
    *version = int(connection.queryInt64(QStringLiteral("PRAGMA user_version"), &error));
    if (error.isError())
        return error;
    connection.queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master"), &error);
    if (error.isError())
        return error;
    const int latest = latestVersion(migrations);
    if (*version > latest)
        return StorageError::newerSchema(connection.filePath(), *version, latest);
    return {};
}

StorageError DatabaseOpener::probeWrite(SqliteConnection &connection)
{
    // Taking the write lock is what a read-only -wal or -shm refuses; it writes nothing.
    const StorageError error = connection.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    return error.isError() ? error : connection.execScript(QStringLiteral("ROLLBACK"));
}

StorageError DatabaseOpener::configure(SqliteConnection &connection)
{
    StorageError error = connection.execScript(QStringLiteral("PRAGMA busy_timeout = 1000"));
    if (error.isError())
        return error;

    // Needs a lock: this is where another program holding the file shows up as SQLITE_BUSY.
    const QString mode = connection.queryText(QStringLiteral("PRAGMA journal_mode = WAL"), &error);
    if (error.isError())
        return error;
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return StorageError::cannotOpen(connection.filePath(),
            StorageError::tr("Write-ahead logging could not be enabled (journal mode "
                             "is “%1”).")
                .arg(mode));
    }
    error = connection.execScript(QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"));
    if (error.isError())
        return error;
    // An archive catch-up inserts keys all over the id indexes (origin-, stanza- and message-ids
    // are random). With SQLite's defaults (2 MiB of page cache, a checkpoint every 4 MiB of WAL)
    // nearly every insert reads its index pages again and every checkpoint rewrites them: 32 MiB
    // of cache and a checkpoint every 64 MiB cut a catch-up of 200,000 messages from 11.6 to 8.0
    // CPU-seconds (tests/bench/archive/RESULTS.md). The WAL file is cut back to 64 MiB afterwards.
    return connection.execScript(QStringLiteral("PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = "
                                                "16384; PRAGMA journal_size_limit = 67108864;"));
}

} // namespace Tandem
