// ReadStateSync on a real database, its XEP-0490 side offline: a read here is published once,
// a position heard is applied and not echoed, one whose message is not stored yet waits for it
// (and holds back older publications meanwhile), and positions from elsewhere are refused.
// DisplayedMarkers rides on it: a chat read here sends its contact one XEP-0333 marker.
#include "StorageTestUtils.h"
#include "session/DisplayedMarkers.h"
#include "session/ReadStateSync.h"
#include "storage/ConversationStateQueries.h"
#include "storage/MessageEvents.h"

#include <QSignalSpy>
#include <QXmppMessage.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QString alice = QStringLiteral("alice@localhost");
const QString bob = QStringLiteral("bob@localhost");
const QString room = QStringLiteral("room@conference.localhost");
} // namespace

class TestReadStateSync : public QObject, public StoreFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readHereIsPublishedOnce();
    void heardPositionIsAppliedAndNotEchoed();
    void positionWaitsForItsMessage();
    void foreignAssignersAreRefused();
    void readChatSendsOneMarker();
    void markersOnlyForChatsReadHere();

private:
    Message add(const QString &conversation, const QString &body, qint64 ts, const QString &stanzaId);
    ConversationState state(const QString &conversation)
    {
        return runAndWait(*m_db, [conversation](SqliteConnection &c) {
            return ConversationStateQueries::state(c, alice, conversation);
        }).value_or(ConversationState());
    }
    void hear(const QString &conversation, const QString &by, const QString &stanzaId)
    {
        Q_EMIT m_sync->displayedReceived(DisplayedPosition { conversation, stanzaId, by });
    }

    std::unique_ptr<MessageEvents> m_events;
    std::unique_ptr<DisplayedSync0490> m_sync;
    std::unique_ptr<ReadStateSync> m_read;
    std::unique_ptr<DisplayedMarkers> m_markers;
    QVector<QXmppMessage> m_sent;
};

void TestReadStateSync::init()
{
    open();
    m_events = std::make_unique<MessageEvents>(alice, m_store.get());
    m_sync = std::make_unique<DisplayedSync0490>();
    m_read = std::make_unique<ReadStateSync>(
        m_events.get(), m_sync.get(), [](const QString &jid) { return jid == room; });
    m_sent.clear();
    m_markers
        = std::make_unique<DisplayedMarkers>(m_events.get(), m_read.get(), [this](const QXmppMessage &m) {
              m_sent.append(m);
              return true;
          });
}

void TestReadStateSync::cleanup()
{
    m_markers.reset();
    m_read.reset();
    m_sync.reset();
    m_events.reset();
    close();
}

Message TestReadStateSync::add(
    const QString &conversation, const QString &body, qint64 ts, const QString &stanzaId)
{
    static int counter = 0;
    Message m;
    m.account = alice;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.direction = Message::Direction::Incoming;
    m.sender = conversation == room ? QStringLiteral("carol") : conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("o%1").arg(++counter);
    m.messageId = QStringLiteral("m-") + body;
    m.stanzaId = stanzaId;
    m.stanzaIdBy = conversation == room ? room : alice;
    m.body = body;
    m.serverTime = m.localTime = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC);
    const auto result = waitForCallback<StoreResult>(
        [&](QObject *context, auto done) { m_store->store(m, context, done); });
    m.rowId = result ? result->rowId : -1;
    m_events->reportAdded(m, MessageEvents::Origin::Live);
    return m;
}

void TestReadStateSync::readHereIsPublishedOnce()
{
    QSignalSpy published(m_read.get(), &ReadStateSync::published);
    add(room, QStringLiteral("a"), 1000, QStringLiteral("r-1"));
    const Message b = add(room, QStringLiteral("b"), 2000, QStringLiteral("r-2"));
    m_events->markRead(room, b.rowId);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 5000);
    const auto position = published.at(0).at(0).value<DisplayedPosition>();
    QCOMPARE(position.conversation, room);
    QCOMPARE(position.stanzaId, QStringLiteral("r-2"));
    QCOMPARE(position.by, room);
    // Other state changes of the conversation (a pin) are not a new read position.
    m_events->setPinned(room, true);
    QTRY_VERIFY_WITH_TIMEOUT(state(room).pinned, 5000);
    QTest::qWait(100);
    QCOMPARE(published.size(), 1);
}

void TestReadStateSync::heardPositionIsAppliedAndNotEchoed()
{
    QSignalSpy published(m_read.get(), &ReadStateSync::published);
    QSignalSpy applied(m_read.get(), &ReadStateSync::applied);
    add(bob, QStringLiteral("a"), 1000, QStringLiteral("c-1"));
    const Message b = add(bob, QStringLiteral("b"), 2000, QStringLiteral("c-2"));
    add(bob, QStringLiteral("c"), 3000, QStringLiteral("c-3"));
    hear(bob, alice, QStringLiteral("c-2"));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 5000);
    QCOMPARE(state(bob).read.rowId, b.rowId);
    QTest::qWait(100);
    QCOMPARE(published.size(), 0);
    QCOMPARE(m_read->pendingCount(), 0);
}

