// The store side of a catch-up (PROTOCOL.md §9.2, §9.3) on a real SQLite file: where a gap starts
// (RoomCursor), what the anchor serves (CatchUpServer), and how a sibling stores what it got
// (HistoryCopy). Each case is a bug tests/sim found in the rules these classes share with it.
#include "rooms/CatchUpServer.h"
#include "rooms/HistoryCopy.h"
#include "rooms/RoomCursor.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "StorageTestUtils.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString me = QStringLiteral("alice@example.org");
const QString room = QStringLiteral("tea@muc.example.org");
const qint64 baseMs = 1764064800000;

QDateTime at(qint64 offsetMs)
{
    return QDateTime::fromMSecsSinceEpoch(baseMs + offsetMs, Qt::UTC);
}

Message roomMessage(const QString &body, qint64 offsetMs, const QString &stanzaId = {})
{
    Message m;
    m.account = me;
    m.conversation = room;
    m.kind = Message::Kind::GroupChat;
    m.sender = QStringLiteral("bob");
    m.body = body;
    m.serverTime = at(offsetMs);
    m.localTime = m.serverTime;
    m.state = Message::DeliveryState::Received;
    if (!stanzaId.isEmpty()) {
        m.stanzaId = stanzaId;
        m.stanzaIdBy = room;
    }
    return m;
}

} // namespace

class TestCatchUpStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void historyCopyWithoutIdsIsStoredOnce();
    void historyCopyOfAnotherTimeIsAnotherRow();
    void cursorSkipsOurOwnMessages();
    void oldestCursorIsWhereTheCopyStarts();
    void recentHistoryKeepsStampedRowsAfterUntil();
    void aPageIsAnsweredOnlyByWhoStillHoldsTheRoom();
    void anUnknownStanzaIdIsNotServedFromATime();

private:
    StoreResult store(const Message &m, bool history = false);
    qint64 count();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

void TestCatchUpStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_db.get());
    const OpenOutcome outcome = openAndWait(*m_db, m_dir->filePath(QStringLiteral("tandem.db")));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void TestCatchUpStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

StoreResult TestCatchUpStore::store(const Message &m, bool history)
{
    const auto r = waitForCallback<StoreResult>([&](QObject *ctx, auto done) {
        if (history)
            HistoryCopy::store(m_store.get(), m, ctx, done);
        else
            m_store->store(m, ctx, done);
    });
    return r.value_or(
        StoreResult { false, -1, StorageError(StorageError::Other, QStringLiteral("timeout")) });
}

qint64 TestCatchUpStore::count()
{
    return waitForCallback<qint64>([&](QObject *ctx, auto done) {
        m_store->count(me, room, ctx, done);
    }).value_or(-2);
}

void TestCatchUpStore::historyCopyWithoutIdsIsStoredOnce()
{
    // A room without stanza-ids: the live relay, then the same row served again by a catch-up
    // that a second gap repeated from the first gap's cursor.
    QVERIFY(store(roomMessage(QStringLiteral("hi"), 1000)).inserted);
    const StoreResult again = store(roomMessage(QStringLiteral("hi"), 1000), true);
    QVERIFY(!again.error.isError());
    QVERIFY(!again.inserted);
    QVERIFY(again.rowId > 0);
    QCOMPARE(count(), qint64(1));
    // A live copy that happens to look the same is still stored: only catch-up copies are matched.
    QVERIFY(store(roomMessage(QStringLiteral("hi"), 1000)).inserted);
    QCOMPARE(count(), qint64(2));
}

void TestCatchUpStore::historyCopyOfAnotherTimeIsAnotherRow()
{
    // The same words at another time are another message; ids still de-duplicate as usual.
    QVERIFY(store(roomMessage(QStringLiteral("ok"), 1000)).inserted);
    QVERIFY(store(roomMessage(QStringLiteral("ok"), 2000), true).inserted);
    QVERIFY(store(roomMessage(QStringLiteral("stamped"), 3000, QStringLiteral("s1"))).inserted);
    QVERIFY(!store(roomMessage(QStringLiteral("stamped"), 9000, QStringLiteral("s1")), true).inserted);
    QCOMPARE(count(), qint64(3));
}

