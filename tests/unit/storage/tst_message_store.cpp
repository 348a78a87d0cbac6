// MessageStore: ordering, keyset paging, de-duplication, outbox and conversation list.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString me = QStringLiteral("me@example.org");
const QString alice = QStringLiteral("alice@example.org");
const QString room = QStringLiteral("room@muc.example.org");
const qint64 baseMs = 1700000000000;

Message makeMessage(const QString &conversation, qint64 serverMs, const QString &body)
{
    Message m;
    m.account = me;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.sender = conversation == room ? QStringLiteral("alice") : conversation + QStringLiteral("/phone");
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(serverMs, Qt::UTC);
    m.localTime = QDateTime::fromMSecsSinceEpoch(serverMs + 5, Qt::UTC);
    return m;
}

Message outgoing(const QString &id, qint64 serverMs, Message::DeliveryState state)
{
    Message m = makeMessage(alice, serverMs, QStringLiteral("out ") + id);
    m.direction = Message::Direction::Outgoing;
    m.sender = me + QStringLiteral("/desktop");
    m.messageId = id;
    m.originId = id;
    m.state = state;
    return m;
}

} // namespace

class TestMessageStore : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void insertAndHistoryOrder();
    void keysetPagingVisitsEachMessageOnce();
    void dedupeByOriginId();
    void dedupeByStanzaId();
    void archiveCopyCompletesLiveCopy();
    void storeBatchDedupes();
    void pendingOutgoingAndDeliveryState();
    void conversationsSummary();
    void largeBatchStoresEveryMessage();

private:
    StoreResult store(const Message &m);
    QVector<StoreResult> storeBatch(const QVector<Message> &messages);
    QVector<Message> history(const QString &conversation, int limit, const HistoryCursor &before = {});
    qint64 count(const QString &conversation);
};

StoreResult TestMessageStore::store(const Message &m)
{
    const auto r
        = waitForCallback<StoreResult>([&](QObject *ctx, auto done) { m_store->store(m, ctx, done); });
    return r.value_or(
        StoreResult { false, -1, StorageError(StorageError::Other, QStringLiteral("timeout")) });
}

QVector<StoreResult> TestMessageStore::storeBatch(const QVector<Message> &messages)
{
    return waitForCallback<QVector<StoreResult>>([&](QObject *ctx, auto done) {
        m_store->storeBatch(messages, ctx, done);
    }).value_or(QVector<StoreResult>());
}

QVector<Message> TestMessageStore::history(
    const QString &conversation, int limit, const HistoryCursor &before)
{
    using Page = std::pair<QVector<Message>, StorageError>;
    const auto page = waitForCallback<Page>([&](QObject *ctx, auto done) {
        m_store->history(me, conversation, limit, before, ctx,
            [done](const QVector<Message> &messages, const StorageError &error) {
                done(Page(messages, error));
            });
    });
    if (!page || page->second.isError())
        qWarning("history failed: %s", page ? qPrintable(page->second.message()) : "timeout");
    return page ? page->first : QVector<Message>();
}

qint64 TestMessageStore::count(const QString &conversation)
{
    return waitForCallback<qint64>([&](QObject *ctx, auto done) {
        m_store->count(me, conversation, ctx, done);
    }).value_or(-2);
}

void TestMessageStore::insertAndHistoryOrder()
{
    Message full = makeMessage(alice, baseMs + 2000, QStringLiteral("second"));
    full.messageId = QStringLiteral("mid-2");
    full.originId = QStringLiteral("oid-2");
    full.stanzaId = QStringLiteral("sid-2");
    full.stanzaIdBy = me;
    full.replacesId = QStringLiteral("mid-0");
    full.fromArchive = true;
    const StoreResult second = store(full);
    QVERIFY(second.inserted);
    QVERIFY(second.rowId > 0);
    QVERIFY(store(makeMessage(alice, baseMs + 3000, QStringLiteral("third"))).inserted);
    QVERIFY(store(makeMessage(alice, baseMs + 1000, QStringLiteral("first"))).inserted);
    QVERIFY(store(makeMessage(room, baseMs + 1500, QStringLiteral("elsewhere"))).inserted);

    const QVector<Message> messages = history(alice, 10);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0].body, QStringLiteral("first"));
    QCOMPARE(messages[1].body, QStringLiteral("second"));
    QCOMPARE(messages[2].body, QStringLiteral("third"));

    const Message &back = messages[1];
    QCOMPARE(back.rowId, second.rowId);
    QCOMPARE(back.account, full.account);
    QCOMPARE(back.conversation, full.conversation);
    QCOMPARE(back.kind, full.kind);
    QCOMPARE(back.direction, full.direction);
    QCOMPARE(back.sender, full.sender);
    QCOMPARE(back.messageId, full.messageId);
    QCOMPARE(back.originId, full.originId);
    QCOMPARE(back.stanzaId, full.stanzaId);
    QCOMPARE(back.stanzaIdBy, full.stanzaIdBy);
    QCOMPARE(back.serverTime, full.serverTime);
    QCOMPARE(back.localTime, full.localTime);
    QCOMPARE(back.serverTime.timeSpec(), Qt::UTC);
    QCOMPARE(back.replacesId, full.replacesId);
    QCOMPARE(back.state, full.state);
    QCOMPARE(back.fromArchive, true);
    QVERIFY(messages[0].originId.isEmpty());

    QCOMPARE(history(alice, 2).size(), 2);
    QCOMPARE(history(alice, 2).first().body, QStringLiteral("second"));
    QCOMPARE(count(alice), qint64(3));
    QCOMPARE(count(room), qint64(1));
}

