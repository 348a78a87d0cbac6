// bench_startup: a real `tandem --headless` started on a profile whose database holds a large
// generated archive (1,000,000 messages over 200 conversations), with an account whose bookmarks
// list R autojoin rooms (100) on a local Prosody.
//
// For each start it reads the milestones Tandem records (Instance's StartupTimes, through
// `ctl status --json`) on the same monotonic clock as the moment this program started the process:
// exec → Instance::start() → database open → accounts started → connected → holding the rooms →
// every room joined ("ready"). It also reads the process's CPU time at ready, which is what
// Tandem itself spent, and its peak RSS (VmHWM) at ready, after `ctl history` of the largest
// conversation and after `ctl search`. Prints a table on stdout; progress on stderr.
#include "ArchiveGenerator.h"
#include "ArchiveWriter.h"
#include "BenchSupport.h"
#include "ctl/ControlClient.h"
#include "profile/Profile.h"
#include "storage/Database.h"
#include "xmpp/BookmarksManager0402.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmppClient.h>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

double monotonicMs()
{
    return double(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs()) / 1e6;
}

/// Drops the file's pages from the OS cache, so that a start reads it from the disk (a cold start
/// after a reboot) without disturbing anything else on the machine.
void evictFromCache(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const int fd = ::open(QFile::encodeName(path + suffix).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

/// The archive as a profile database of `account`: generated once into `keep` (reused when it is
/// there), then hard-linked (or copied) into the profile, and opened once so that any migration
/// is done before a start is timed.
bool prepareArchive(const QString &keep, const QString &profileDb, qint64 messages, int conversations,
    const ArchiveShape &shape, QString *error)
{
    if (!QFile::exists(keep)) {
        progress("generating %lld messages into %s", messages, qPrintable(keep));
        const WrittenArchive written = writeArchive(keep, messages, conversations, 1000, shape, {},
            [](const QString &line) { progress("%s", qPrintable(line)); });
        if (!written.error.isEmpty() || written.stored != messages) {
            *error = QStringLiteral("generating the archive failed: %1").arg(written.error);
            QFile::remove(keep);
            return false;
        }
    }
    {
        Database db;
        if (!openDatabase(db, keep)) {
            *error = QStringLiteral("cannot open %1").arg(keep);
            return false;
        }
    }
    QFile::remove(profileDb);
    if (::link(QFile::encodeName(keep).constData(), QFile::encodeName(profileDb).constData()) != 0
        && !QFile::copy(keep, profileDb)) {
        *error = QStringLiteral("cannot put the archive into %1").arg(profileDb);
        return false;
    }
    return true;
}

/// R rooms that bob creates and stays in (a room without occupants would vanish), and alice's
/// autojoin bookmarks for them, written through the project's XEP-0402 manager.
bool setUpRooms(
    const Test::ProsodyFixture &server, QXmppClient &bob, const QStringList &rooms, QString *error)
{
    if (!connectPlain(bob, server, QStringLiteral("bob"), QStringLiteral("bench"))) {
        *error = QStringLiteral("bob cannot connect");
        return false;
    }
    for (const QString &room : rooms) {
        if (!createRoom(bob, room, QStringLiteral("bob"))) {
            *error = QStringLiteral("cannot create %1").arg(room);
            return false;
        }
    }
    QXmppClient alice;
    auto *bookmarks = new BookmarksManager0402;
    alice.addExtension(bookmarks);
    bool received = false;
    int confirmed = 0;
    QObject::connect(bookmarks, &BookmarksManager0402::bookmarksReceived, [&] { received = true; });
    QObject::connect(
        bookmarks, &BookmarksManager0402::bookmarkChanged, [&](const RoomBookmark &) { ++confirmed; });
    if (!connectPlain(alice, server, QStringLiteral("alice"), QStringLiteral("setup"))
        || !waitUntil([&] { return received; }, 20000)) {
        *error = QStringLiteral("alice cannot read her bookmarks");
        return false;
    }
    for (const QString &room : rooms) {
        RoomBookmark b;
        b.jid = room;
        b.nick = QStringLiteral("alice");
        b.autojoin = true;
        bookmarks->setBookmark(b);
    }
    const bool ok = waitUntil([&] { return confirmed >= rooms.size(); }, 60000);
    alice.disconnectFromServer();
    if (!ok)
        *error = QStringLiteral("only %1 of %2 bookmarks confirmed").arg(confirmed).arg(rooms.size());
    return ok;
}

struct Start
{
    double execToStart = 0; ///< this program's QProcess::start() → Instance::start()
    double databaseOpen = 0; ///< the rest: after Instance::start()
    double accountsStarted = 0;
    double connected = 0;
    double holding = 0;
    double ready = 0;
    int rooms = 0;
    double cpuAtReadyMs = 0;
    double hwmReadyMb = 0;
    double hwmHistoryMb = 0;
    double hwmSearchMb = 0;
    double historyMs = 0;
    double searchMs = 0;
};

int isQuickTimeout()
{
    return qEnvironmentVariableIntValue("BENCH_STARTUP_TIMEOUT_MS") > 0
        ? qEnvironmentVariableIntValue("BENCH_STARTUP_TIMEOUT_MS")
        : 120000;
}

double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble(-1);
}

/// Starts the headless device, waits until every room is joined, then reads the figures.
bool timeOneStart(TandemProcesses &tandem, const QString &profileDir, int rooms, bool cold,
    const QString &largest, Start *s, QString *error)
{
    const QString db = tandem.database(QStringLiteral("home"));
    if (cold)
        evictFromCache(db);
    const double t0 = monotonicMs();
    if (!tandem.start(QStringLiteral("home"), true, error))
        return false;
    const qint64 pid = tandem.pid(QStringLiteral("home"));
    const ControlClient control(Profile(profileDir).controlSocketPath());
    QJsonObject startup;
    QString lastError;
    const bool ready = waitUntil(
        [&] {
            QJsonObject response;
            if (!control.request(QStringLiteral("status"), {}, &response, &lastError, 2000))
                return false;
            startup = response[QStringLiteral("result")].toObject()[QStringLiteral("startup")].toObject();
            return startup[QStringLiteral("rooms_joined")].toInt() >= rooms;
        },
        isQuickTimeout(), 20);
    s->cpuAtReadyMs = cpuSeconds(pid) * 1000.0;
    s->hwmReadyMb = double(procStatusKb("VmHWM:", pid)) / 1024.0;
    if (!ready) {
        *error
            = QStringLiteral("not ready after 120 s: %1 %2")
                  .arg(QString::fromUtf8(QJsonDocument(startup).toJson(QJsonDocument::Compact)), lastError);
        tandem.stop(QStringLiteral("home"), SIGTERM);
        return false;
    }
    s->execToStart = number(startup, "start_monotonic_ns") / 1e6 - t0;
    s->databaseOpen = number(startup, "database_open_ms");
    s->accountsStarted = number(startup, "accounts_started_ms");
    s->connected = number(startup, "connected_ms");
    s->holding = number(startup, "holding_rooms_ms");
    s->ready = number(startup, "last_room_joined_ms");
    s->rooms = startup[QStringLiteral("rooms_joined")].toInt();

    const QString profileArg = QStringLiteral("--profile");
    double t = monotonicMs();
    const RunResult history = run(tandemBinary(),
        { profileArg, profileDir, QStringLiteral("ctl"), QStringLiteral("history"), largest,
            QStringLiteral("--limit"), QStringLiteral("10000"), QStringLiteral("--json") });
    s->historyMs = monotonicMs() - t;
    s->hwmHistoryMb = double(procStatusKb("VmHWM:", pid)) / 1024.0;
    t = monotonicMs();
    const RunResult search = run(tandemBinary(),
        { profileArg, profileDir, QStringLiteral("ctl"), QStringLiteral("search"), QStringLiteral("the"),
            QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json") });
    s->searchMs = monotonicMs() - t;
    s->hwmSearchMb = double(procStatusKb("VmHWM:", pid)) / 1024.0;
    tandem.stop(QStringLiteral("home"), SIGTERM);
    if (history.exitCode != 0 || search.exitCode != 0) {
        *error = QStringLiteral("ctl history/search failed: %1 %2")
                     .arg(QString::fromLocal8Bit(history.err), QString::fromLocal8Bit(search.err));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cold start and memory of tandem --headless with a large archive and many rooms."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"), QStringLiteral("10,000 messages, 10 rooms, one start: a smoke test."));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Archive size (1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roomCount(QStringLiteral("rooms"), QStringLiteral("Autojoin rooms (100)."),
        QStringLiteral("R"), QStringLiteral("100"));
    const QCommandLineOption reps(QStringLiteral("reps"), QStringLiteral("Starts of each kind (5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption settle(QStringLiteral("settle-ms"),
        QStringLiteral("TANDEM_SETTLE_MS for tandem (default: the built-in 3000)."), QStringLiteral("MS"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Keep the generated archive in DIR and reuse it next time."), QStringLiteral("DIR"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Qt log output on stderr too."));
    parser.addOptions({ quick, messages, roomCount, reps, settle, dir, verbose });
    parser.process(app);

    const bool isQuick = parser.isSet(quick);
    const qint64 total = isQuick ? 10000 : parser.value(messages).toLongLong();
    const int rooms = isQuick ? 10 : parser.value(roomCount).toInt();
    const int repetitions = isQuick ? 1 : parser.value(reps).toInt();
    if (total <= 0 || rooms <= 0 || repetitions <= 0) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    if (parser.isSet(settle))
        qputenv("TANDEM_SETTLE_MS", parser.value(settle).toUtf8());
    QTemporaryDir temporary;
    // To read the device's log (PROFILE/stderr.log) afterwards.
    temporary.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP_DIR"));
    redirectQtLog(temporary.path() + QStringLiteral("/qt.log"), parser.isSet(verbose));
    const QString keepDir = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    QDir().mkpath(keepDir);

    QString error;
    auto server = startServer({ QStringLiteral("alice"), QStringLiteral("bob") }, &error);
    if (!server) {
        std::fprintf(stderr, "cannot start Prosody: %s\n", qPrintable(error));
        return 1;
    }
    ArchiveShape shape;
    shape.account = QStringLiteral("alice@") + server->domain();
    shape.contactDomain = server->domain();
    shape.mucDomain = server->mucDomain();
    // The archive's rooms (conversations 1, 6, 11, ...) first, then new ones.
    QStringList roomJids;
    for (int i = 0; i < rooms; ++i)
        roomJids << shape.room(1 + 5 * i);
    const QString largest = ArchiveGenerator(1, 200, shape).conversations().first();

    TandemProcesses tandem(*server, temporary.path(), QStringLiteral("alice"));
    const QString profileDir = tandem.profile(QStringLiteral("home"));
    QDir().mkpath(profileDir);
    QXmppClient bob;
    const QString keep = keepDir + QStringLiteral("/startup-archive-%1.sqlite").arg(total);
    if (!prepareArchive(keep, tandem.database(QStringLiteral("home")), total, 200, shape, &error)
        || !setUpRooms(*server, bob, roomJids, &error)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }

    printHeader(QStringLiteral("bench_startup%1").arg(isQuick ? QStringLiteral(" --quick") : QString()),
        { QStringLiteral("archive: %1 messages over 200 conversations, %2 MB; %3 autojoin rooms (bookmarks, "
                         "XEP-0402), bob in each")
                .arg(total)
                .arg(double(QFileInfo(keep).size()) / 1e6, 0, 'f', 0)
                .arg(rooms),
            QStringLiteral("election settle: %1 ms")
                .arg(parser.isSet(settle) ? parser.value(settle) : QStringLiteral("3000 (built-in)")) });

    Table table({ QStringLiteral("start"), QStringLiteral("exec→start()"), QStringLiteral("→db open"),
        QStringLiteral("→accounts"), QStringLiteral("→connected"), QStringLiteral("→holding"),
        QStringLiteral("→ready"), QStringLiteral("ours (ms)"), QStringLiteral("CPU at ready"),
        QStringLiteral("HWM ready"), QStringLiteral("HWM +history"), QStringLiteral("HWM +search") });
    bool ok = true;
    QVector<double> ours, cpu, hwm;
    for (int rep = 0; rep < 2 * repetitions && ok; ++rep) {
        const bool cold = rep % 2 == 0;
        Start s;
        if (!timeOneStart(tandem, profileDir, rooms, cold, largest, &s, &error)) {
            std::fprintf(stderr, "start %d failed: %s\n", rep + 1, qPrintable(error));
            ok = false;
            break;
        }
        // Ours: up to the accounts connecting, then nothing but the network and the server.
        const double mine = s.execToStart + s.accountsStarted;
        ours << mine;
        cpu << s.cpuAtReadyMs;
        hwm << s.hwmSearchMb;
        // "holding" stays empty when every room was joined before the election settled.
        table.add({ cold ? QStringLiteral("cold") : QStringLiteral("warm"), fmt(s.execToStart, 1),
            fmt(s.databaseOpen, 1), fmt(s.accountsStarted, 1), fmt(s.connected, 1),
            s.holding < 0 ? QStringLiteral("–") : fmt(s.holding, 1),
            QStringLiteral("%1 (%2 rooms)").arg(fmt(s.ready, 1)).arg(s.rooms), fmt(mine, 1),
            fmt(s.cpuAtReadyMs, 0), fmt(s.hwmReadyMb, 1), fmt(s.hwmHistoryMb, 1), fmt(s.hwmSearchMb, 1) });
        progress("start %d (%s): ready after %.0f ms, ours %.1f ms; history %.0f ms, search %.0f ms", rep + 1,
            cold ? "cold" : "warm", s.execToStart + s.ready, mine, s.historyMs, s.searchMs);
    }
    say("\nMilliseconds after Instance::start() unless said otherwise; HWM = VmHWM in MB.\n\n");
    table.print();
    say("\n%s\n", qPrintable(table.markdown()));
    if (!ours.isEmpty()) {
        const Summary o = summarize(ours), c = summarize(cpu), h = summarize(hwm);
        say("ours (exec → accounts connecting): median %.1f ms, max %.1f ms (goal < 300 ms: %s)\n", o.p50,
            o.max, o.max < 300 ? "met" : "MISSED");
        say("CPU of tandem until ready: median %.0f ms\n", c.p50);
        say("peak RSS after history and search: median %.1f MB, max %.1f MB (goal < 150 MB: %s)\n", h.p50,
            h.max, h.max < 150 ? "met" : "MISSED");
    }
    say("Qt warnings logged: %d\n", qtWarningCount());
    return ok ? 0 : 1;
}
