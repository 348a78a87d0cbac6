// The rules for opening a user's message database safely.
#pragma once

#include "storage/Migrations.h"
#include "storage/StorageError.h"

namespace Tandem {

class SqliteConnection;

/// Opens \a filePath on \a connection, checks it and brings its schema up to date.
///
/// The file belongs to the user: it is never deleted, recreated or "repaired". Everything that can
/// refuse the file (not a database, newer schema) is checked before anything is written to it.
/// On failure the connection is left closed, with the error as its notOpenError().
class DatabaseOpener
{
public:
    struct Result
    {
        int schemaVersion = 0;
        StorageError error;
    };

    static Result open(
        SqliteConnection &connection, const QString &filePath, const MigrationList &migrations);

private:
    static StorageError checkLocation(const QString &filePath, bool *exists);
    static StorageError inspect(SqliteConnection &connection, const MigrationList &migrations, int *version);
    static StorageError configure(SqliteConnection &connection);
    /// Refuses a database whose journal files cannot be written, before anything else is.
    static StorageError probeWrite(SqliteConnection &connection);
};

} // namespace Tandem