void TestCatchUpStore::cursorSkipsOurOwnMessages()
{
    // Our own message, failed while no anchor was known, carries this device's clock: the
    // anchor serving "strictly after" it would skip what it stored just before.
    QVERIFY(store(roomMessage(QStringLiteral("from bob"), 1000)).inserted);
    Message mine = roomMessage(QStringLiteral("mine"), 5000);
    mine.direction = Message::Direction::Outgoing;
    mine.sender = QStringLiteral("alice");
    mine.originId = QStringLiteral("o1");
    mine.state = Message::DeliveryState::Failed;
    QVERIFY(store(mine).inserted);
    const auto cursor = waitForCallback<CatchUpCursor>(
        [&](QObject *ctx, auto done) { RoomCursor::read(m_store.get(), me, room, ctx, done); });
    QVERIFY(cursor);
    QCOMPARE(cursor->newestTime, at(1000));
    QVERIFY(cursor->stanzaId.isEmpty());
}

void TestCatchUpStore::oldestCursorIsWhereTheCopyStarts()
{
    QVERIFY(store(roomMessage(QStringLiteral("unstamped first"), 500)).inserted);
    QVERIFY(store(roomMessage(QStringLiteral("a"), 1000, QStringLiteral("s1"))).inserted);
    QVERIFY(store(roomMessage(QStringLiteral("b"), 2000, QStringLiteral("s2"))).inserted);
    const auto oldest = waitForCallback<CatchUpCursor>(
        [&](QObject *ctx, auto done) { RoomCursor::readOldest(m_store.get(), me, room, ctx, done); });
    QVERIFY(oldest);
    QCOMPARE(oldest->stanzaId, QStringLiteral("s1"));
    QCOMPARE(oldest->serverTime, at(1000));
    QCOMPARE(oldest->newestTime, at(500));
}

void TestCatchUpStore::recentHistoryKeepsStampedRowsAfterUntil()
{
    // Rows our own archive fill stored carry the room's stamps and may sort after the first live
    // relay to the sibling (`until`) without ever having been relayed to it.
    QVERIFY(store(roomMessage(QStringLiteral("old"), -1000)).inserted);
    QVERIFY(store(roomMessage(QStringLiteral("from the archive"), 1000, QStringLiteral("a1"))).inserted);
    QVERIFY(store(roomMessage(QStringLiteral("relayed live"), 2000)).inserted);
    CatchUpServer server(me, m_store.get(), {});
    Request request;
    request.action = Request::Action::CatchUp;
    request.id = QStringLiteral("c1");
    request.room = room;
    request.until = at(0);
    const auto page
        = waitForCallback<CatchUpServer::Page>([&](QObject *, auto done) { server.serve(request, done); });
    QVERIFY(page);
    QVERIFY(page->error.isEmpty());
    QByteArray all;
    for (const QByteArray &stanza : page->stanzas)
        all += stanza;
    QVERIFY(all.contains("old"));
    QVERIFY(all.contains("from the archive"));
    QVERIFY(!all.contains("relayed live")); // no id: the sibling could not tell it from its own
}

void TestCatchUpStore::aPageIsAnsweredOnlyByWhoStillHoldsTheRoom()
{
    // Checked when the page is ready, which may be 30 s after the request (Coordinator).
    QCOMPARE(CatchUpServer::refusal(true, true, true), QString());
    QCOMPARE(CatchUpServer::refusal(false, true, true), QStringLiteral("not-anchor")); // stood down
    QCOMPARE(CatchUpServer::refusal(true, false, true), QStringLiteral("not-anchor")); // claimed anew
    QCOMPARE(CatchUpServer::refusal(true, true, false), QStringLiteral("item-not-found")); // left the room
}

void TestCatchUpStore::anUnknownStanzaIdIsNotServedFromATime()
{
    // The sibling's newest stanza-id is one we never stored: our store may start after it, or have
    // a hole there. Serving "after its time" would hide that; the room's archive knows the id.
    QVERIFY(store(roomMessage(QStringLiteral("later"), 9000, QStringLiteral("s9"))).inserted);
    CatchUpServer server(me, m_store.get(), {});
    Request request;
    request.action = Request::Action::CatchUp;
    request.id = QStringLiteral("c2");
    request.room = room;
    request.after = QStringLiteral("s5");
    request.since = at(5000);
    const auto page
        = waitForCallback<CatchUpServer::Page>([&](QObject *, auto done) { server.serve(request, done); });
    QVERIFY(page);
    QCOMPARE(page->error, QStringLiteral("item-not-found"));
    QVERIFY(page->stanzas.isEmpty());
    // Without a stanza-id (a room that stamps none) the time is all there is.
    request.after.clear();
    const auto byTime
        = waitForCallback<CatchUpServer::Page>([&](QObject *, auto done) { server.serve(request, done); });
    QVERIFY(byTime && byTime->error.isEmpty());
    QCOMPARE(byTime->stanzas.size(), 1);
}

QTEST_GUILESS_MAIN(TestCatchUpStore)
#include "tst_catch_up_store.moc"
