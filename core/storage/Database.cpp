#include "storage/Database.h"

#include "Logging.h"
#include "storage/DatabaseOpener.h"
#include "storage/Message.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Tandem {

// std primitives rather than QMutex: ThreadSanitizer understands them, which keeps this file checkable.
struct Database::Private
{
    MigrationList migrations;
    std::mutex mutex;
    std::condition_variable wakeUp;
    std::deque<Task> queue;
    bool stopping = false;
    bool finished = false; // set last by the worker; the handshake makes the join visible to TSan
    std::unique_ptr<QThread> thread;
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
}

int Database::latestSchemaVersion()
{
    return latestVersion(builtinMigrations());
}

void Database::open(const QString &filePath)
{
    enqueue([this, filePath](SqliteConnection &connection) {
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
        }
    });
}

void Database::close()
{
    enqueue([](SqliteConnection &connection) {
        connection.close();
        connection.setNotOpenError({});
    });
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
        for (;;) {
            Task task;
            {
                std::unique_lock<std::mutex> lock(d->mutex);
                d->wakeUp.wait(lock, [this] { return !d->queue.empty() || d->stopping; });
                // Drain the queue before stopping: the destructor promises queued jobs still run.
                if (d->queue.empty())
                    break;
                task = std::move(d->queue.front());
                d->queue.pop_front();
            }
            task(connection);
            reportSeriousError(connection);
        }
    } // closes the connection
    std::lock_guard<std::mutex> lock(d->mutex);
    d->finished = true;
    d->wakeUp.notify_all();
}

void Database::reportSeriousError(SqliteConnection &connection)
{
    const StorageError error = connection.takeSeriousError();
    if (!error.isError())
        return;
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT writeFailed(error); }, Qt::QueuedConnection);
}

} // namespace Tandem
