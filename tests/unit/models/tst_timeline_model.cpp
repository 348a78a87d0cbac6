// TimelineModel on a real SQLite file of 5,000 messages: paging both ways inside a bounded window,
// opening at a message in the middle, live messages, corrections and delivery states, checked by
// QAbstractItemModelTester from before the first row arrives.
#include "OfflineAccount.h"
#include "account/Account.h"
#include "models/TimelineModel.h"
#include "rooms/RoomEventRow.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using Model = TimelineModel;

namespace {

const QString bob = QStringLiteral("bob@localhost");
const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

bool storeMessages(Test::OfflineAccount &alice, const QString &conversation, int count)
{
    QVector<Message> batch;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.account = alice.config.jid;
        m.conversation = conversation;
        m.sender = conversation + QStringLiteral("/phone");
        m.messageId = QStringLiteral("%1-%2").arg(conversation).arg(i);
        m.body = QStringLiteral("message %1").arg(i);
        m.serverTime = start.addSecs(i * 60);
        m.localTime = m.serverTime;
        batch.append(m);
    }
    bool done = false;
    alice.store.storeBatch(batch, &alice.store, [&](const QVector<StoreResult> &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 20000);
}

/// Waits until the page the model asked for is in.
bool settle(Model &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 5000);
}

QString body(const Model &model, int row)
{
    return model.index(row).data(Model::BodyRole).toString();
}

