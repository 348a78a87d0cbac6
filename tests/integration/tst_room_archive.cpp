// RoomArchive against a real Prosody 0.12 with mod_muc_mam (at most 50 results a page): bob fills
// a room with 130 messages, alice (a plain client with a real MessageStore) catches up from the
// room's archive: paging, cursors, live copies not stored twice, a disconnect mid-fetch.
#include "RoomArchiveFixture.h"
#include "xmpp/MessageConverter.h"

#include <QtTest>

#include <optional>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
constexpr int Messages = 130;
}

class TestRoomArchive : public QObject, public RoomArchiveFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startServer(Messages); }
    void init() { openAlice(); }
    void cleanup() { closeAlice(); }

    void lastPageWhenNothingKnown();
    void everythingSinceATime();
    void forwardFromKnownIdStoresOnce();
    void liveCopiesAreNotDuplicated();
    void pageLimitStopsIncomplete();
    void unknownIdFallsBackToTime();
    void disconnectEndsTheFetch();
};

void TestRoomArchive::lastPageWhenNothingKnown()
{
    QCOMPARE(cursor(m_room).stanzaId, QString());
    const FetchResult r = fetch(m_room, {}, {});
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.mode, Mode::LastPage);
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.fetched, 50);
    QCOMPARE(r.stored, 50);

    const QVector<Message> stored = history(m_room);
    QCOMPARE(bodies(stored), expectedBodies(81, 130));
    for (int i = 0; i < stored.size(); ++i) {
        const Message &m = stored[i];
        QCOMPARE(m.stanzaId, m_ids[80 + i]);
        QCOMPARE(m.stanzaIdBy, m_room);
        QCOMPARE(m.originId, QStringLiteral("o-%1").arg(81 + i));
        QCOMPARE(m.sender, QStringLiteral("bob"));
        QCOMPARE(m.kind, Message::Kind::GroupChat);
        QCOMPARE(m.direction, Message::Direction::Incoming);
        QVERIFY(m.fromArchive);
        // The archive's stamp (whole seconds), not the time alice fetched.
        QVERIFY(m.serverTime >= m_createdAt.addSecs(-1) && m.serverTime <= QDateTime::currentDateTimeUtc());
        QCOMPARE(m.serverTime.time().msec(), 0);
    }
    QCOMPARE(m_newMessages->size(), 1);
    QCOMPARE(m_newMessages->at(0).at(0).value<QVector<Message>>().first().conversation, m_room);
    QCOMPARE(m_newMessages->at(0).at(1).value<MessageEvents::Origin>(), MessageEvents::Origin::Archive);
    QCOMPARE(m_newMessages->at(0).at(0).value<QVector<Message>>().size(), 50);
    QVERIFY(m_newMessages->at(0).at(0).value<QVector<Message>>().first().rowId > 0);

    const CatchUpCursor c = cursor(m_room);
    QCOMPARE(c.stanzaId, m_ids.last());
    QCOMPARE(c.serverTime, stored.last().serverTime);
}

void TestRoomArchive::everythingSinceATime()
{
    QElapsedTimer timer;
    timer.start();
    const FetchResult r = fetch(m_room, {}, m_createdAt);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.mode, Mode::SinceTime);
    QCOMPARE(r.stored, Messages);
    QCOMPARE(r.fetched, Messages);
    QCOMPARE(r.pages, 3);
    QCOMPARE(bodies(history(m_room)), expectedBodies(1, Messages));
    qInfo("fetched and stored %d archived messages in %d pages in %lld ms", r.stored, r.pages, elapsed);
}

void TestRoomArchive::forwardFromKnownIdStoresOnce()
{
    const FetchResult r = fetch(m_room, m_ids[9], m_createdAt);
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.mode, Mode::AfterId);
    QCOMPARE(r.pages, 3);
    QCOMPARE(r.fetched, 120);
    QCOMPARE(r.stored, 120);
    const QVector<Message> stored = history(m_room);
    QCOMPARE(bodies(stored), expectedBodies(11, 130));
    for (int i = 0; i < stored.size(); ++i)
        QCOMPARE(stored[i].stanzaId, m_ids[10 + i]);
    QCOMPARE(m_newMessages->size(), 3);
    QCOMPARE(m_newMessages->at(0).at(0).value<QVector<Message>>().size(), 50);
    QCOMPARE(m_newMessages->at(1).at(0).value<QVector<Message>>().size(), 50);
    QCOMPARE(m_newMessages->at(2).at(0).value<QVector<Message>>().size(), 20);
    QCOMPARE(m_newMessages->at(2).at(0).value<QVector<Message>>().last().body, QStringLiteral("msg 130"));

    // Again: everything is a duplicate now.
    m_newMessages->clear();
    const FetchResult again = fetch(m_room, m_ids[9], m_createdAt);
    QVERIFY2(again.complete, qPrintable(again.error));
    QCOMPARE(again.fetched, 120);
    QCOMPARE(again.stored, 0);
    QCOMPARE(m_newMessages->size(), 0);
    QCOMPARE(history(m_room).size(), 120);

    // Up to date: one empty, complete page.
    const FetchResult none = fetch(m_room, m_ids.last(), m_createdAt);
    QVERIFY2(none.complete, qPrintable(none.error));
    QCOMPARE(none.mode, Mode::AfterId);
    QCOMPARE(none.pages, 1);
    QCOMPARE(none.fetched, 0);
    QCOMPARE(none.stored, 0);

    QCOMPARE(cursor(m_room).stanzaId, m_ids.last());
}

