// ChatArchiveSync against a real Prosody 0.12 (mod_mam, at most 50 results a page,
// default_archive_policy = true): bob writes while alice's device is offline, alice catches up
// from her own archive on connect, once, without notifications; a sync cut by a dropped
// connection resumes without fetching a page twice; a message that came live is not stored
// again; a first connect takes only the recent window. A scripted fake answer (injected into
// alice's client ahead of Prosody's) plays an archive that lies.
#include "ArchiveQueryLog.h"
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "session/ChatArchiveSync.h"
#include "storage/MessageEvents.h"
#include "xmpp/IqTracker.h"

#include <QDomDocument>
#include <QSet>
#include <QSslSocket>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include <functional>

using namespace Tandem;
using namespace Tandem::Test;
using State = ChatArchiveSync::State;

namespace {

const QString Alice = QStringLiteral("alice@localhost");
const QString Bob = QStringLiteral("bob@localhost");

/// Sends a chat message; an empty \a id sends one without any id (only the server's stanza-id).
void sendChat(QXmppClient &from, const QString &to, const QString &body, const QString &id)
{
    QXmppMessage m;
    m.setType(QXmppMessage::Chat);
    m.setTo(to);
    m.setBody(body);
    if (!id.isEmpty()) {
        m.setId(id);
        m.setOriginId(id);
    }
    from.sendPacket(m);
}

/// Waits until the server has handled everything \a client sent before (one IQ round trip).
bool roundTrip(QXmppClient &client)
{
    bool answered = false;
    QXmppIq ping(QXmppIq::Get);
    ping.setTo(QStringLiteral("localhost"));
    IqTracker::of(&client)->send(
        ping, &client, [&](const IqResponse &) { answered = true; }, 10000);
    return QTest::qWaitFor([&] { return answered; }, 15000);
}

/// Bodies in \a messages starting with \a tag, and how often each occurs.
QHash<QString, int> tagged(const QVector<Message> &messages, const QString &tag)
{
    QHash<QString, int> counts;
    for (const Message &m : messages) {
        if (m.body.startsWith(tag))
            ++counts[m.body];
    }
    return counts;
}

int notifiedWith(const QSignalSpy &spy, const QString &tag)
{
    int n = 0;
    for (const auto &args : spy)
        n += args.first().value<Message>().body.startsWith(tag) ? 1 : 0;
    return n;
}

} // namespace

class TestChatArchiveSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offlineMessagesComeOnceFromTheArchive();
    void droppedConnectionResumesWithoutRefetching();
    void liveCopyIsNotStoredAgain();
    void firstConnectTakesOnlyTheRecentWindow();
    void emptyArchiveIsRememberedAndAllOfflineMessagesArrive();
    void lyingArchiveStops();

private:
    std::unique_ptr<TestDevice> device(const QString &resource)
    {
        return std::make_unique<TestDevice>(
            *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), resource);
    }
    /// Starts \a d and waits for its next sync to end in \a state.
    bool syncs(TestDevice &d, State state = State::Synced, int timeoutMs = 30000)
    {
        QSignalSpy finished(d.account->chatArchive(), &ChatArchiveSync::finished);
        if (d.account->state() != Account::State::Online)
            d.start();
        return QTest::qWaitFor(
            [&] {
                return std::any_of(finished.cbegin(), finished.cend(),
                    [&](const QList<QVariant> &args) { return args.first().value<State>() == state; });
            },
            timeoutMs);
    }
    bool connectBob()
    {
        return m_bob.isConnected()
            || connectClient(m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("pc"));
    }

    std::unique_ptr<ProsodyFixture> m_server;
    QXmppClient m_bob;
};

void TestChatArchiveSync::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const char *user : { "alice", "bob", "dora" }) {
        QVERIFY2(m_server->registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
    }
    QVERIFY(connectBob());
}

