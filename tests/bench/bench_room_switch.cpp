// bench_room_switch: switching the room window between big rooms. 20 rooms of 500 occupants
// each, mirrored in a RoomService as a sibling mirrors them (the anchor's presences, applied
// directly), and a real SQLite archive with messages and room events in every room. Each switch
// points the OccupantListModel and the TimelineModel at the next room and ends when both show
// it (the occupants listed, the timeline's newest page in, every row's text read as a view
// would); 200 switches, min / median / p99 /
// max ms per switch (goal: under 30 ms each). --quick: 4 rooms of 100, 20 switches, for ctest.
#include "ArchiveWriter.h"
#include "BenchReport.h"

#include "coordinator/RelayCodec.h"
#include "models/OccupantListModel.h"
#include "models/TimelineModel.h"
#include "rooms/RoomEventRow.h"
#include "rooms/RoomService.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QXmppClient.h>

using namespace Tandem;
using namespace Tandem::Bench;

namespace {

const QString account = QStringLiteral("alice@example.org");
const QString anchor = QStringLiteral("alice@example.org/home");

QString roomJid(int i)
{
    return QStringLiteral("room%1@conference.example.org").arg(i);
}

/// An occupant's presence as the anchor relays it; `self`: our own, which completes the join.
Relay presence(const QString &room, const QString &nick, const QString &role, bool self)
{
    Relay relay;
    relay.kind = Relay::Kind::Presence;
    relay.room = room;
    relay.from = anchor;
    relay.stanza = QStringLiteral(
        "<presence xmlns='jabber:client' from='%1/%2'><x xmlns='http://jabber.org/protocol/muc#user'>"
        "<item affiliation='none' role='%3'/>%4</x></presence>")
                       .arg(room, nick, role, self ? QStringLiteral("<status code='110'/>") : QString())
                       .toUtf8();
    return relay;
}

/// `messages` messages from the room's occupants and `events` joins, interleaved, a minute apart.
QVector<Message> roomHistory(const QString &room, int messages, int events, int occupants)
{
    QVector<Message> rows;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(messages + events) * 60000;
    for (int i = 0; i < messages + events; ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 60000, Qt::UTC);
        const QString nick = QStringLiteral("user%1").arg(i % occupants);
        if (events && i % ((messages + events) / events) == 0) {
            RoomMirror::Event e { RoomMirror::Event::Type::OccupantJoined, nick, {},
                RoomMirror::LeaveReason::None, {} };
            e.at = at;
            rows << *RoomEventRow::fromEvent(account, room, e);
            continue;
        }
        Message m;
        m.account = account;
        m.conversation = room;
        m.kind = Message::Kind::GroupChat;
        m.sender = nick;
        m.stanzaId = QStringLiteral("%1-%2").arg(room).arg(i);
        m.stanzaIdBy = room;
        m.body = QStringLiteral("message %1 in %2, long enough to wrap on a narrow window now and then")
                     .arg(i)
                     .arg(room);
        m.serverTime = at;
        m.localTime = at;
        rows << m;
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Room switch benchmark: occupants and timeline."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("4 rooms of 100, 20 switches."));
    const QCommandLineOption roomsOpt(
        QStringLiteral("rooms"), QStringLiteral("Rooms (20)."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption occupantsOpt(QStringLiteral("occupants"),
        QStringLiteral("Occupants per room (500)."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption switchesOpt(QStringLiteral("switches"), QStringLiteral("Switches (200)."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption messagesOpt(QStringLiteral("messages"),
        QStringLiteral("Messages per room (400)."), QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Qt log on stderr too."));
    parser.addOptions({ quick, roomsOpt, occupantsOpt, switchesOpt, messagesOpt, verbose });
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int rooms = isQuick ? 4 : parser.value(roomsOpt).toInt();
    const int occupants = isQuick ? 100 : parser.value(occupantsOpt).toInt();
    const int switches = isQuick ? 20 : parser.value(switchesOpt).toInt();
    const int messages = isQuick ? 100 : parser.value(messagesOpt).toInt();
    const int events = messages / 4;

    QTemporaryDir dir;
    redirectQtLog(dir.path() + QStringLiteral("/qt.log"), parser.isSet(verbose));
    printHeader(QStringLiteral("bench_room_switch"),
        { QStringLiteral("%1 rooms × %2 occupants, %3 messages and %4 room events per room, %5 switches")
                .arg(rooms)
                .arg(occupants)
                .arg(messages)
                .arg(events)
                .arg(switches) });

    Database db;
    if (!openDatabase(db, dir.path() + QStringLiteral("/tandem.db")))
        return 1;
    MessageStore store(&db);
    MessageEvents messageEvents(account, &store);
    int batches = 0;
    for (int r = 0; r < rooms; ++r) {
        store.storeBatch(roomHistory(roomJid(r), messages, events, occupants), &app,
            [&batches](const QVector<StoreResult> &) { ++batches; });
    }
    if (!waitFor([&] { return batches == rooms; }, 120000))
        return 1;

    // The rooms as a sibling mirrors them: the anchor's presences, its own last (the join).
    QXmppClient client;
    RoomService service(&client, &messageEvents);
    service.followAnchor(
        anchor, [](const Request &, std::function<void(const QString &)> done) { done({}); });
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rooms; ++r) {
        for (int o = 0; o < occupants - 1; ++o) {
            const QString role = o % 50 == 0 ? QStringLiteral("moderator")
                : o % 7 == 0                 ? QStringLiteral("visitor")
                                             : QStringLiteral("participant");
            service.applyRelayed(presence(roomJid(r), QStringLiteral("user%1").arg(o), role, false));
        }
        service.applyRelayed(
            presence(roomJid(r), QStringLiteral("alice"), QStringLiteral("participant"), true));
    }
    progress("mirrored %d rooms in %.0f ms\n", rooms, msSince(timer));
    for (int r = 0; r < rooms; ++r) {
        const RoomMirror *mirror = service.mirror(roomJid(r));
        if (!mirror || mirror->occupants().size() != occupants) {
            say("room %d not mirrored (%d occupants)\n", r, mirror ? int(mirror->occupants().size()) : -1);
            return 1;
        }
    }

    OccupantListModel occupantModel;
    TimelineModel timeline;
    bool positioned = false;
    QObject::connect(&timeline, &TimelineModel::positioned, [&] { positioned = true; });
    QVector<double> ms;
    QVector<double> occupantMs;
    int rowsSeen = 0;
    for (int s = 0; s < switches; ++s) {
        const QString room = roomJid(s % rooms);
        positioned = false;
        timer.restart();
        occupantModel.setRoom(&service, room);
        occupantMs << msSince(timer);
        timeline.setConversation(&messageEvents, room);
        if (!waitFor([&] { return positioned; }, 10000) || occupantModel.count() != occupants) {
            say("switch %d to %s did not finish\n", s, qPrintable(room));
            return 1;
        }
        // What a view pulls: every row's text, more than a window shows, so an upper bound.
        int chars = 0;
        for (int row = 0; row < occupantModel.rowCount(); ++row)
            chars += occupantModel.index(row).data().toString().size();
        for (int row = 0; row < timeline.rowCount(); ++row) {
            const QModelIndex index = timeline.index(row);
            chars += index.data(TimelineModel::BodyRole).toString().size()
                + index.data(TimelineModel::SystemTextRole).toString().size();
        }
        ms << msSince(timer);
        rowsSeen = timeline.rowCount();
        if (chars == 0 || timeline.conversation() != room) {
            say("switch %d to %s shows nothing\n", s, qPrintable(room));
            return 1;
        }
    }

    const Summary all = summarize(ms);
    const Summary occ = summarize(occupantMs);
    Table table({ QStringLiteral("per switch, ms"), QStringLiteral("min"), QStringLiteral("median"),
        QStringLiteral("p99"), QStringLiteral("max") });
    table.add({ QStringLiteral("occupants + timeline shown"), fmt(all.min), fmt(all.p50), fmt(all.p99),
        fmt(all.max) });
    table.add({ QStringLiteral("of which occupants listed"), fmt(occ.min), fmt(occ.p50), fmt(occ.p99),
        fmt(occ.max) });
    table.print();
    say("%d switches; %d occupant rows and %d timeline rows after the last; goal < 30 ms each: %s\n",
        all.count, occupantModel.rowCount(), rowsSeen, all.max < 30 ? "met" : "not met");
    say("Qt warnings: %d\n", qtWarningCount());
    return 0;
}
