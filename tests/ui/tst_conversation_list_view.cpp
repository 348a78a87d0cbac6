// ConversationListView on a real database, offscreen: the badges show the unread count in the
// highlight colour, grey once the conversation is muted; pinning moves a conversation first; the
// filter line narrows the list; the order is held while the pointer is over the list; a room's
// context menu shows and sets its notification level.
#include "OfflineAccount.h"
#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"
#include "storage/ConversationStateStore.h"
#include "storage/MessageEvents.h"
#include "widgets/ConversationDelegate.h"
#include "widgets/ConversationListView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Tandem;

class TestConversationListView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badgesPinMuteAndFilter();
    void reorderHeldUnderThePointer();
    void roomNotificationLevelFromTheMenu();
    void contextMenuPinsMutesAndCloses();

private:
    /// Opens `row`'s context menu and chooses the entry whose text starts with `entry`.
    static bool choose(ConversationListView &list, int row, const QString &entry);
    static void incoming(Test::OfflineAccount &alice, const QString &conversation, const QString &body);
    /// The colour painted at the left end of the unread badge of `row`.
    static QColor badgePixel(ConversationListView &list, int row);
    static int rowOf(ConversationListView &list, const QString &conversation);
};

void TestConversationListView::incoming(
    Test::OfflineAccount &alice, const QString &conversation, const QString &body)
{
    static int counter = 0;
    Message m;
    m.account = alice.config.jid;
    m.conversation = conversation;
    m.kind = Message::Kind::Chat;
    m.sender = conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("view-%1").arg(++counter);
    m.body = body;
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc().addMSecs(counter);
    bool stored = false;
    QObject context;
    alice.store.store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    alice.account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
}

QColor TestConversationListView::badgePixel(ConversationListView &list, int row)
{
    QListView *view = list.listView();
    const QModelIndex index = view->model()->index(row, 0);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.rect = view->visualRect(index);
    const QRect badge = ConversationDelegate::layout(option, index).unreadBadge;
    if (badge.isEmpty())
        return {};
    const QImage image = view->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(badge.left() + 3, badge.center().y()) * ratio);
}

int TestConversationListView::rowOf(ConversationListView &list, const QString &conversation)
{
    QAbstractItemModel *model = list.listView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ConversationListModel::ConversationRole).toString() == conversation)
            return row;
    }
    return -1;
}

bool TestConversationListView::choose(ConversationListView &list, int row, const QString &entry)
{
    bool found = false;
    // The menu runs its own loop: answered from inside it.
    QTimer::singleShot(50, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (!found && action->text().startsWith(entry)) {
                found = true;
                menu->close();
                action->trigger();
            }
        }
        if (!found)
            menu->close();
    });
    QListView *view = list.listView();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    Q_EMIT view->customContextMenuRequested(rect.center());
    return found;
}

static bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 && qAbs(a.blue() - b.blue()) < 24;
}

void TestConversationListView::badgesPinMuteAndFilter()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString bob = QStringLiteral("bob@localhost");
    const QString carol = QStringLiteral("carol@localhost");
    QVERIFY(alice.send(carol, QStringLiteral("to carol")));
    QTest::qWait(5);
    incoming(alice, bob, QStringLiteral("one"));
    incoming(alice, bob, QStringLiteral("two"));

    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationListView list(&model);
    list.resize(320, 400);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    list.addAccount(alice.account.get());
    QVERIFY(loaded.wait(5000));
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCOMPARE(list.listView()->objectName(), QStringLiteral("conversations"));
    QCOMPARE(list.listView()->model()->rowCount(), 2);

    // bob: two unread, newest first, badge in the highlight colour; carol (only ours): no badge.
    QCOMPARE(rowOf(list, bob), 0);
    QCOMPARE(
        list.listView()->model()->index(0, 0).data(ConversationListModel::UnreadCountRole).toLongLong(), 2);
    const QPalette palette = list.listView()->palette();
    QVERIFY2(near(badgePixel(list, 0), ConversationDelegate::badgeColor(false, palette)),
        qPrintable(badgePixel(list, 0).name()));
    QVERIFY(!badgePixel(list, rowOf(list, carol)).isValid());

    // Pinning carol moves her first (a move, not a reset).
    MessageEvents *events = alice.account->messageEvents();
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    events->setPinned(carol, true);
    QVERIFY(QTest::qWaitFor([&] { return rowOf(list, carol) == 0; }, 5000));
    QVERIFY(!moved.isEmpty());
    QCOMPARE(reset.count(), 0);

    // Muting bob keeps his count but greys the badge.
    events->setMutedUntil(bob, ConversationState::mutedForever);
    const int bobRow = rowOf(list, bob);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return list.listView()->model()->index(bobRow, 0).data(ConversationListModel::MutedRole).toBool();
        },
        5000));
    QTest::qWait(20);
    const QColor muted = badgePixel(list, bobRow);
    QVERIFY(muted.isValid());
    QVERIFY2(!near(muted, ConversationDelegate::badgeColor(false, palette)), qPrintable(muted.name()));
    QVERIFY2(near(muted, ConversationDelegate::badgeColor(true, palette)), qPrintable(muted.name()));

    // The filter line narrows the list by name or JID, case-insensitively.
    QTest::keyClicks(list.filterLine(), QStringLiteral("CAR"));
    QCOMPARE(list.listView()->model()->rowCount(), 1);
    QCOMPARE(rowOf(list, carol), 0);
    list.filterLine()->clear();
    QCOMPARE(list.listView()->model()->rowCount(), 2);

    // Choosing a row announces it.
    QSignalSpy activated(&list, &ConversationListView::conversationActivated);
    list.listView()->setCurrentIndex(list.listView()->model()->index(rowOf(list, bob), 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(1).toString(), bob);
}

