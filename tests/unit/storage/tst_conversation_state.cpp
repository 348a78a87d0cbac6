// Per-conversation state (migration 0005) on a real database: the read position only moves
// forward, unread and mention counts follow it in conversations(), pins, mutes, drafts and closing
// are stored, and MessageEvents announces each change once.
#include "StorageTestUtils.h"
#include "storage/ConversationStateQueries.h"
#include "storage/ConversationStateStore.h"
#include "storage/MentionMatch.h"
#include "storage/MessageEvents.h"
#include "storage/MessageQueries.h"
#include "storage/Migrations.h"

#include <QSignalSpy>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString alice = QStringLiteral("alice@localhost");
const QString bob = QStringLiteral("bob@localhost");
const QString room = QStringLiteral("room@conference.localhost");

} // namespace

class TestConversationState : public QObject, public StoreFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void mentionsAreWholeWordsInAnyCase_data();
    void mentionsAreWholeWordsInAnyCase();
    void unreadCountFollowsTheReadPosition();
    void readPositionNeverMovesBackwards();
    void readByStanzaIdKeepsTheIdForOtherClients();
    void readMessageWithoutStanzaIdIsNamedByTheOneBefore();
    void mentionCountUsesTheRoomNick();
    void stateShowsInTheConversationList();
    void closedConversationComesBackWithNews();
    void eventsAnnounceEachChangeOnce();
    void upgradeKeepsOldHistoryRead();
    void listQueriesUseTheHistoryIndex();

private:
    qint64 add(const QString &conversation, const QString &body, qint64 ts,
        Message::Direction direction = Message::Direction::Incoming, const QString &stanzaId = {});
    QVector<ConversationSummary> list();
    ConversationSummary summaryOf(const QString &conversation);
    ConversationState state(const QString &conversation);
    template<typename Job> bool write(Job job) { return runAndWait(*m_db, std::move(job)).value_or(false); }
};

qint64 TestConversationState::add(const QString &conversation, const QString &body, qint64 ts,
    Message::Direction direction, const QString &stanzaId)
{
    static int counter = 0;
    Message m;
    m.account = alice;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.direction = direction;
    m.sender = conversation == room ? QStringLiteral("carol") : conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("o%1").arg(++counter);
    if (!stanzaId.isEmpty()) {
        m.stanzaId = stanzaId;
        m.stanzaIdBy = conversation == room ? room : alice;
    }
    m.body = body;
    m.serverTime = m.localTime = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC);
    const auto result = waitForCallback<StoreResult>(
        [&](QObject *context, auto done) { m_store->store(m, context, done); });
    return result && result->inserted ? result->rowId : -1;
}

QVector<ConversationSummary> TestConversationState::list()
{
    return waitForCallback<QVector<ConversationSummary>>([&](QObject *context, auto done) {
        m_store->conversations(alice, context, done);
    }).value_or(QVector<ConversationSummary>());
}

ConversationSummary TestConversationState::summaryOf(const QString &conversation)
{
    for (const ConversationSummary &s : list()) {
        if (s.conversation == conversation)
            return s;
    }
    return {};
}

ConversationState TestConversationState::state(const QString &conversation)
{
    return runAndWait(*m_db, [conversation](SqliteConnection &c) {
        return ConversationStateQueries::state(c, alice, conversation);
    }).value_or(ConversationState());
}

void TestConversationState::mentionsAreWholeWordsInAnyCase_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<bool>("mentions");
    QTest::newRow("start") << "alice: hi"
                           << "alice" << true;
    QTest::newRow("case") << "hi ALICE!"
                          << "Alice" << true;
    QTest::newRow("end") << "thanks alice"
                         << "alice" << true;
    QTest::newRow("inside a word") << "malice aforethought"
                                   << "alice" << false;
    QTest::newRow("prefix of a word") << "alice2 is not her"
                                      << "alice" << false;
    QTest::newRow("underscore joins") << "alice_bot said"
                                      << "alice" << false;
    QTest::newRow("second occurrence") << "malice, alice"
                                       << "alice" << true;
    QTest::newRow("regex dot") << "a.b is here"
                               << "a.b" << true;
    QTest::newRow("regex dot is no wildcard") << "axb is here"
                                              << "a.b" << false;
    QTest::newRow("regex specials") << "ping (x)*+? now"
                                    << "(x)*+?" << true;
    QTest::newRow("brackets") << "[bot] do it"
                              << "[bot]" << true;
    QTest::newRow("backslash") << "yo \\d+ there"
                               << "\\d+" << true;
    QTest::newRow("accented boundary") << "éalice"
                                       << "alice" << false;
    QTest::newRow("accented nick") << "salut Élodie"
                                   << "élodie" << true;
    QTest::newRow("empty nick") << "anything"
                                << "" << false;
}

