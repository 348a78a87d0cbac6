// A room's events as rows of its timeline, against a real Prosody: with two devices of alice
// (the anchor and a sibling that mirrors the room from its relays) and bob and carol as plain
// clients, carol's join, bob's nick change and subject, and carol's kick with its reason are
// each one RoomEvent row in TimelineModel on both devices, stored once; none of them is the
// room's preview in the conversation list, nor unread.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "account/Coordinator.h"
#include "models/TimelineModel.h"
#include "rooms/RoomService.h"
#include "storage/MessageEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QXmppMucManager.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestRoomEventRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventsAreQuietRowsOnEveryDevice();
};

namespace {

/// The system texts of `model`'s RoomEvent rows, oldest first.
QStringList eventTexts(const TimelineModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(TimelineModel::RowKindRole).toInt() == int(TimelineModel::RowKind::RoomEvent))
            texts << index.data(TimelineModel::SystemTextRole).toString();
    }
    return texts;
}

int messageRows(const TimelineModel &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.index(row).data(TimelineModel::RowKindRole).toInt()
            == int(TimelineModel::RowKind::Message);
    return count;
}

bool isRoomEventRow(const TimelineModel &model, const QString &body)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(TimelineModel::BodyRole).toString() == body)
            return index.data(TimelineModel::RowKindRole).toInt() == int(TimelineModel::RowKind::RoomEvent);
    }
    return false;
}

} // namespace

void TestRoomEventRows::eventsAreQuietRowsOnEveryDevice()
{
    qputenv("TANDEM_SETTLE_MS", "300");
    qputenv("TANDEM_HOLD_DOWN_MS", "1000");
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(registerUsers(
        server, { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") }, &error));
    const QString room = QStringLiteral("lounge@") + server.mucDomain();

    QXmppClient bob;
    QXmppMucManager *bobMuc = connectMucClient(bob, server, QStringLiteral("bob"), QStringLiteral("pc"));
    QVERIFY(bobMuc);
    QXmppMucRoom *bobRoom = createRoom(bob, bobMuc, room, QStringLiteral("bob"));
    QVERIFY(bobRoom->isJoined());

    TestDevice laptop(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    laptop.start();
    QVERIFY(laptop.waitOnline());
    laptop.account->rooms()->join(room);
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 2, 15000);
    TestDevice desktop(
        server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desktop"));
    desktop.start();
    QVERIFY(desktop.waitOnline());
    QTRY_COMPARE_WITH_TIMEOUT(desktop.account->rooms()->followedAnchor(), laptop.account->fullJid(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(desktop.account->rooms()->rooms().contains(room), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        desktop.account->rooms()->mirror(room)->occupants().contains(QStringLiteral("bob")), 15000);

    // Both timelines are watched from before the first event.
    TimelineModel onLaptop;
    TimelineModel onDesktop;
    QAbstractItemModelTester laptopTester(&onLaptop, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester desktopTester(
        &onDesktop, QAbstractItemModelTester::FailureReportingMode::QtTest);
    onLaptop.setConversation(laptop.account->messageEvents(), room);
    onDesktop.setConversation(desktop.account->messageEvents(), room);
    QTRY_VERIFY_WITH_TIMEOUT(!onLaptop.isLoading() && !onDesktop.isLoading(), 5000);
    // Joining showed who was in and the subject as they were: no rows of them. The laptop, alone
    // then, joined the room as the user asked: that is the account's own row (the desktop, which
    // came later and only found the room held, has none).
    QCOMPARE(eventTexts(onLaptop), QStringList { QStringLiteral("You joined") });
    QCOMPARE(eventTexts(onDesktop), QStringList());
    QSignalSpy laptopRows(&onLaptop, &QAbstractItemModel::rowsInserted);
    QSignalSpy desktopRows(&onDesktop, &QAbstractItemModel::rowsInserted);

    bobRoom->sendMessage(QStringLiteral("welcome, all"));
    QTRY_COMPARE_WITH_TIMEOUT(messageRows(onLaptop), 1, 10000);

    QXmppClient carol;
    QXmppMucManager *carolMuc
        = connectMucClient(carol, server, QStringLiteral("carol"), QStringLiteral("pc"));
    QVERIFY(carolMuc);
    QXmppMucRoom *carolRoom = carolMuc->addRoom(room);
    carolRoom->setNickName(QStringLiteral("carol"));
    QVERIFY(carolRoom->join());
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 3, 10000);
    bobRoom->setSubject(QStringLiteral("Tea at five"));
    bobRoom->kick(room + QStringLiteral("/carol"), QStringLiteral("spam"));
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 2, 10000);
    bobRoom->setNickName(QStringLiteral("robert"));

    const QStringList expected { QStringLiteral("carol joined"),
        QStringLiteral("bob changed the subject to “Tea at five”"), QStringLiteral("carol was kicked: spam"),
        QStringLiteral("bob is now robert") };
    const QStringList onLaptopExpected = QStringList { QStringLiteral("You joined") } + expected;
    auto expectedOn
        = [&](const TimelineModel *model) { return model == &onLaptop ? onLaptopExpected : expected; };
    for (TimelineModel *model : { &onLaptop, &onDesktop }) {
        (void)QTest::qWaitFor([&] { return eventTexts(*model) == expectedOn(model); }, 10000);
        QCOMPARE(eventTexts(*model).join(QLatin1Char('|')), expectedOn(model).join(QLatin1Char('|')));
    }
    QVERIFY(!laptopRows.isEmpty());
    QVERIFY(!desktopRows.isEmpty());
    // A quiet row: no sender header is grouped with it, and it groups with nothing.
    for (TimelineModel *model : { &onLaptop, &onDesktop }) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(TimelineModel::RowKindRole).toInt() == int(TimelineModel::RowKind::RoomEvent))
                QVERIFY(!index.data(TimelineModel::GroupedWithPreviousRole).toBool());
        }
        QVERIFY(isRoomEventRow(*model, QStringLiteral("spam")));
    }

    // Each is stored once: a reopened window (a new query of the store) shows the same rows.
    QTest::qWait(1000);
    for (TimelineModel *model : { &onLaptop, &onDesktop }) {
        model->openAtEnd();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
        QCOMPARE(eventTexts(*model), expectedOn(model));
    }

    // The conversation list keeps bob's message as the room's preview, and counts only it unread.
    for (TestDevice *device : { &laptop, &desktop }) {
        QVector<ConversationSummary> list;
        bool answered = false;
        device->store->conversations(device->config.jid, this, [&](const QVector<ConversationSummary> &c) {
            list = c;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        const auto it = std::find_if(
            list.cbegin(), list.cend(), [&](const ConversationSummary &s) { return s.conversation == room; });
        QVERIFY(it != list.cend());
        QCOMPARE(it->lastBody, QStringLiteral("welcome, all"));
        QCOMPARE(it->kind, Message::Kind::GroupChat);
        QCOMPARE(it->unreadCount, qint64(1));
    }
}

QTEST_MAIN(TestRoomEventRows)
#include "tst_room_event_rows.moc"
