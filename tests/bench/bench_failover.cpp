// bench_failover: how long an account's rooms go unattended when the anchor crashes.
//
// alice's anchor is a real `tandem --headless` process; two siblings (laptop, desktop) run
// in-process as Tandem Accounts, so their role and room states can be watched exactly. The
// account is in R rooms. Each repetition SIGKILLs the anchor (a crash: no unavailable presence;
// Prosody keeps the dead session in stream-management hibernation, so the siblings find out by
// pinging it) and measures, from the kill:
//   detected  a sibling claims the rooms (its role becomes anchor/solo)
//   held      that new anchor is Joined in every room again
//   restored  the other sibling follows it and again shows every room as Joined
// A sibling pings its anchor every ping interval from the moment it follows it, so how long
// detection takes depends on where in that cycle the crash falls: by default the kill comes a
// random time (uniform over one ping interval, seeded) after the siblings are ready; with
// --phase worst it comes right away, just after the last ping cycle started (detection then
// takes the whole interval plus the ping timeout).
// Then the headless device is restarted and takes the rooms back (after its hold-down) before the
// next repetition. The series runs with the timers the integration tests use and with the
// production defaults.
#include "BenchSupport.h"
#include "account/Account.h"
#include "account/Coordinator.h"
#include "rooms/RoomService.h"
#include "xmpp/RoomMirror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QXmppClient.h>
#include <csignal>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

struct Sample
{
    double detected = -1;
    double held = -1;
    double restored = -1;
    QString newAnchor;
};

struct Series
{
    QString name;
    ElectionTimers timers;
    QVector<Sample> samples;
    QString error;
};

bool holdsRooms(const Account &a)
{
    const QString role = roleName(a);
    return role == QLatin1String("anchor") || role == QLatin1String("solo");
}

