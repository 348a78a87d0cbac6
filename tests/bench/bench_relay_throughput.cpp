// bench_relay_throughput: how fast the anchor relays a flood of room messages to 3 siblings.
//
// alice runs as real `tandem --headless` processes: the anchor (started first, so it ranks first)
// and S siblings. bob (a plain QXmppClient in this process) sends K messages into the room as
// fast as his socket takes them. Each device's SQLite file is polled read-only until it holds
// all K; the counts then show whether any message was lost or stored twice.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <csignal>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_relay_throughput: %s\n", qPrintable(why));
    return 1;
}

QJsonObject roomOf(const TandemProcesses &alice, const QString &device, const QString &jid)
{
    for (const QJsonValue &v :
        alice.ctl(device, { QStringLiteral("rooms") })[QStringLiteral("rooms")].toArray()) {
        if (v.toObject()[QStringLiteral("jid")].toString() == jid)
            return v.toObject();
    }
    return {};
}

struct Device
{
    QString name;
    std::unique_ptr<DatabaseCounter> db;
    double firstAt = -1; ///< first flood message stored
    double doneAt = -1; ///< all K stored
    DatabaseCounter::Count last;
    double cpuBefore = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    nowMs();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Anchor relay throughput to several siblings."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages bob floods (2000)."), QStringLiteral("K"), QStringLiteral("2000"));
    const QCommandLineOption siblingsOption(QStringLiteral("siblings"),
        QStringLiteral("Sibling processes (3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Tiny run for CI: 50 messages."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Qt/QXmpp log on stderr too."));
    parser.addOptions({ messagesOption, siblingsOption, quickOption, verboseOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int total = quick ? 50 : std::max(1, parser.value(messagesOption).toInt());
    const int siblingCount = std::clamp(parser.value(siblingsOption).toInt(), 1, 8);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tandem-bench-XXXXXX"));
    redirectQtLog(dir.filePath(QStringLiteral("qt.log")), parser.isSet(verboseOption));
    const ElectionTimers timers = ElectionTimers::test();
    timers.apply();
    printHeader(QStringLiteral("bench_relay_throughput: anchor relaying a flood of room messages"),
        { QStringLiteral("messages: %1 from bob, as fast as his socket takes them; alice: 1 anchor + %2 "
                         "sibling(s), each a `tandem --headless` process")
                .arg(total)
                .arg(siblingCount),
            QStringLiteral("election: %1").arg(timers.describe()) });

    QString error;
    progress("starting Prosody");
    auto server = startServer({ QStringLiteral("alice"), QStringLiteral("bob") }, &error);
    if (!server)
        return fail(error);
    const QString room = QStringLiteral("flood@") + server->mucDomain();
    TandemProcesses alice(*server, dir.filePath(QStringLiteral("profiles")), QStringLiteral("alice"));

    progress("starting the anchor and %d sibling(s)", siblingCount);
    if (!alice.start(QStringLiteral("anchor"), true, &error))
        return fail(error);
    if (!waitUntil([&] { return alice.role(QStringLiteral("anchor")) == QLatin1String("solo"); }, 30000, 200))
        return fail(QStringLiteral("the anchor never became solo"));
    QStringList names { QStringLiteral("anchor") };
    for (int k = 1; k <= siblingCount; ++k) {
        names << QStringLiteral("sibling-%1").arg(k);
        if (!alice.start(names.last(), true, &error))
            return fail(error);
    }
    auto settled = [&] {
        if (alice.role(QStringLiteral("anchor")) != QLatin1String("anchor"))
            return false;
        for (int k = 1; k < names.size(); ++k) {
            if (alice.role(names[k]) != QLatin1String("sibling"))
                return false;
        }
        return true;
    };
    if (!waitUntil(settled, 30000, 200))
        return fail(QStringLiteral("the siblings never followed the anchor"));

    progress("creating the room");
    QXmppClient bob;
    if (!connectPlain(bob, *server, QStringLiteral("bob"), QStringLiteral("plain")))
        return fail(QStringLiteral("bob cannot log in"));
    if (!createRoom(bob, room, QStringLiteral("bob")))
        return fail(QStringLiteral("cannot create ") + room);
    alice.ctl(names.last(), { QStringLiteral("join"), room });
    auto allIn = [&] {
        for (const QString &n : names) {
            const QJsonObject r = roomOf(alice, n, room);
            if (r[QStringLiteral("state")].toString() != QLatin1String("joined")
                || r[QStringLiteral("occupants")].toInt() != 2)
                return false;
        }
        return true;
    };
    if (!waitUntil(allIn, 30000, 200))
        return fail(QStringLiteral("alice's devices never all showed the room"));

    std::vector<Device> devices;
    for (const QString &n : names) {
        Device d;
        d.name = n;
        d.db = std::make_unique<DatabaseCounter>(alice.database(n));
        d.cpuBefore = cpuSeconds(alice.pid(n));
        devices.push_back(std::move(d));
    }
    const QString prefix = QStringLiteral("flood ");
    for (Device &d : devices) {
        if (d.db->count(room, prefix).rows != 0)
            return fail(QStringLiteral("cannot read %1's database").arg(d.name));
    }
    int echoes = 0;
    double lastEcho = -1;
    QObject::connect(&bob, &QXmppClient::messageReceived, [&](const QXmppMessage &m) {
        if (m.type() == QXmppMessage::GroupChat && m.body().startsWith(prefix) && ++echoes == total)
            lastEcho = nowMs();
    });
    const double serverCpuBefore = cpuSeconds(server->pid());
    const double ownCpuBefore = cpuSeconds(0);

    progress("flooding %d messages", total);
    const double t0 = nowMs();
    for (int i = 0; i < total; ++i) {
        QXmppMessage m(QString(), room, prefix + QString::number(i));
        m.setType(QXmppMessage::GroupChat);
        bob.sendPacket(m);
    }
    const double queued = nowMs() - t0;
    auto allStored = [&] {
        const double now = nowMs();
        bool done = true;
        for (Device &d : devices) {
            if (d.doneAt >= 0)
                continue;
            d.last = d.db->count(room, prefix);
            if (d.last.rows > 0 && d.firstAt < 0)
                d.firstAt = now;
            if (d.last.rows >= total)
                d.doneAt = now;
            else
                done = false;
        }
        return done && lastEcho >= 0;
    };
    const bool complete = waitUntil(allStored, std::max(60000, total * 30), 20);
    const double serverCpu = cpuSeconds(server->pid()) - serverCpuBefore;
    const double ownCpu = cpuSeconds(0) - ownCpuBefore;
    QVector<double> deviceCpu;
    for (const Device &d : devices)
        deviceCpu << cpuSeconds(alice.pid(d.name)) - d.cpuBefore;
    idle(1500); // doubles arriving late would show now

    Table table({ QStringLiteral("device"), QStringLiteral("stored"), QStringLiteral("distinct"),
        QStringLiteral("lost"), QStringLiteral("doubled"), QStringLiteral("first ms"),
        QStringLiteral("all ms"), QStringLiteral("msg/s"), QStringLiteral("CPU s") });
    double lastDone = 0;
    bool exact = true;
    for (size_t i = 0; i < devices.size(); ++i) {
        Device &d = devices[i];
        const DatabaseCounter::Count c = d.db->count(room, prefix);
        const qint64 lost = total - c.distinct;
        const qint64 doubled = c.rows - c.distinct;
        exact = exact && lost == 0 && doubled == 0;
        const double done = d.doneAt >= 0 ? d.doneAt - t0 : -1;
        lastDone = std::max(lastDone, done);
        table.add({ d.name == QLatin1String("anchor") ? QStringLiteral("anchor (direct)") : d.name,
            QString::number(c.rows), QString::number(c.distinct), QString::number(lost),
            QString::number(doubled), d.firstAt >= 0 ? fmt(d.firstAt - t0, 0) : QStringLiteral("-"),
            done >= 0 ? fmt(done, 0) : QStringLiteral("-"),
            done > 0 ? fmt(total / (done / 1000.0), 0) : QStringLiteral("-"), fmt(deviceCpu[int(i)], 2) });
    }
    say("Times from bob's first send; stored = rows in the device's database (polled every 20 ms):\n");
    table.print();
    say("\n");
    Table summary({ QStringLiteral("figure"), QStringLiteral("value") });
    summary.add(
        { QStringLiteral("bob: K messages queued on his socket"), fmt(queued, 0) + QStringLiteral(" ms") });
    summary.add({ QStringLiteral("server: all K reflected back to bob"),
        lastEcho >= 0 ? fmt(lastEcho - t0, 0) + QStringLiteral(" ms (")
                + fmt(total / ((lastEcho - t0) / 1000.0), 0) + QStringLiteral(" msg/s)")
                      : QStringLiteral("incomplete (%1 of %2)").arg(echoes).arg(total) });
    summary.add(
        { QStringLiteral("anchor: relays sent (K x siblings)"), QString::number(total * siblingCount) });
    summary.add({ QStringLiteral("anchor: relayed stanzas/s (until the last sibling had all)"),
        lastDone > 0 ? fmt(total * siblingCount / (lastDone / 1000.0), 0) : QStringLiteral("-") });
    summary.add({ QStringLiteral("CPU s during the flood: Prosody / bench (bob)"),
        fmt(serverCpu, 2) + QStringLiteral(" / ") + fmt(ownCpu, 2) });
    summary.add({ QStringLiteral("nothing lost, nothing doubled"),
        exact ? QStringLiteral("yes") : QStringLiteral("NO") });
    summary.print();
    say("\n%s", complete ? "" : "WARNING: not every device stored every message within the time limit\n");
    say("Qt/QXmpp warnings logged: %d\n", qtWarningCount());

    for (const QString &n : names)
        alice.stop(n, SIGTERM);
    bob.disconnectFromServer();
    server->stop();
    return complete && exact ? 0 : 1;
}