void TestChatArchiveSync::offlineMessagesComeOnceFromTheArchive()
{
    constexpr int N = 30;
    auto desk = device(QStringLiteral("desk"));
    // Alice's phone (a plain client) writes too: those are outgoing messages in her archive.
    QXmppClient phone;
    QVERIFY(connectClient(phone, *m_server, QStringLiteral("alice"), QStringLiteral("phone")));
    const QString tag = QStringLiteral("offline-");
    for (int i = 0; i < N; ++i)
        sendChat(m_bob, Alice, tag + QString::number(i), QStringLiteral("off-%1").arg(i));
    sendChat(phone, Bob, tag + QStringLiteral("from the phone"), QStringLiteral("phone-1"));
    QVERIFY(roundTrip(m_bob));
    QVERIFY(roundTrip(phone));
    phone.disconnectFromServer();

    QSignalSpy added(desk->account->messageEvents(), &MessageEvents::messageAdded);
    QSignalSpy stored(desk->account->messageEvents(), &MessageEvents::historyAdded);
    QVERIFY(syncs(*desk));
    // Nothing more arrives live later (Prosody holds offline messages back from a session that
    // queried the archive before its initial presence).
    QTest::qWait(1000);

    const auto rows = desk->history(Bob);
    const auto counts = tagged(rows, tag);
    QCOMPARE(counts.size(), N + 1);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(
            it.value() == 1, qPrintable(QStringLiteral("stored %1 times: %2").arg(it.value()).arg(it.key())));
    for (const Message &m : rows) {
        if (!m.body.startsWith(tag))
            continue;
        QVERIFY(m.fromArchive);
        QCOMPARE(m.stanzaIdBy, Alice);
        const bool fromPhone = m.body.endsWith(QStringLiteral("from the phone"));
        QCOMPARE(m.direction, fromPhone ? Message::Direction::Outgoing : Message::Direction::Incoming);
        if (fromPhone) // not in this device's outbox: it is not ours to send again
            QCOMPARE(m.state, Message::DeliveryState::Delivered);
    }
    QCOMPARE(notifiedWith(added, tag), 0);
    int reported = 0;
    for (const auto &args : stored)
        reported += tagged(args.first().value<QVector<Message>>(), tag).size();
    QCOMPARE(reported, N + 1);
    QVERIFY(!desk->account->chatArchive()->ranges().isEmpty());
    desk->account->stop();
}

