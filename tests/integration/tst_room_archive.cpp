// RoomArchive against a real Prosody 0.12 with mod_muc_mam (at most 50 results a page): bob fills
// a room with 130 messages, alice (a plain client with a real MessageStore) catches up from the
// room's archive. A scripted fake archive (answers injected into alice's client) plays a server
// that lies: repeated cursors, never complete, empty pages, forged results.
#include "ProsodyFixture.h"
#include "XmppTestClient.h"
#include "rooms/RoomArchive.h"
#include "rooms/RoomCursor.h"
#include "session/MessageConverter.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QDomDocument>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppDataForm.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppMucManager.h>
#include <QXmppUtils.h>

#include <memory>
#include <optional>

using namespace Tandem;
using namespace Tandem::Test;
using FetchResult = RoomArchive::FetchResult;
using Mode = RoomArchive::Mode;

namespace {

constexpr int Messages = 130;

const QString Liar = QStringLiteral("liar@conference.localhost");

/// One archive query alice sent to the fake archive.
struct Query
{
    QString iqId;
    QString queryId;
    QString after;
    bool before = false;
    QString start;
};

/// One result the fake archive sends back.
struct Item
{
    QString id;
    QString body;
    QString from = Liar; ///< the result's sender (the archive)
    QString queryId; ///< empty: the query's
    QString room = Liar; ///< the archived message's room
};

/// The fake archive's answer to one query.
struct Page
{
    QVector<Item> items;
    bool complete = false;
    QString last; ///< empty: no <last>
    int count = 1000000; ///< RSM count: always a lie
};

using Script = std::function<Page(const Query &, int pageIndex)>;

/// Plays the room archive `Liar`: watches alice's outgoing stanzas and answers each archive query
/// by handing the client's extensions a scripted reply, queued before the query even leaves the
/// socket, so Prosody's own answer (the room does not exist) always comes later and is ignored.
class FakeArchive : public QObject
{
public:
    FakeArchive(QXmppClient *client, Script script)
        : m_client(client)
        , m_script(std::move(script))
    {
        connect(client, &QXmppLoggable::logMessage, this,
            [this](QXmppLogger::MessageType type, const QString &text) {
                if (type == QXmppLogger::SentMessage)
                    onSent(text);
            });
    }

    QVector<Query> queries;

private:
    void onSent(const QString &text)
    {
        QDomDocument doc;
        if (!doc.setContent(text, true))
            return;
        const QDomElement iq = doc.documentElement();
        const QDomElement query = iq.firstChildElement(QStringLiteral("query"));
        if (iq.tagName() != QLatin1String("iq") || iq.attribute(QStringLiteral("to")) != Liar
            || query.namespaceURI() != QLatin1String("urn:xmpp:mam:2"))
            return;
        Query q;
        q.iqId = iq.attribute(QStringLiteral("id"));
        q.queryId = query.attribute(QStringLiteral("queryid"));
        const QDomElement set = query.firstChildElement(QStringLiteral("set"));
        q.after = set.firstChildElement(QStringLiteral("after")).text();
        q.before = !set.firstChildElement(QStringLiteral("before")).isNull();
        const QDomElement form = query.firstChildElement(QStringLiteral("x"));
        for (QDomElement f = form.firstChildElement(QStringLiteral("field")); !f.isNull();
             f = f.nextSiblingElement(QStringLiteral("field"))) {
            if (f.attribute(QStringLiteral("var")) == QLatin1String("start"))
                q.start = f.firstChildElement(QStringLiteral("value")).text();
        }
        const int index = queries.size();
        queries.append(q);
        QMetaObject::invokeMethod(
            this, [this, q, index] { answer(q, m_script(q, index)); }, Qt::QueuedConnection);
    }

    void answer(const Query &q, const Page &page)
    {
        const QString stamp = QXmppUtils::datetimeToString(QDateTime::currentDateTimeUtc());
        for (const Item &item : page.items) {
            inject(QStringLiteral(
                "<message xmlns='jabber:client' from='%1' to='alice@localhost/home'>"
                "<result xmlns='urn:xmpp:mam:2' queryid='%2' id='%3'>"
                "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='%4'/>"
                "<message xmlns='jabber:client' type='groupchat' from='%5/mallory' id='m-%3'>"
                "<body>%6</body></message></forwarded></result></message>")
                       .arg(item.from, item.queryId.isEmpty() ? q.queryId : item.queryId, item.id, stamp,
                           item.room, item.body));
        }
        QString set = QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'>");
        if (!page.items.isEmpty())
            set += QStringLiteral("<first>%1</first>").arg(page.items.first().id);
        if (!page.last.isEmpty())
            set += QStringLiteral("<last>%1</last>").arg(page.last);
        set += QStringLiteral("<count>%1</count></set>").arg(page.count);
        inject(QStringLiteral(
            "<iq xmlns='jabber:client' type='result' id='%1' from='%2' to='alice@localhost/home'>"
            "<fin xmlns='urn:xmpp:mam:2'%3>%4</fin></iq>")
                   .arg(q.iqId, Liar, page.complete ? QStringLiteral(" complete='true'") : QString(), set));
    }

