// bench_relay_latency: how much later a room message reaches an alice sibling (through the
// anchor's relay) than a client joined to the room directly.
//
// bob (a plain QXmppClient) sends N timestamped messages into a room at a fixed interval. The
// arrival of each is recorded, in this process and on one monotonic clock, at:
//   carol-direct     a plain QXmppClient joined to the room itself (parsed stanza)
//   anchor recv      alice's anchor (always-on Account): room stanza parsed
//   anchor stored    ... and in its database (MessageEvents::messageAdded)
//   sibling-K recv   an alice sibling (Account): relay parsed
//   sibling-K stored ... and in its database: what the user of that device sees
// Everything runs in one thread of one process (Prosody is a separate process), so a receiver
// may wait for another one's work: figures include that queueing.
#include "BenchSupport.h"
#include "account/Account.h"
#include "account/Coordinator.h"
#include "coordinator/RawStanza.h"
#include "rooms/RoomOccupancy.h"
#include "rooms/RoomService.h"
#include "storage/MessageEvents.h"
#include "xmpp/RoomMirror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

const QString prefix = QStringLiteral("lat ");

int indexOf(const QString &body)
{
    if (!body.startsWith(prefix))
        return -1;
    bool ok = false;
    const int i = body.mid(prefix.size()).toInt(&ok);
    return ok ? i : -1;
}

