// Hiding a room on this device from the window, offscreen on an offline profile: "Hide on This
// Device" in the conversation list's menu and in the chat header's room menu takes the room out
// of the list (and closes it when open) and is kept in the profile; Conversation › Hidden Rooms
// lists it and brings it back, open. A chat has no such entry.
#include "MainWindow.h"
#include "OfflineProfile.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "models/ConversationListModel.h"
#include "profile/HiddenRooms.h"
#include "profile/Profile.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "widgets/ChatHeader.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tandem;

class TestHideRoomMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hideFromTheListAndShowFromTheMenu();

private:
    /// Opens the context menu of `conversation`'s row; the texts of its entries, and triggers
    /// the one starting with `entry` (if any).
    static QStringList choose(QListView *list, const QString &conversation, const QString &entry);
    static int rowOf(QListView *list, const QString &conversation);
    static void incoming(Instance &instance, const QString &conversation, Message::Kind kind);
};

int TestHideRoomMenu::rowOf(QListView *list, const QString &conversation)
{
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(ConversationListModel::ConversationRole).toString()
            == conversation)
            return row;
    }
    return -1;
}

QStringList TestHideRoomMenu::choose(QListView *list, const QString &conversation, const QString &entry)
{
    QStringList texts;
    // The menu runs its own loop: answered from inside it.
    QTimer::singleShot(50, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            texts << action->text();
            if (!chosen && !entry.isEmpty() && action->text().startsWith(entry))
                chosen = action;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    const QRect rect = list->visualRect(list->model()->index(rowOf(list, conversation), 0));
    Q_EMIT list->customContextMenuRequested(rect.center());
    return texts;
}

void TestHideRoomMenu::incoming(Instance &instance, const QString &conversation, Message::Kind kind)
{
    static int counter = 0;
    Message m;
    m.account = instance.account()->jid();
    m.conversation = conversation;
    m.kind = kind;
    m.sender
        = kind == Message::Kind::GroupChat ? QStringLiteral("carol") : conversation + QStringLiteral("/x");
    m.originId = QStringLiteral("hide-%1").arg(++counter);
    m.body = QStringLiteral("message %1").arg(counter);
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc().addMSecs(counter);
    bool stored = false;
    QObject context;
    instance.messages()->store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    instance.account()->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
}

void TestHideRoomMenu::hideFromTheListAndShowFromTheMenu()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeOfflineProfile(dir.path()));
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    const QString account = instance.account()->jid();
    const QString work = QStringLiteral("work@conference.localhost");
    const QString bob = QStringLiteral("bob@localhost");
    incoming(instance, work, Message::Kind::GroupChat);
    incoming(instance, bob, Message::Kind::Chat);
    auto *list = window.findChild<QListView *>(QStringLiteral("conversations"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 5000);

    // A chat cannot be hidden; a room can.
    QVERIFY(!choose(list, bob, {}).contains(QStringLiteral("Hide on This Device")));
    list->setCurrentIndex(list->model()->index(rowOf(list, work), 0));
    QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(work), 5000);
    QVERIFY(choose(list, work, QStringLiteral("Hide on This Device"))
                .contains(QStringLiteral("Hide on This Device")));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(list, work), -1, 5000);
    QVERIFY(instance.hiddenRooms()->isHidden(account, work));
    QCOMPARE(Profile(dir.path()).hiddenRooms(account), QStringList { work });
    QVERIFY(!window.windowTitle().contains(work)); // it was open: closed with it
    QCOMPARE(rowOf(list, bob), 0);

    // Conversation › Hidden Rooms lists it; choosing it shows and opens it again.
    auto *hiddenMenu = window.findChild<QMenu *>(QStringLiteral("hiddenRoomsMenu"));
    QVERIFY(hiddenMenu);
    Q_EMIT hiddenMenu->aboutToShow();
    QCOMPARE(hiddenMenu->actions().size(), 1);
    QCOMPARE(hiddenMenu->actions().first()->text(), work);
    hiddenMenu->actions().first()->trigger();
    QVERIFY(!instance.hiddenRooms()->isHidden(account, work));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, work) >= 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(work), 5000);
    Q_EMIT hiddenMenu->aboutToShow();
    QCOMPARE(hiddenMenu->actions().size(), 1);
    QVERIFY(!hiddenMenu->actions().first()->isEnabled()); // "No Hidden Rooms"

    // The chat header's room menu hides it too.
    auto *header = window.findChild<ChatHeader *>();
    QVERIFY(header);
    auto *hide = header->findChild<QAction *>(QStringLiteral("hideRoom"));
    QVERIFY(hide);
    QVERIFY(hide->isVisible());
    hide->trigger();
    QVERIFY(instance.hiddenRooms()->isHidden(account, work));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(list, work), -1, 5000);
    // Its messages are still kept and counted once it is back.
    incoming(instance, work, Message::Kind::GroupChat);
    QTest::qWait(200);
    QCOMPARE(rowOf(list, work), -1);
    instance.hiddenRooms()->setHidden(account, work, false);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, work) >= 0, 5000);
    QCOMPARE(
        list->model()->index(rowOf(list, work), 0).data(ConversationListModel::MessageCountRole).toLongLong(),
        2);
}

QTEST_MAIN(TestHideRoomMenu)
#include "tst_hide_room_menu.moc"
