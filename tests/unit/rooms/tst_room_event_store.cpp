// A sibling's RoomService storing the room events it mirrors from the anchor's relays, on a real
// SQLite file: the occupants of the anchor's join are no rows, a join and a kick are one row each,
// and the same relay replayed after a new relay stream (the mirror rebuilt by a snapshot) stores
// nothing twice. None of them is a conversation's preview or unread.
#include "StorageTestUtils.h"
#include "coordinator/RelayCodec.h"
#include "rooms/RoomEventRow.h"
#include "rooms/RoomService.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QTemporaryDir>
#include <QXmppClient.h>
#include <QtTest>

#include <memory>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString me = QStringLiteral("alice@example.org");
const QString anchor = QStringLiteral("alice@example.org/home");
const QString room = QStringLiteral("tea@muc.example.org");
const QDateTime start = QDateTime::fromMSecsSinceEpoch(1764064800000, Qt::UTC);

/// A presence of `nick` as the anchor relays it; an invalid `delay` is a snapshot's.
Relay presence(const QString &nick, const QDateTime &delay, const QString &extra = {}, bool gone = false)
{
    Relay relay;
    relay.kind = Relay::Kind::Presence;
    relay.room = room;
    relay.from = anchor;
    relay.delay = delay;
    relay.stanza = QStringLiteral("<presence xmlns='jabber:client' from='%1/%2'%3><x "
                                  "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                                  "role='%4'/>%5</x></presence>")
                       .arg(room, nick, gone ? QStringLiteral(" type='unavailable'") : QString(),
                           gone ? QStringLiteral("none") : QStringLiteral("participant"), extra)
                       .toUtf8();
    return relay;
}

Relay self(const QDateTime &delay)
{
    return presence(QStringLiteral("alice"), delay, QStringLiteral("<status code='110'/>"));
}

} // namespace

class TestRoomEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relayedEventsAreStoredOnce();
};

void TestRoomEventStore::relayedEventsAreStoredOnce()
{
    QTemporaryDir dir;
    Database db;
    MessageStore store(&db);
    const OpenOutcome outcome = openAndWait(db, dir.filePath(QStringLiteral("tandem.db")));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    MessageEvents events(me, &store);
    QXmppClient client;
    RoomService rooms(&client, &events);
    rooms.followAnchor(anchor, [](const Request &, std::function<void(const QString &)> done) { done({}); });
    QSignalSpy added(&events, &MessageEvents::messageAdded);
    auto count = [&] {
        return waitForCallback<qint64>([&](QObject *ctx, auto done) {
            store.count(me, room, ctx, done);
        }).value_or(-1);
    };

    // The anchor's join: bob was in before, then its own presence.
    rooms.applyRelayed(presence(QStringLiteral("bob"), start));
    rooms.applyRelayed(self(start));
    QCOMPARE(rooms.mirror(room)->state(), RoomMirror::State::Joined);
    const Relay carolJoins = presence(QStringLiteral("carol"), start.addSecs(60));
    rooms.applyRelayed(carolJoins);
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(count(), qint64(1));
    const Message joined = added.first().first().value<Message>();
    QCOMPARE(joined.kind, Message::Kind::RoomEvent);
    QCOMPARE(RoomEventRow::parse(joined)->type, RoomEventRow::Type::Joined);
    QCOMPARE(joined.serverTime, start.addSecs(60));

    // A new relay stream: the anchor's snapshot rebuilds the room (no stamps: no news), then
    // carol's join reaches us once more.
    rooms.followAnchor(
        anchor, [](const Request &, std::function<void(const QString &)> done) { done({}); }, true);
    rooms.applyRelayed(presence(QStringLiteral("bob"), {}));
    rooms.applyRelayed(self({}));
    rooms.applyRelayed(carolJoins);
    QVERIFY(rooms.mirror(room)->occupants().contains(QStringLiteral("carol")));
    QTest::qWait(200);
    QCOMPARE(added.size(), 1);
    QCOMPARE(count(), qint64(1));

    // Her kick, with its reason.
    Relay kick
        = presence(QStringLiteral("carol"), start.addSecs(120), QStringLiteral("<status code='307'/>"), true);
    kick.stanza.replace("role='none'/>", "role='none'><reason>spam</reason></item>");
    rooms.applyRelayed(kick);
    QTRY_COMPARE(added.size(), 2);
    const Message kicked = added.last().first().value<Message>();
    QCOMPARE(RoomEventRow::parse(kicked)->type, RoomEventRow::Type::Kicked);
    QCOMPARE(RoomEventRow::parse(kicked)->detail, QStringLiteral("spam"));
    QCOMPARE(count(), qint64(2));

    // Events alone make no conversation of the list: nothing to preview, nothing unread.
    const auto list = waitForCallback<QVector<ConversationSummary>>(
        [&](QObject *ctx, auto done) { store.conversations(me, ctx, done); });
    QVERIFY(list.has_value());
    QVERIFY(list->isEmpty());
}

QTEST_GUILESS_MAIN(TestRoomEventStore)
#include "tst_room_event_store.moc"
