// Schema migrations: the list embedded in the binary and the code that applies them.
#pragma once

#include "storage/StorageError.h"

#include <QString>
#include <QVector>

namespace Tandem {

class SqliteConnection;

/// One schema step: \a sql takes the schema from version - 1 to \a version.
struct Migration
{
    int version = 0;
    QString name; ///< file name, for messages
    QString sql;
};

using MigrationList = QVector<Migration>;

/// The migrations compiled into this build (core/storage/migrations/NNNN_name.sql), in order.
MigrationList builtinMigrations();

/// Highest version in \a migrations (0 if empty).
int latestVersion(const MigrationList &migrations);

/// Applies every migration newer than the file's user_version in one transaction, setting
/// user_version inside it; on the first failure everything is rolled back. \a schemaVersion receives
/// the resulting version.
StorageError applyMigrations(
    SqliteConnection &connection, const MigrationList &migrations, int *schemaVersion);

} // namespace Tandem
