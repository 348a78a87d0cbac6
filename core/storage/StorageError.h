// Error value of the storage layer; travels through queued signals and callbacks.
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Tandem {

/// Outcome of a storage operation: which kind of failure, a translated message for the user and the
/// SQLite result code behind it. A default-constructed StorageError means success.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::StorageError)

public:
    enum Kind {
        NoError,
        Corrupt, ///< not a database, or damaged; the file is left untouched
        Locked, ///< another program or connection holds the database
        NewerSchema, ///< written by a newer Tandem; this build must not touch it
        DiskFull,
        ReadOnly,
        CannotOpen, ///< file or folder missing, not writable, not accessible
        Other,
    };

    StorageError() = default;
    StorageError(Kind kind, const QString &message, int sqliteCode = 0);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int sqliteCode() const { return m_sqliteCode; }
    bool isError() const { return m_kind != NoError; }

    /// Maps an SQLite (extended) result code; \a detail is appended for diagnosis (e.g. sqlite3_errmsg).
    static StorageError fromSqlite(int code, const QString &detail);
    /// Same, with the message naming the database file.
    static StorageError fromSqlite(int code, const QString &detail, const QString &filePath);
    static StorageError newerSchema(const QString &filePath, int fileVersion, int supportedVersion);
    static StorageError cannotOpen(const QString &filePath, const QString &detail);
    /// Damage found in a database that opened: writes stopped, and the way out is `tandem repair`.
    static StorageError damagedWhileRunning(const QString &filePath, const QString &detail);

    static QString kindName(Kind kind);

private:
    static QString describe(Kind kind, const QString &filePath);
    static QString withDetail(const QString &message, const QString &detail);

    Kind m_kind = NoError;
    QString m_message;
    int m_sqliteCode = 0;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::StorageError)