void TestReadStateSync::positionWaitsForItsMessage()
{
    QSignalSpy published(m_read.get(), &ReadStateSync::published);
    const Message a = add(room, QStringLiteral("a"), 1000, QStringLiteral("r-1"));
    hear(room, room, QStringLiteral("r-2")); // read elsewhere, not here yet
    QTRY_COMPARE_WITH_TIMEOUT(m_read->pendingCount(), 1, 5000);
    QTest::qWait(100);
    QCOMPARE(m_read->pendingCount(), 1);
    // Reading what we have must not move the account's position back to r-1.
    m_events->markRead(room, a.rowId);
    QTRY_COMPARE_WITH_TIMEOUT(state(room).read.rowId, a.rowId, 5000);
    QTest::qWait(100);
    QCOMPARE(published.size(), 0);
    // The message arrives (from the anchor, or a catch-up page): the position applies.
    const Message b = add(room, QStringLiteral("b"), 2000, QStringLiteral("r-2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_read->pendingCount(), 0, 5000);
    QCOMPARE(state(room).read.rowId, b.rowId);
    QCOMPARE(published.size(), 0);
    // And now a read here goes out again.
    const Message c = add(room, QStringLiteral("c"), 3000, QStringLiteral("r-3"));
    m_events->markRead(room, c.rowId);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 5000);
}

void TestReadStateSync::foreignAssignersAreRefused()
{
    QSignalSpy applied(m_read.get(), &ReadStateSync::applied);
    add(bob, QStringLiteral("a"), 1000, QStringLiteral("c-1"));
    hear(bob, QStringLiteral("localhost"), QStringLiteral("c-1")); // bob's server's ids mean nothing here
    hear(bob + QStringLiteral("/phone"), alice, QStringLiteral("c-1")); // not a conversation's bare JID
    hear(room, alice, QStringLiteral("r-1")); // a room's ids are the room's
    QTest::qWait(200);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_read->pendingCount(), 0);
    QVERIFY(state(bob).read.isNull());
}

void TestReadStateSync::readChatSendsOneMarker()
{
    add(bob, QStringLiteral("a"), 1000, QStringLiteral("c-1"));
    const Message b = add(bob, QStringLiteral("b"), 2000, QStringLiteral("c-2"));
    m_events->markRead(bob, b.rowId);
    QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 1, 5000);
    QCOMPARE(m_sent.at(0).to(), bob);
    QCOMPARE(m_sent.at(0).type(), QXmppMessage::Chat);
    QCOMPARE(m_sent.at(0).marker(), QXmppMessage::Displayed);
    QCOMPARE(m_sent.at(0).markedId(), QStringLiteral("m-b"));
    QVERIFY(m_sent.at(0).body().isEmpty());
    // The newest of the contact's messages, even when our reply (no stanza-id yet) comes after it.
    const Message c = add(bob, QStringLiteral("c"), 3000, QStringLiteral("c-3"));
    Message reply = c;
    reply.direction = Message::Direction::Outgoing;
    reply.originId = reply.messageId = QStringLiteral("mine");
    reply.stanzaId.clear();
    reply.serverTime = reply.localTime = QDateTime::fromMSecsSinceEpoch(4000, Qt::UTC);
    const auto stored = waitForCallback<StoreResult>(
        [&](QObject *context, auto done) { m_store->store(reply, context, done); });
    QVERIFY(stored && stored->inserted);
    m_events->markRead(bob, stored->rowId);
    QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 2, 5000);
    QCOMPARE(m_sent.at(1).markedId(), QStringLiteral("m-c"));
}

void TestReadStateSync::markersOnlyForChatsReadHere()
{
    const Message r = add(room, QStringLiteral("r"), 1000, QStringLiteral("r-1"));
    m_events->markRead(room, r.rowId);
    add(bob, QStringLiteral("a"), 1000, QStringLiteral("c-1"));
    hear(bob, alice, QStringLiteral("c-1")); // read on another device: that one marks it
    QTRY_VERIFY_WITH_TIMEOUT(!state(bob).read.isNull(), 5000);
    QTest::qWait(200);
    QCOMPARE(m_sent.size(), 0);
    m_markers->setEnabled(false);
    const Message b = add(bob, QStringLiteral("b"), 2000, QStringLiteral("c-2"));
    m_events->markRead(bob, b.rowId);
    QTRY_COMPARE_WITH_TIMEOUT(state(bob).read.rowId, b.rowId, 5000);
    QTest::qWait(200);
    QCOMPARE(m_sent.size(), 0);
}

QTEST_GUILESS_MAIN(TestReadStateSync)
#include "tst_read_state_sync.moc"
