// NotificationFeed on a real database: what an account's message events notify, weighed against
// the conversation state in the store, and the withdrawal once the conversation is read.
#include "OfflineAccount.h"
#include "account/NotificationFeed.h"
#include "profile/HiddenRooms.h"
#include "storage/MessageEvents.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using Origin = MessageEvents::Origin;

class TestNotificationFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void liveChatMessageNotifies();
    void historyAndOurOwnMessagesDoNot();
    void conversationStateDecides();
    void roomsNotifyMentionsUnlessKnownPrivate();
    void hiddenRoomsDoNot();
    void conversationInViewDoesNot();
    void readingWithdraws();

private:
    Message incoming(const QString &conversation, const QString &body, Origin origin = Origin::Live,
        Message::Kind kind = Message::Kind::Chat);
    /// Waits until the next notification is the one for `rowId`, and that nothing came before it.
    bool nextIs(qint64 rowId);
    /// Waits for a state write to `conversation` to be announced.
    bool written(const std::function<void(MessageEvents *)> &write);

    std::unique_ptr<Test::OfflineAccount> m_alice;
    std::unique_ptr<NotificationFeed> m_feed;
    std::unique_ptr<QSignalSpy> m_due;
    MessageEvents *m_events = nullptr;
    const QString m_bob = QStringLiteral("bob@localhost");
    const QString m_carol = QStringLiteral("carol@localhost");
    const QString m_room = QStringLiteral("lounge@conference.localhost");
};

void TestNotificationFeed::init()
{
    m_alice = std::make_unique<Test::OfflineAccount>();
    QVERIFY(m_alice->isOpen);
    m_events = m_alice->account->messageEvents();
    m_feed = std::make_unique<NotificationFeed>(m_alice->account.get());
    m_due = std::make_unique<QSignalSpy>(m_feed.get(), &NotificationFeed::notificationDue);
}

void TestNotificationFeed::cleanup()
{
    m_due.reset();
    m_feed.reset();
    m_alice.reset();
}

Message TestNotificationFeed::incoming(
    const QString &conversation, const QString &body, Origin origin, Message::Kind kind)
{
    static int counter = 0;
    Message m;
    m.account = m_alice->config.jid;
    m.conversation = conversation;
    m.kind = kind;
    m.sender
        = kind == Message::Kind::GroupChat ? QStringLiteral("dave") : conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("in-%1").arg(++counter);
    m.body = body;
    m.fromArchive = origin == Origin::Archive;
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    QObject context;
    m_alice->store.store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    if (!QTest::qWaitFor([&] { return stored; }, 5000))
        qWarning("message not stored");
    m_events->reportAdded(m, origin);
    return m;
}

bool TestNotificationFeed::nextIs(qint64 rowId)
{
    const int before = m_due->count();
    if (!QTest::qWaitFor([&] { return m_due->count() > before; }, 5000))
        return false;
    // The feed answers in the order messages were reported, so nothing else may have come first.
    return m_due->count() == before + 1 && m_due->last().at(4).toLongLong() == rowId;
}

bool TestNotificationFeed::written(const std::function<void(MessageEvents *)> &write)
{
    QSignalSpy changed(m_events, &MessageEvents::conversationStateChanged);
    write(m_events);
    return changed.wait(5000);
}

void TestNotificationFeed::liveChatMessageNotifies()
{
    const Message m = incoming(m_bob, QStringLiteral("  lunch at noon?\n"));
    QVERIFY(m_due->wait(5000));
    const QList<QVariant> args = m_due->takeFirst();
    QCOMPARE(args.at(0).toString(), m_alice->config.jid);
    QCOMPARE(args.at(1).toString(), m_bob);
    QCOMPARE(args.at(2).toString(), m_bob);
    QCOMPARE(args.at(3).toString(), QStringLiteral("lunch at noon?"));
    QCOMPARE(args.at(4).toLongLong(), m.rowId);

    // Relayed and carbon copies are news as well; a long body is cut short.
    QVERIFY(nextIs(incoming(m_bob, QStringLiteral("relayed"), Origin::Relay).rowId));
    QVERIFY(nextIs(incoming(m_carol, QString(500, QLatin1Char('x')), Origin::Carbon).rowId));
    QCOMPARE(m_due->last().at(3).toString().size(), 300);
}

void TestNotificationFeed::historyAndOurOwnMessagesDoNot()
{
    incoming(m_bob, QStringLiteral("from the archive"), Origin::Archive);
    QVERIFY(m_alice->send(m_bob, QStringLiteral("ours")));
    QVERIFY(nextIs(incoming(m_carol, QStringLiteral("live")).rowId));
}

void TestNotificationFeed::conversationStateDecides()
{
    QVERIFY(written([&](MessageEvents *e) { e->setMutedUntil(m_bob, ConversationState::mutedForever); }));
    QVERIFY(written([&](MessageEvents *e) { e->setNotificationLevel(m_carol, NotificationLevel::None); }));
    incoming(m_bob, QStringLiteral("muted"));
    incoming(m_carol, QStringLiteral("level none"));
    const QString dave = QStringLiteral("dave@localhost");
    QVERIFY(nextIs(incoming(dave, QStringLiteral("heard")).rowId));

    QVERIFY(written([&](MessageEvents *e) { e->setMutedUntil(m_bob, 0); }));
    QVERIFY(nextIs(incoming(m_bob, QStringLiteral("unmuted")).rowId));
}