void TestMessageStore::keysetPagingVisitsEachMessageOnce()
{
    // Groups of three share a timestamp, and rows are inserted in shuffled order, so row ids do not
    // follow time: paging must order by (server_ts, id) and cut ties correctly.
    QVector<Message> messages;
    for (int i = 0; i < 250; ++i)
        messages.append(makeMessage(alice, baseMs + (i / 3) * 1000, QString::number(i)));
    std::shuffle(messages.begin(), messages.end(), *QRandomGenerator::global());
    const QVector<StoreResult> results = storeBatch(messages);
    QCOMPARE(results.size(), 250);

    QVector<QPair<qint64, qint64>> expected; // (server ms, row id), chronological
    for (int i = 0; i < messages.size(); ++i) {
        QVERIFY(results[i].inserted);
        expected.append({ messages[i].serverTime.toMSecsSinceEpoch(), results[i].rowId });
    }
    std::sort(expected.begin(), expected.end());

    QVector<QPair<qint64, qint64>> seen;
    HistoryCursor cursor;
    int pages = 0;
    for (;;) {
        const QVector<Message> page = history(alice, 50, cursor);
        if (page.isEmpty())
            break;
        QVERIFY(++pages <= 5);
        QCOMPARE(page.size(), 50);
        QVector<QPair<qint64, qint64>> keys;
        for (const Message &m : page)
            keys.append({ m.serverTime.toMSecsSinceEpoch(), m.rowId });
        QVERIFY(std::is_sorted(keys.begin(), keys.end()));
        seen = keys + seen;
        cursor = HistoryCursor::from(page.first());
    }
    QCOMPARE(pages, 5);
    QCOMPARE(seen, expected);
}

void TestMessageStore::dedupeByOriginId()
{
    Message m = makeMessage(alice, baseMs, QStringLiteral("hello"));
    m.originId = QStringLiteral("origin-1");
    m.messageId = QStringLiteral("id-1");
    const StoreResult first = store(m);
    QVERIFY(first.inserted);

    Message again = m;
    again.messageId = QStringLiteral("id-other");
    again.serverTime = again.serverTime.addSecs(60);
    const StoreResult second = store(again);
    QVERIFY(!second.inserted);
    QVERIFY(!second.error.isError());
    QCOMPARE(second.rowId, first.rowId);
    QCOMPARE(count(alice), qint64(1));

    // Scoped by conversation: the same origin-id elsewhere is another message.
    Message elsewhere = m;
    elsewhere.conversation = room;
    QVERIFY(store(elsewhere).inserted);
}

void TestMessageStore::dedupeByStanzaId()
{
    Message m = makeMessage(room, baseMs, QStringLiteral("hi all"));
    m.stanzaId = QStringLiteral("stanza-1");
    m.stanzaIdBy = room;
    const StoreResult first = store(m);
    QVERIFY(first.inserted);

    const StoreResult second = store(m);
    QVERIFY(!second.inserted);
    QCOMPARE(second.rowId, first.rowId);

    // A stanza-id is only unique per assigning entity.
    Message otherBy = m;
    otherBy.stanzaIdBy = QStringLiteral("other.example.org");
    QVERIFY(store(otherBy).inserted);
    QCOMPARE(count(room), qint64(2));
}

