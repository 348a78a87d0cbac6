#include "storage/SqliteConnection.h"

#include "common/Logging.h"

#include <sqlite3.h>

#include <mutex>

namespace Tandem {

namespace {

bool isSerious(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
        return true;
    default:
        return false;
    }
}

} // namespace

SqliteConnection::SqliteConnection() = default;

SqliteConnection::~SqliteConnection()
{
    close();
}

StorageError SqliteConnection::open(const QString &filePath, int flags)
{
    // Before SQLite initialises itself (the first open does): without memory statistics its
    // allocator takes no global mutex, which every row of a catch-up paid for several times.
    static std::once_flag libraryConfigured;
    std::call_once(libraryConfigured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    close();
    m_filePath = filePath;
    m_seriousError = {};
    m_damage = {};
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(filePath.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return StorageError::fromSqlite(rc, detail, filePath);
    }
    sqlite3_extended_result_codes(db, 1);
    m_db = db;
    m_notOpenError = {};
    return {};
}

void SqliteConnection::closeWithoutCheckpoint()
{
    if (m_db)
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    close();
}

void SqliteConnection::close()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    m_state.clear();
    m_deferred.clear();
    m_invalid = Statement();
    m_damage = {}; // a verdict about the file that was open
    if (m_db) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcStorage) << "Closing" << m_filePath << "failed:" << sqlite3_errstr(rc);
        m_db = nullptr;
    }
}

StorageError SqliteConnection::notOpenError() const
{
    if (m_notOpenError.isError())
        return m_notOpenError;
    return StorageError(StorageError::Other, StorageError::tr("The message database is not open."));
}

Statement SqliteConnection::prepare(const QString &sql)
{
    return prepare(sql, 0);
}

Statement SqliteConnection::prepare(const QString &sql, unsigned int prepareFlags)
{
    if (!m_db)
        return Statement::failed(this, sql, notOpenError());
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare16_v3(
        m_db, sql.utf16(), sql.size() * int(sizeof(QChar)), prepareFlags, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        const StorageError error = errorFor(rc);
        noteFailure(error, sql);
        return Statement::failed(this, sql, error);
    }
    return Statement(this, stmt, sql);
}

Statement &SqliteConnection::cached(const QString &sql)
{
    if (Statement *st = m_cache.value(sql)) {
        st->reset();
        return *st;
    }
    Statement st = prepare(sql, SQLITE_PREPARE_PERSISTENT);
    if (!st.isValid()) {
        // Not cached, so a later call retries (e.g. after the connection is opened).
        m_invalid = std::move(st);
        return m_invalid;
    }
    auto *cachedStatement = new Statement(std::move(st));
    m_cache.insert(sql, cachedStatement);
    return *cachedStatement;
}

StorageError SqliteConnection::execScript(const QString &sql)
{
    if (!m_db)
        return notOpenError();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    const StorageError error = refusedByDamage(sqlite3_extended_errcode(m_db))
        ? m_damage
        : StorageError::fromSqlite(sqlite3_extended_errcode(m_db), detail, m_filePath);
    noteFailure(error, sql);
    return error;
}

QString SqliteConnection::queryText(const QString &sql, StorageError *error)
{
    Statement st = prepare(sql);
    const QString value = st.step() ? st.columnText(0) : QString();
    if (error)
        *error = st.error();
    return value;
}

qint64 SqliteConnection::queryInt64(const QString &sql, StorageError *error)
{
    Statement st = prepare(sql);
    const qint64 value = st.step() ? st.columnInt64(0) : 0;
    if (error)
        *error = st.error();
    return value;
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteConnection::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool SqliteConnection::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

StorageError SqliteConnection::errorFor(int rc) const
{
    // The handle's extended code is more precise than the primary code step() returns.
    int code = rc;
    QString detail = QString::fromUtf8(sqlite3_errstr(rc));
    if (m_db && (sqlite3_errcode(m_db) & 0xff) == (rc & 0xff)) {
        code = sqlite3_extended_errcode(m_db);
        detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    if (refusedByDamage(code))
        return m_damage;
    return StorageError::fromSqlite(code, detail, m_filePath);
}

StorageError SqliteConnection::takeSeriousError()
{
    StorageError error = m_seriousError;
    m_seriousError = {};
    return error;
}

bool SqliteConnection::refusedByDamage(int code) const
{
    // query_only, set by markDamaged(), is what refuses the write.
    return m_damage.isError() && (code & 0xff) == SQLITE_READONLY;
}

void SqliteConnection::noteFailure(const StorageError &error, const QString &sql)
{
    // Once damaged, each refused write says so in its result; one warning was enough.
    if (m_damage.isError() && error.message() == m_damage.message()) {
        qCDebug(lcStorage).noquote() << "Write refused on a damaged database:" << sql.simplified().left(80);
        return;
    }
    qCWarning(lcStorage).noquote() << "SQLite error" << error.sqliteCode() << "in"
                                   << sql.simplified().left(200) << "-" << error.message();
    if (!m_seriousError.isError() && isSerious(error.sqliteCode()))
        m_seriousError = error;
    if ((error.sqliteCode() & 0xff) == SQLITE_CORRUPT)
        markDamaged(StorageError::damagedWhileRunning(m_filePath, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteConnection::markDamaged(const StorageError &damage)
{
    if (!m_db || m_damage.isError())
        return;
    qCCritical(lcStorage).noquote() << "Writes stopped:" << damage.message();
    m_damage = damage;
    // A transaction in progress would otherwise still commit what it wrote over damaged pages.
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    if (!m_seriousError.isError() || m_seriousError.kind() != StorageError::Corrupt)
        m_seriousError = damage;
}

void SqliteConnection::deferToCommit(const QString &name,
    std::function<StorageError(SqliteConnection &)> work, std::function<void(SqliteConnection &)> drop)
{
    for (const Deferred &d : m_deferred) {
        if (d.name == name)
            return;
    }
    m_deferred.push_back({ name, std::move(work), std::move(drop) });
}

StorageError SqliteConnection::runDeferred()
{
    // Taken first: deferred work that defers more would otherwise loop.
    std::vector<Deferred> deferred = std::move(m_deferred);
    m_deferred.clear();
    for (Deferred &d : deferred) {
        if (StorageError error = d.work(*this); error.isError())
            return error;
    }
    return {};
}

void SqliteConnection::dropDeferred()
{
    std::vector<Deferred> deferred = std::move(m_deferred);
    m_deferred.clear();
    for (Deferred &d : deferred) {
        if (d.drop)
            d.drop(*this);
    }
}

} // namespace Tandem