void TestRoomArchive::liveCopiesAreNotDuplicated()
{
    // #120 as alice would have stored it live (stanza-id stamped by the room), and #115 as a copy
    // without stanza-id (only its origin-id), e.g. relayed without one.
    auto live120 = MessageConverter::fromGroupChatStanza(m_reflections[119],
        QStringLiteral("alice@localhost"), m_room, QStringLiteral("alice"), QDateTime::currentDateTimeUtc());
    auto live115 = MessageConverter::fromGroupChatStanza(m_reflections[114],
        QStringLiteral("alice@localhost"), m_room, QStringLiteral("alice"), QDateTime::currentDateTimeUtc());
    QVERIFY(live120 && live115);
    QCOMPARE(live120->stanzaId, m_ids[119]);
    live115->stanzaId.clear();
    live115->stanzaIdBy.clear();
    bool done = false;
    m_store->storeBatch({ *live115, *live120 }, this, [&](const QVector<StoreResult> &results) {
        done = results.size() == 2 && results[0].inserted && results[1].inserted;
    });
    QTRY_VERIFY(done);

    const FetchResult r = fetch(m_room, m_ids[109], {});
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.fetched, 20);
    QCOMPARE(r.stored, 18);
    const QVector<Message> stored = history(m_room);
    QCOMPARE(stored.size(), 20);
    QStringList sorted = bodies(stored);
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.mid(4).toInt() < b.mid(4).toInt(); });
    QCOMPARE(sorted, expectedBodies(111, 130));
    for (const Message &m : stored) {
        if (m.body == QLatin1String("msg 115")) {
            QVERIFY(!m.fromArchive);
            QCOMPARE(m.stanzaId, m_ids[114]); // completed by the archive copy
        } else if (m.body == QLatin1String("msg 120")) {
            QVERIFY(!m.fromArchive);
        } else {
            QVERIFY(m.fromArchive);
        }
    }
    int signalled = 0;
    for (const auto &args : qAsConst(*m_newMessages)) {
        for (const Message &m : args.at(0).value<QVector<Message>>()) {
            QVERIFY(m.body != QLatin1String("msg 115") && m.body != QLatin1String("msg 120"));
            ++signalled;
        }
    }
    QCOMPARE(signalled, 18);
}

void TestRoomArchive::pageLimitStopsIncomplete()
{
    m_archive->setMaxPages(2);
    const FetchResult r = fetch(m_room, m_ids[9], m_createdAt);
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("limit")), qPrintable(r.error));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.fetched, 100);
    QCOMPARE(r.stored, 100);
    QCOMPARE(bodies(history(m_room)), expectedBodies(11, 110));
    QCOMPARE(m_archive->activeFetches(), 0);
}

void TestRoomArchive::unknownIdFallsBackToTime()
{
    // Alice has the last page; the room's stamp of #130 (whole seconds) is T.
    QVERIFY(fetch(m_room, {}, {}).complete);
    const CatchUpCursor last = cursor(m_room);
    QCOMPARE(last.stanzaId, m_ids.last());
    const QDateTime after = last.serverTime.addSecs(1);
    // Bob says more once the server's clock passed T + 1 s: those are stamped T + 1 s or later.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > after.addMSecs(100), 5000);
    for (int i = 1; i <= 5; ++i)
        bobSays(QStringLiteral("late %1").arg(i), QStringLiteral("late-%1").arg(i));
    waitForBob(Messages + 5);

    // The archive does not know the id: from `after` on, without margin, gets exactly the 5.
    m_archive->setTimeMargin(0);
    const FetchResult r = fetch(m_room, QStringLiteral("no-such-id"), after);
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.mode, Mode::SinceTime);
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.fetched, 5);
    QCOMPARE(r.stored, 5);
    QCOMPARE(bodies(history(m_room)).mid(50),
        QStringList({ QStringLiteral("late 1"), QStringLiteral("late 2"), QStringLiteral("late 3"),
            QStringLiteral("late 4"), QStringLiteral("late 5") }));
    QCOMPARE(cursor(m_room).stanzaId, m_ids.last());

    // Neither id nor time: the last page, all of it stored already.
    const FetchResult page = fetch(m_room, QStringLiteral("no-such-id"), {});
    QVERIFY2(page.complete, qPrintable(page.error));
    QCOMPARE(page.mode, Mode::LastPage);
    QCOMPARE(page.fetched, 50);
    QCOMPARE(page.stored, 0);
}

void TestRoomArchive::disconnectEndsTheFetch()
{
    std::optional<FetchResult> result;
    int calls = 0;
    m_archive->fetchSince(m_room, m_ids[9], {}, QStringLiteral("alice"), [&](const FetchResult &r) {
        result = r;
        ++calls;
    });
    m_alice->disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->complete);
    QVERIFY(!result->error.isEmpty());
    QVERIFY(result->fetched < 120);
    QTest::qWait(200);
    QCOMPARE(calls, 1);
    QCOMPARE(m_archive->activeFetches(), 0);
}

QTEST_GUILESS_MAIN(TestRoomArchive)
#include "tst_room_archive.moc"