void TestConversationState::mentionsAreWholeWordsInAnyCase()
{
    QFETCH(QString, body);
    QFETCH(QString, nick);
    QFETCH(bool, mentions);
    QCOMPARE(MentionMatch::mentions(body, nick), mentions);
    // The SQL function says the same.
    const auto sql = runAndWait(*m_db, [body, nick](SqliteConnection &c) {
        Statement st = c.prepare(QStringLiteral("SELECT tandem_mentions(?1, ?2)"));
        st.bind(1, body).bind(2, nick);
        return st.step() && st.columnInt(0) == 1;
    });
    QCOMPARE(sql.value_or(!mentions), mentions);
}

void TestConversationState::unreadCountFollowsTheReadPosition()
{
    const qint64 first = add(bob, QStringLiteral("one"), 1000);
    add(bob, QStringLiteral("mine"), 1500, Message::Direction::Outgoing);
    const qint64 second = add(bob, QStringLiteral("two"), 2000);
    add(bob, QStringLiteral("three"), 3000);
    QCOMPARE(summaryOf(bob).unreadCount, qint64(3)); // our own message is never unread
    QVERIFY(
        write([=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, first); }));
    QCOMPARE(summaryOf(bob).unreadCount, qint64(2));
    QVERIFY(write(
        [=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, second); }));
    QCOMPARE(summaryOf(bob).unreadCount, qint64(1));
    QVERIFY(write([](SqliteConnection &c) { return ConversationStateQueries::markAllRead(c, alice, bob); }));
    QCOMPARE(summaryOf(bob).unreadCount, qint64(0));
    // An older message from an archive page lands before the position: still read.
    add(bob, QStringLiteral("from the archive"), 500);
    QCOMPARE(summaryOf(bob).unreadCount, qint64(0));
    add(bob, QStringLiteral("news"), 4000);
    QCOMPARE(summaryOf(bob).unreadCount, qint64(1));
}

void TestConversationState::readPositionNeverMovesBackwards()
{
    const qint64 early = add(bob, QStringLiteral("early"), 1000);
    const qint64 late = add(bob, QStringLiteral("late"), 2000);
    // A row id that is higher but earlier in time (an archive page) is older in history order.
    const qint64 archived = add(bob, QStringLiteral("archived"), 1500);
    QVERIFY(archived > late);
    QVERIFY(
        write([=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, late); }));
    QVERIFY(!write(
        [=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, early); }));
    QVERIFY(!write(
        [=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, archived); }));
    QVERIFY(
        !write([=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, late); }));
    QCOMPARE(state(bob).read.rowId, late);
    QCOMPARE(state(bob).read.serverTimeMs, qint64(2000));
    // A row of another conversation is no position in this one.
    const qint64 elsewhere = add(QStringLiteral("carol@localhost"), QStringLiteral("x"), 9000);
    QVERIFY(!write(
        [=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, elsewhere); }));
    QCOMPARE(state(bob).read.rowId, late);
}

void TestConversationState::readByStanzaIdKeepsTheIdForOtherClients()
{
    add(room, QStringLiteral("a"), 1000, Message::Direction::Incoming, QStringLiteral("s-1"));
    const qint64 second
        = add(room, QStringLiteral("b"), 2000, Message::Direction::Incoming, QStringLiteral("s-2"));
    add(room, QStringLiteral("c"), 3000, Message::Direction::Incoming, QStringLiteral("s-3"));
    QVERIFY(!write([](SqliteConnection &c) {
        return ConversationStateQueries::markReadByStanzaId(c, alice, room, room, QStringLiteral("unknown"));
    }));
    QVERIFY(write([](SqliteConnection &c) {
        return ConversationStateQueries::markReadByStanzaId(c, alice, room, room, QStringLiteral("s-2"));
    }));
    const ConversationState s = state(room);
    QCOMPARE(s.read.rowId, second);
    QCOMPARE(s.read.stanzaId, QStringLiteral("s-2"));
    QCOMPARE(s.read.stanzaIdBy, room);
    QCOMPARE(summaryOf(room).unreadCount, qint64(1));
}

