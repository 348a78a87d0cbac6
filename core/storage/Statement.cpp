#include "storage/Statement.h"

#include "storage/SqliteConnection.h"

#include <sqlite3.h>

#include <utility>

namespace Tandem {

Statement::Statement(SqliteConnection *connection, sqlite3_stmt *stmt, const QString &sql)
    : m_connection(connection)
    , m_stmt(stmt)
    , m_sql(sql)
{ }

Statement Statement::failed(SqliteConnection *connection, const QString &sql, const StorageError &error)
{
    Statement st(connection, nullptr, sql);
    st.m_error = error;
    return st;
}

Statement::~Statement()
{
    finalize();
}

Statement::Statement(Statement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_error(std::move(other.m_error))
    , m_boundText(std::move(other.m_boundText))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_connection = std::exchange(other.m_connection, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
        m_boundText = std::move(other.m_boundText);
    }
    return *this;
}

void Statement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void Statement::fail(int rc)
{
    // Keep the first error: later ones are usually consequences of it.
    if (m_error.isError())
        return;
    m_error = m_connection ? m_connection->errorFor(rc) : StorageError::fromSqlite(rc, QString());
    if (m_connection)
        m_connection->noteFailure(m_error, m_sql);
}

bool Statement::checkBind(int rc)
{
    if (rc == SQLITE_OK)
        return true;
    fail(rc);
    return false;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    // SQLITE_STATIC on a copy kept until reset(): the caller's QString may go away before step().
    m_boundText.append(value);
    const QString &kept = m_boundText.constLast();
    checkBind(
        sqlite3_bind_text16(m_stmt, index, kept.utf16(), kept.size() * int(sizeof(QChar)), SQLITE_STATIC));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        checkBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    if (m_stmt)
        checkBind(sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    checkBind(sqlite3_bind_blob(m_stmt, index, value.constData(), value.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        checkBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step()
{
    if (!m_stmt) {
        if (!m_error.isError())
            m_error = StorageError(StorageError::Other, QStringLiteral("Statement not prepared"));
        return false;
    }
    if (m_error.isError())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

bool Statement::exec()
{
    while (step()) { }
    return !m_error.isError();
}

StorageError Statement::execAndReset()
{
    exec();
    const StorageError error = m_error;
    reset();
    return error;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_boundText.clear();
        m_error = StorageError();
    }
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::columnIsNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(static_cast<const QChar *>(data), bytes / int(sizeof(QChar)));
}

qint64 Statement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

int Statement::columnInt(int column) const
{
    return m_stmt ? sqlite3_column_int(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_stmt)
        return {};
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

} // namespace Tandem
