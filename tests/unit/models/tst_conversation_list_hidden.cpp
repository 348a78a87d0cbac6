// Rooms hidden on this device (HiddenRooms) over a real ConversationListModel: they leave the
// list, and so the tray's UnreadTotal and the quick switcher's source, while their messages are
// still stored; shown again they come back with all of them. Under QAbstractItemModelTester.
#include "OfflineAccount.h"
#include "models/ConversationListModel.h"
#include "models/SwitcherFilterModel.h"
#include "models/UnreadTotal.h"
#include "profile/HiddenRooms.h"
#include "storage/MessageEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

class TestConversationListHidden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenRoomsLeaveTheList();
    void hiddenBeforeTheFirstLoad();

private:
    static void incoming(Test::OfflineAccount &alice, const QString &conversation, const QString &body,
        Message::Kind kind = Message::Kind::GroupChat);

    const QString m_room = QStringLiteral("work@conference.localhost");
    const QString m_other = QStringLiteral("lounge@conference.localhost");
    const QString m_bob = QStringLiteral("bob@localhost");
};

void TestConversationListHidden::incoming(
    Test::OfflineAccount &alice, const QString &conversation, const QString &body, Message::Kind kind)
{
    static int counter = 0;
    Message m;
    m.account = alice.config.jid;
    m.conversation = conversation;
    m.kind = kind;
    m.sender
        = kind == Message::Kind::GroupChat ? QStringLiteral("carol") : conversation + QStringLiteral("/x");
    m.originId = QStringLiteral("h-%1").arg(++counter);
    m.body = body;
    m.serverTime = m.localTime = QDateTime::fromMSecsSinceEpoch(1000 * counter, Qt::UTC);
    bool stored = false;
    QObject context;
    alice.store.store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    alice.account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
}

void TestConversationListHidden::hiddenRoomsLeaveTheList()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString account = alice.config.jid;
    HiddenRooms hidden(nullptr);
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SwitcherFilterModel switcher;
    QAbstractItemModelTester switcherTester(
        &switcher, QAbstractItemModelTester::FailureReportingMode::QtTest);
    switcher.setTextRoles(
        { ConversationListModel::DisplayNameRole, ConversationListModel::ConversationRole });
    switcher.setSourceModel(&model);
    UnreadTotal unread(&model);
    model.setHiddenRooms(&hidden);
    model.addAccount(alice.account->messageEvents());

    const QString pm = m_room + QStringLiteral("/carol");
    incoming(alice, m_room, QStringLiteral("one"));
    incoming(alice, m_room, QStringLiteral("two"));
    incoming(alice, m_other, QStringLiteral("lounge"));
    incoming(alice, pm, QStringLiteral("psst"), Message::Kind::GroupChatPrivate);
    incoming(alice, m_bob, QStringLiteral("hi"), Message::Kind::Chat);
    QTRY_COMPARE_WITH_TIMEOUT(unread.total(), 5, 5000);
    QCOMPARE(model.rowCount(), 4);

    QVERIFY(hidden.setHidden(account, m_room, true));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(m_room), -1, 5000);
    // Only the room: its private chat, the other room and the chat stay, and the count drops.
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOf(pm) >= 0);
    QVERIFY(model.rowOf(m_other) >= 0);
    QCOMPARE(unread.total(), 3);
    switcher.setQuery(QStringLiteral("work"));
    QCOMPARE(switcher.rowCount(), 1); // work@…/carol, not the room
    QCOMPARE(switcher.index(0, 0).data(ConversationListModel::ConversationRole).toString(), pm);

    // Messages keep coming and being stored, unseen here.
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    incoming(alice, m_room, QStringLiteral("three"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowOf(m_room), -1);
    QCOMPARE(unread.total(), 3);

    // Shown again: back with every message it had, unread ones counted.
    QVERIFY(hidden.setHidden(account, m_room, false));
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(m_room) >= 0, 5000);
    const QModelIndex row = model.index(model.rowOf(m_room));
    QCOMPARE(row.data(ConversationListModel::MessageCountRole).toLongLong(), 3);
    QCOMPARE(row.data(ConversationListModel::UnreadCountRole).toLongLong(), 3);
    QCOMPARE(unread.total(), 6);
    QCOMPARE(switcher.rowCount(), 2);
}

void TestConversationListHidden::hiddenBeforeTheFirstLoad()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    incoming(alice, m_room, QStringLiteral("before"));
    incoming(alice, m_bob, QStringLiteral("hi"), Message::Kind::Chat);
    HiddenRooms hidden(nullptr);
    hidden.setHidden(alice.config.jid, m_room, true);
    // Another account's hidden room of the same address hides nothing here.
    hidden.setHidden(QStringLiteral("other@localhost"), m_other, true);
    incoming(alice, m_other, QStringLiteral("lounge"));

    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    model.setHiddenRooms(&hidden);
    model.addAccount(alice.account->messageEvents());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(m_room), -1);
    QVERIFY(model.rowOf(m_other) >= 0);

    // Without the setting every room is listed.
    model.setHiddenRooms(nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 5000);
}

QTEST_GUILESS_MAIN(TestConversationListHidden)
#include "tst_conversation_list_hidden.moc"
