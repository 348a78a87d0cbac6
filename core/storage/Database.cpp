#include "storage/Database.h"

#include "Logging.h"
#include "storage/DatabaseOpener.h"
#include "storage/Message.h"

#include <QMutex>
#include <QQueue>
#include <QThread>
#include <QWaitCondition>

namespace Tandem {

struct Database::Private
{
    MigrationList migrations;
    QMutex mutex;
    QWaitCondition wakeUp;
    QQueue<Task> queue;
    bool stopping = false;
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
    {
        QMutexLocker locker(&d->mutex);
        d->stopping = true;
        d->wakeUp.wakeAll();
    }
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
    QMutexLocker locker(&d->mutex);
    if (d->stopping) {
        qCWarning(lcStorage) << "Job submitted to a database that is shutting down; dropped";
        return;
    }
    d->queue.enqueue(std::move(task));
    d->wakeUp.wakeOne();
}

void Database::workerLoop()
{
    SqliteConnection connection;
    for (;;) {
        Task task;
        {
            QMutexLocker locker(&d->mutex);
            while (d->queue.isEmpty() && !d->stopping)
                d->wakeUp.wait(&d->mutex);
            // Drain the queue before stopping: the destructor promises queued jobs still run.
            if (d->queue.isEmpty())
                break;
            task = d->queue.dequeue();
        }
        task(connection);
        reportSeriousError(connection);
    }
    connection.close();
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