/// First arrival of each message index at one receiver.
struct Arrivals
{
    QString name;
    QString path;
    QHash<int, double> at;
    int duplicates = 0;
    void record(const QString &body)
    {
        const int i = indexOf(body);
        if (i < 0)
            return;
        if (at.contains(i))
            ++duplicates;
        else
            at.insert(i, nowMs());
    }
};

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_relay_latency: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    nowMs();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Relay latency to an alice sibling vs a directly joined client."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages to time (300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
        QStringLiteral("Pause between two messages (100)."), QStringLiteral("MS"), QStringLiteral("100"));
    const QCommandLineOption siblingsOption(QStringLiteral("siblings"), QStringLiteral("Alice siblings (2)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption noNagleOption(
        QStringLiteral("no-nagle"), QStringLiteral("TCP_NODELAY on every socket (server and clients)."));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Tiny run for CI: 20 messages, 1 sibling."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Qt/QXmpp log on stderr too."));
    parser.addOptions(
        { messagesOption, intervalOption, siblingsOption, noNagleOption, quickOption, verboseOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int total = quick ? 20 : std::max(1, parser.value(messagesOption).toInt());
    const int interval = quick ? 10 : std::max(0, parser.value(intervalOption).toInt());
    const int siblingCount = quick ? 1 : std::clamp(parser.value(siblingsOption).toInt(), 1, 8);
    const bool noNagle = parser.isSet(noNagleOption);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tandem-bench-XXXXXX"));
    redirectQtLog(dir.filePath(QStringLiteral("qt.log")), parser.isSet(verboseOption));
    const ElectionTimers timers = ElectionTimers::test();
    timers.apply();
    printHeader(QStringLiteral(
                    "bench_relay_latency: room message latency, sibling (via anchor relay) vs direct client"),
        { QStringLiteral("messages: %1, one every %2 ms, %3 alice sibling(s) + 1 anchor, all in-process")
                .arg(total)
                .arg(interval)
                .arg(siblingCount),
            QStringLiteral("election: %1").arg(timers.describe()),
            noNagle ? QStringLiteral("TCP: Nagle off (TCP_NODELAY) on the server and every client")
                    : QStringLiteral("TCP: defaults (Nagle on, as Prosody 0.12 and QXmpp 1.4 ship)") });

    QString error;
    progress("starting Prosody");
    auto server = startServer(
        { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") }, &error, noNagle);
    if (!server)
        return fail(error);
    const QString room = QStringLiteral("latency@") + server->mucDomain();

    // Alice: the anchor first (always-on), then the siblings.
    progress("starting alice's devices");
    auto anchor = std::make_unique<InProcessDevice>(*server, QStringLiteral("alice"),
        QStringLiteral("bench-anchor"), true, dir.filePath(QStringLiteral("anchor")));
    if (!anchor->open(&error))
        return fail(error);
    anchor->start();
    if (!waitUntil([&] { return roleName(*anchor->account()) == QLatin1String("solo"); }, 30000))
        return fail(QStringLiteral("the anchor never became solo"));
    std::vector<std::unique_ptr<InProcessDevice>> siblings;
    for (int k = 0; k < siblingCount; ++k) {
        siblings.push_back(std::make_unique<InProcessDevice>(*server, QStringLiteral("alice"),
            QStringLiteral("bench-sibling-%1").arg(k + 1), false,
            dir.filePath(QStringLiteral("sibling-%1").arg(k + 1))));
        if (!siblings.back()->open(&error))
            return fail(error);
        siblings.back()->start();
    }
    auto everyoneFollows = [&] {
        if (roleName(*anchor->account()) != QLatin1String("anchor"))
            return false;
        for (const auto &s : siblings) {
            if (roleName(*s->account()) != QLatin1String("sibling")
                || s->account()->coordinator()->anchor() != anchor->account()->fullJid())
                return false;
        }
        return true;
    };
    if (!waitUntil(everyoneFollows, 30000))
        return fail(QStringLiteral("the siblings never followed the anchor"));

    // Bob creates the room; carol joins it directly; alice joins it through her anchor.
    progress("creating the room");
    QXmppClient bob;
    QXmppClient carol;
    if (!connectPlain(bob, *server, QStringLiteral("bob"), QStringLiteral("plain"))
        || !connectPlain(carol, *server, QStringLiteral("carol"), QStringLiteral("direct")))
        return fail(QStringLiteral("bob or carol cannot log in"));
    if (!createRoom(bob, room, QStringLiteral("bob")))
        return fail(QStringLiteral("cannot create ") + room);
    if (!createRoom(carol, room, QStringLiteral("carol")))
        return fail(QStringLiteral("carol cannot join ") + room);
    anchor->account()->rooms()->join(room);
    auto allIn = [&] {
        if (joinedRooms(*anchor->account(), { room }) != 1)
            return false;
        for (const auto &s : siblings) {
            const RoomMirror *m = s->account()->rooms()->mirror(room);
            if (!m || m->state() != RoomMirror::State::Joined || m->occupants().size() != 3)
                return false;
        }
        return true;
    };
    if (!waitUntil(allIn, 20000))
        return fail(QStringLiteral("alice's devices never all showed the room with 3 occupants"));

    if (noNagle) {
        for (QXmppClient *c : { &bob, &carol, anchor->account()->client() })
            disableNagle(*c);
        for (const auto &s : siblings)
            disableNagle(*s->account()->client());
    }

    // Receivers.
    std::vector<std::unique_ptr<Arrivals>> receivers;
    auto receiver = [&](const QString &name, const QString &path) {
        receivers.push_back(std::make_unique<Arrivals>());
        receivers.back()->name = name;
        receivers.back()->path = path;
        return receivers.back().get();
    };
    Arrivals *direct
        = receiver(QStringLiteral("carol-direct"), QStringLiteral("room -> plain client (parsed)"));
    QObject::connect(&carol, &QXmppClient::messageReceived, [direct](const QXmppMessage &m) {
        if (m.type() == QXmppMessage::GroupChat)
            direct->record(m.body());
    });
    Arrivals *anchorRecv = receiver(QStringLiteral("anchor recv"), QStringLiteral("room -> anchor (parsed)"));
    QObject::connect(anchor->account()->rooms()->occupancy(), &RoomOccupancy::groupMessage,
        [anchorRecv](const QString &, const QXmppMessage &m) { anchorRecv->record(m.body()); });
    Arrivals *anchorStored
        = receiver(QStringLiteral("anchor stored"), QStringLiteral("room -> anchor (in its database)"));
    QObject::connect(anchor->account()->messageEvents(), &MessageEvents::messageAdded,
        [anchorStored](const Message &m) { anchorStored->record(m.body); });
    std::vector<Arrivals *> siblingStored;
    for (int k = 0; k < siblingCount; ++k) {
        Arrivals *recv = receiver(QStringLiteral("sibling-%1 recv").arg(k + 1),
            QStringLiteral("room -> anchor -> relay -> sibling (parsed)"));
        siblings[size_t(k)]->account()->client()->insertExtension(
            0, new BodyTap([recv](const QString &body) { recv->record(body); }));
        Arrivals *stored = receiver(QStringLiteral("sibling-%1 stored").arg(k + 1),
            QStringLiteral("... and in the sibling's database (user-visible)"));
        QObject::connect(siblings[size_t(k)]->account()->messageEvents(), &MessageEvents::messageAdded,
            [stored](const Message &m) { stored->record(m.body); });
        siblingStored.push_back(stored);
    }

    // Warm-up (first statements, caches), not measured.
    for (int i = 0; i < 10; ++i) {
        QXmppMessage m(QString(), room, QStringLiteral("warm-up %1").arg(i));
        m.setType(QXmppMessage::GroupChat);
        bob.sendPacket(m);
    }
    idle(1000);

    progress("sending %d messages", total);
    QVector<double> sentAt(total, 0);
    int next = 0;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(interval);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        if (next >= total) {
            pace.stop();
            return;
        }
        QXmppMessage m(QString(), room, prefix + QString::number(next));
        m.setType(QXmppMessage::GroupChat);
        sentAt[next] = nowMs();
        bob.sendPacket(m);
        ++next;
    });
    pace.start();
    auto allArrived = [&] {
        if (next < total)
            return false;
        for (const auto &r : receivers) {
            if (r->at.size() < total)
                return false;
        }
        return true;
    };
    const bool complete = waitUntil(allArrived, total * interval + 30000);
    idle(300); // late duplicates would show now

    Table table({ QStringLiteral("receiver"), QStringLiteral("n"), QStringLiteral("p50 ms"),
        QStringLiteral("p90 ms"), QStringLiteral("p99 ms"), QStringLiteral("mean ms"),
        QStringLiteral("max ms"), QStringLiteral("lost"), QStringLiteral("dup"), QStringLiteral("path") });
    auto addRow = [&](const QString &name, const Summary &s, int lost, int dups, const QString &path) {
        table.add({ name, QString::number(s.count), fmt(s.p50), fmt(s.p90), fmt(s.p99), fmt(s.mean),
            fmt(s.max), QString::number(lost), QString::number(dups), path });
    };
    for (const auto &r : receivers) {
        QVector<double> latencies;
        for (auto it = r->at.cbegin(); it != r->at.cend(); ++it)
            latencies << it.value() - sentAt[it.key()];
        addRow(r->name, summarize(latencies), total - int(r->at.size()), r->duplicates, r->path);
    }
    // What the relay adds for a user, message by message: sibling stored - anchor stored.
    for (int k = 0; k < siblingCount; ++k) {
        QVector<double> extra;
        for (auto it = siblingStored[size_t(k)]->at.cbegin(); it != siblingStored[size_t(k)]->at.cend();
             ++it) {
            if (anchorStored->at.contains(it.key()))
                extra << it.value() - anchorStored->at.value(it.key());
        }
        addRow(QStringLiteral("sibling-%1 - anchor").arg(k + 1), summarize(extra), 0, 0,
            QStringLiteral("relay cost: sibling stored minus anchor stored, per message"));
    }
    say("Latency from bob's send to arrival (ms):\n");
    table.print();
    say("\n%s", complete ? "" : "WARNING: not every message arrived everywhere within the time limit\n");
    say("Qt/QXmpp warnings logged: %d\n", qtWarningCount());

    // Cleanup: alice's devices leave cleanly, then the server goes.
    siblings.clear();
    anchor.reset();
    bob.disconnectFromServer();
    carol.disconnectFromServer();
    server->stop();
    return complete ? 0 : 1;
}
