// Scoped SQLite transaction.
#pragma once

#include "storage/StorageError.h"

namespace Tandem {

class SqliteConnection;

/// Begins a transaction (BEGIN IMMEDIATE, so lock conflicts surface here and not halfway through)
/// and rolls it back on destruction unless commit() succeeded. Inside another transaction (a job
/// that Database runs in a group, see Database::runGrouped()) it is a savepoint instead: commit()
/// releases it into the enclosing transaction and a rollback undoes only its own work. The
/// outermost commit first runs the work deferred to it (SqliteConnection::deferToCommit()).
class Transaction
{
public:
    explicit Transaction(SqliteConnection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// The error of BEGIN, if any; then commit() does nothing and returns the same error.
    const StorageError &error() const { return m_error; }
    bool isActive() const { return m_active; }
    /// A savepoint inside an enclosing transaction: committed only when that one is.
    bool isNested() const { return m_nested; }

    StorageError commit();
    void rollback();

private:
    SqliteConnection &m_connection;
    StorageError m_error;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace Tandem
