// ConversationListModel on a real database: the accounts' conversations, pinned first then most
// recent, kept current by MessageEvents alone, reordered by moves (never a reset), held still on
// request; and ConversationFilterModel over it. Checked by QAbstractItemModelTester from the start.
#include "OfflineAccount.h"
#include "account/Account.h"
#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestConversationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheAccountsMessages();
    void stateRolesAndMoves();
    void reorderWaitsWhileHeld();
    void mutedExpires();
    void severalAccounts();
    void filterByNameOrJid();
    void namesAndPreviews();
    void roomEventsAreNoNews();

private:
    /// Stores an incoming message and reports it live, as the account would.
    static Message incoming(Test::OfflineAccount &account, const QString &conversation, const QString &body,
        qint64 ts, Message::Kind kind = Message::Kind::Chat);
};

Message TestConversationListModel::incoming(Test::OfflineAccount &alice, const QString &conversation,
    const QString &body, qint64 ts, Message::Kind kind)
{
    static int counter = 0;
    Message m;
    m.account = alice.config.jid;
    m.conversation = conversation;
    m.kind = kind;
    m.sender = kind == Message::Kind::GroupChat ? QStringLiteral("carol")
                                                : conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("in-%1").arg(++counter);
    m.body = body;
    m.serverTime = m.localTime = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC);
    bool stored = false;
    QObject context;
    alice.store.store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    (void)QTest::qWaitFor([&] { return stored; }, 5000);
    alice.account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
    return m;
}

