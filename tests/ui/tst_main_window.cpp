// The main window on a real profile and database, offscreen.
#include "MainWindow.h"
#include "OfflineProfile.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "dialogs/AccountDialog.h"
#include "models/ConversationListModel.h"
#include "models/TimelineModel.h"
#include "profile/Profile.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAccountAsksForOne();
    void offlineMessageIsShownAndKept();
    void xmppUriOpensChat();
    void openingAConversationMarksItRead();
    void sameConversationInTwoAccountsOpensWithItsOwnUnread();
    void layoutIsKeptForTheNextRun();

private:
    static QLabel *statusLabel(MainWindow &w) { return w.statusBar()->findChild<QLabel *>(); }
};

void TestMainWindow::withoutAccountAsksForOne()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    QVERIFY(statusLabel(window)->text().contains(QStringLiteral("Add an Account")));
    // First run: the window asks for an account at once, without blocking.
    auto *dialog = window.findChild<AccountDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
}

void TestMainWindow::offlineMessageIsShownAndKept()
{
    // An account whose server is down: the message is stored as pending and shown.
    QTemporaryDir dir;
    QVERIFY(Test::writeOfflineProfile(dir.path()));
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(statusLabel(window)->text().contains(QStringLiteral("connecting")), 10000);

    window.openUri(QStringLiteral("xmpp:bob@localhost"));
    auto *messageInput = window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    QVERIFY(messageInput && messageInput->isEnabled());
    QTest::keyClicks(messageInput, QStringLiteral("written offline"));
    QTest::keyClick(messageInput, Qt::Key_Return);
    auto *view = window.findChild<QListView *>(QStringLiteral("timeline"));
    QVERIFY(view);
    // Below the "beginning of the conversation" row.
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 5000);
    QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("written offline"));
    QCOMPARE(view->model()->index(1, 0).data(TimelineModel::DeliveryStateRole).toInt(),
        int(Message::DeliveryState::Pending));
    // The list of conversations has it now, selected: it is the one open.
    auto *list = window.findChild<QListView *>(QStringLiteral("conversations"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 5000);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("bob@localhost"));
    window.openUri(QStringLiteral("xmpp:carol@localhost"));
    QTest::keyClicks(messageInput, QStringLiteral("to carol"));
    QTest::keyClick(messageInput, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 5000);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("carol@localhost"));
    // Opened again by its address, with no new message: the selection follows all the same.
    window.openUri(QStringLiteral("xmpp:bob@localhost"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("bob@localhost"));
}

void TestMainWindow::xmppUriOpensChat()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.openUri(QStringLiteral("xmpp:carol@example.org?message"));
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    bool found = false;
    for (QLabel *l : window.findChildren<QLabel *>())
        found |= l->text().contains(QStringLiteral("carol@example.org"));
    QVERIFY(found); // shown once started, though with no account there is nothing to write with
    auto *composer = window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    QVERIFY(composer && !composer->isEnabled());
    window.openUri(QStringLiteral("xmpp:not a jid"));
    QVERIFY(statusLabel(window)->text().contains(QStringLiteral("Cannot open")));
}

void TestMainWindow::openingAConversationMarksItRead()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeOfflineProfile(dir.path()));
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    Account *account = instance.account();
    QVERIFY(account);

    // bob wrote while the window was elsewhere: his row counts one unread message.
    Message m;
    m.account = account->jid();
    m.conversation = QStringLiteral("bob@localhost");
    m.kind = Message::Kind::Chat;
    m.sender = QStringLiteral("bob@localhost/phone");
    m.originId = QStringLiteral("unread-1");
    m.body = QStringLiteral("are you there?");
    m.serverTime = m.localTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    QObject context;
    instance.messages()->store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
    auto *list = window.findChild<QListView *>(QStringLiteral("conversations"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 5000);
    const auto unread = [list] {
        return list->model()->index(0, 0).data(ConversationListModel::UnreadCountRole).toLongLong();
    };
    QTRY_COMPARE_WITH_TIMEOUT(unread(), 1, 5000);

    // Opening it reads it.
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, 5000);
}

void TestMainWindow::sameConversationInTwoAccountsOpensWithItsOwnUnread()
{
    // Two accounts on a dead port, both with a chat with carol.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QVector<AccountConfig> configs(2);
    configs[0].jid = QStringLiteral("alice@localhost");
    configs[1].jid = QStringLiteral("bob@localhost");
    for (AccountConfig &config : configs) {
        config.host = QStringLiteral("127.0.0.1");
        config.port = closed.serverPort();
        config.passwordStorage = AccountConfig::PasswordStorage::File;
    }
    closed.close();
    QTemporaryDir dir;
    Profile profile(dir.path());
    profile.saveAccounts(configs);
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    Account *alice = instance.account(QStringLiteral("alice@localhost"));
    Account *bob = instance.account(QStringLiteral("bob@localhost"));
    QVERIFY(alice && bob);

    const QString carol = QStringLiteral("carol@localhost");
    const auto arrive = [&](Account *account, const QString &body, int secondsAgo) {
        Message m;
        m.account = account->jid();
        m.conversation = carol;
        m.kind = Message::Kind::Chat;
        m.sender = carol + QStringLiteral("/phone");
        m.originId = account->jid() + body;
        m.body = body;
        m.serverTime = m.localTime = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
        bool stored = false;
        QObject context;
        instance.messages()->store(m, &context, [&](const StoreResult &r) {
            m.rowId = r.rowId;
            stored = true;
        });
        if (!QTest::qWaitFor([&] { return stored; }, 5000))
            return Message();
        account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
        return m;
    };
    // Bob's account read carol's first message, not her second; alice's read all of hers, and
    // her row is the newer, above bob's.
    const Message read = arrive(bob, QStringLiteral("first"), 30);
    QVERIFY(read.rowId > 0);
    bool marked = false;
    bob->messageEvents()->markRead(carol, read.rowId, [&](bool) { marked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(marked, 5000);
    const Message unread = arrive(bob, QStringLiteral("second"), 20);
    QVERIFY(unread.rowId > 0);
    QVERIFY(arrive(alice, QStringLiteral("to alice"), 10).rowId > 0);
    marked = false;
    alice->messageEvents()->markAllRead(carol, [&](bool) { marked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(marked, 5000);

    auto *list = window.findChild<QListView *>(QStringLiteral("conversations"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 5000);
    const auto rowOf = [list](const QString &account) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ConversationListModel::AccountRole).toString() == account)
                return row;
        }
        return -1;
    };
    QCOMPARE(rowOf(alice->jid()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        list->model()->index(rowOf(bob->jid()), 0).data(ConversationListModel::UnreadCountRole).toLongLong(),
        qint64(1), 5000);

    // Opened from bob's row: bob's unread count decides, so it opens at the "new messages" line
    // above carol's second message, and bob's row stays the selected one.
    list->setCurrentIndex(list->model()->index(rowOf(bob->jid()), 0));
    auto *timeline
        = qobject_cast<TimelineModel *>(window.findChild<QListView *>(QStringLiteral("timeline"))->model());
    QVERIFY(timeline);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->firstUnreadRowId(), unread.rowId, 5000);
    QCOMPARE(list->currentIndex().data(ConversationListModel::AccountRole).toString(), bob->jid());
}

void TestMainWindow::layoutIsKeptForTheNextRun()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    QList<int> sizes;
    {
        MainWindow window(&instance);
        window.resize(720, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({ 170, 540, 0 });
        sizes = splitter->sizes();
        window.close();
    }
    MainWindow again(&instance);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(720, 480));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
