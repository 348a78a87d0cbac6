#include "storage/Transaction.h"

#include "storage/SqliteConnection.h"

namespace Tandem {

Transaction::Transaction(SqliteConnection &connection)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    Statement &begin = m_connection.cached(
        m_nested ? QStringLiteral("SAVEPOINT tandem_nested") : QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begin.exec();
    m_error = begin.error();
}

Transaction::~Transaction()
{
    rollback();
}

StorageError Transaction::commit()
{
    if (!m_active)
        return m_error;
    if (!m_nested) {
        if (StorageError error = m_connection.runDeferred(); error.isError()) {
            m_error = error;
            rollback();
            return m_error;
        }
    }
    Statement &st
        = m_connection.cached(m_nested ? QStringLiteral("RELEASE tandem_nested") : QStringLiteral("COMMIT"));
    if (!st.exec()) {
        // A failed COMMIT (e.g. SQLITE_BUSY/FULL) may leave the transaction open; roll it back.
        m_error = st.error();
        rollback();
        return m_error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_nested)
        m_connection.dropDeferred(); // whatever it would have written belongs to what is undone
    // SQLite rolls back by itself after some errors (SQLITE_FULL, IOERR); ROLLBACK would then fail.
    if (!m_connection.inTransaction())
        return;
    if (m_nested) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it with nothing in it.
        m_connection.cached(QStringLiteral("ROLLBACK TO tandem_nested")).exec();
        m_connection.cached(QStringLiteral("RELEASE tandem_nested")).exec();
    } else {
        m_connection.cached(QStringLiteral("ROLLBACK")).exec();
    }
}

} // namespace Tandem