void TestMessageStore::archiveCopyCompletesLiveCopy()
{
    Message live = makeMessage(alice, baseMs, QStringLiteral("live"));
    live.originId = QStringLiteral("origin-live");
    const StoreResult stored = store(live);
    QVERIFY(stored.inserted);

    Message archived = live;
    archived.stanzaId = QStringLiteral("mam-1");
    archived.stanzaIdBy = me;
    archived.fromArchive = true;
    const StoreResult dup = store(archived);
    QVERIFY(!dup.inserted);
    QCOMPARE(dup.rowId, stored.rowId);

    const QVector<Message> messages = history(alice, 10);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].stanzaId, QStringLiteral("mam-1"));
    QCOMPARE(messages[0].stanzaIdBy, me);
    QCOMPARE(messages[0].fromArchive, false);

    // Now known by its stanza-id as well: a copy carrying only that is recognised too.
    Message stanzaOnly = archived;
    stanzaOnly.originId.clear();
    const StoreResult dup2 = store(stanzaOnly);
    QVERIFY(!dup2.inserted);
    QCOMPARE(dup2.rowId, stored.rowId);
    QCOMPARE(count(alice), qint64(1));
}

void TestMessageStore::storeBatchDedupes()
{
    Message existing = makeMessage(room, baseMs, QStringLiteral("old"));
    existing.originId = QStringLiteral("a");
    const StoreResult old = store(existing);
    QVERIFY(old.inserted);

    QVector<Message> batch;
    Message dupOfTable = existing;
    dupOfTable.stanzaId = QStringLiteral("s-a");
    dupOfTable.stanzaIdBy = room;
    batch << dupOfTable; // 0: duplicate of the table, completes its stanza-id
    Message b = makeMessage(room, baseMs + 1, QStringLiteral("b"));
    b.originId = QStringLiteral("b");
    batch << b << b; // 1: new, 2: duplicate within the batch
    Message s = makeMessage(room, baseMs + 2, QStringLiteral("s"));
    s.stanzaId = QStringLiteral("s-x");
    s.stanzaIdBy = room;
    batch << s << s; // 3: new, 4: duplicate within the batch
    batch << makeMessage(room, baseMs + 3, QStringLiteral("no ids")); // 5: nothing to compare
    Message stanzaOfOld = makeMessage(room, baseMs, QStringLiteral("old via stanza-id"));
    stanzaOfOld.stanzaId = QStringLiteral("s-a");
    stanzaOfOld.stanzaIdBy = room;
    batch << stanzaOfOld; // 6: matches the id completed by item 0

    const QVector<StoreResult> results = storeBatch(batch);
    QCOMPARE(results.size(), batch.size());
    const QVector<bool> expectedInserted { false, true, false, true, false, true, false };
    for (int i = 0; i < results.size(); ++i) {
        QVERIFY2(!results[i].error.isError(), qPrintable(results[i].error.message()));
        QCOMPARE(results[i].inserted, expectedInserted[i]);
    }
    QCOMPARE(results[0].rowId, old.rowId);
    QCOMPARE(results[2].rowId, results[1].rowId);
    QCOMPARE(results[4].rowId, results[3].rowId);
    QCOMPARE(results[6].rowId, old.rowId);
    QCOMPARE(count(room), qint64(4));
}