void TestChatArchiveSync::droppedConnectionResumesWithoutRefetching()
{
    constexpr int N = 300;
    auto laptop = device(QStringLiteral("laptop"));
    QVERIFY(syncs(*laptop)); // the first window gives it a range to continue from
    laptop->account->stop();
    QTRY_COMPARE_WITH_TIMEOUT(laptop->account->state(), Account::State::Offline, 5000);

    const QString tag = QStringLiteral("resume-");
    for (int i = 0; i < N; ++i)
        sendChat(m_bob, Alice, tag + QString::number(i), QStringLiteral("res-%1").arg(i));
    QVERIFY(roundTrip(m_bob));

    ChatArchiveSync *sync = laptop->account->chatArchive();
    QueryLog log(laptop->account->client(), Alice);
    // Drop the connection right after the second page is stored, before the third is asked for.
    QString lastStored;
    bool dropped = false;
    connect(sync, &ChatArchiveSync::pageStored, this, [&](int page, int) {
        if (dropped || page != 2)
            return;
        dropped = true;
        lastStored = sync->ranges().newest()->last.id;
        auto *socket = laptop->account->client()->findChild<QSslSocket *>();
        QVERIFY(socket);
        socket->abort();
    });
    QSignalSpy finished(sync, &ChatArchiveSync::finished);
    QSignalSpy added(laptop->account->messageEvents(), &MessageEvents::messageAdded);
    laptop->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
    QCOMPARE(finished.first().first().value<State>(), State::Interrupted);
    QVERIFY(dropped);
    QVERIFY(sync->ranges().gaps().first().interrupted);
    const int queriesBefore = log.queries.size();

    // The account reconnects by itself; the next sync continues after the last stored page.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 60000);
    QCOMPARE(finished.last().first().value<State>(), State::Synced);
    QVERIFY(log.queries.size() > queriesBefore);
    QCOMPARE(log.queries[queriesBefore].after, lastStored);

    const QStringList afters = log.afters();
    QStringList ids;
    for (const ArchiveQuery &q : log.queries)
        ids << q.iqId + QLatin1Char(':') + q.after;
    QVERIFY2(QSet<QString>(afters.cbegin(), afters.cend()).size() == afters.size(), // no page twice
        qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY2(log.queries.size() <= N / 50 + 1, qPrintable(QString::number(log.queries.size())));

    const auto counts = tagged(laptop->history(Bob, 5000), tag);
    QCOMPARE(counts.size(), N);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(notifiedWith(added, tag), 0);
    QVERIFY(!sync->ranges().gaps().first().interrupted);
    QCOMPARE(sync->ranges().ranges().size(), 1);
    laptop->account->stop();
}

void TestChatArchiveSync::liveCopyIsNotStoredAgain()
{
    auto tablet = device(QStringLiteral("tablet"));
    QVERIFY(syncs(*tablet));
    QSignalSpy added(tablet->account->messageEvents(), &MessageEvents::messageAdded);
    const QString tag = QStringLiteral("live-");
    // One with an origin-id, one with no id at all: only the server's stanza-id links the copies.
    sendChat(m_bob, Alice, tag + QStringLiteral("with-id"), QStringLiteral("live-1"));
    sendChat(m_bob, Alice, tag + QStringLiteral("no-id"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(notifiedWith(added, tag), 2, 10000);
    tablet->account->stop();
    QTRY_COMPARE_WITH_TIMEOUT(tablet->account->state(), Account::State::Offline, 5000);

    QVERIFY(syncs(*tablet));
    const auto &run = tablet->account->chatArchive()->lastRun();
    QVERIFY2(run.fetched >= 2, qPrintable(QString::number(run.fetched))); // both came from the archive...
    QCOMPARE(run.stored, 0); // ...and were already there
    const auto counts = tagged(tablet->history(Bob, 5000), tag);
    QCOMPARE(counts.size(), 2);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(notifiedWith(added, tag), 2);
    tablet->account->stop();
}

void TestChatArchiveSync::firstConnectTakesOnlyTheRecentWindow()
{
    QCOMPARE(ChatArchiveSync::DefaultWindowSize, 500);
    auto fresh = device(QStringLiteral("fresh"));
    ChatArchiveSync *sync = fresh->account->chatArchive();
    sync->setWindowSize(120); // the archive holds over 330 messages by now
    QueryLog log(fresh->account->client(), Alice);
    QVERIFY(syncs(*fresh));
    QCOMPARE(sync->lastRun().fetched, 120);
    QCOMPARE(log.queries.size(), 3); // 50 + 50 + 20, newest first
    QCOMPARE(log.queries[0].max, 50);
    QVERIFY(log.queries[0].hasBefore && log.queries[0].before.isEmpty());
    QCOMPARE(log.queries[2].max, 20);
    for (const ArchiveQuery &q : log.queries) {
        QVERIFY(q.after.isEmpty());
        QVERIFY(q.hasBefore);
    }
    const auto rows = fresh->history(Bob, 5000);
    QVERIFY(rows.size() <= 120);
    QVERIFY(tagged(rows, QStringLiteral("live-")).size() == 2); // the newest are there
    QVERIFY(tagged(rows, QStringLiteral("offline-")).isEmpty()); // the oldest are not
    QCOMPARE(sync->ranges().ranges().size(), 1);
    QVERIFY(sync->ranges().ranges().first().complete);
    fresh->account->stop();
}

void TestChatArchiveSync::emptyArchiveIsRememberedAndAllOfflineMessagesArrive()
{
    constexpr int N = 60;
    const QString dora = QStringLiteral("dora@localhost");
    TestDevice d(*m_server, QStringLiteral("dora"), QStringLiteral("pw-dora"), QStringLiteral("desk"));
    d.account->chatArchive()->setWindowSize(20);
    QVERIFY(syncs(d));
    QVERIFY(d.account->chatArchive()->ranges().isEmpty()); // nothing in the archive yet
    d.account->stop();
    QTRY_COMPARE_WITH_TIMEOUT(d.account->state(), Account::State::Offline, 5000);
    d.restartAccount(); // what the first sync learned must be in the database, not in memory
    d.account->chatArchive()->setWindowSize(20);

    // While no device of dora's is online, bob writes more than a window, asking for receipts.
    QSet<QString> receipted;
    auto conn = connect(&m_bob, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
        if (!m.receiptId().isEmpty())
            receipted.insert(m.receiptId());
    });
    const QString tag = QStringLiteral("while-away-");
    for (int i = 0; i < N; ++i) {
        QXmppMessage m;
        m.setType(QXmppMessage::Chat);
        m.setTo(dora);
        m.setBody(tag + QString::number(i));
        m.setId(QStringLiteral("away-%1").arg(i));
        m.setReceiptRequested(true);
        m_bob.sendPacket(m);
    }
    QVERIFY(roundTrip(m_bob));

    // They reach dora only from the archive (Prosody keeps offline messages from a session that
    // queried it first): all of them, not the newest window, and bob gets every receipt.
    QVERIFY(syncs(d));
    const auto counts = tagged(d.history(Bob, 5000), tag);
    QCOMPARE(counts.size(), N);
    for (int n : counts)
        QCOMPARE(n, 1);
    QTRY_COMPARE_WITH_TIMEOUT(receipted.size(), N, 10000);
    disconnect(conn);
    d.account->stop();
}

void TestChatArchiveSync::lyingArchiveStops()
{
    auto victim = device(QStringLiteral("liar"));
    ChatArchiveSync *sync = victim->account->chatArchive();
    sync->setMaxPages(6);
    QXmppClient *client = victim->account->client();
    int page = 0;
    const QString bigBody(10 * 1024 * 1024, QLatin1Char('x'));
    QueryLog log(client, Alice, [&](const ArchiveQuery &q, int) {
        ++page;
        if (q.hasBefore) {
            // The first window: a forged result, a duplicate id, a 10 MB body, a lone surrogate;
            // then the same page again for the next one.
            inject(client,
                element(fakeResult(
                    q, QStringLiteral("F1"), QStringLiteral("forged"), QStringLiteral("eve@localhost"))));
            inject(client, element(fakeResult(q, QStringLiteral("L1"), QStringLiteral("lie-one"))));
            inject(client, element(fakeResult(q, QStringLiteral("L1"), QStringLiteral("lie-one again"))));
            inject(client, element(fakeResult(q, QStringLiteral("L2"), bigBody)));
            QDomElement odd = element(fakeResult(q, QStringLiteral("L3"), QStringLiteral("placeholder")));
            QDomElement body = odd.firstChildElement()
                                   .firstChildElement()
                                   .firstChildElement(QStringLiteral("message"))
                                   .firstChildElement(QStringLiteral("body"));
            body.firstChild().setNodeValue(QStringLiteral("lie-surrogate ") + QChar(0xD800));
            inject(client, odd);
            inject(client, element(fakeFin(q, false, QStringLiteral("L3"))));
            return;
        }
        // Forward: fresh ids on every page, never complete, the same RSM <last> every time.
        for (int i = 0; i < 3; ++i)
            inject(client,
                element(
                    fakeResult(q, QStringLiteral("P%1-%2").arg(page).arg(i), QStringLiteral("lie-more"))));
        inject(client, element(fakeFin(q, false, QStringLiteral("SAME"))));
    });

    // Window: page 1 is taken (bad results dropped), page 2 repeats it: the sync stops.
    QVERIFY(syncs(*victim, State::Failed));
    QVERIFY2(sync->lastRun().error.contains(QStringLiteral("repeated")), qPrintable(sync->lastRun().error));
    QCOMPARE(log.queries.size(), 2);
    QCOMPARE(sync->lastRun().rejected, 3); // the forged sender (on both pages), the oversized body
    QTest::qWait(500); // Prosody's real answers arrive now and must change nothing
    auto lies = tagged(victim->history(QStringLiteral("mallory@localhost")), QStringLiteral("lie-"));
    QCOMPARE(lies.size(), 2);
    QCOMPARE(lies.value(QStringLiteral("lie-one")), 1);
    QCOMPARE(lies.value(QStringLiteral("lie-surrogate ") + QChar(QChar::ReplacementCharacter)), 1);
    QVERIFY(tagged(victim->history(QStringLiteral("eve@localhost")), QString()).isEmpty());

    // Forward from there: never complete, so the page limit ends it, and the next connect goes on.
    victim->account->stop();
    QTRY_COMPARE_WITH_TIMEOUT(victim->account->state(), Account::State::Offline, 5000);
    log.queries.clear();
    QVERIFY(syncs(*victim, State::Interrupted));
    QCOMPARE(log.queries.size(), 6);
    QVERIFY(sync->ranges().gaps().first().interrupted);
    victim->account->stop();
}

QTEST_GUILESS_MAIN(TestChatArchiveSync)
#include "tst_chat_archive_sync.moc"
