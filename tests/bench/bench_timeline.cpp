// bench_timeline: the conversation window on a generated archive (1,000,000 messages by default).
// Measures (a) opening the largest conversation to its newest page in TimelineModel and the
// first painted frame of a TimelineView (offscreen), (b) openAt() a message 50,000 back, (c) the
// GUI-thread time of each page while scrolling back 10,000 messages page by page in the view
// (from the view asking to the page painted, plus the ask itself), p50 / p99 / max, and (d) RSS
// before and after that scroll. --quick: 20,000 messages and 20 pages, a smoke test for ctest.
#include "ArchiveGenerator.h"
#include "ArchiveWriter.h"

#include "models/TimelineModel.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "widgets/TimelineView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

/// The row id of the message `back` messages before the newest of `conversation` (the oldest if
/// it has fewer), read straight from the file: the benchmark needs a target, not a feature.
qint64 rowIdBack(const QString &path, const QString &conversation, int back)
{
    sqlite3 *db = nullptr;
    qint64 id = 0;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        const char *sql = "SELECT id FROM messages WHERE conversation = ?1 ORDER BY server_ts DESC, id DESC "
                          "LIMIT 1 OFFSET ?2";
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
            const QByteArray c = conversation.toUtf8();
            sqlite3_bind_text(st, 1, c.constData(), c.size(), SQLITE_TRANSIENT);
            sqlite3_bind_int(st, 2, back);
            if (sqlite3_step(st) == SQLITE_ROW)
                id = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return id;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Timeline window benchmark on a generated archive."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("20,000 messages: a smoke test."));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Archive size (1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption pagesOpt(QStringLiteral("pages"),
        QStringLiteral("Pages of 100 to scroll back (100)."), QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({ quick, messages, pagesOpt });
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const qint64 total = isQuick ? 20000 : parser.value(messages).toLongLong();
    const int pages = isQuick ? 20 : parser.value(pagesOpt).toInt();

    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/tandem.db");
    const ArchiveShape shape;
    const WrittenArchive written
        = writeArchive(path, total, 200, 1000, shape, QString(), [](const QString &line) { say(line); });
    if (!written.error.isEmpty()) {
        say(QStringLiteral("archive failed: %1").arg(written.error));
        return 1;
    }
    QString largest;
    for (auto it = written.sizes.cbegin(); it != written.sizes.cend(); ++it) {
        if (largest.isEmpty() || it.value() > written.sizes.value(largest))
            largest = it.key();
    }
    const int back = int(std::min<qint64>(50000, written.sizes.value(largest) / 2));
    const qint64 target = rowIdBack(path, largest, back);
    say(QStringLiteral("archive: %1 messages, largest conversation %2 with %3; openAt target %4 back")
            .arg(written.stored)
            .arg(largest)
            .arg(written.sizes.value(largest))
            .arg(back));

    Database db;
    if (!openDatabase(db, path))
        return 1;
    MessageStore store(&db);
    MessageEvents events(shape.account, &store);
    TimelineModel model;
    TimelineView view;
    view.resize(480, 720);
    view.setTimeline(&model);
    view.show();
    app.processEvents();

    // (a) open at the newest page, then the first frame.
    bool positioned = false;
    QObject::connect(&model, &TimelineModel::positioned, [&] { positioned = true; });
    QElapsedTimer timer;
    timer.start();
    model.setConversation(&events, largest);
    waitFor([&] { return positioned; }, 10000);
    const double openMs = msSince(timer);
    view.viewport()->repaint();
    const double frameMs = msSince(timer);

    // (b) openAt a message `back` messages before the newest.
    positioned = false;
    timer.restart();
    model.openAt(target);
    waitFor([&] { return positioned; }, 10000);
    const double openAtMs = msSince(timer);
    view.viewport()->repaint();
    const double openAtFrameMs = msSince(timer);

    // (c) back to the newest page, then scroll back page by page as the user would.
    positioned = false;
    model.openAtEnd();
    waitFor([&] { return positioned; }, 10000);
    view.viewport()->repaint();
    const qint64 rssBefore = procStatusKb("VmRSS:");
    std::vector<double> pageMs;
    bool loaded = false;
    QObject::connect(&model, &TimelineModel::pageLoaded, [&] { loaded = true; });
    bool arriving = false;
    QElapsedTimer arrival;
    auto arrivalBegins = [&] {
        if (!arriving && !loaded) {
            arriving = true;
            arrival.start();
        }
    };
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, arrivalBegins);
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, arrivalBegins);
    for (int page = 0; page < pages && !model.atOldest(); ++page) {
        loaded = false;
        timer.restart();
        view.verticalScrollBar()->setValue(0); // the view asks for the older page
        const double askMs = msSince(timer);
        arriving = false;
        if (!waitFor([&] { return loaded; }, 10000))
            break;
        view.viewport()->repaint();
        pageMs.push_back(askMs + (arriving ? msSince(arrival) : 0));
    }
    const qint64 rssAfter = procStatusKb("VmRSS:");

    say(QStringLiteral(
        "(a) open the largest conversation: newest page in the model %1 ms, first frame painted %2 ms")
            .arg(openMs, 0, 'f', 1)
            .arg(frameMs, 0, 'f', 1));
    say(QStringLiteral("(b) openAt %1 back: window in the model %2 ms, painted %3 ms")
            .arg(back)
            .arg(openAtMs, 0, 'f', 1)
            .arg(openAtFrameMs, 0, 'f', 1));
    const double maxMs = pageMs.empty() ? 0 : *std::max_element(pageMs.cbegin(), pageMs.cend());
    say(QStringLiteral(
        "(c) %1 pages of 100 scrolled back: GUI-thread time per page p50 %2 ms, p99 %3 ms, max %4 ms; "
        "rows in the model %5")
            .arg(pageMs.size())
            .arg(percentile(pageMs, 50), 0, 'f', 2)
            .arg(percentile(pageMs, 99), 0, 'f', 2)
            .arg(maxMs, 0, 'f', 2)
            .arg(model.rowCount()));
    say(QStringLiteral("(d) RSS before the scroll %1 MiB, after %2 MiB")
            .arg(rssBefore / 1024.0, 0, 'f', 1)
            .arg(rssAfter / 1024.0, 0, 'f', 1));
    return !pageMs.empty() && positioned ? 0 : 1;
}