// Our own reply has no stanza-id until the archive returns it; the position other clients are
// told is then the newest message before it that has one, never one after it.
void TestConversationState::readMessageWithoutStanzaIdIsNamedByTheOneBefore()
{
    add(bob, QStringLiteral("a"), 1000, Message::Direction::Incoming, QStringLiteral("s-1"));
    add(bob, QStringLiteral("b"), 2000, Message::Direction::Incoming, QStringLiteral("s-2"));
    const qint64 reply = add(bob, QStringLiteral("mine"), 3000, Message::Direction::Outgoing);
    QVERIFY(
        write([=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, bob, reply); }));
    ConversationState s = state(bob);
    QCOMPARE(s.read.rowId, reply);
    QCOMPARE(s.read.stanzaId, QStringLiteral("s-2"));
    QCOMPARE(s.read.stanzaIdBy, alice);

    add(bob, QStringLiteral("c"), 4000, Message::Direction::Incoming, QStringLiteral("s-4"));
    QVERIFY(write([](SqliteConnection &c) { return ConversationStateQueries::markAllRead(c, alice, bob); }));
    s = state(bob);
    QCOMPARE(s.read.stanzaId, QStringLiteral("s-4"));

    // Nothing identifiable at or before the position: no stanza-id to publish.
    const qint64 lone = add(room, QStringLiteral("x"), 1000);
    QVERIFY(
        write([=](SqliteConnection &c) { return ConversationStateQueries::markRead(c, alice, room, lone); }));
    QVERIFY(state(room).read.stanzaId.isEmpty());
}

void TestConversationState::mentionCountUsesTheRoomNick()
{
    add(room, QStringLiteral("hello a.lice"), 1000);
    add(room, QStringLiteral("A.Lice: are you there?"), 2000);
    add(room, QStringLiteral("no mention of aXlice"), 3000);
    QCOMPARE(summaryOf(room).mentionCount, qint64(0)); // no nick known yet
    QVERIFY(write([](SqliteConnection &c) {
        return ConversationStateQueries::setNick(c, alice, room, QStringLiteral("a.lice"));
    }));
    ConversationSummary s = summaryOf(room);
    QCOMPARE(s.unreadCount, qint64(3));
    QCOMPARE(s.mentionCount, qint64(2));
    // Only unread messages count.
    QVERIFY(write([=](SqliteConnection &c) {
        return ConversationStateQueries::markRead(c, alice, room, s.lastRowId - 1);
    }));
    s = summaryOf(room);
    QCOMPARE(s.unreadCount, qint64(1));
    QCOMPARE(s.mentionCount, qint64(0));
}