void TestNotificationFeed::roomsNotifyMentionsUnlessKnownPrivate()
{
    QVERIFY(written([&](MessageEvents *e) { e->setRoomNick(m_room, QStringLiteral("alice")); }));
    incoming(m_room, QStringLiteral("weather talk"), Origin::Live, Message::Kind::GroupChat);
    const Message mention
        = incoming(m_room, QStringLiteral("Alice: look"), Origin::Relay, Message::Kind::GroupChat);
    QVERIFY(nextIs(mention.rowId));
    QCOMPARE(m_due->last().at(2).toString(), QStringLiteral("dave in lounge"));

    m_feed->setRoomVisibility(m_room, RoomVisibility::NonPublic);
    QVERIFY(nextIs(
        incoming(m_room, QStringLiteral("small circle"), Origin::Live, Message::Kind::GroupChat).rowId));

    // An explicit level wins over the room's visibility.
    QVERIFY(written([&](MessageEvents *e) { e->setNotificationLevel(m_room, NotificationLevel::Mentions); }));
    incoming(m_room, QStringLiteral("no name here"), Origin::Live, Message::Kind::GroupChat);
    QVERIFY(nextIs(incoming(m_bob, QStringLiteral("after")).rowId));

    const QString pm = m_room + QStringLiteral("/dave");
    QVERIFY(
        nextIs(incoming(pm, QStringLiteral("psst"), Origin::Live, Message::Kind::GroupChatPrivate).rowId));
    QCOMPARE(m_due->last().at(2).toString(), QStringLiteral("dave (private, in lounge)"));
}

void TestNotificationFeed::hiddenRoomsDoNot()
{
    HiddenRooms hidden(nullptr);
    m_feed->setHiddenRooms(&hidden);
    QVERIFY(written([&](MessageEvents *e) { e->setNotificationLevel(m_room, NotificationLevel::All); }));
    QVERIFY(nextIs(incoming(m_room, QStringLiteral("heard"), Origin::Live, Message::Kind::GroupChat).rowId));

    // Hidden here: neither its messages nor a mention notify, live or relayed; it is still stored.
    QVERIFY(hidden.setHidden(m_alice->config.jid, m_room, true));
    const Message quiet
        = incoming(m_room, QStringLiteral("Alice: hidden"), Origin::Relay, Message::Kind::GroupChat);
    QVERIFY(quiet.rowId > 0);
    incoming(m_room, QStringLiteral("live and hidden"), Origin::Live, Message::Kind::GroupChat);
    // A private message from one of its occupants still does, and so does another account's room.
    const QString pm = m_room + QStringLiteral("/dave");
    QVERIFY(
        nextIs(incoming(pm, QStringLiteral("psst"), Origin::Live, Message::Kind::GroupChatPrivate).rowId));
    hidden.setHidden(QStringLiteral("other@localhost"), m_room, false);

    QVERIFY(hidden.setHidden(m_alice->config.jid, m_room, false));
    QVERIFY(nextIs(
        incoming(m_room, QStringLiteral("shown again"), Origin::Live, Message::Kind::GroupChat).rowId));
}

void TestNotificationFeed::conversationInViewDoesNot()
{
    m_feed->setInView([this](const QString &conversation) { return conversation == m_bob; });
    incoming(m_bob, QStringLiteral("seen already"));
    QVERIFY(nextIs(incoming(m_carol, QStringLiteral("elsewhere")).rowId));
}

void TestNotificationFeed::readingWithdraws()
{
    QSignalSpy withdrawn(m_feed.get(), &NotificationFeed::withdrawn);
    incoming(m_bob, QStringLiteral("one"));
    const Message second = incoming(m_bob, QStringLiteral("two"));
    QVERIFY(QTest::qWaitFor([&] { return m_due->count() == 2; }, 5000));

    // Reading part of it, or pinning it, leaves the notification standing.
    QVERIFY(written([&](MessageEvents *e) { e->markRead(m_bob, second.rowId - 1); }));
    QVERIFY(written([&](MessageEvents *e) { e->setPinned(m_bob, true); }));
    // A write behind the feed's look at the list: its answer is in once this one is.
    QVERIFY(written([&](MessageEvents *e) { e->setDraft(m_carol, QStringLiteral("x")); }));
    QCOMPARE(withdrawn.count(), 0);
    QVERIFY(written([&](MessageEvents *e) { e->markAllRead(m_bob); }));
    QVERIFY(withdrawn.wait(5000));
    QCOMPARE(withdrawn.count(), 1);
    QCOMPARE(withdrawn.first().at(0).toString(), m_bob);

    // A conversation that never notified has nothing to withdraw.
    QVERIFY(written([&](MessageEvents *e) { e->setPinned(m_carol, true); }));
    QCOMPARE(withdrawn.count(), 1);
}

QTEST_GUILESS_MAIN(TestNotificationFeed)
#include "tst_notification_feed.moc"
