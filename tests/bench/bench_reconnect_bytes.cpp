// bench_reconnect_bytes: what a device receives to be "in" R busy rooms when it comes online:
// a plain client joining the R rooms itself, vs a Tandem sibling that gets the rooms' state from
// the anchor (room-state snapshot relays), on its first connect and on a reconnect.
//
// Setup: bob creates R rooms; N-1 lightweight raw clients (one account, one resource each) join
// every room, so each room has N occupants besides alice; alice's anchor (in-process Account,
// always-on) holds the rooms. Bytes are the XML a client reads after TLS (QXmppLogger); TLS
// records and TCP/IP headers are not included.
#include "BenchSupport.h"
#include "CrowdClient.h"
#include "account/Account.h"
#include "account/Coordinator.h"
#include "coordinator/RawStanza.h"
#include "coordinator/SnapshotCodec.h"
#include "rooms/RoomService.h"
#include "xmpp/RoomMirror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QXmppClient.h>
#include <QXmppPresence.h>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_reconnect_bytes: %s\n", qPrintable(why));
    return 1;
}

/// Waits until `counter` has received nothing for `quietMs` (bounded by `maxMs`).
bool waitQuiet(const TrafficCounter &counter, int quietMs, int maxMs)
{
    return waitUntil([&] { return nowMs() - counter.lastActivityMs() >= quietMs; }, maxMs, 20);
}

struct Measurement
{
    QString what;
    int stanzas = 0;
    int roomStanzas = 0;
    qint64 bytes = 0;
    qint64 roomBytes = 0;
    double ms = 0;
};

Measurement take(const QString &what, const TrafficCounter &c, double ms)
{
    return { what, c.stanzas(), c.roomStanzas(), c.bytes(), c.roomBytes(), ms };
}

