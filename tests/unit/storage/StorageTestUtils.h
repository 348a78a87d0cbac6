// Helpers shared by the storage tests: waiting for async results, raw SQLite access, checksums.
#pragma once

#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVector>

#include <memory>
#include <optional>

namespace Tandem::Test {

constexpr int asyncTimeoutMs = 8000;

struct OpenOutcome
{
    bool finished = false;
    bool ok = false;
    int schemaVersion = -1;
    StorageError error;
};

/// Opens \a path on \a db and waits (bounded) for opened() or openFailed().
OpenOutcome openAndWait(Database &db, const QString &path, int timeoutMs = asyncTimeoutMs);

/// Runs \a job on the database thread and waits for its result on this thread.
template<typename Job>
auto runAndWait(Database &db, Job job) -> std::optional<std::invoke_result_t<Job &, SqliteConnection &>>
{
    using Result = std::invoke_result_t<Job &, SqliteConnection &>;
    QObject context;
    auto box = std::make_shared<std::optional<Result>>();
    db.run(&context, std::move(job), [box](const Result &r) { *box = r; });
    (void)QTest::qWaitFor([&] { return box->has_value(); }, asyncTimeoutMs);
    return *box;
}

/// Calls \a start with a callback and waits for it to be invoked once; returns its argument.
template<typename T, typename Start> std::optional<T> waitForCallback(Start start)
{
    QObject context;
    auto box = std::make_shared<std::optional<T>>();
    start(&context, [box](const T &value) { *box = value; });
    (void)QTest::qWaitFor([&] { return box->has_value(); }, asyncTimeoutMs);
    return *box;
}

QByteArray fileChecksum(const QString &path);

/// Schema as text: every sqlite_master row (whitespace normalised) plus user_version.
QString schemaDump(const QString &path);
int userVersion(const QString &path);

/// Runs SQL on \a path with a separate, raw sqlite3 connection (creating the file if needed).
bool rawExec(const QString &path, const QString &sql);

/// A checkpointed Tandem database at \a path holding \a count chat messages of account
/// me@example.org with peer@example.org (origin-ids "o0", "o1", ...); false if it could not be made.
bool createDatabaseWithMessages(const QString &path, int count);

/// Overwrites \a pages whole pages of \a path, starting at page \a firstPage (1 is the header
/// page), with bytes that are no b-tree page: damage inside the file, its header intact.
bool damagePages(const QString &path, int firstPage, int pages);

/// The leaf pages of the table or index \a btree in \a path, in b-tree order (dbstat).
QVector<int> leafPages(const QString &path, const QString &btree);

/// A fresh message database in a temporary directory, opened at the current schema, with its
/// MessageStore. Mixed into a QTest class: open() from init(), close() from cleanup().
class StoreFixture
{
protected:
    void open();
    void close();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

} // namespace Tandem::Test
