#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/DatabaseOpener.h"
#include "storage/IntegrityCheck.h"
#include "storage/Message.h"
#include "storage/Transaction.h"

#include <QThread>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace Tandem {

// std primitives rather than QMutex: ThreadSanitizer understands them, which keeps this file checkable.
struct Database::Private
{
    MigrationList migrations;
    std::mutex mutex;
    std::condition_variable wakeUp;
    std::deque<Task> queue;
    std::function<bool(SqliteConnection &)> idleTask;
    bool idleWork = false; // a job ran since the idle task last said it was done
    bool stopping = false;
    bool finished = false; // set last by the worker; the handshake makes the join visible to TSan
    std::unique_ptr<QThread> thread;
    // Only touched by the worker, and by the destructor once the worker has finished.
    std::unique_ptr<IntegrityCheck> integrityCheck;
    bool damageReported = false;
};

Database::Database(QObject *parent)
    : Database(builtinMigrations(), parent)
{ }

Database::Database(const MigrationList &migrations, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Tandem::StorageError>();
    qRegisterMetaType<Tandem::Message>();
    d->migrations = migrations;
    d->thread.reset(QThread::create([this] { workerLoop(); }));
    d->thread->setObjectName(QStringLiteral("tandem-storage"));
    d->thread->start();
}

Database::~Database()
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->stopping = true;
    d->wakeUp.notify_all();
    d->wakeUp.wait(lock, [this] { return d->finished; });
    lock.unlock();
    d->thread->wait();
    d->integrityCheck.reset();
}

int Database::latestSchemaVersion()
{
    return latestVersion(builtinMigrations());
}

void Database::open(const QString &filePath)
{
    enqueue([this, filePath](SqliteConnection &connection) {
        d->integrityCheck.reset();
        d->damageReported = false;
        const DatabaseOpener::Result result = DatabaseOpener::open(connection, filePath, d->migrations);
        // Errors while opening are reported through openFailed, not writeFailed.
        connection.takeSeriousError();
        // Emitted on this object's thread, so direct connections and QSignalSpy see them there.
        if (result.error.isError()) {
            QMetaObject::invokeMethod(
                this, [this, error = result.error] { Q_EMIT openFailed(error); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, version = result.schemaVersion] { Q_EMIT opened(version); },
                Qt::QueuedConnection);
            startIntegrityCheck(filePath);
        }
    });
}

void Database::startIntegrityCheck(const QString &filePath)
{
    d->integrityCheck
        = std::make_unique<IntegrityCheck>(filePath, [this, filePath](const StorageError &damage) {
              enqueue([this, filePath, damage](SqliteConnection &connection) {
                  // The file may have been closed or replaced meanwhile: the verdict is about this one.
                  if (!connection.isOpen() || connection.filePath() != filePath)
                      return;
                  if (damage.isError())
                      connection.markDamaged(damage);
                  QMetaObject::invokeMethod(
                      this, [this, damage] { Q_EMIT integrityChecked(damage); }, Qt::QueuedConnection);
              });
          });
}

void Database::close()
{
    enqueue([this](SqliteConnection &connection) {
        d->integrityCheck.reset();
        connection.close();
        connection.setNotOpenError({});
    });
}

void Database::setIdleTask(std::function<bool(SqliteConnection &)> step)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->idleTask = std::move(step);
}

void Database::enqueue(std::function<void(SqliteConnection &)> work)
{
    Task task;
    task.work = std::move(work);
    enqueue(std::move(task));
}

void Database::enqueue(Task task)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->stopping) {
        qCWarning(lcStorage) << "Job submitted to a database that is shutting down; dropped";
        return;
    }
    d->queue.push_back(std::move(task));
    d->wakeUp.notify_all();
}

void Database::workerLoop()
{
    {
        SqliteConnection connection;
        bool idling = false; // the last thing done was an idle step
        for (;;) {
            Task task;
            std::function<bool(SqliteConnection &)> idle;
            {
                std::unique_lock<std::mutex> lock(d->mutex);
                d->wakeUp.wait(lock,
                    [this] { return !d->queue.empty() || d->stopping || (d->idleWork && d->idleTask); });
                // Idle work waits a moment after the last job first: a catch-up's next page is
                // usually on its way, and storing it matters more than indexing the previous one.
                if (d->queue.empty() && !d->stopping && !idling) {
                    d->wakeUp.wait_for(lock, std::chrono::milliseconds(idleDelayMs),
                        [this] { return !d->queue.empty() || d->stopping; });
                }
                if (!d->queue.empty()) {
                    task = std::move(d->queue.front());
                    d->queue.pop_front();
                    d->idleWork = true;
                    idling = false;
                } else if (d->stopping) {
                    // Drain the queue before stopping: the destructor promises queued jobs still run.
                    // Idle work is left for the next start.
                    break;
                } else {
                    idle = d->idleTask;
                    idling = true;
                }
            }
            if (idle) {
                const bool more = idle(connection);
                reportSeriousError(connection);
                std::lock_guard<std::mutex> lock(d->mutex);
                d->idleWork = more && d->idleWork;
                continue;
            }
            if (task.committed)
                runGroup(connection, std::move(task));
            else
                task.work(connection);
            reportSeriousError(connection);
        }
    } // closes the connection
    std::lock_guard<std::mutex> lock(d->mutex);
    d->finished = true;
    d->wakeUp.notify_all();
}

bool Database::takeGrouped(Task *task)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->queue.empty() || !d->queue.front().committed)
        return false;
    *task = std::move(d->queue.front());
    d->queue.pop_front();
    return true;
}

void Database::runGroup(SqliteConnection &connection, Task first)
{
    Transaction transaction(connection);
    if (transaction.error().isError()) {
        // Then each job's own Transaction fails the same way and says so in its result.
        first.work(connection);
        first.committed({});
        return;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(maxGroupMs);
    std::vector<Task> group;
    Task task = std::move(first);
    for (;;) {
        task.work(connection);
        group.push_back(std::move(task));
        // After a disk-full or I/O error SQLite rolled the whole group back: no job may join it.
        if (!connection.inTransaction() || std::chrono::steady_clock::now() >= deadline
            || !takeGrouped(&task))
            break;
    }
    // Without a transaction left, COMMIT would only say "no transaction is active": what the
    // group really ran into (disk full, I/O) is the error the connection noted.
    StorageError error = connection.inTransaction() || !connection.seriousError().isError()
        ? transaction.commit()
        : connection.seriousError();
    if (error.isError())
        qCWarning(lcStorage) << "A group of" << group.size() << "writes failed:" << error.message();
    for (Task &t : group)
        t.committed(error);
}

void Database::reportSeriousError(SqliteConnection &connection)
{
    if (connection.damage().isError() && !d->damageReported) {
        d->damageReported = true;
        QMetaObject::invokeMethod(
            this, [this, damage = connection.damage()] { Q_EMIT damaged(damage); }, Qt::QueuedConnection);
    }
    const StorageError error = connection.takeSeriousError();
    if (!error.isError())
        return;
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT writeFailed(error); }, Qt::QueuedConnection);
}

} // namespace Tandem
