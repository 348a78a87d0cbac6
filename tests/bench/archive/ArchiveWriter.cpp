#include "ArchiveWriter.h"

#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace Tandem::Bench {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::min(values.size() - 1, rank > 0 ? rank - 1 : 0)];
}

qint64 procStatusKb(const char *field, qint64 pid)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    bool expired = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, [&expired] { expired = true; });
    timeout.start(timeoutMs);
    while (!done() && !expired)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

bool openDatabase(Database &db, const QString &path, double *ms)
{
    bool finished = false, ok = false;
    QObject context;
    QObject::connect(&db, &Database::opened, &context, [&](int) { finished = ok = true; });
    QObject::connect(&db, &Database::openFailed, &context, [&](const StorageError &) { finished = true; });
    QElapsedTimer t;
    t.start();
    db.open(path);
    waitFor([&] { return finished; });
    if (ms)
        *ms = msSince(t);
    return ok;
}

WrittenArchive writeArchive(const QString &path, qint64 total, int conversations, int batchSize,
    const ArchiveShape &shape, const QString &pragmas, const std::function<void(const QString &)> &progress,
    int inFlightLimit)
{
    WrittenArchive result;
    Database db;
    if (!openDatabase(db, path)) {
        result.error = QStringLiteral("cannot open %1").arg(path);
        return result;
    }
    MessageStore store(&db);
    if (!pragmas.isEmpty())
        db.run([pragmas](SqliteConnection &c) { c.execScript(pragmas); });
    ArchiveGenerator generator(total, conversations, shape);
    result.rareWordMessages = generator.rareCount();

    int inFlight = 0;
    std::vector<double> completions;
    QElapsedTimer wall, generation;
    QObject context;
    double cpuStart = -1, cpuEnd = -1;
    db.run(
        &context, [](SqliteConnection &) { return threadCpuMs(); }, [&](double v) { cpuStart = v; });
    wall.start();
    qint64 nextReport = total / 10;
    while (!generator.done() || inFlight > 0) {
        if (!generator.done() && inFlight < inFlightLimit) {
            generation.start();
            const QVector<Message> batch = generator.batch(batchSize);
            result.generationMs += msSince(generation);
            for (const Message &m : batch)
                ++result.sizes[m.conversation];
            ++inFlight;
            store.storeBatch(batch, &context, [&](const QVector<StoreResult> &results) {
                --inFlight;
                completions.push_back(msSince(wall));
                for (const StoreResult &r : results)
                    r.inserted ? ++result.stored : ++result.failed;
            });
            continue;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (result.stored >= nextReport && progress) {
            progress(QStringLiteral("stored %1 of %2").arg(result.stored).arg(total));
            nextReport += total / 10;
        }
    }
    result.totalMs = msSince(wall);
    db.run(
        &context, [](SqliteConnection &) { return threadCpuMs(); }, [&](double v) { cpuEnd = v; });
    waitFor([&] { return cpuEnd >= 0; });
    result.storageCpuMs = cpuEnd - cpuStart;

    // The storage thread indexes for search whenever its queue is empty; a job now and then to
    // ask how far it got barely interrupts it.
    auto pending = [&] {
        qint64 n = -1;
        db.run(
            &context,
            [](SqliteConnection &c) {
                return c.queryInt64(QStringLiteral("SELECT count(*) FROM search_pending"));
            },
            [&](qint64 v) { n = v; });
        waitFor([&] { return n >= 0; });
        return n;
    };
    QElapsedTimer indexing;
    indexing.start();
    result.pendingAtEnd = pending();
    for (qint64 left = result.pendingAtEnd; left > 0; left = pending())
        waitFor([] { return false; }, 100);
    result.indexCatchUpMs = msSince(indexing);
    for (size_t i = 1; i < completions.size(); ++i)
        result.batchMs.push_back(completions[i] - completions[i - 1]);

    QElapsedTimer closing;
    closing.start();
    db.close();
    bool closed = false;
    db.run(
        &context, [](SqliteConnection &) { return true; }, [&](bool) { closed = true; });
    waitFor([&] { return closed; });
    result.closeMs = msSince(closing);
    return result;
}

} // namespace Tandem::Bench