    /// What QXmppClient does with a received stanza: its extensions in order, the first taker wins.
    void inject(const QString &xml)
    {
        QDomDocument doc;
        QVERIFY(doc.setContent(xml, true));
        for (QXmppClientExtension *extension : m_client->extensions()) {
            if (extension->handleStanza(doc.documentElement()))
                return;
        }
    }

    QXmppClient *m_client;
    Script m_script;
};

/// Swallows IQ replies from one JID ahead of every other extension: an archive that never answers.
class DropRepliesFrom : public QXmppClientExtension
{
public:
    explicit DropRepliesFrom(const QString &from)
        : m_from(from)
    { }
    bool handleStanza(const QDomElement &stanza) override
    {
        return stanza.tagName() == QLatin1String("iq") && stanza.attribute(QStringLiteral("from")) == m_from;
    }

private:
    QString m_from;
};

Item item(const QString &id)
{
    Item i;
    i.id = id;
    i.body = QStringLiteral("body of ") + id;
    return i;
}

} // namespace

class TestRoomArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lastPageWhenNothingKnown();
    void everythingSinceATime();
    void forwardFromKnownIdStoresOnce();
    void liveCopiesAreNotDuplicated();
    void pageLimitStopsIncomplete();
    void unknownIdFallsBackToTime();

    void repeatedCursorStops();
    void neverCompleteStopsAtTheLimit();
    void emptyIncompletePageStops();
    void missingLastStops();
    void repeatedPageStops();
    void tooManyResultsStop();
    void forgedResultsAreDropped();
    void silentArchiveTimesOut();
    void disconnectEndsTheFetch();

private:
    FetchResult fetch(const QString &room, const QString &afterId, const QDateTime &afterTime);
    QVector<Message> history(const QString &room);
    CatchUpCursor cursor(const QString &room);
    QStringList bodies(const QVector<Message> &messages) const;
    QStringList expectedBodies(int from, int to) const;
    void bobSays(const QString &body, const QString &originId);
    void waitForBob(int total);

    std::unique_ptr<ProsodyFixture> m_server;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMucManager *m_bobMuc = nullptr;
    QXmppMucRoom *m_bobRoom = nullptr;
    QString m_room;
    QDateTime m_createdAt;
    QVector<QXmppMessage> m_reflections; ///< bob's messages as the room echoed them, stanza-ids included
    QStringList m_ids; ///< their stanza-ids, in order

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<QXmppClient> m_alice;
    RoomArchive *m_archive = nullptr;
    std::unique_ptr<QSignalSpy> m_newMessages;
};

void TestRoomArchive::initTestCase()
{
    m_createdAt = QDateTime::currentDateTimeUtc();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));
    QVERIFY(m_server->registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), &error));

    m_bob = std::make_unique<QXmppClient>();
    m_bobMuc = new QXmppMucManager;
    m_bob->addExtension(m_bobMuc);
    QVERIFY(connectClient(*m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("phone")));

    m_room = QStringLiteral("archive@") + m_server->mucDomain();
    m_bobRoom = m_bobMuc->addRoom(m_room);
    m_bobRoom->setNickName(QStringLiteral("bob"));
    QSignalSpy joined(m_bobRoom, &QXmppMucRoom::joined);
    m_bobRoom->join();
    QVERIFY(joined.wait(10000));
    QXmppMucOwnerIq unlock; // accept the default configuration: an instant room
    unlock.setType(QXmppIq::Set);
    unlock.setTo(m_room);
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    unlock.setForm(form);
    m_bob->sendPacket(unlock);
    QTest::qWait(300);

    connect(m_bobRoom, &QXmppMucRoom::messageReceived, this, [this](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            m_reflections.append(m);
    });
    for (int i = 1; i <= Messages; ++i)
        bobSays(QStringLiteral("msg %1").arg(i), QStringLiteral("o-%1").arg(i));
    waitForBob(Messages);
}

void TestRoomArchive::bobSays(const QString &body, const QString &originId)
{
    QXmppMessage m;
    m.setTo(m_room);
    m.setType(QXmppMessage::GroupChat);
    m.setId(QXmppUtils::generateStanzaUuid());
    m.setOriginId(originId);
    m.setBody(body);
    QVERIFY(m_bob->sendPacket(m));
}

