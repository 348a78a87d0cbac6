// The message database: one SQLite connection on its own thread.
#pragma once

#include "storage/ContextGuard.h"
#include "storage/Migrations.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageError.h"

#include <QObject>

#include <functional>
#include <memory>
#include <type_traits>

namespace Tandem {

/// Owns a worker thread and the single SQLite connection, which is only ever used on that thread.
/// Work is submitted as jobs that run in FIFO order; results come back queued on the caller's
/// thread, so nothing on the caller's thread ever waits on SQLite.
///
/// Jobs submitted after open() run after opening finished. If opening failed (or open() was never
/// called) jobs still run, and every statement fails with the open error, so no caller hangs.
class Database : public QObject
{
    Q_OBJECT

public:
    explicit Database(QObject *parent = nullptr);
    /// For tests: use \a migrations instead of the ones compiled into this build.
    explicit Database(const MigrationList &migrations, QObject *parent = nullptr);
    /// Runs all queued jobs, closes the connection and joins the thread.
    ~Database() override;

    /// Asynchronous; emits opened() or openFailed(). Closes a previously opened file first.
    void open(const QString &filePath);
    /// Asynchronous; jobs queued after this fail with "not open".
    void close();

    /// The schema version this build creates and understands.
    static int latestSchemaVersion();

    /// Runs job(SqliteConnection &) on the database thread, then done(result) (or done() for a void
    /// job) on \a context's thread. done is dropped if \a context is destroyed first, or is null.
    template<typename Job, typename Done> void run(QObject *context, Job job, Done done)
    {
        auto guard = std::make_shared<ContextGuard>(context);
        enqueue([this, guard, job = std::move(job), done = std::move(done)](SqliteConnection &c) mutable {
            using Result = std::invoke_result_t<Job &, SqliteConnection &>;
            if constexpr (std::is_void_v<Result>) {
                job(c);
                reportSeriousError(c);
                guard->post([done]() mutable { done(); });
            } else {
                Result result = job(c);
                reportSeriousError(c);
                guard->post([done, result = std::move(result)]() mutable { done(result); });
            }
        });
    }

    /// Like run(), for writes that may share one transaction with their neighbours in the queue
    /// (group commit): the worker keeps a transaction open while the next queued job is grouped
    /// too, for at most maxGroupMs, then commits. A job's own Transaction becomes a savepoint,
    /// so a job that fails undoes only its own work. done(result, commitError) runs after the
    /// commit: a result is only ever reported once it is durable, and \a commitError (the
    /// COMMIT's failure) voids it. A catch-up storing many pages pays for one commit instead of
    /// one per page, and the random index pages they share are written once.
    template<typename Job, typename Done> void runGrouped(QObject *context, Job job, Done done)
    {
        using Result = std::invoke_result_t<Job &, SqliteConnection &>;
        static_assert(!std::is_void_v<Result>, "a grouped job returns its result");
        auto guard = std::make_shared<ContextGuard>(context);
        auto result = std::make_shared<Result>();
        Task task;
        task.work = [job = std::move(job), result](SqliteConnection &c) mutable { *result = job(c); };
        task.committed = [guard, result, done = std::move(done)](const StorageError &commitError) mutable {
            guard->post([done, result, commitError]() mutable { done(std::move(*result), commitError); });
        };
        enqueue(std::move(task));
    }

    /// Longest time a group of runGrouped() jobs keeps its transaction open.
    static constexpr int maxGroupMs = 500;
    /// How long the queue stays empty before the idle task runs.
    static constexpr int idleDelayMs = 50;

    /// Work the database thread does whenever its queue has been empty for idleDelayMs, one
    /// bounded step at a time (e.g. indexing new messages for search); \a step returns whether
    /// more remains. It runs again after the next job. Set it once, before queuing jobs that
    /// give it work.
    void setIdleTask(std::function<bool(SqliteConnection &)> step);

    /// Fire-and-forget: runs job(SqliteConnection &) on the database thread.
    template<typename Job> void run(Job job)
    {
        enqueue([job = std::move(job)](SqliteConnection &c) mutable { job(c); });
    }

Q_SIGNALS:
    void opened(int schemaVersion);
    void openFailed(const Tandem::StorageError &error);
    /// A write failed in a way the user must hear about (disk full, corruption, I/O error, ...).
    void writeFailed(const Tandem::StorageError &error);
    /// Damage was found inside the open file (by the check after opening, or by any statement
    /// that ran into it): writes have stopped for good, until `tandem repair`. Emitted once.
    void damaged(const Tandem::StorageError &damage);
    /// The check of every page that starts after each successful open() finished: \a damage is
    /// no error when none was found. Not emitted when the database closed first.
    void integrityChecked(const Tandem::StorageError &damage);

private:
    struct Task
    {
        std::function<void(SqliteConnection &)> work;
        /// Set for grouped jobs: called with the group's commit error once it ended.
        std::function<void(const StorageError &)> committed;
    };

    void enqueue(std::function<void(SqliteConnection &)> work);
    void enqueue(Task task);
    void workerLoop();
    void runGroup(SqliteConnection &connection, Task first);
    bool takeGrouped(Task *task);
    /// Emits writeFailed (on this object's thread) for a serious error the last job ran into.
    void reportSeriousError(SqliteConnection &connection);
    /// Starts the background check of the file \a connection just opened.
    void startIntegrityCheck(const QString &filePath);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tandem