void TestConversationListModel::followsTheAccountsMessages()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    Account &account = *alice.account;
    const AccountConfig &config = alice.config;
    MessageStore &store = alice.store;
    QVERIFY(alice.send(QStringLiteral("bob@localhost"), QStringLiteral("to bob")));
    QTest::qWait(5); // distinct times: the list is ordered by the newest message
    QVERIFY(alice.send(QStringLiteral("carol@localhost"), QStringLiteral("to carol")));

    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    model.setAccount(account.messageEvents());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("carol@localhost"));
    QCOMPARE(model.index(1).data(ConversationListModel::LastBodyRole).toString(), QStringLiteral("to bob"));
    QCOMPARE(model.rowOf(QStringLiteral("bob@localhost")), 1);
    QCOMPARE(model.roleNames().value(ConversationListModel::LastBodyRole), QByteArray("lastBody"));

    // News moves a conversation to the top.
    QTest::qWait(5);
    QVERIFY(alice.send(QStringLiteral("bob@localhost"), QStringLiteral("bob again")));
    QTRY_COMPARE(model.index(0).data().toString(), QStringLiteral("bob@localhost"));
    QCOMPARE(model.index(0).data(ConversationListModel::MessageCountRole).toLongLong(), 2);

    // History (here, as an archive sync reports it) brings a conversation never seen live.
    Message archived;
    archived.account = config.jid;
    archived.conversation = QStringLiteral("dave@localhost");
    archived.sender = QStringLiteral("dave@localhost/phone");
    archived.body = QStringLiteral("from the archive");
    archived.serverTime = archived.localTime = QDateTime::currentDateTimeUtc().addDays(-1);
    archived.fromArchive = true;
    bool stored = false;
    store.store(archived, this, [&](const StoreResult &r) {
        archived.rowId = r.rowId;
        stored = r.inserted;
    });
    QTRY_VERIFY(stored);
    QCOMPARE(model.rowCount(), 2); // the store alone says nothing to the model
    account.messageEvents()->reportHistory({ archived }, MessageEvents::Origin::Archive);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("dave@localhost"));

    // Another account's list is another model's business.
    model.setAccount(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

namespace {

const QString bob = QStringLiteral("bob@localhost");
const QString carol = QStringLiteral("carol@localhost");
const QString dave = QStringLiteral("dave@localhost");
const QString room = QStringLiteral("room@conference.localhost");

QStringList order(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data().toString();
    return rows;
}

} // namespace

void TestConversationListModel::stateRolesAndMoves()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    MessageEvents *events = alice.account->messageEvents();
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    model.addAccount(events);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 0);

    incoming(alice, bob, QStringLiteral("b"), 1000);
    incoming(alice, carol, QStringLiteral("c"), 2000);
    const Message fromDave = incoming(alice, dave, QStringLiteral("d"), 3000);
    QTRY_COMPARE(order(model), QStringList({ dave, carol, bob }));
    QCOMPARE(model.index(0).data(ConversationListModel::UnreadCountRole).toLongLong(), 1);
    QCOMPARE(model.index(0).data(ConversationListModel::LastRowIdRole).toLongLong(), fromDave.rowId);

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Pinning moves it first, with one move.
    events->setPinned(bob, true);
    QTRY_COMPARE(order(model), QStringList({ bob, dave, carol }));
    QCOMPARE(moved.size(), 1);
    QVERIFY(model.index(0).data(ConversationListModel::PinnedRole).toBool());

    // Reading changes the count in place, for that row and role only.
    changed.clear();
    events->markRead(dave, fromDave.rowId);
    QTRY_COMPARE(model.index(1).data(ConversationListModel::UnreadCountRole).toLongLong(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(
        changed.at(0).at(2).value<QVector<int>>(), QVector<int>({ ConversationListModel::UnreadCountRole }));
    QCOMPARE(moved.size(), 1);

    events->setDraft(carol, QStringLiteral("unsent"));
    QTRY_COMPARE(model.index(2).data(ConversationListModel::DraftRole).toString(), QStringLiteral("unsent"));

    // A mention of the account's nick in a room.
    events->setRoomNick(room, QStringLiteral("Alice"));
    incoming(alice, room, QStringLiteral("hey alice, look"), 4000, Message::Kind::GroupChat);
    incoming(alice, room, QStringLiteral("malice"), 4001, Message::Kind::GroupChat);
    QTRY_COMPARE(model.rowOf(room), 1);
    QTRY_COMPARE(model.index(1).data(ConversationListModel::UnreadCountRole).toLongLong(), 2);
    QCOMPARE(model.index(1).data(ConversationListModel::MentionCountRole).toLongLong(), 1);
    QVERIFY(model.index(1).data(ConversationListModel::IsRoomRole).toBool());

    // Unpinning and closing: moves and a removal, still never a reset.
    events->setPinned(bob, false);
    QTRY_COMPARE(order(model), QStringList({ room, dave, carol, bob }));
    events->closeConversation(dave);
    QTRY_COMPARE(order(model), QStringList({ room, carol, bob }));
    QCOMPARE(reset.size(), 0);
}

void TestConversationListModel::reorderWaitsWhileHeld()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    incoming(alice, bob, QStringLiteral("b"), 1000);
    incoming(alice, carol, QStringLiteral("c"), 2000);
    model.addAccount(alice.account->messageEvents());
    QTRY_COMPARE(order(model), QStringList({ carol, bob }));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    model.setReorderHeld(true);
    incoming(alice, bob, QStringLiteral("news from bob"), 3000);
    // The data shows at once, in the row where it was.
    QTRY_COMPARE(
        model.index(1).data(ConversationListModel::PreviewRole).toString(), QStringLiteral("news from bob"));
    QCOMPARE(model.index(1).data(ConversationListModel::UnreadCountRole).toLongLong(), 2);
    QCOMPARE(order(model), QStringList({ carol, bob }));
    QCOMPARE(moved.size(), 0);
    // A new conversation still appears (where it belongs).
    incoming(alice, dave, QStringLiteral("d"), 4000);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), dave);
    model.setReorderHeld(false);
    QCOMPARE(order(model), QStringList({ dave, bob, carol }));
    QCOMPARE(moved.size(), 1);
}

void TestConversationListModel::mutedExpires()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    MessageEvents *events = alice.account->messageEvents();
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    incoming(alice, bob, QStringLiteral("b"), 1000);
    model.addAccount(events);
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(0).data(ConversationListModel::MutedRole).toBool());
    events->setMutedUntil(bob, ConversationState::mutedForever);
    QTRY_VERIFY(model.index(0).data(ConversationListModel::MutedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    events->setMutedUntil(bob, QDateTime::currentMSecsSinceEpoch() + 1500);
    QTRY_COMPARE(model.index(0).data(ConversationListModel::MutedUntilRole).toLongLong()
            < ConversationState::mutedForever,
        true);
    QVERIFY(model.index(0).data(ConversationListModel::MutedRole).toBool());
    // The model says so when the time is up: nothing in the store changes then.
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(0).data(ConversationListModel::MutedRole).toBool(), 5000);
    QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(2).value<QVector<int>>() == QVector<int>({ ConversationListModel::MutedRole });
    }));
}

