// bench_archive: the message store on a large generated archive, through the real code paths
// (Database, MessageStore, MessageQueries, SearchQueries) on a real SQLite file.
//
//   generate     storeBatch() of N messages over C conversations in batches of B, as an archive
//                (MAM) catch-up stores them: insert rate and per-batch time.
//   query        a fresh process opens the archive: newest page of the largest conversation and
//                100 pages back, full-text searches (first 50 hits), a hit opened in context, a
//                whole conversation paged forward as `ctl export` does; peak RSS (VmHWM).
//   migrate      an archive of M messages written as schema 3 stored them, opened (and so
//                migrated to schema 4) by this build: what the upgrade costs once.
//
// Each phase runs in its own process so that the memory of one (e.g. generating) does not show
// in the peak RSS of another. Prints a report on stdout; progress on stderr.
#include "ArchiveGenerator.h"
#include "ArchiveWriter.h"
#include "MigrationPhase.h"
#include "QueryPhase.h"
#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/MessageQueries.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "storage/SearchQueries.h"
#include "storage/SqliteConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <random>
#include <vector>

#ifndef TANDEM_BENCH_BUILD_TYPE
#define TANDEM_BENCH_BUILD_TYPE "unknown"
#endif

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

const QString account = ArchiveShape().account;
const QString rareWord = ArchiveGenerator::rareWord();

void progress(const QString &text)
{
    std::fprintf(stderr, "[bench_archive] %s\n", qPrintable(text));
    std::fflush(stderr);
}

QString machineDescription()
{
    QString model;
    QFile cpu(QStringLiteral("/proc/cpuinfo"));
    if (cpu.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpu.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1 cores (%2), build %3, SQLite %4")
        .arg(QThread::idealThreadCount())
        .arg(model.isEmpty() ? QStringLiteral("unknown CPU") : model)
        .arg(QStringLiteral(TANDEM_BENCH_BUILD_TYPE))
        .arg(QString::fromLatin1(sqlite3_libversion()));
}

// ---------------------------------------------------------------------------------------------
// Phase generate

QJsonObject runGenerate(const QString &path, qint64 total, int conversations, int batchSize, int inFlight)
{
    const WrittenArchive written = writeArchive(path, total, conversations, batchSize, ArchiveShape(),
        qEnvironmentVariable("BENCH_ARCHIVE_PRAGMAS"), progress, inFlight);
    if (!written.error.isEmpty())
        return { { QStringLiteral("error"), written.error } };
    const QHash<QString, qint64> &sizes = written.sizes;
    QString largest, smallest;
    QVector<qint64> counts;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        counts << it.value();
        if (largest.isEmpty() || it.value() > sizes.value(largest))
            largest = it.key();
        if (!it.key().contains(QLatin1Char('/'))
            && (smallest.isEmpty() || it.value() < sizes.value(smallest)))
            smallest = it.key();
    }
    std::sort(counts.begin(), counts.end());
    QJsonObject result;
    result[QStringLiteral("messages")] = total;
    result[QStringLiteral("stored")] = written.stored;
    result[QStringLiteral("failed")] = written.failed;
    result[QStringLiteral("batch")] = batchSize;
    result[QStringLiteral("total_ms")] = written.totalMs;
    result[QStringLiteral("rate")] = double(written.stored) / (written.totalMs / 1000.0);
    result[QStringLiteral("storage_cpu_ms")] = written.storageCpuMs;
    result[QStringLiteral("cpu_rate")] = double(written.stored) / (written.storageCpuMs / 1000.0);
    result[QStringLiteral("generation_ms")] = written.generationMs;
    result[QStringLiteral("batch_p50_ms")] = percentile(written.batchMs, 50);
    result[QStringLiteral("batch_p99_ms")] = percentile(written.batchMs, 99);
    result[QStringLiteral("close_ms")] = written.closeMs;
    result[QStringLiteral("in_flight")] = inFlight;
    result[QStringLiteral("pending_at_end")] = written.pendingAtEnd;
    result[QStringLiteral("index_catch_up_ms")] = written.indexCatchUpMs;
    result[QStringLiteral("file_mb")] = double(QFileInfo(path).size()) / 1e6;
    result[QStringLiteral("conversations")] = sizes.size();
    result[QStringLiteral("largest")] = largest;
    result[QStringLiteral("largest_size")] = sizes.value(largest);
    result[QStringLiteral("smallest")] = smallest;
    result[QStringLiteral("smallest_size")] = sizes.value(smallest);
    result[QStringLiteral("median_size")] = counts.isEmpty() ? 0 : counts.at(counts.size() / 2);
    result[QStringLiteral("rare_word_messages")] = written.rareWordMessages;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Orchestration

QJsonObject runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitCode() != 0)
        return { { QStringLiteral("error"),
            QStringLiteral("phase %1 failed").arg(arguments.join(QLatin1Char(' '))) } };
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    }
    return { { QStringLiteral("error"), QStringLiteral("no result from %1").arg(arguments.first()) } };
}