void TestConversationListView::reorderHeldUnderThePointer()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString bob = QStringLiteral("bob@localhost");
    const QString carol = QStringLiteral("carol@localhost");
    incoming(alice, bob, QStringLiteral("hi"));
    QTest::qWait(5);
    incoming(alice, carol, QStringLiteral("hello"));

    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationListView list(&model);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    list.addAccount(alice.account.get());
    QVERIFY(loaded.wait(5000));
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCOMPARE(rowOf(list, carol), 0);

    QEvent enter(QEvent::Enter);
    QApplication::sendEvent(list.listView()->viewport(), &enter);
    QTest::qWait(5);
    incoming(alice, bob, QStringLiteral("again"));
    QTest::qWait(200);
    QCOMPARE(rowOf(list, carol), 0); // held: bob's new message does not move him up yet
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(list.listView()->viewport(), &leave);
    QVERIFY(QTest::qWaitFor([&] { return rowOf(list, bob) == 0; }, 5000));
}

void TestConversationListView::roomNotificationLevelFromTheMenu()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString room = QStringLiteral("lounge@conference.localhost");
    Message m;
    m.account = alice.config.jid;
    m.conversation = room;
    m.kind = Message::Kind::GroupChat;
    m.sender = QStringLiteral("bob");
    m.originId = QStringLiteral("room-1");
    m.body = QStringLiteral("hello room");
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    alice.store.store(m, this, [&](const StoreResult &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    MessageEvents *events = alice.account->messageEvents();
    QSignalSpy stateChanged(events, &MessageEvents::conversationStateChanged);
    events->setNotificationLevel(room, NotificationLevel::Mentions);
    QVERIFY(stateChanged.wait(5000));

    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationListView list(&model);
    list.resize(320, 400);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    list.addAccount(alice.account.get());
    QVERIFY(loaded.wait(5000));
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));

    // While the menu is open: the stored level gets its tick, then "Never" is chosen.
    QStringList choices;
    QString ticked;
    int polls = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *levels = list.findChild<QMenu *>(QStringLiteral("notificationLevels"));
        if (!levels)
            return;
        QAction *never = nullptr;
        for (QAction *action : levels->actions()) {
            if (action->isChecked())
                ticked = action->text();
            if (action->data().toInt() == int(NotificationLevel::None))
                never = action;
        }
        if (ticked.isEmpty() && ++polls < 100) // bounded: 2 s for the state to be read
            return;
        poll.stop();
        for (QAction *action : levels->actions())
            choices << action->text();
        if (never)
            never->trigger();
        qobject_cast<QMenu *>(levels->parent())->close();
    });
    poll.start();
    const QModelIndex index = list.listView()->model()->index(0, 0);
    QVERIFY(index.data(ConversationListModel::IsRoomRole).toBool());
    Q_EMIT list.listView()->customContextMenuRequested(list.listView()->visualRect(index).center());
    QCOMPARE(choices.size(), 4);
    QCOMPARE(ticked, QStringLiteral("Only When Mentioned"));

    ConversationState state;
    bool read = false;
    const auto readState = [&] {
        read = false;
        events->conversationState()->state(alice.config.jid, room, this, [&](const ConversationState &s) {
            state = s;
            read = true;
        });
        return QTest::qWaitFor([&] { return read; }, 5000);
    };
    QVERIFY(
        QTest::qWaitFor([&] { return readState() && state.notification == NotificationLevel::None; }, 5000));
}

void TestConversationListView::contextMenuPinsMutesAndCloses()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString bob = QStringLiteral("bob@localhost");
    const QString carol = QStringLiteral("carol@localhost");
    incoming(alice, carol, QStringLiteral("older"));
    QTest::qWait(5);
    incoming(alice, bob, QStringLiteral("newer"));
    ConversationListModel model;
    ConversationListView list(&model);
    list.resize(320, 400);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    list.addAccount(alice.account.get());
    QVERIFY(loaded.wait(5000));
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCOMPARE(rowOf(list, bob), 0);

    // Pin carol: first despite being older.
    QVERIFY(choose(list, rowOf(list, carol), QStringLiteral("Pin")));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(list, carol), 0, 5000);
    QVERIFY(list.listView()->model()->index(0, 0).data(ConversationListModel::PinnedRole).toBool());

    // Mute bob for an hour: muted, with the time it ends.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(choose(list, rowOf(list, bob), QStringLiteral("Mute for 1 Hour")));
    const auto bobData
        = [&](int role) { return list.listView()->model()->index(rowOf(list, bob), 0).data(role); };
    QTRY_VERIFY_WITH_TIMEOUT(bobData(ConversationListModel::MutedRole).toBool(), 5000);
    const qint64 until = bobData(ConversationListModel::MutedUntilRole).toLongLong();
    QVERIFY(until >= before + 3600 * 1000 - 1000 && until <= before + 3600 * 1000 + 60000);
    QVERIFY(choose(list, rowOf(list, bob), QStringLiteral("Unmute")));
    QTRY_VERIFY_WITH_TIMEOUT(!bobData(ConversationListModel::MutedRole).toBool(), 5000);

    // Close bob's chat: off the list until he writes again.
    QVERIFY(choose(list, rowOf(list, bob), QStringLiteral("Close Chat")));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(list, bob), -1, 5000);
    incoming(alice, bob, QStringLiteral("back"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, bob) >= 0, 5000);
}

QTEST_MAIN(TestConversationListView)
#include "tst_conversation_list_view.moc"