void runSeries(Series &series, int reps, int roomCount, const QString &root, QRandomGenerator *phase)
{
    series.timers.apply();
    QString error;
    auto server = startServer({ QStringLiteral("alice"), QStringLiteral("bob") }, &error);
    if (!server) {
        series.error = error;
        return;
    }
    QStringList rooms;
    for (int i = 1; i <= roomCount; ++i)
        rooms << QStringLiteral("fo-%1@%2").arg(i, 2, 10, QLatin1Char('0')).arg(server->mucDomain());
    const int slack = series.timers.holdDownMs > 0 ? 0 : 30000; // production hold-down
    const int detectLimit
        = (series.timers.pingMs > 0 ? series.timers.pingMs + series.timers.pingTimeoutMs : 25000) + 30000;

    TandemProcesses alice(*server, root + QStringLiteral("/profiles"), QStringLiteral("alice"));
    progress("[%s] starting the headless anchor", qPrintable(series.name));
    if (!alice.start(QStringLiteral("home"), true, &error)) {
        series.error = error;
        return;
    }
    if (!waitUntil([&] { return alice.role(QStringLiteral("home")) == QLatin1String("solo"); }, 30000 + slack,
            200)) {
        series.error = QStringLiteral("the headless device never became solo");
        return;
    }
    const QString home = alice.fullJid(QStringLiteral("home"));
    InProcessDevice laptop(*server, QStringLiteral("alice"), QStringLiteral("bench-laptop"), false,
        root + QStringLiteral("/laptop"));
    InProcessDevice desktop(*server, QStringLiteral("alice"), QStringLiteral("bench-desktop"), false,
        root + QStringLiteral("/desktop"));
    if (!laptop.open(&error) || !desktop.open(&error)) {
        series.error = error;
        return;
    }
    laptop.start();
    desktop.start();
    InProcessDevice *siblings[] = { &laptop, &desktop };
    auto followHomeWithRooms = [&] {
        for (InProcessDevice *d : siblings) {
            const Account &a = *d->account();
            if (roleName(a) != QLatin1String("sibling") || a.coordinator()->anchor() != home
                || joinedRooms(a, rooms) != roomCount)
                return false;
        }
        return true;
    };

    progress("[%s] bob creates %d rooms, alice joins them", qPrintable(series.name), roomCount);
    QXmppClient bob;
    if (!connectPlain(bob, *server, QStringLiteral("bob"), QStringLiteral("plain"))) {
        series.error = QStringLiteral("bob cannot log in");
        return;
    }
    for (const QString &room : rooms) {
        if (!createRoom(bob, room, QStringLiteral("bob"))) {
            series.error = QStringLiteral("cannot create ") + room;
            return;
        }
    }
    if (!waitUntil(
            [&] {
                return roleName(*laptop.account()) == QLatin1String("sibling")
                    && laptop.account()->coordinator()->anchor() == home;
            },
            30000 + slack)) {
        series.error = QStringLiteral("the laptop never followed the headless anchor");
        return;
    }
    for (const QString &room : rooms)
        laptop.account()->rooms()->join(room); // a request to the anchor
    if (!waitUntil(followHomeWithRooms, 60000 + slack)) {
        series.error = QStringLiteral("the siblings never showed every room");
        return;
    }

    for (int rep = 1; rep <= reps; ++rep) {
        Sample sample;
        InProcessDevice *newAnchor = nullptr;
        InProcessDevice *other = nullptr;
        auto check = [&] {
            const double now = nowMs();
            if (!newAnchor) {
                for (InProcessDevice *d : siblings) {
                    if (holdsRooms(*d->account())) {
                        newAnchor = d;
                        other = d == &laptop ? &desktop : &laptop;
                        sample.detected = now;
                        sample.newAnchor = d->account()->fullJid();
                        break;
                    }
                }
            }
            if (!newAnchor)
                return false;
            if (sample.held < 0 && holdsRooms(*newAnchor->account())
                && joinedRooms(*newAnchor->account(), rooms) == roomCount)
                sample.held = now;
            const Account &o = *other->account();
            if (sample.restored < 0 && roleName(o) == QLatin1String("sibling")
                && o.coordinator()->anchor() == newAnchor->account()->fullJid()
                && joinedRooms(o, rooms) == roomCount)
                sample.restored = now;
            return sample.held >= 0 && sample.restored >= 0;
        };
        // Exact stamps: check on every role change and room event, and poll as a fallback.
        QVector<QMetaObject::Connection> hooks;
        for (InProcessDevice *d : siblings) {
            hooks << QObject::connect(
                d->account()->coordinator(), &Coordinator::roleChanged, [&] { check(); });
            hooks << QObject::connect(d->account()->rooms(), &RoomService::roomEvent, [&] { check(); });
        }
        const int pingInterval = series.timers.pingMs > 0 ? series.timers.pingMs : 15000;
        const int delay = phase ? int(phase->bounded(pingInterval)) : 0;
        progress("[%s] repetition %d: SIGKILL to the anchor in %d ms", qPrintable(series.name), rep, delay);
        idle(delay);
        const double t0 = nowMs();
        ::kill(pid_t(alice.pid(QStringLiteral("home"))), SIGKILL);
        const bool done = waitUntil(check, detectLimit, 5);
        alice.stop(QStringLiteral("home"), SIGKILL); // reap it
        for (const auto &h : hooks)
            QObject::disconnect(h);
        for (double *t : { &sample.detected, &sample.held, &sample.restored }) {
            if (*t >= 0)
                *t -= t0;
        }
        series.samples << sample;
        progress("[%s]   detected %.0f ms, held %.0f ms, restored %.0f ms", qPrintable(series.name),
            sample.detected, sample.held, sample.restored);
        if (!done) {
            series.error
                = QStringLiteral("repetition %1 did not complete within %2 ms").arg(rep).arg(detectLimit);
            return;
        }
        if (rep == reps)
            break;
        // The headless device comes back and takes the rooms over again after its hold-down.
        progress("[%s]   restarting the headless device", qPrintable(series.name));
        if (!alice.start(QStringLiteral("home"), true, &error)) {
            series.error = error;
            return;
        }
        if (!waitUntil(followHomeWithRooms, 90000 + slack)) {
            series.error = QStringLiteral("the restarted headless device did not take the rooms back");
            return;
        }
    }
    alice.stop(QStringLiteral("home"), SIGTERM);
    laptop.account()->stop();
    desktop.account()->stop();
    bob.disconnectFromServer();
    idle(200);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    nowMs();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Failover time from anchor crash to all rooms held again."));
    parser.addHelpOption();
    const QCommandLineOption roomsOption(
        QStringLiteral("rooms"), QStringLiteral("Rooms (10)."), QStringLiteral("R"), QStringLiteral("10"));
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Repetitions per series (5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seriesOption(QStringLiteral("series"),
        QStringLiteral("test (integration-test timers), production, or both (both)."),
        QStringLiteral("WHICH"), QStringLiteral("both"));
    const QCommandLineOption phaseOption(QStringLiteral("phase"),
        QStringLiteral("random (kill at a random point of the ping cycle) or worst (random)."),
        QStringLiteral("WHEN"), QStringLiteral("random"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed of the random kill times (1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Tiny run for CI: 2 rooms, 1 repetition, test timers."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Qt/QXmpp log on stderr too."));
    parser.addOptions(
        { roomsOption, repsOption, seriesOption, phaseOption, seedOption, quickOption, verboseOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int roomCount = quick ? 2 : std::clamp(parser.value(roomsOption).toInt(), 1, 100);
    const int reps = quick ? 1 : std::clamp(parser.value(repsOption).toInt(), 1, 50);
    const QString which = quick ? QStringLiteral("test") : parser.value(seriesOption);
    const bool worstPhase = parser.value(phaseOption) == QLatin1String("worst");
    const quint32 seed = parser.value(seedOption).toUInt();
    QRandomGenerator random(seed);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tandem-bench-XXXXXX"));
    redirectQtLog(dir.filePath(QStringLiteral("qt.log")), parser.isSet(verboseOption));
    std::vector<Series> all;
    if (which == QLatin1String("test") || which == QLatin1String("both"))
        all.push_back({ QStringLiteral("test timers"), ElectionTimers::test(), {}, {} });
    if (which == QLatin1String("production") || which == QLatin1String("both"))
        all.push_back({ QStringLiteral("production"), ElectionTimers::production(), {}, {} });
    if (all.empty()) {
        std::fprintf(stderr, "bench_failover: --series must be test, production or both\n");
        return 2;
    }
    QStringList parameters {
        QStringLiteral("rooms: %1; alice: headless anchor (process, SIGKILLed) + 2 in-process "
                       "siblings; %2 repetition(s) per series")
            .arg(roomCount)
            .arg(reps),
        worstPhase ? QStringLiteral("kill: right after the siblings are ready (worst ping phase)")
                   : QStringLiteral("kill: at a random point of the ping cycle (uniform, seed %1)").arg(seed)
    };
    for (const Series &s : all)
        parameters << QStringLiteral("%1: %2").arg(s.name, s.timers.describe());
    printHeader(QStringLiteral("bench_failover: anchor crash -> every room held again"), parameters);

    bool ok = true;
    int index = 0;
    for (Series &s : all)
        runSeries(s, reps, roomCount, dir.filePath(QStringLiteral("series-%1").arg(++index)),
            worstPhase ? nullptr : &random);

    for (const Series &s : all) {
        say("Series \"%s\" (%s), ms after SIGKILL:\n", qPrintable(s.name), qPrintable(s.timers.describe()));
        Table table({ QStringLiteral("run"), QStringLiteral("detected"), QStringLiteral("held (all rooms)"),
            QStringLiteral("sibling restored"), QStringLiteral("new anchor") });
        QVector<double> detected, held, restored;
        for (int i = 0; i < s.samples.size(); ++i) {
            const Sample &x = s.samples[i];
            table.add({ QString::number(i + 1), fmt(x.detected, 0), fmt(x.held, 0), fmt(x.restored, 0),
                x.newAnchor.section(QLatin1Char('/'), 1) });
            if (x.detected >= 0)
                detected << x.detected;
            if (x.held >= 0)
                held << x.held;
            if (x.restored >= 0)
                restored << x.restored;
        }
        const Summary d = summarize(detected), h = summarize(held), r = summarize(restored);
        table.add({ QStringLiteral("median"), fmt(d.p50, 0), fmt(h.p50, 0), fmt(r.p50, 0), QString() });
        table.add({ QStringLiteral("max"), fmt(d.max, 0), fmt(h.max, 0), fmt(r.max, 0), QString() });
        table.print();
        if (!s.error.isEmpty()) {
            say("ERROR: %s\n", qPrintable(s.error));
            ok = false;
        }
        say("\n");
    }
    say("Qt/QXmpp warnings logged: %d\n", qtWarningCount());
    return ok ? 0 : 1;
}