void TestRoomArchive::waitForBob(int total)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_reflections.size(), total, 20000);
    m_ids.clear();
    for (const QXmppMessage &m : qAsConst(m_reflections)) {
        QCOMPARE(m.stanzaIdBy(), m_room);
        QVERIFY(!m.stanzaId().isEmpty());
        m_ids << m.stanzaId();
    }
}

void TestRoomArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QSignalSpy opened(m_database.get(), &Database::opened);
    m_database->open(m_dir->path() + QStringLiteral("/tandem.db"));
    QVERIFY(opened.wait(10000));
    m_store = std::make_unique<MessageStore>(m_database.get());

    m_alice = std::make_unique<QXmppClient>();
    m_archive = new RoomArchive(QStringLiteral("alice@localhost"), m_store.get());
    m_alice->addExtension(m_archive);
    m_newMessages = std::make_unique<QSignalSpy>(m_archive, &RoomArchive::newMessages);
    QVERIFY(connectClient(*m_alice, *m_server, QStringLiteral("alice"), QStringLiteral("home")));
}

void TestRoomArchive::cleanup()
{
    m_newMessages.reset();
    if (m_alice)
        m_alice->disconnectFromServer();
    m_alice.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

FetchResult TestRoomArchive::fetch(const QString &room, const QString &afterId, const QDateTime &afterTime)
{
    std::optional<FetchResult> result;
    int calls = 0;
    m_archive->fetchSince(room, afterId, afterTime, QStringLiteral("alice"), [&](const FetchResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return FetchResult { -1, -1, false, QStringLiteral("test: no answer"), 0, Mode::AfterId };
    QTest::qWait(20); // the callback runs once
    if (calls != 1)
        return FetchResult { -1, -1, false, QStringLiteral("test: done called %1 times").arg(calls), 0,
            Mode::AfterId };
    return *result;
}

QVector<Message> TestRoomArchive::history(const QString &room)
{
    QVector<Message> result;
    bool done = false;
    m_store->history(QStringLiteral("alice@localhost"), room, 1000, HistoryCursor(), this,
        [&](const QVector<Message> &messages, const StorageError &) {
            result = messages;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

CatchUpCursor TestRoomArchive::cursor(const QString &room)
{
    CatchUpCursor result;
    bool done = false;
    RoomCursor::read(
        m_store.get(), QStringLiteral("alice@localhost"), room, this, [&](const CatchUpCursor &c) {
            result = c;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

QStringList TestRoomArchive::bodies(const QVector<Message> &messages) const
{
    QStringList list;
    for (const Message &m : messages)
        list << m.body;
    return list;
}

QStringList TestRoomArchive::expectedBodies(int from, int to) const
{
    QStringList list;
    for (int i = from; i <= to; ++i)
        list << QStringLiteral("msg %1").arg(i);
    return list;
}

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
    QCOMPARE(m_newMessages->at(0).at(0).toString(), m_room);
    QCOMPARE(m_newMessages->at(0).at(1).value<QVector<Message>>().size(), 50);
    QVERIFY(m_newMessages->at(0).at(1).value<QVector<Message>>().first().rowId > 0);

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
    QCOMPARE(m_newMessages->at(0).at(1).value<QVector<Message>>().size(), 50);
    QCOMPARE(m_newMessages->at(1).at(1).value<QVector<Message>>().size(), 50);
    QCOMPARE(m_newMessages->at(2).at(1).value<QVector<Message>>().size(), 20);
    QCOMPARE(m_newMessages->at(2).at(1).value<QVector<Message>>().last().body, QStringLiteral("msg 130"));

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
        for (const Message &m : args.at(1).value<QVector<Message>>()) {
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

void TestRoomArchive::repeatedCursorStops()
{
    int next = 0;
    FakeArchive fake(m_alice.get(), [&](const Query &, int) {
        Page p;
        p.items = { item(QStringLiteral("r%1").arg(next++)), item(QStringLiteral("r%1").arg(next++)) };
        p.last = QStringLiteral("same");
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("cursor")), qPrintable(r.error));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.fetched, 4);
    QCOMPARE(r.stored, 4);
    QCOMPARE(fake.queries.size(), 2);
    QCOMPARE(fake.queries[0].after, QStringLiteral("start-id"));
    QCOMPARE(fake.queries[1].after, QStringLiteral("same"));
    QCOMPARE(history(Liar).size(), 4);
    QCOMPARE(history(Liar).first().sender, QStringLiteral("mallory"));
}

void TestRoomArchive::neverCompleteStopsAtTheLimit()
{
    m_archive->setMaxPages(5);
    int next = 0;
    FakeArchive fake(m_alice.get(), [&](const Query &, int) {
        Page p;
        p.items = { item(QStringLiteral("r%1").arg(next++)), item(QStringLiteral("r%1").arg(next++)) };
        p.last = p.items.last().id;
        p.count = 3; // a lie, and ignored
        return p;
    });
    const FetchResult r = fetch(Liar, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("limit")), qPrintable(r.error));
    QCOMPARE(r.mode, Mode::SinceTime);
    QCOMPARE(r.pages, 5);
    QCOMPARE(r.fetched, 10);
    QCOMPARE(fake.queries.size(), 5);
    QVERIFY(!fake.queries[0].start.isEmpty());
    QCOMPARE(fake.queries[0].after, QString());
    QCOMPARE(fake.queries[4].after, QStringLiteral("r7"));
    QCOMPARE(fake.queries[4].start, fake.queries[0].start);
}

void TestRoomArchive::emptyIncompletePageStops()
{
    FakeArchive fake(m_alice.get(), [](const Query &, int) {
        Page p;
        p.last = QStringLiteral("somewhere");
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("empty")), qPrintable(r.error));
    QCOMPARE(r.pages, 1);
    QCOMPARE(fake.queries.size(), 1);
}

void TestRoomArchive::missingLastStops()
{
    int next = 0;
    FakeArchive fake(m_alice.get(), [&](const Query &, int) {
        Page p;
        p.items = { item(QStringLiteral("r%1").arg(next++)) };
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("<last>")), qPrintable(r.error));
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.stored, 1);
    QCOMPARE(fake.queries.size(), 1);
}

void TestRoomArchive::repeatedPageStops()
{
    FakeArchive fake(m_alice.get(), [](const Query &, int index) {
        Page p; // ignores <after>: the same results under a new cursor every time
        p.items = { item(QStringLiteral("a")), item(QStringLiteral("b")) };
        p.last = QStringLiteral("cursor-%1").arg(index);
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("repeated a page")), qPrintable(r.error));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.fetched, 2);
    QCOMPARE(r.stored, 2);
}

void TestRoomArchive::tooManyResultsStop()
{
    m_archive->setPageSize(2);
    FakeArchive fake(m_alice.get(), [](const Query &, int) {
        Page p;
        p.items = { item(QStringLiteral("a")), item(QStringLiteral("b")), item(QStringLiteral("c")) };
        p.last = QStringLiteral("c");
        return p;
    });
    const FetchResult r = fetch(Liar, {}, {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("more than 2")), qPrintable(r.error));
    QCOMPARE(r.fetched, 2);
    QCOMPARE(fake.queries.size(), 1);
    QVERIFY(fake.queries[0].before);
}

void TestRoomArchive::forgedResultsAreDropped()
{
    FakeArchive fake(m_alice.get(), [](const Query &, int) {
        Page p;
        Item genuine = item(QStringLiteral("genuine"));
        Item occupant = item(QStringLiteral("from-occupant")); // a private message through the room
        occupant.from = Liar + QStringLiteral("/mallory");
        Item stranger = item(QStringLiteral("from-stranger"));
        stranger.from = QStringLiteral("eve@localhost");
        Item otherQuery = item(QStringLiteral("other-query"));
        otherQuery.queryId = QStringLiteral("not-ours");
        Item otherRoom = item(QStringLiteral("other-room")); // the room vouches for another room's message
        otherRoom.room = QStringLiteral("elsewhere@conference.localhost");
        p.items = { occupant, genuine, stranger, otherQuery, otherRoom };
        p.complete = true;
        p.last = QStringLiteral("other-room");
        return p;
    });
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY2(r.complete, qPrintable(r.error));
    QCOMPARE(r.fetched, 2); // genuine and other-room came from the archive for our query
    QCOMPARE(r.stored, 1);
    const QVector<Message> stored = history(Liar);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].body, QStringLiteral("body of genuine"));
    QCOMPARE(stored[0].stanzaId, QStringLiteral("genuine"));
    QCOMPARE(stored[0].stanzaIdBy, Liar);
    QCOMPARE(history(QStringLiteral("elsewhere@conference.localhost")).size(), 0);
}

void TestRoomArchive::silentArchiveTimesOut()
{
    m_alice->insertExtension(0, new DropRepliesFrom(Liar));
    m_archive->setIqTimeout(300);
    QElapsedTimer timer;
    timer.start();
    const FetchResult r = fetch(Liar, QStringLiteral("start-id"), {});
    QVERIFY(!r.complete);
    QVERIFY2(r.error.contains(QLatin1String("no answer")), qPrintable(r.error));
    QCOMPARE(r.pages, 0);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(m_archive->activeFetches(), 0);
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