int kind(const Model &model, int row)
{
    return model.index(row).data(Model::RowKindRole).toInt();
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesBackAndForthInABoundedWindow();
    void opensAtAMessageInTheMiddle();
    void liveMessageCorrectionAndDelivery();
    void historyGoesInAtItsTimeInsideTheWindow();
    void shortConversationShowsItsBeginning();
    void roomEventsAreQuietRows();

private:
    std::unique_ptr<Test::OfflineAccount> m_alice;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTimelineModel::initTestCase()
{
    m_alice = std::make_unique<Test::OfflineAccount>();
    QVERIFY(m_alice->isOpen);
    QVERIFY(storeMessages(*m_alice, bob, 5000));
    QVERIFY(storeMessages(*m_alice, QStringLiteral("carol@localhost"), 3));
    m_model = std::make_unique<Model>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTimelineModel::pagesBackAndForthInABoundedWindow()
{
    Model &model = *m_model;
    QSignalSpy positioned(&model, &Model::positioned);
    QSignalSpy pages(&model, &Model::pageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QString positionedOn; // read when positioned() comes: the rows above it change afterwards
    connect(&model, &Model::positioned, this, [&](int row) { positionedOn = body(model, row); });
    model.setConversation(m_alice->account->messageEvents(), bob);
    QVERIFY(positioned.wait(5000));
    QCOMPARE(positionedOn, QStringLiteral("message 4999"));
    disconnect(&model, &Model::positioned, this, nullptr);
    QVERIFY(model.atLiveEnd());
    QCOMPARE(model.rowCount(), 100); // one page, no status row
    QCOMPARE(body(model, 99), QStringLiteral("message 4999"));
    QVERIFY(model.canFetchOlder());

    // Older pages go in at the top behind a "loading" row, until the window holds three pages.
    for (int page = 1; page <= 5; ++page) {
        inserted.clear();
        model.fetchOlder();
        QCOMPARE(kind(model, 0), int(Model::RowKind::LoadingOlder));
        QVERIFY(!model.canFetchOlder());
        QVERIFY(pages.wait(5000));
        QCOMPARE(kind(model, 0), int(Model::RowKind::Message));
        QCOMPARE(model.rowCount(), std::min(100 * (page + 1), model.maxRows()));
        QCOMPARE(body(model, 0), QStringLiteral("message %1").arg(4900 - 100 * page));
    }
    QVERIFY(removed.count() >= 3); // the newest pages were dropped from the far end
    QVERIFY(!model.atLiveEnd());
    QCOMPARE(body(model, 299), QStringLiteral("message 4699"));

    // A live message is not shown while the window is away from the live end.
    QSignalSpy newer(&model, &Model::newerAvailable);
    QVERIFY(m_alice->send(bob, QStringLiteral("while away")));
    QCOMPARE(newer.count(), 1);
    QCOMPARE(model.rowCount(), 300);

    // And back down: newer pages at the end, the oldest dropped, until the live end.
    int guard = 0;
    while (!model.atLiveEnd() && guard++ < 10) {
        model.fetchNewer();
        QVERIFY(pages.wait(5000));
        QVERIFY(model.rowCount() <= model.maxRows());
    }
    QVERIFY(model.atLiveEnd());
    QCOMPARE(body(model, model.rowCount() - 1), QStringLiteral("while away"));
    QCOMPARE(body(model, model.rowCount() - 2), QStringLiteral("message 4999"));
}

void TestTimelineModel::opensAtAMessageInTheMiddle()
{
    Model &model = *m_model;
    model.setConversation(m_alice->account->messageEvents(), bob);
    QSignalSpy positioned(&model, &Model::positioned);
    QVERIFY(positioned.wait(5000));
    // The row id of "message 2500": store rows were written in order, so it is 2,499 before that
    // of "message 4999" (the newest page also holds what the test before sent).
    qint64 newestStored = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (body(model, row) == QStringLiteral("message 4999"))
            newestStored = model.index(row).data(Model::RowIdRole).toLongLong();
    }
    QVERIFY(newestStored > 0);
    const qint64 target = newestStored - 2499;
    positioned.clear();
    model.openAt(target);
    QVERIFY(positioned.wait(5000));
    const int row = positioned.first().first().toInt();
    QCOMPARE(model.index(row).data(Model::RowIdRole).toLongLong(), target);
    QCOMPARE(body(model, row), QStringLiteral("message 2500"));
    QCOMPARE(model.rowCount(), 201); // a page each side
    // An older page: the window stays bounded (the newest row goes) and keeps the message.
    QSignalSpy pages(&model, &Model::pageLoaded);
    model.fetchOlder();
    QVERIFY(pages.wait(5000));
    QCOMPARE(model.rowCount(), model.maxRows());
    QCOMPARE(body(model, model.rowOf(target)), QStringLiteral("message 2500"));
    QVERIFY(!model.atLiveEnd());
    QVERIFY(!model.atOldest());
    QVERIFY(model.canFetchOlder());
}

void TestTimelineModel::liveMessageCorrectionAndDelivery()
{
    Model &model = *m_model;
    MessageEvents *events = m_alice->account->messageEvents();
    model.setConversation(events, bob);
    QSignalSpy positioned(&model, &Model::positioned);
    QVERIFY(positioned.wait(5000));
    QVERIFY(settle(model));
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_alice->send(bob, QStringLiteral("hello bob")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    const int row = before;
    QCOMPARE(body(model, row), QStringLiteral("hello bob"));
    QCOMPARE(model.index(row).data(Model::DeliveryStateRole).toInt(), int(Message::DeliveryState::Pending));
    QVERIFY(model.index(row).data(Model::GroupedWithPreviousRole).isValid());
    QVERIFY(!model.index(row).data(Qt::AccessibleTextRole).toString().isEmpty());

    // A failure: the state, then why, each a role-scoped dataChanged; the tooltip says why.
    changed.clear();
    const QString id = model.index(row).data(Model::MessageIdRole).toString();
    events->failDelivery(bob, id, QStringLiteral("the server answered: service-unavailable"));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(2).value<QVector<int>>(), QVector<int>({ Model::DeliveryStateRole }));
    QCOMPARE(
        changed.at(1).at(2).value<QVector<int>>(), QVector<int>({ Model::FailureRole, Qt::ToolTipRole }));
    QCOMPARE(model.index(row).data(Model::FailureRole).toString(),
        QStringLiteral("the server answered: service-unavailable"));
    QVERIFY(model.index(row).data(Qt::ToolTipRole).toString().contains(QLatin1String("service-unavailable")));

    // A delivery state: one dataChanged of that role only (a receipt is proof, even after a failure).
    changed.clear();
    events->setDeliveryState(bob, id, Message::DeliveryState::Delivered);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(2).value<QVector<int>>(), QVector<int>({ Model::DeliveryStateRole }));
    QCOMPARE(model.index(row).data(Model::DeliveryStateRole).toInt(), int(Message::DeliveryState::Delivered));
    QVERIFY(model.index(row).data(Model::FailureRole).toString().isEmpty());

    // A correction rewrites the row it names instead of adding one.
    changed.clear();
    inserted.clear();
    Message correction;
    correction.rowId = 9000000;
    correction.account = m_alice->config.jid;
    correction.conversation = bob;
    correction.body = QStringLiteral("hello, bob");
    correction.replacesId = id;
    correction.serverTime = QDateTime::currentDateTimeUtc();
    events->reportAdded(correction, MessageEvents::Origin::Live);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QVector<int> roles = changed.first().at(2).value<QVector<int>>();
    QVERIFY(roles.contains(Model::BodyRole) && roles.contains(Model::EditedRole));
    QCOMPARE(body(model, row), QStringLiteral("hello, bob"));
    QVERIFY(model.index(row).data(Model::EditedRole).toBool());

    // The "new messages" line.
    model.setFirstUnreadRowId(model.index(row).data(Model::RowIdRole).toLongLong());
    QVERIFY(model.index(row).data(Model::MarkerRole).toBool());
    QVERIFY(!model.index(row - 1).data(Model::MarkerRole).toBool());
}

void TestTimelineModel::historyGoesInAtItsTimeInsideTheWindow()
{
    Model &model = *m_model;
    MessageEvents *events = m_alice->account->messageEvents();
    model.setConversation(events, bob);
    QSignalSpy positioned(&model, &Model::positioned);
    QVERIFY(positioned.wait(5000));
    QVERIFY(settle(model));
    const int rows = model.rowCount();
    Message inside;
    inside.account = m_alice->config.jid;
    inside.conversation = bob;
    inside.body = QStringLiteral("from the archive");
    inside.serverTime = model.index(10).data(Model::TimeRole).toDateTime().addSecs(30);
    inside.rowId = 8000000;
    inside.fromArchive = true;
    Message outside = inside; // older than the window: found by paging, not inserted
    outside.rowId = 8000001;
    outside.serverTime = start.addSecs(-3600);
    Message elsewhere = inside;
    elsewhere.rowId = 8000002;
    elsewhere.conversation = QStringLiteral("carol@localhost");
    events->reportHistory({ inside, outside, elsewhere }, MessageEvents::Origin::Archive);
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(body(model, 11), QStringLiteral("from the archive"));
}

void TestTimelineModel::shortConversationShowsItsBeginning()
{
    Model &model = *m_model;
    QSignalSpy positioned(&model, &Model::positioned);
    model.setConversation(m_alice->account->messageEvents(), QStringLiteral("carol@localhost"));
    QVERIFY(positioned.wait(5000));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(kind(model, 0), int(Model::RowKind::EndOfHistory));
    QVERIFY(model.atOldest());
    QVERIFY(!model.canFetchOlder());
    QCOMPARE(body(model, 1), QStringLiteral("message 0"));
    QVERIFY(model.index(1).data(Model::FirstOfDayRole).toBool());
    QVERIFY(!model.index(2).data(Model::FirstOfDayRole).toBool());
    QVERIFY(model.index(2).data(Model::GroupedWithPreviousRole).toBool());
}

void TestTimelineModel::roomEventsAreQuietRows()
{
    const QString room = QStringLiteral("tea@conference.localhost");
    RoomMirror::Event joined { RoomMirror::Event::Type::OccupantJoined, QStringLiteral("carol"), {},
        RoomMirror::LeaveReason::None, {} };
    joined.at = start;
    const Message event = *RoomEventRow::fromEvent(m_alice->config.jid, room, joined);
    Message said;
    said.account = m_alice->config.jid;
    said.conversation = room;
    said.kind = Message::Kind::GroupChat;
    said.sender = QStringLiteral("carol");
    said.messageId = QStringLiteral("carol-1");
    said.body = QStringLiteral("hello");
    said.serverTime = start.addSecs(10);
    said.localTime = said.serverTime;
    bool done = false;
    m_alice->store.storeBatch(
        { event, said }, &m_alice->store, [&](const QVector<StoreResult> &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));

    Model &model = *m_model;
    model.setConversation(m_alice->account->messageEvents(), room);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 3); // the beginning, carol's join, her message
    QCOMPARE(kind(model, 1), int(Model::RowKind::RoomEvent));
    QCOMPARE(model.index(1).data(Model::SystemTextRole).toString(), QStringLiteral("carol joined"));
    QVERIFY(
        model.index(1).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("carol joined")));
    QCOMPARE(kind(model, 2), int(Model::RowKind::Message));
    QCOMPARE(model.index(2).data(Model::SystemTextRole).toString(), QString());
    // Her first message keeps its sender header: a join is not a message of hers.
    QVERIFY(!model.index(2).data(Model::GroupedWithPreviousRole).toBool());

    // A live event is a row too; a "correction" aimed at it changes nothing.
    RoomMirror::Event kicked { RoomMirror::Event::Type::OccupantLeft, QStringLiteral("carol"), {},
        RoomMirror::LeaveReason::Kicked, QStringLiteral("spam") };
    kicked.at = start.addSecs(20);
    Message live = *RoomEventRow::fromEvent(m_alice->config.jid, room, kicked);
    live.rowId = 1000001;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_alice->account->messageEvents()->reportAdded(live, MessageEvents::Origin::Live);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(3).data(Model::SystemTextRole).toString(), QStringLiteral("carol was kicked: spam"));
    Message correction = said;
    correction.rowId = 1000002;
    correction.messageId = QStringLiteral("fix");
    correction.replacesId = live.originId;
    correction.body = QStringLiteral("rewritten");
    correction.serverTime = start.addSecs(30);
    m_alice->account->messageEvents()->reportAdded(correction, MessageEvents::Origin::Live);
    QCOMPARE(model.index(3).data(Model::BodyRole).toString(), QStringLiteral("spam"));
    QVERIFY(!model.index(3).data(Model::EditedRole).toBool());
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timeline_model.moc"
