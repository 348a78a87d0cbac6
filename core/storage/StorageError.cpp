#include "storage/StorageError.h"

#include <QDir>

#include <sqlite3.h>

namespace Tandem {

namespace {

StorageError::Kind kindForCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return StorageError::NoError;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Locked;
    case SQLITE_FULL:
        return StorageError::DiskFull;
    case SQLITE_READONLY:
        return StorageError::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StorageError::CannotOpen;
    default:
        return StorageError::Other;
    }
}

} // namespace

StorageError::StorageError(Kind kind, const QString &message, int sqliteCode)
    : m_kind(kind)
    , m_message(message)
    , m_sqliteCode(sqliteCode)
{ }

QString StorageError::describe(Kind kind, const QString &file)
{
    const QString f = QDir::toNativeSeparators(file);
    const bool named = !file.isEmpty();
    switch (kind) {
    case StorageError::NoError:
        return {};
    case StorageError::Corrupt:
        return named ? tr("The message database “%1” is damaged or is not a Tandem database. "
                          "It has been left untouched.")
                           .arg(f)
                     : tr("The message database is damaged.");
    case StorageError::Locked:
        return named ? tr("The message database “%1” is locked by another program "
                          "(is Tandem already running?).")
                           .arg(f)
                     : tr("The message database is locked by another program.");
    case StorageError::NewerSchema:
        return named ? tr("The message database “%1” was written by a newer version of Tandem.").arg(f)
                     : tr("The message database was written by a newer version of Tandem.");
    case StorageError::DiskFull:
        return named ? tr("The disk holding the message database “%1” is full.").arg(f)
                     : tr("The disk holding the message database is full.");
    case StorageError::ReadOnly:
        return named ? tr("The message database “%1” is read-only.").arg(f)
                     : tr("The message database is read-only.");
    case StorageError::CannotOpen:
        return named ? tr("The message database “%1” cannot be opened: its folder is missing, "
                          "or it is not accessible or not writable.")
                           .arg(f)
                     : tr("The message database cannot be opened.");
    case StorageError::Other:
        break;
    }
    return named ? tr("The message database “%1” reported an error.").arg(f)
                 : tr("The message database reported an error.");
}

QString StorageError::withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : tr("%1 (Details: %2)").arg(message, detail);
}

StorageError StorageError::fromSqlite(int code, const QString &detail)
{
    return fromSqlite(code, detail, QString());
}

StorageError StorageError::fromSqlite(int code, const QString &detail, const QString &filePath)
{
    const Kind kind = kindForCode(code);
    if (kind == NoError)
        return {};
    return StorageError(kind, withDetail(describe(kind, filePath), detail), code);
}

StorageError StorageError::newerSchema(const QString &filePath, int fileVersion, int supportedVersion)
{
    const QString message = tr("%1 Its schema version is %2, but this version of Tandem only knows "
                               "schema versions up to %3. Please update Tandem; the file has not "
                               "been changed.")
                                .arg(describe(NewerSchema, filePath))
                                .arg(fileVersion)
                                .arg(supportedVersion);
    return StorageError(NewerSchema, message);
}

StorageError StorageError::cannotOpen(const QString &filePath, const QString &detail)
{
    return StorageError(CannotOpen, withDetail(describe(CannotOpen, filePath), detail), SQLITE_CANTOPEN);
}

StorageError StorageError::damagedWhileRunning(const QString &filePath, const QString &detail)
{
    const QString message = tr("The message database “%1” is damaged: some of its pages cannot be "
                               "read. Tandem has stopped writing to it, so that the damage does not "
                               "spread; what can still be read is shown. Quit Tandem and run "
                               "“tandem repair”: it keeps the damaged file aside and copies every "
                               "readable message into a new database.")
                                .arg(QDir::toNativeSeparators(filePath));
    return StorageError(Corrupt, withDetail(message, detail), SQLITE_CORRUPT);
}

QString StorageError::kindName(Kind kind)
{
    switch (kind) {
    case NoError:
        return QStringLiteral("NoError");
    case Corrupt:
        return QStringLiteral("Corrupt");
    case Locked:
        return QStringLiteral("Locked");
    case NewerSchema:
        return QStringLiteral("NewerSchema");
    case DiskFull:
        return QStringLiteral("DiskFull");
    case ReadOnly:
        return QStringLiteral("ReadOnly");
    case CannotOpen:
        return QStringLiteral("CannotOpen");
    case Other:
        break;
    }
    return QStringLiteral("Other");
}

} // namespace Tandem
