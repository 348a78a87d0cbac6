// Prepared SQLite statement; used only on the database thread.
#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QString>
#include <QVector>

struct sqlite3_stmt;

namespace Tandem {

class SqliteConnection;

/// A prepared statement. Parameters are bound by 1-based index, columns read by 0-based index.
/// Failures do not throw: step()/exec() return false and error() tells why; the connection also
/// remembers the first failure of the current job so the Database can report it.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString sql() const { return m_sql; }

    /// A null QString binds SQL NULL; an empty one binds ''.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    /// A null QByteArray binds SQL NULL.
    Statement &bind(int index, const QByteArray &value);
    Statement &bindNull(int index);

    /// Advances to the next row: true while a row is available, false when done or on error.
    bool step();
    /// Runs the statement to completion; true on success.
    bool exec();
    /// exec(), then reset() for the next bindings; returns exec()'s error, if any.
    StorageError execAndReset();
    /// Makes the statement reusable: resets it, clears bindings and any error.
    void reset();

    int columnCount() const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    QByteArray columnBlob(int column) const;

    bool hasError() const { return m_error.isError(); }
    const StorageError &error() const { return m_error; }

private:
    friend class SqliteConnection;
    Statement(SqliteConnection *connection, sqlite3_stmt *stmt, const QString &sql);
    /// A statement that could not be prepared: every step() fails with \a error.
    static Statement failed(SqliteConnection *connection, const QString &sql, const StorageError &error);

    bool checkBind(int rc);
    void fail(int rc);
    void finalize();

    SqliteConnection *m_connection = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    StorageError m_error;
    /// Text bound since the last reset(): SQLite reads it in place (no copy), so it is kept
    /// alive here. Copies of QString share its buffer: this costs no allocation.
    QVector<QString> m_boundText;
};

} // namespace Tandem