void TestMessageStore::pendingOutgoingAndDeliveryState()
{
    QVERIFY(store(outgoing(QStringLiteral("m2"), baseMs + 2000, Message::DeliveryState::Sent)).inserted);
    QVERIFY(store(outgoing(QStringLiteral("m1"), baseMs + 1000, Message::DeliveryState::Pending)).inserted);
    QVERIFY(store(outgoing(QStringLiteral("m3"), baseMs + 3000, Message::DeliveryState::Delivered)).inserted);
    Message byOrigin = outgoing(QStringLiteral("m4"), baseMs + 4000, Message::DeliveryState::Pending);
    byOrigin.originId = QStringLiteral("origin-of-m4");
    QVERIFY(store(byOrigin).inserted);
    QVERIFY(store(makeMessage(alice, baseMs + 500, QStringLiteral("incoming"))).inserted);
    Message otherAccount = outgoing(QStringLiteral("x1"), baseMs, Message::DeliveryState::Pending);
    otherAccount.account = QStringLiteral("other@example.org");
    QVERIFY(store(otherAccount).inserted);

    auto pending = [&] {
        QStringList ids;
        const auto result = waitForCallback<QVector<Message>>(
            [&](QObject *ctx, auto done) { m_store->pendingOutgoing(me, ctx, done); });
        for (const Message &m : result.value_or(QVector<Message>()))
            ids << m.messageId;
        return ids;
    };
    auto setState = [&](const QString &id, Message::DeliveryState state) {
        return waitForCallback<bool>(
            [&](QObject *ctx, auto done) { m_store->setDeliveryState(me, alice, id, state, ctx, done); });
    };
    QCOMPARE(pending(), QStringList({ QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m4") }));

    QCOMPARE(setState(QStringLiteral("m1"), Message::DeliveryState::Sent), true);
    QCOMPARE(setState(QStringLiteral("m1"), Message::DeliveryState::Delivered), true);
    // No downgrade: a late "sent" or error after the receipt changes nothing.
    QCOMPARE(setState(QStringLiteral("m1"), Message::DeliveryState::Sent), false);
    QCOMPARE(setState(QStringLiteral("m1"), Message::DeliveryState::Failed), false);
    QCOMPARE(setState(QStringLiteral("m1"), Message::DeliveryState::Pending), false);
    QCOMPARE(setState(QStringLiteral("m3"), Message::DeliveryState::Sent), false);
    // Matched by origin-id as well as by message id.
    QCOMPARE(setState(QStringLiteral("origin-of-m4"), Message::DeliveryState::Delivered), true);
    QCOMPARE(setState(QStringLiteral("unknown"), Message::DeliveryState::Delivered), false);
    QCOMPARE(pending(), QStringList({ QStringLiteral("m2") }));

    // A failed message leaves the outbox, and comes back when retried.
    QCOMPARE(setState(QStringLiteral("m2"), Message::DeliveryState::Failed), true);
    QCOMPARE(pending(), QStringList());
    QCOMPARE(setState(QStringLiteral("m2"), Message::DeliveryState::Pending), true);
    QCOMPARE(pending(), QStringList({ QStringLiteral("m2") }));

    // Fire-and-forget form.
    m_store->setDeliveryState(me, alice, QStringLiteral("m2"), Message::DeliveryState::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(pending(), QStringList(), asyncTimeoutMs);

    const QVector<Message> all = history(alice, 10);
    for (const Message &m : all) {
        if (m.direction == Message::Direction::Outgoing)
            QCOMPARE(m.state, Message::DeliveryState::Delivered);
        else
            QCOMPARE(m.state, Message::DeliveryState::Received);
    }
}

void TestMessageStore::conversationsSummary()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(store(makeMessage(alice, baseMs + i * 1000, QStringLiteral("alice %1").arg(i))).inserted);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store(makeMessage(room, baseMs + 500 + i * 1000, QStringLiteral("room %1").arg(i))).inserted);
    const QString bob = QStringLiteral("bob@example.org");
    QVERIFY(store(makeMessage(bob, baseMs - 100000, QStringLiteral("long ago"))).inserted);
    Message other = makeMessage(QStringLiteral("carol@example.org"), baseMs + 99000, QStringLiteral("x"));
    other.account = QStringLiteral("other@example.org");
    QVERIFY(store(other).inserted);

    const auto result = waitForCallback<QVector<ConversationSummary>>(
        [&](QObject *ctx, auto done) { m_store->conversations(me, ctx, done); });
    QVERIFY(result.has_value());
    const QVector<ConversationSummary> &list = *result;
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].conversation, room);
    QCOMPARE(list[0].kind, Message::Kind::GroupChat);
    QCOMPARE(list[0].messageCount, qint64(5));
    QCOMPARE(list[0].lastBody, QStringLiteral("room 4"));
    QCOMPARE(list[0].lastActivity, QDateTime::fromMSecsSinceEpoch(baseMs + 4500, Qt::UTC));
    QCOMPARE(list[1].conversation, alice);
    QCOMPARE(list[1].kind, Message::Kind::Chat);
    QCOMPARE(list[1].messageCount, qint64(3));
    QCOMPARE(list[1].lastBody, QStringLiteral("alice 2"));
    QCOMPARE(list[2].conversation, bob);
    QCOMPARE(list[2].messageCount, qint64(1));
}

// One batch as large as an archive catch-up hands over: every message stored, once. (Its speed
// is measured by tests/bench/archive, not here.)
void TestMessageStore::largeBatchStoresEveryMessage()
{
    QVector<Message> batch;
    for (int i = 0; i < 20000; ++i) {
        Message m
            = makeMessage(i % 2 ? alice : room, baseMs + i, QStringLiteral("archived message %1").arg(i));
        m.stanzaId = QStringLiteral("mam-%1").arg(i);
        m.stanzaIdBy = m.conversation == room ? room : me;
        m.originId = QStringLiteral("origin-%1").arg(i);
        m.fromArchive = true;
        batch << m;
    }
    const QVector<StoreResult> results = storeBatch(batch);
    QCOMPARE(results.size(), batch.size());
    QVERIFY(std::all_of(results.begin(), results.end(), [](const StoreResult &r) { return r.inserted; }));
    QCOMPARE(count(alice) + count(room), qint64(batch.size()));
    // The same batch again (a page fetched twice) adds nothing.
    const QVector<StoreResult> again = storeBatch(batch);
    QCOMPARE(again.size(), batch.size());
    QVERIFY(std::none_of(
        again.begin(), again.end(), [](const StoreResult &r) { return r.inserted || r.error.isError(); }));
    QCOMPARE(count(alice) + count(room), qint64(batch.size()));
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_message_store.moc"