void printResult(const QJsonObject &result)
{
    std::printf("RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("met") : QStringLiteral("MISSED");
}

int report(const QJsonObject &gen, const QJsonObject &query, const QJsonObject &migrate, bool quick)
{
    auto out = [](const QString &line) { std::printf("%s\n", qPrintable(line)); };
    out(QStringLiteral("bench_archive%1, %2")
            .arg(quick ? QStringLiteral(" --quick") : QString(),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    out(machineDescription());
    for (const QJsonObject &o : { gen, query, migrate }) {
        if (o.contains(QStringLiteral("error"))) {
            out(QStringLiteral("FAILED: %1").arg(o[QStringLiteral("error")].toString()));
            return 1;
        }
    }
    out(QString());
    out(QStringLiteral(
        "Archive: %1 messages over %2 conversations (largest %3 with %4, median %5, smallest %6), "
        "%7 MB on disk; the rare word is in %8 messages.")
            .arg(gen[QStringLiteral("messages")].toInt())
            .arg(gen[QStringLiteral("conversations")].toInt())
            .arg(gen[QStringLiteral("largest")].toString())
            .arg(gen[QStringLiteral("largest_size")].toInt())
            .arg(gen[QStringLiteral("median_size")].toInt())
            .arg(gen[QStringLiteral("smallest_size")].toInt())
            .arg(fmt(gen[QStringLiteral("file_mb")].toDouble(), 0))
            .arg(gen[QStringLiteral("rare_word_messages")].toInt()));
    out(QString());
    const double rate = gen[QStringLiteral("rate")].toDouble();
    out(QStringLiteral("| measure | result | goal |"));
    out(QStringLiteral("| --- | --- | --- |"));
    out(QStringLiteral(
        "| insert, storeBatch() of %1, up to %9 queued (catch-up) | **%2 messages/s** (%3 s in "
        "all; batch p50 %4 ms, p99 %5 ms; storage thread CPU %6 µs/message = %7/s) "
        "| ≥ 100,000/s: %8 |")
            .arg(gen[QStringLiteral("batch")].toInt())
            .arg(fmt(rate, 0))
            .arg(fmt(gen[QStringLiteral("total_ms")].toDouble() / 1000.0))
            .arg(fmt(gen[QStringLiteral("batch_p50_ms")].toDouble()))
            .arg(fmt(gen[QStringLiteral("batch_p99_ms")].toDouble()))
            .arg(fmt(gen[QStringLiteral("storage_cpu_ms")].toDouble() * 1000.0
                / gen[QStringLiteral("stored")].toDouble()))
            .arg(fmt(gen[QStringLiteral("cpu_rate")].toDouble(), 0))
            .arg(verdict(rate >= 100000))
            .arg(gen[QStringLiteral("in_flight")].toInt()));
    out(QStringLiteral(
        "| then indexed for search while idle | %1 messages waited; all indexed %2 s after the "
        "last batch (%3/s) | |")
            .arg(gen[QStringLiteral("pending_at_end")].toInt())
            .arg(fmt(gen[QStringLiteral("index_catch_up_ms")].toDouble() / 1000.0))
            .arg(fmt(gen[QStringLiteral("pending_at_end")].toDouble()
                    / std::max(0.001, gen[QStringLiteral("index_catch_up_ms")].toDouble() / 1000.0),
                0)));
    const double newest = query[QStringLiteral("newest_page_ms")].toDouble();
    out(QStringLiteral(
        "| newest page (50) of the largest conversation, first | **%1 ms** (again: %2 ms) | < 5 ms: %3 |")
            .arg(fmt(newest, 2))
            .arg(fmt(query[QStringLiteral("newest_page_warm_ms")].toDouble(), 2))
            .arg(verdict(newest < 5)));
    out(QStringLiteral("| %1 pages back (50 each) | p50 %2 ms, p99 %3 ms, max %4 ms | |")
            .arg(query[QStringLiteral("page_back_count")].toInt())
            .arg(fmt(query[QStringLiteral("page_back_p50_ms")].toDouble(), 2))
            .arg(fmt(query[QStringLiteral("page_back_p99_ms")].toDouble(), 2))
            .arg(fmt(query[QStringLiteral("page_back_max_ms")].toDouble(), 2)));
    bool searchGoals = true;
    for (const QJsonValue &v : query[QStringLiteral("searches")].toArray()) {
        const QJsonObject s = v.toObject();
        const double first = s[QStringLiteral("first_ms")].toDouble();
        const bool goal = s[QStringLiteral("goal")].toBool();
        if (goal)
            searchGoals = searchGoals && first < 20;
        out(QStringLiteral(
            "| search: %1 (%2 matching messages) | %3 hits: first **%4 ms**, then median %5 ms | %6 |")
                .arg(s[QStringLiteral("name")].toString())
                .arg(s[QStringLiteral("matches")].toInt())
                .arg(s[QStringLiteral("hits")].toInt())
                .arg(fmt(first))
                .arg(fmt(s[QStringLiteral("median_ms")].toDouble()))
                .arg(goal ? QStringLiteral("< 20 ms: %1").arg(verdict(first < 20)) : QString()));
    }
    out(QStringLiteral("| a hit opened in context (25 + 1 + 25) | %1 ms | |")
            .arg(fmt(query[QStringLiteral("around_ms")].toDouble(), 2)));
    out(QStringLiteral(
        "| largest conversation paged forward (export, %1 pages of 500) | %2 messages in %3 ms | |")
            .arg(query[QStringLiteral("export_pages")].toInt())
            .arg(query[QStringLiteral("export_messages")].toInt())
            .arg(fmt(query[QStringLiteral("export_ms")].toDouble(), 0)));
    const double hwmMb = query[QStringLiteral("vm_hwm_kb")].toDouble() / 1024.0;
    out(QStringLiteral("| peak RSS (VmHWM) of the query process | **%1 MB** (after open %2 MB, at the end %3 "
                       "MB) | < 150 MB: %4 |")
            .arg(fmt(hwmMb))
            .arg(fmt(query[QStringLiteral("rss_after_open_kb")].toDouble() / 1024.0))
            .arg(fmt(query[QStringLiteral("vm_rss_kb")].toDouble() / 1024.0))
            .arg(verdict(hwmMb < 150)));
    out(QString());
    out(QStringLiteral(
        "Upgrading an archive of %1 messages written by schema 3 (text id indexes) to schema 4: "
        "opening it took **%2 s** once (migration 0004: %3 id keys), %4 MB before, %5 MB after.")
            .arg(migrate[QStringLiteral("messages")].toInt())
            .arg(fmt(migrate[QStringLiteral("migrate_ms")].toDouble() / 1000.0))
            .arg(migrate[QStringLiteral("keys")].toInt())
            .arg(fmt(migrate[QStringLiteral("mb_before")].toDouble(), 0))
            .arg(fmt(migrate[QStringLiteral("mb_after")].toDouble(), 0)));
    out(QString());
    out(QStringLiteral("Top snippets:"));
    for (const QJsonValue &v : query[QStringLiteral("searches")].toArray())
        out(QStringLiteral("  %1: %2")
                .arg(v[QStringLiteral("name")].toString(), v[QStringLiteral("top_snippet")].toString()));

    const bool sane = gen[QStringLiteral("failed")].toInt() == 0
        && gen[QStringLiteral("stored")].toInt() == gen[QStringLiteral("messages")].toInt()
        && query[QStringLiteral("page_back_count")].toInt() > 0;
    if (!sane)
        out(QStringLiteral("CHECK FAILED: not every message was stored or read back"));
    Q_UNUSED(searchGoals)
    return sane ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Message store benchmark on a generated archive."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("10,000 messages: a smoke test."));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Archive size (1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
        QStringLiteral("Conversations (200)."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        QStringLiteral("Messages per storeBatch() (1000)."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption inFlight(QStringLiteral("in-flight"),
        QStringLiteral("storeBatch() calls queued at once, as a catch-up queues the pages it fetched (16)."),
        QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption migrateMessages(QStringLiteral("migrate-messages"),
        QStringLiteral("Messages of the schema 3 archive that is upgraded (1000000)."), QStringLiteral("N"),
        QStringLiteral("1000000"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Keep the archive in DIR (default: a temporary directory, removed)."),
        QStringLiteral("DIR"));
    const QCommandLineOption phase(
        QStringLiteral("phase"), QStringLiteral("Internal: run one phase."), QStringLiteral("PHASE"));
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Internal: the archive."), QStringLiteral("FILE"));
    const QCommandLineOption largest(
        QStringLiteral("largest"), QStringLiteral("Internal."), QStringLiteral("JID"));
    const QCommandLineOption smallest(
        QStringLiteral("smallest"), QStringLiteral("Internal."), QStringLiteral("JID"));
    parser.addOptions({ quick, messages, conversations, batch, inFlight, migrateMessages, dir, phase, db,
        largest, smallest });
    parser.process(app);
    // Storage logs (migrations, opening) would interleave with the report.
    QLoggingCategory::setFilterRules(QStringLiteral("tandem.storage.info=false"));

    const bool isQuick = parser.isSet(quick);
    const qint64 total = isQuick ? 10000 : parser.value(messages).toLongLong();
    const qint64 migrateTotal = isQuick ? 10000 : parser.value(migrateMessages).toLongLong();
    const int batchSize = parser.value(batch).toInt();
    const int inFlightBatches = parser.value(inFlight).toInt();
    const int conversationCount = parser.value(conversations).toInt();
    if (total <= 0 || batchSize <= 0 || conversationCount <= 0 || migrateTotal <= 0 || inFlightBatches <= 0) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }

    const QString phaseName = parser.value(phase);
    if (phaseName == QLatin1String("generate")) {
        printResult(runGenerate(parser.value(db), total, conversationCount, batchSize, inFlightBatches));
        return 0;
    }
    if (phaseName == QLatin1String("query")) {
        printResult(runQuery(parser.value(db), parser.value(largest), parser.value(smallest)));
        return 0;
    }
    if (phaseName == QLatin1String("migrate")) {
        printResult(runMigrate(parser.value(db), migrateTotal));
        return 0;
    }

    std::unique_ptr<QTemporaryDir> temporary;
    QString workDir = parser.value(dir);
    if (workDir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        workDir = temporary->path();
    }
    QDir().mkpath(workDir);
    const QString file = workDir + QStringLiteral("/archive.sqlite");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(file + suffix);
    const QStringList common { QStringLiteral("--messages"), QString::number(total),
        QStringLiteral("--batch"), QString::number(batchSize), QStringLiteral("--conversations"),
        QString::number(conversationCount), QStringLiteral("--in-flight"), QString::number(inFlightBatches) };
    progress(QStringLiteral("generating %1 messages into %2").arg(total).arg(file));
    const QJsonObject gen = runChild(
        QStringList { QStringLiteral("--phase"), QStringLiteral("generate"), QStringLiteral("--db"), file }
        + common);
    progress(QStringLiteral("querying"));
    const QJsonObject query = gen.contains(QStringLiteral("error"))
        ? gen
        : runChild({ QStringLiteral("--phase"), QStringLiteral("query"), QStringLiteral("--db"), file,
            QStringLiteral("--largest"), gen[QStringLiteral("largest")].toString(),
            QStringLiteral("--smallest"), gen[QStringLiteral("smallest")].toString() });
    progress(QStringLiteral("upgrading a schema 3 archive of %1 messages").arg(migrateTotal));
    const QJsonObject migrate = runChild({ QStringLiteral("--phase"), QStringLiteral("migrate"),
        QStringLiteral("--db"), workDir + QStringLiteral("/schema3.sqlite"),
        QStringLiteral("--migrate-messages"), QString::number(migrateTotal) });
    return report(gen, query, migrate, isQuick);
}