QString kib(qint64 bytes)
{
    return fmt(bytes / 1024.0, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    nowMs();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bytes a sibling receives on (re)connect to busy rooms vs joining them directly."));
    parser.addHelpOption();
    const QCommandLineOption roomsOption(
        QStringLiteral("rooms"), QStringLiteral("Rooms (20)."), QStringLiteral("R"), QStringLiteral("20"));
    const QCommandLineOption occupantsOption(QStringLiteral("occupants"),
        QStringLiteral("Occupants per room besides alice (200)."), QStringLiteral("N"),
        QStringLiteral("200"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Tiny run for CI: 2 rooms x 5 occupants."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Qt/QXmpp log on stderr too."));
    parser.addOptions({ roomsOption, occupantsOption, quickOption, verboseOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int roomCount = quick ? 2 : std::clamp(parser.value(roomsOption).toInt(), 1, 100);
    const int occupants = quick ? 5 : std::clamp(parser.value(occupantsOption).toInt(), 1, 1000);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tandem-bench-XXXXXX"));
    redirectQtLog(dir.filePath(QStringLiteral("qt.log")), parser.isSet(verboseOption));
    // Short settle and hold-down, but the production anchor ping (15 s): a ping every second
    // would be counted as reconnect traffic and would never let the line go quiet.
    ElectionTimers timers = ElectionTimers::test();
    timers.pingMs = 0;
    timers.pingTimeoutMs = 0;
    timers.apply();
    printHeader(QStringLiteral(
                    "bench_reconnect_bytes: receiving %1 rooms x %2 occupants, plain join vs Tandem sibling")
                    .arg(roomCount)
                    .arg(occupants),
        { QStringLiteral("occupants per room: bob (owner) + %1 raw clients; alice's anchor holds the rooms")
                .arg(occupants - 1),
            QStringLiteral("bytes: XML after TLS as the client reads it (exact per element); room = from a "
                           "room JID, or a relay"),
            QStringLiteral("election: %1").arg(timers.describe()) });

    QString error;
    progress("starting Prosody");
    auto server = startServer(
        { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("crowd") },
        &error);
    if (!server)
        return fail(error);
    QStringList rooms;
    for (int i = 1; i <= roomCount; ++i)
        rooms << QStringLiteral("busy-%1@%2").arg(i, 2, 10, QLatin1Char('0')).arg(server->mucDomain());

    progress("bob creates %d rooms", roomCount);
    QXmppClient bob;
    if (!connectPlain(bob, *server, QStringLiteral("bob"), QStringLiteral("plain")))
        return fail(QStringLiteral("bob cannot log in"));
    for (const QString &room : rooms) {
        if (!createRoom(bob, room, QStringLiteral("bob")))
            return fail(QStringLiteral("cannot create ") + room);
    }

    // The crowd: log in by waves, then everyone joins every room.
    const double crowdStart = nowMs();
    std::vector<std::unique_ptr<CrowdClient>> crowd;
    const int crowdSize = occupants - 1;
    constexpr int wave = 20;
    progress("%d crowd clients log in", crowdSize);
    for (int first = 0; first < crowdSize; first += wave) {
        const int last = std::min(crowdSize, first + wave);
        for (int i = first; i < last; ++i) {
            crowd.push_back(std::make_unique<CrowdClient>(*server, QStringLiteral("crowd"),
                passwordOf(QStringLiteral("crowd")),
                QStringLiteral("c%1").arg(i + 1, 3, 10, QLatin1Char('0'))));
            crowd.back()->start();
        }
        const bool bound = waitUntil(
            [&] {
                for (int i = first; i < last; ++i) {
                    if (!crowd[size_t(i)]->isBound())
                        return false;
                }
                return true;
            },
            60000, 10);
        if (!bound) {
            for (int i = first; i < last; ++i) {
                if (!crowd[size_t(i)]->isBound())
                    return fail(QStringLiteral("crowd client %1 did not log in: %2")
                                    .arg(i + 1)
                                    .arg(crowd[size_t(i)]->error()));
            }
        }
    }
    progress("the crowd joins %d rooms (%d joins)", roomCount, crowdSize * roomCount);
    for (size_t i = 0; i < crowd.size(); ++i)
        crowd[i]->join(rooms, QStringLiteral("guest%1").arg(i + 1, 3, 10, QLatin1Char('0')));
    double lastReport = nowMs();
    const bool crowdIn = waitUntil(
        [&] {
            int done = 0;
            for (const auto &c : crowd) {
                if (c->hasFailed())
                    return true;
                done += c->joinedCount() >= roomCount ? 1 : 0;
            }
            if (nowMs() - lastReport > 10000) {
                lastReport = nowMs();
                progress("  %d of %d crowd clients in every room", done, crowdSize);
            }
            return done == crowdSize;
        },
        1200000, 50);
    for (const auto &c : crowd) {
        if (c->hasFailed())
            return fail(QStringLiteral("a crowd client failed: ") + c->error());
    }
    if (!crowdIn)
        return fail(QStringLiteral("the crowd did not get into every room in time"));
    qint64 crowdBytes = 0;
    for (const auto &c : crowd)
        crowdBytes += c->receivedBytes();
    const double crowdMs = nowMs() - crowdStart;
    progress("crowd in: %.1f s, %.1f MiB received by the crowd", crowdMs / 1000, crowdBytes / 1048576.0);

    // Alice's anchor holds the rooms.
    progress("alice's anchor joins the rooms");
    auto anchor = std::make_unique<InProcessDevice>(*server, QStringLiteral("alice"),
        QStringLiteral("bench-anchor"), true, dir.filePath(QStringLiteral("anchor")));
    if (!anchor->open(&error))
        return fail(error);
    anchor->start();
    if (!waitUntil([&] { return roleName(*anchor->account()) == QLatin1String("solo"); }, 30000))
        return fail(QStringLiteral("the anchor never became solo"));
    for (const QString &room : rooms)
        anchor->account()->rooms()->join(room);
    auto fullRooms = [&](const Account &account) {
        for (const QString &room : rooms) {
            const RoomMirror *m = account.rooms()->mirror(room);
            if (!m || m->state() != RoomMirror::State::Joined || m->occupants().size() != occupants + 1)
                return false;
        }
        return true;
    };
    auto roomsState = [&](const Account &account) {
        QStringList parts;
        for (const QString &room : rooms) {
            const RoomMirror *m = account.rooms()->mirror(room);
            parts << (m ? QStringLiteral("%1:%2").arg(int(m->state())).arg(m->occupants().size())
                        : QStringLiteral("-"));
        }
        int failed = 0;
        for (const auto &c : crowd)
            failed += c->hasFailed() ? 1 : 0;
        return QStringLiteral("bob %1, %2 crowd client(s) failed, state:occupants per room: ")
                   .arg(bob.isConnected() ? QStringLiteral("connected") : QStringLiteral("DISCONNECTED"))
                   .arg(failed)
            + parts.join(QLatin1Char(' '));
    };
    if (!waitUntil([&] { return fullRooms(*anchor->account()); }, 120000))
        return fail(
            QStringLiteral("the anchor never saw every room full; ") + roomsState(*anchor->account()));

    QVector<Measurement> results;

    // (a) A plain client joins the rooms itself.
    progress("(a) dave, a plain client, joins the %d rooms", roomCount);
    {
        QXmppClient dave;
        auto *counter = new TrafficCounter(&dave, server->mucDomain());
        int selfPresences = 0;
        QObject::connect(&dave, &QXmppClient::presenceReceived, [&](const QXmppPresence &p) {
            if (p.mucStatusCodes().contains(110) && p.type() == QXmppPresence::Available)
                ++selfPresences;
        });
        const double t0 = nowMs();
        if (!connectPlain(dave, *server, QStringLiteral("dave"), QStringLiteral("plain")))
            return fail(QStringLiteral("dave cannot log in"));
        waitQuiet(*counter, 500, 10000);
        results << take(QStringLiteral("plain client: login only"), *counter, nowMs() - t0);
        counter->reset();
        const double t1 = nowMs();
        for (const QString &room : rooms)
            dave.sendPacket(RawStanza(joinPresenceXml(room, QStringLiteral("dave"))));
        if (!waitUntil([&] { return selfPresences >= roomCount; }, 120000))
            return fail(QStringLiteral("dave did not get into every room"));
        const double joined = nowMs() - t1;
        waitQuiet(*counter, 1000, 20000);
        results << take(
            QStringLiteral("plain client: joins %1 rooms (history 0)").arg(roomCount), *counter, joined);
        dave.disconnectFromServer();
        if (!waitUntil([&] { return fullRooms(*anchor->account()); }, 30000))
            return fail(QStringLiteral("dave's departure never showed at the anchor"));
    }

    // (b) A Tandem sibling comes online while the anchor holds the rooms.
    int expectedRelays = 0;
    for (const QString &room : rooms)
        expectedRelays += int(SnapshotCodec::parts(*anchor->account()->rooms()->mirror(room)).size());
    progress("(b) a Tandem sibling comes online (expecting %d snapshot parts)", expectedRelays);
    auto sibling = std::make_unique<InProcessDevice>(*server, QStringLiteral("alice"),
        QStringLiteral("bench-sibling"), false, dir.filePath(QStringLiteral("sibling")));
    if (!sibling->open(&error))
        return fail(error);
    auto *counter = new TrafficCounter(sibling->account()->client(), server->mucDomain());
    auto siblingReady = [&] {
        return roleName(*sibling->account()) == QLatin1String("sibling")
            && counter->relays() >= expectedRelays && fullRooms(*sibling->account());
    };
    {
        const double t0 = nowMs();
        sibling->start();
        if (!waitUntil(siblingReady, 120000))
            return fail(QStringLiteral("the sibling never had every room (%1 of %2 relays)")
                            .arg(counter->relays())
                            .arg(expectedRelays));
        const double ready = nowMs() - t0;
        waitQuiet(*counter, 1000, 20000);
        results << take(QStringLiteral("Tandem sibling: first connect (login + snapshot)"), *counter, ready);
    }
    {
        progress("(b') the sibling reconnects");
        sibling->account()->stop();
        const QString jid = sibling->account()->fullJid();
        auto anchorForgot = [&] {
            for (const DeviceInfo &d : anchor->account()->coordinator()->siblings()) {
                if (d.fullJid == jid)
                    return false;
            }
            return true;
        };
        if (!waitUntil(anchorForgot, 20000))
            return fail(QStringLiteral("the anchor never saw the sibling go"));
        idle(500);
        counter->reset();
        const double t0 = nowMs();
        sibling->start();
        if (!waitUntil(siblingReady, 120000))
            return fail(QStringLiteral("the reconnected sibling never had every room"));
        const double ready = nowMs() - t0;
        waitQuiet(*counter, 1000, 20000);
        results << take(
            QStringLiteral("Tandem sibling: reconnect (login + snapshot + catch-up)"), *counter, ready);
    }

    Table table({ QStringLiteral("receiver"), QStringLiteral("stanzas"), QStringLiteral("room stanzas"),
        QStringLiteral("KiB total"), QStringLiteral("KiB room"), QStringLiteral("B/room stanza"),
        QStringLiteral("ready ms") });
    for (const Measurement &m : results) {
        table.add({ m.what, QString::number(m.stanzas), QString::number(m.roomStanzas), kib(m.bytes),
            kib(m.roomBytes),
            m.roomStanzas ? fmt(double(m.roomBytes) / m.roomStanzas, 0) : QStringLiteral("-"),
            fmt(m.ms, 0) });
    }
    say("Received by the device (ready = until every room shows every occupant):\n");
    table.print();
    const Measurement &plainLogin = results[0];
    const Measurement &plainJoin = results[1];
    const Measurement &first = results[2];
    say("\nSibling first connect vs plain login + join: %.2fx the bytes, %.2fx the stanzas\n",
        double(first.bytes) / double(plainLogin.bytes + plainJoin.bytes),
        double(first.stanzas) / double(plainLogin.stanzas + plainJoin.stanzas));
    say("Room part only (snapshot relays vs the rooms' own presences): %.2fx the bytes\n",
        double(first.roomBytes) / double(plainJoin.roomBytes));
    say("Setup: the crowd's %d joins took %.1f s and made Prosody send the crowd %.1f MiB\n",
        crowdSize * roomCount, crowdMs / 1000, crowdBytes / 1048576.0);
    say("Qt/QXmpp warnings logged: %d\n", qtWarningCount());

    sibling.reset();
    anchor.reset();
    for (auto &c : crowd)
        c->stop();
    bob.disconnectFromServer();
    server->stop();
    return 0;
}