void TestConversationListModel::severalAccounts()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    incoming(alice, carol, QStringLiteral("to alice"), 1000);
    // A second account on the same database.
    MessageEvents bobEvents(bob, &alice.store);
    Message m;
    m.account = bob;
    m.conversation = carol;
    m.sender = carol + QStringLiteral("/phone");
    m.body = QStringLiteral("to bob");
    m.originId = QStringLiteral("for-bob");
    m.serverTime = m.localTime = QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC);
    bool stored = false;
    alice.store.store(m, this, [&](const StoreResult &r) { stored = r.inserted; });
    QTRY_VERIFY(stored);

    model.addAccount(alice.account->messageEvents());
    model.addAccount(&bobEvents);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ConversationListModel::AccountRole).toString(), bob);
    QCOMPARE(model.index(1).data(ConversationListModel::AccountRole).toString(), alice.config.jid);
    QCOMPARE(model.rowOf(bob, carol), 0);
    QCOMPARE(model.rowOf(alice.config.jid, carol), 1);
    QCOMPARE(model.events(bob), &bobEvents);

    model.removeAccount(bob);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ConversationListModel::AccountRole).toString(), alice.config.jid);
    // setAccount() keeps one account only.
    model.addAccount(&bobEvents);
    QTRY_COMPARE(model.rowCount(), 2);
    model.setAccount(alice.account->messageEvents());
    QCOMPARE(model.rowCount(), 1);
}

void TestConversationListModel::filterByNameOrJid()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    ConversationListModel model;
    ConversationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    incoming(alice, bob, QStringLiteral("b"), 1000);
    incoming(alice, carol, QStringLiteral("c"), 2000);
    incoming(alice, room, QStringLiteral("r"), 3000, Message::Kind::GroupChat);
    model.addAccount(alice.account->messageEvents());
    QTRY_COMPARE(filter.rowCount(), 3);
    filter.setFilterText(QStringLiteral("CAR"));
    QCOMPARE(order(filter), QStringList({ carol }));
    filter.setFilterText(QStringLiteral("conference"));
    QCOMPARE(order(filter), QStringList({ room }));
    filter.setFilterText(QStringLiteral("nobody"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(QStringLiteral("  "));
    QCOMPARE(filter.rowCount(), 3);
    // The order is the list's: news moves a row there and here.
    filter.setFilterText(QStringLiteral("o")); // bob, carol, room
    incoming(alice, bob, QStringLiteral("again"), 4000);
    QTRY_COMPARE(order(filter), QStringList({ bob, room, carol }));
}

void TestConversationListModel::namesAndPreviews()
{
    QCOMPARE(ConversationListModel::displayName(bob, int(Message::Kind::Chat)), QStringLiteral("bob"));
    QCOMPARE(ConversationListModel::displayName(room, int(Message::Kind::GroupChat)), QStringLiteral("room"));
    QCOMPARE(ConversationListModel::displayName(
                 room + QStringLiteral("/carol"), int(Message::Kind::GroupChatPrivate)),
        QStringLiteral("carol"));
    QCOMPARE(ConversationListModel::displayName(QStringLiteral("localhost"), int(Message::Kind::Chat)),
        QStringLiteral("localhost"));
    QCOMPARE(ConversationListModel::preview(QStringLiteral("\n  first line  \nsecond")),
        QStringLiteral("first line"));
    QCOMPARE(ConversationListModel::preview(QString()), QString());
    // A 10 MB single-line body previews as a short line.
    QCOMPARE(ConversationListModel::preview(QStringLiteral("x").repeated(10 * 1024 * 1024)).size(), 300);
}

void TestConversationListModel::roomEventsAreNoNews()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    incoming(alice, room, QStringLiteral("hello room"), 1000, Message::Kind::GroupChat);
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    model.setAccount(alice.account->messageEvents());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ConversationListModel::UnreadCountRole).toLongLong(), 1);

    // Carol joins and dave leaves after the message: the list neither reloads nor changes.
    loaded.clear();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    incoming(alice, room, QStringLiteral("carol"), 2000, Message::Kind::RoomEvent);
    incoming(alice, room, QString(), 3000, Message::Kind::RoomEvent);
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(changed.size(), 0);

    // Read from the store again (the next message elsewhere), the room still shows its message.
    incoming(alice, bob, QStringLiteral("hi"), 4000);
    QTRY_COMPARE(model.rowCount(), 2);
    const int row = model.rowOf(room);
    QCOMPARE(
        model.index(row).data(ConversationListModel::LastBodyRole).toString(), QStringLiteral("hello room"));
    QCOMPARE(model.index(row).data(ConversationListModel::UnreadCountRole).toLongLong(), 1);
    QCOMPARE(model.index(row).data(ConversationListModel::KindRole).toInt(), int(Message::Kind::GroupChat));
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversation_list_model.moc"
