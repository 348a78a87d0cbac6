// The main window with a room held by this device (solo), against a real Prosody: what is
// typed in a room's chat goes to the room, and the room's messages appear live.
#include "MainWindow.h"
#include "ProsodyFixture.h"
#include "WindowProfile.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "account/NotificationFeed.h"
#include "models/ConversationListModel.h"
#include "profile/Profile.h"
#include "rooms/RoomService.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QXmppDataForm.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppMucManager.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestMainWindowRooms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingInARoomReachesTheRoom();
};

void TestMainWindowRooms::typingInARoomReachesTheRoom()
{
    qRegisterMetaType<QXmppMessage>();
    qputenv("TANDEM_SETTLE_MS", "200");
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));
    QVERIFY(server.registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), &error));

    QTemporaryDir dir;
    QVERIFY2(writeWindowProfile(dir.path(), server, QStringLiteral("alice"), &error), qPrintable(error));
    Profile profile(dir.path());
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    Account *alice = instance.account();
    QTRY_COMPARE_WITH_TIMEOUT(alice->state(), Account::State::Online, 15000);

    const QString room = QStringLiteral("window@") + server.mucDomain();
    // Once in, the account learns whether the room is listed: what its notifications default to.
    NotificationFeed feed(alice);
    alice->rooms()->join(room);
    QTRY_VERIFY_WITH_TIMEOUT(alice->rooms()->rooms().contains(room)
            && alice->rooms()->mirror(room)->state() == RoomMirror::State::Joined,
        15000);
    QXmppClient bob;
    auto *muc = new QXmppMucManager;
    bob.addExtension(muc);
    QVERIFY(connectClient(bob, server, QStringLiteral("bob"), QStringLiteral("plain")));
    QXmppMucRoom *bobRoom = muc->addRoom(room);
    bobRoom->setNickName(QStringLiteral("bob"));
    QSignalSpy bobJoined(bobRoom, &QXmppMucRoom::joined);
    QSignalSpy bobGot(bobRoom, &QXmppMucRoom::messageReceived);
    bobRoom->join();
    QVERIFY(bobJoined.wait(10000));

    window.openUri(QStringLiteral("xmpp:") + room + QStringLiteral("?join"));
    auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    QVERIFY(input);
    QTRY_VERIFY_WITH_TIMEOUT(input->isEnabled(), 10000);
    QTest::keyClicks(input, QStringLiteral("typed in the window"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bobGot.cbegin(), bobGot.cend(),
                                 [](const QList<QVariant> &a) {
                                     const auto m = a[0].value<QXmppMessage>();
                                     return m.type() == QXmppMessage::GroupChat
                                         && m.body() == QLatin1String("typed in the window");
                                 }),
        10000);

    auto *view = window.findChild<QListView *>(QStringLiteral("timeline"));
    QVERIFY(view);
    bobRoom->sendMessage(QStringLiteral("seen in the window"));
    auto shown = [view](const QString &body) {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data().toString() == body)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(QStringLiteral("seen in the window")), 10000);
    QVERIFY(shown(QStringLiteral("typed in the window")));

    // Up in the empty composer takes our last message back to correct it (XEP-0308): the room
    // gets a correction, and the timeline shows the corrected text in its place.
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), QStringLiteral("typed in the window"));
    QTest::keyClicks(input, QStringLiteral(", corrected"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bobGot.cbegin(), bobGot.cend(),
                                 [](const QList<QVariant> &a) {
                                     const auto m = a[0].value<QXmppMessage>();
                                     return m.body() == QLatin1String("typed in the window, corrected")
                                         && !m.replaceId().isEmpty();
                                 }),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(shown(QStringLiteral("typed in the window, corrected")), 10000);
    QVERIFY(!shown(QStringLiteral("typed in the window")));

    QTRY_VERIFY_WITH_TIMEOUT(feed.roomVisibility(room) != RoomVisibility::Unknown, 10000);

    // Elsewhere in the window, a message naming us in the room counts as a mention: the account
    // knows its nick there.
    window.openUri(QStringLiteral("xmpp:carol@localhost"));
    bobRoom->sendMessage(QStringLiteral("alice: are you there?"));
    auto *list = window.findChild<QListView *>(QStringLiteral("conversations"));
    QVERIFY(list);
    const auto mentions = [&] {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(ConversationListModel::ConversationRole).toString() == room)
                return index.data(ConversationListModel::MentionCountRole).toLongLong();
        }
        return qint64(-1);
    };
    QTRY_COMPARE_WITH_TIMEOUT(mentions(), qint64(1), 10000);

    // The header's menu changes the room's subject, shown above the timeline, and our nick there.
    window.openUri(QStringLiteral("xmpp:") + room);
    auto *menuButton = window.findChild<QToolButton *>(QStringLiteral("roomMenu"));
    QVERIFY(menuButton && menuButton->isVisible());
    const QList<QAction *> actions = menuButton->menu()->actions();
    QVERIFY(actions.size() >= 2);
    const auto answer = [](const QString &text) {
        // The dialogs are modal: answered once they are up.
        QTimer::singleShot(0, [text] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            dialog->setTextValue(text);
            dialog->accept();
        });
    };
    answer(QStringLiteral("release on friday"));
    actions.at(1)->trigger();
    auto *subject = window.findChild<QLabel *>(QStringLiteral("roomSubject"));
    QVERIFY(subject);
    QTRY_COMPARE_WITH_TIMEOUT(subject->text(), QStringLiteral("release on friday"), 10000);
    QVERIFY(subject->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->subject(), QStringLiteral("release on friday"), 10000);

    answer(QStringLiteral("alice-laptop"));
    actions.at(0)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bobRoom->participants().contains(room + QStringLiteral("/alice-laptop")), 10000);
}

QTEST_MAIN(TestMainWindowRooms)
#include "tst_main_window_rooms.moc"