void TestConversationState::stateShowsInTheConversationList()
{
    add(bob, QStringLiteral("hi"), 1000);
    ConversationSummary s = summaryOf(bob);
    QVERIFY(!s.pinned);
    QCOMPARE(s.mutedUntilMs, qint64(0));
    QVERIFY(s.draft.isEmpty());
    QVERIFY(
        write([](SqliteConnection &c) { return ConversationStateQueries::setPinned(c, alice, bob, true); }));
    QVERIFY(
        !write([](SqliteConnection &c) { return ConversationStateQueries::setPinned(c, alice, bob, true); }));
    QVERIFY(write([](SqliteConnection &c) {
        return ConversationStateQueries::setMutedUntil(c, alice, bob, ConversationState::mutedForever);
    }));
    QVERIFY(write([](SqliteConnection &c) {
        return ConversationStateQueries::setDraft(c, alice, bob, QStringLiteral("half a thought"));
    }));
    QVERIFY(write([](SqliteConnection &c) {
        return ConversationStateQueries::setNotificationLevel(c, alice, bob, NotificationLevel::Mentions);
    }));
    s = summaryOf(bob);
    QVERIFY(s.pinned);
    QCOMPARE(s.mutedUntilMs, ConversationState::mutedForever);
    QCOMPARE(s.draft, QStringLiteral("half a thought"));
    const ConversationState st = state(bob);
    QCOMPARE(st.notification, NotificationLevel::Mentions);
    QVERIFY(st.isMuted(QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(state(QStringLiteral("nobody@localhost")).notification, NotificationLevel::Default);
}

void TestConversationState::closedConversationComesBackWithNews()
{
    add(bob, QStringLiteral("hi"), 1000);
    add(QStringLiteral("carol@localhost"), QStringLiteral("hey"), 1100);
    QCOMPARE(list().size(), 2);
    QVERIFY(write([](SqliteConnection &c) { return ConversationStateQueries::close(c, alice, bob); }));
    QCOMPARE(list().size(), 1);
    QVERIFY(state(bob).closed);
    add(bob, QStringLiteral("older, from an archive"), 900);
    QCOMPARE(list().size(), 1);
    add(bob, QStringLiteral("news"), 2000);
    QCOMPARE(list().size(), 2);
    QVERIFY(!state(bob).closed);
}

void TestConversationState::eventsAnnounceEachChangeOnce()
{
    MessageEvents events(alice, m_store.get());
    QVERIFY(events.conversationState());
    QSignalSpy changed(&events, &MessageEvents::conversationStateChanged);
    const qint64 first = add(bob, QStringLiteral("one"), 1000);
    const qint64 second = add(bob, QStringLiteral("two"), 2000);

    events.markRead(bob, second);
    QVERIFY(changed.wait(asyncTimeoutMs));
    QCOMPARE(changed.takeFirst().at(0).toString(), bob);
    events.markRead(bob, first); // backwards: nothing to say
    events.setPinned(bob, true);
    QVERIFY(changed.wait(asyncTimeoutMs));
    QCOMPARE(changed.size(), 1);
    changed.clear();
    events.setPinned(bob, true); // no change
    events.setDraft(bob, QStringLiteral("draft"));
    events.setMutedUntil(bob, QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    events.setRoomNick(room, QStringLiteral("alice"));
    events.setNotificationLevel(room, NotificationLevel::None);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 4, asyncTimeoutMs);
    QTest::qWait(50);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.at(3).at(0).toString(), room);
    changed.clear();
    events.closeConversation(bob);
    QVERIFY(changed.wait(asyncTimeoutMs));

    // Read back through the store, as a window would restore a draft.
    const auto s = waitForCallback<ConversationState>(
        [&](QObject *context, auto done) { events.conversationState()->state(alice, bob, context, done); });
    QVERIFY(s.has_value());
    QCOMPARE(s->draft, QStringLiteral("draft"));
    QCOMPARE(s->read.rowId, second);
    QVERIFY(s->pinned);
}

void TestConversationState::upgradeKeepsOldHistoryRead()
{
    close();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(QStringLiteral("old.sqlite"));
    const MigrationList all = builtinMigrations();
    {
        Database old(all.mid(0, 4));
        QVERIFY(openAndWait(old, file).ok);
    }
    QVERIFY(rawExec(file,
        QStringLiteral("INSERT INTO messages (account, conversation, body, server_ts, local_ts) VALUES "
                       "('alice@localhost', 'bob@localhost', 'old', 1, 1), "
                       "('alice@localhost', 'bob@localhost', 'older still newest', 5, 5), "
                       "('alice@localhost', 'carol@localhost', 'c', 3, 3)")));
    m_db = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_db.get());
    QVERIFY(openAndWait(*m_db, file).ok);
    const QVector<ConversationSummary> l = list();
    QCOMPARE(l.size(), 2);
    for (const ConversationSummary &s : l)
        QCOMPARE(s.unreadCount, qint64(0));
    QCOMPARE(state(bob).read.serverTimeMs, qint64(5));
    add(bob, QStringLiteral("after the upgrade"), 10);
    QCOMPARE(summaryOf(bob).unreadCount, qint64(1));
}

void TestConversationState::listQueriesUseTheHistoryIndex()
{
    // conversations() must not read the messages table row by row: at 1,000,000 messages that is
    // the difference between milliseconds and seconds (tests/bench/bench_conversation_list).
    const auto plan = runAndWait(*m_db, [](SqliteConnection &c) {
        Statement st = c.prepare(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM messages WHERE account = 'a' AND conversation = 'c' "
            "AND (server_ts, id) > (1, 2) AND direction = 0"));
        QStringList details;
        while (st.step())
            details << st.columnText(3);
        return details.join(QLatin1String("; "));
    });
    QVERIFY(plan.has_value());
    QVERIFY2(plan->contains(QLatin1String("messages_history")), qPrintable(*plan));
    QVERIFY2(!plan->contains(QLatin1String("SCAN messages")), qPrintable(*plan));
}

QTEST_GUILESS_MAIN(TestConversationState)
#include "tst_conversation_state.moc"
