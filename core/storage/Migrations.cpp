#include "storage/Migrations.h"

#include "common/Logging.h"
#include "storage/SqliteConnection.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

// Q_INIT_RESOURCE must be used outside any namespace; the qrc lives in a static library, so
// nothing would register it otherwise.
static void initStorageResources()
{
    Q_INIT_RESOURCE(storage_migrations);
}

namespace Tandem {

namespace {

const QString migrationsDir = QStringLiteral(":/tandem/storage/migrations");

MigrationList loadMigrations()
{
    initStorageResources();
    MigrationList migrations;
    const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    const QStringList files = QDir(migrationsDir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            qFatal("Badly named storage migration %s", qPrintable(name));
        QFile file(migrationsDir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cannot read storage migration %s", qPrintable(name));
        const int version = match.captured(1).toInt();
        // A gap or duplicate would skip or repeat schema steps on users' files: refuse to run.
        if (version != migrations.size() + 1)
            qFatal("Storage migration %s is out of sequence", qPrintable(name));
        migrations.append({ version, name, QString::fromUtf8(file.readAll()) });
    }
    return migrations;
}

} // namespace

MigrationList builtinMigrations()
{
    static const MigrationList migrations = loadMigrations();
    return migrations;
}

int latestVersion(const MigrationList &migrations)
{
    int latest = 0;
    for (const Migration &m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

StorageError applyMigrations(
    SqliteConnection &connection, const MigrationList &migrations, int *schemaVersion)
{
    Transaction transaction(connection);
    if (transaction.error().isError())
        return transaction.error();

    // Read again under the write lock: another process may have migrated since we looked.
    StorageError error;
    const int current = int(connection.queryInt64(QStringLiteral("PRAGMA user_version"), &error));
    if (error.isError())
        return error;
    const int latest = latestVersion(migrations);
    if (current > latest)
        return StorageError::newerSchema(connection.filePath(), current, latest);

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        qCInfo(lcStorage) << "Applying migration" << migration.name << "to" << connection.filePath();
        error = connection.execScript(migration.sql);
        if (error.isError()) {
            qCWarning(lcStorage) << "Migration" << migration.name << "failed; rolling back to version"
                                 << current;
            return StorageError(error.kind(),
                StorageError::tr("Updating the message database to schema "
                                 "version %1 failed; nothing was changed. %2")
                    .arg(migration.version)
                    .arg(error.message()),
                error.sqliteCode());
        }
    }
    if (current != latest) {
        error = connection.execScript(QStringLiteral("PRAGMA user_version = %1").arg(latest));
        if (error.isError())
            return error;
    }
    error = transaction.commit();
    if (error.isError())
        return error;
    *schemaVersion = latest;
    return {};
}

} // namespace Tandem
