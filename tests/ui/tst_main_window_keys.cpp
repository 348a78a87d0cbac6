// The window by keyboard alone: Ctrl+K goes to a conversation, Ctrl+Shift+F finds a message deep in
// the archive and opens the conversation there, Esc closes the search, F6 walks the panes, Ctrl+J
// asks which group chat to join.
#include "MainWindow.h"
#include "OfflineProfile.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "dialogs/JoinRoomDialog.h"
#include "models/ConversationListModel.h"
#include "models/SearchResultModel.h"
#include "models/TimelineModel.h"
#include "profile/Profile.h"
#include "storage/ConversationStateStore.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageLimits.h"
#include "storage/MessageStore.h"
#include "widgets/QuickSwitcher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestMainWindowKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void quickSwitcherOpensAConversation();
    void searchOpensTheHitInItsConversation();
    void f6WalksThePanes();
    void ctrlJAsksWhichRoom();
    void escClosesThePanels();
    void aTooLongMessageStaysInTheComposer();
    void draftStaysWithItsConversation();
    void opensAtTheFirstUnread();
    void ctrlFFindsInTheOpenConversation(); // after: it opens dave's chat, which reads it

private:
    QTemporaryDir m_dir;
    Profile *m_profile = nullptr;
    Instance *m_instance = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_needle = 0;
    QVector<qint64> m_dave; ///< row ids of dave's messages, oldest first
};

void TestMainWindowKeys::initTestCase()
{
    QVERIFY(Test::writeOfflineProfile(m_dir.path()));
    // An archive from earlier sessions, written before the window starts.
    {
        Profile setup(m_dir.path());
        Database db;
        QSignalSpy opened(&db, &Database::opened);
        db.open(setup.databasePath());
        QVERIFY(opened.wait(10000));
        MessageStore store(&db);
        // bob: 600 messages, the word looked for in the 10th, far behind the page the chat opens at.
        QVector<Message> batch;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
        for (int i = 0; i < 600; ++i) {
            Message m;
            m.account = QStringLiteral("alice@localhost");
            m.conversation = QStringLiteral("bob@localhost");
            m.kind = Message::Kind::Chat;
            m.sender = QStringLiteral("bob@localhost/phone");
            m.originId = QStringLiteral("bob-%1").arg(i);
            m.body
                = i == 10 ? QStringLiteral("the zeppelin leaves at noon") : QStringLiteral("line %1").arg(i);
            m.serverTime = m.localTime = start.addSecs(i * 60);
            batch << m;
        }
        Message carol = batch.first();
        carol.conversation = QStringLiteral("carol@localhost");
        carol.originId = QStringLiteral("carol-1");
        carol.body = QStringLiteral("hello from carol");
        batch << carol;
        for (int i = 0; i < 400; ++i) {
            Message m = batch.first();
            m.conversation = QStringLiteral("dave@localhost");
            m.sender = QStringLiteral("dave@localhost/desk");
            m.originId = QStringLiteral("dave-%1").arg(i);
            m.body = QStringLiteral("dave says %1").arg(i);
            m.serverTime = m.localTime = start.addSecs(i * 60 + 30);
            batch << m;
        }
        bool stored = false;
        store.storeBatch(batch, this, [&](const QVector<StoreResult> &results) {
            m_needle = results.at(10).rowId;
            for (int i = 601; i < results.size(); ++i)
                m_dave << results.at(i).rowId;
            stored = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return stored; }, 10000));
    }
    m_profile = new Profile(m_dir.path());
    QString error;
    QVERIFY(m_profile->lock(&error));
    m_instance = new Instance(m_profile, Instance::Mode::Gui);
    m_window = new MainWindow(m_instance);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QSignalSpy started(m_instance, &Instance::started);
    m_instance->start();
    QVERIFY(started.wait(10000));

    auto *list = m_window->findChild<QListView *>(QStringLiteral("conversations"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 10000);
    m_window->openUri(QStringLiteral("xmpp:carol@localhost"));
}

void TestMainWindowKeys::cleanupTestCase()
{
    delete m_window;
    delete m_instance;
    delete m_profile;
}

void TestMainWindowKeys::init()
{
    // Shortcuts reach the active window: the one a dialog of the last test left must be it again.
    // (The offscreen platform does not give activation back when a dialog closes.)
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

static QString chatTitle(MainWindow *window)
{
    return window->findChild<QLabel *>(QStringLiteral("chatTitle"))->text();
}

void TestMainWindowKeys::quickSwitcherOpensAConversation()
{
    QCOMPARE(chatTitle(m_window), QStringLiteral("carol@localhost"));
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    auto *switcher = m_window->findChild<QuickSwitcher *>();
    QVERIFY(switcher);
    QTRY_VERIFY(switcher->isVisible());
    auto *input = switcher->findChild<QLineEdit *>();
    QTRY_VERIFY(input->hasFocus());
    QTest::keyClicks(input, QStringLiteral("bob"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(chatTitle(m_window), QStringLiteral("bob@localhost"));
    QVERIFY(!switcher->isVisible());
}

void TestMainWindowKeys::searchOpensTheHitInItsConversation()
{
    m_window->openUri(QStringLiteral("xmpp:carol@localhost"));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    auto *query = dock->findChild<QLineEdit *>();
    QTRY_VERIFY(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("zeppelin"));
    auto *hits = dock->findChild<QListView *>();
    QTRY_COMPARE_WITH_TIMEOUT(hits->model()->rowCount(), 1, 10000);
    QTest::keyClick(query, Qt::Key_Down);
    QTest::keyClick(hits, Qt::Key_Return);
    QTRY_COMPARE(chatTitle(m_window), QStringLiteral("bob@localhost"));
    // The timeline holds the hit, which the newest pages would not: it opened where it was found.
    auto *timeline = m_window->findChild<QListView *>(QStringLiteral("timeline"));
    auto *model = qobject_cast<TimelineModel *>(timeline->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_needle) >= 0, 10000);
    QVERIFY(!model->atLiveEnd());

    query->setFocus();
    QTest::keyClick(query, Qt::Key_Escape);
    QTRY_VERIFY(!dock->isVisible());
}

void TestMainWindowKeys::f6WalksThePanes()
{
    auto *list = m_window->findChild<QListView *>(QStringLiteral("conversations"));
    auto *timeline = m_window->findChild<QListView *>(QStringLiteral("timeline"));
    auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F6);
    QTRY_VERIFY(timeline->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F6);
    QTRY_VERIFY(composer->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F6);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(composer->hasFocus());
}

void TestMainWindowKeys::ctrlJAsksWhichRoom()
{
    QTest::keyClick(m_window, Qt::Key_J, Qt::ControlModifier);
    JoinRoomDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<JoinRoomDialog *>()) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<JoinRoomDialog *>());
}

void TestMainWindowKeys::ctrlFFindsInTheOpenConversation()
{
    m_window->openUri(QStringLiteral("xmpp:dave@localhost"));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    auto *where = dock->findChild<QComboBox *>();
    QCOMPARE(where->currentIndex(), 1);
    auto *query = dock->findChild<QLineEdit *>();
    QTRY_VERIFY(query->hasFocus());
    query->clear();
    // "1" is in bob's lines and dave's alike: only dave's are found.
    QTest::keyClicks(query, QStringLiteral("1"));
    auto *hits = dock->findChild<QListView *>();
    QTRY_VERIFY_WITH_TIMEOUT(hits->model()->rowCount() > 0, 10000);
    for (int row = 0; row < hits->model()->rowCount(); ++row)
        QCOMPARE(hits->model()->index(row, 0).data(SearchResultModel::ConversationRole).toString(),
            QStringLiteral("dave@localhost"));
    QTest::keyClick(query, Qt::Key_Escape);
    QTRY_VERIFY(!dock->isVisible());
}

void TestMainWindowKeys::escClosesThePanels()
{
    m_window->openUri(QStringLiteral("xmpp:carol@localhost"));
    auto *devices = m_window->findChild<QAbstractButton *>(QStringLiteral("deviceStatus"));
    QVERIFY(devices);
    devices->click();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("devicesDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    composer->setFocus();
    QTRY_VERIFY(composer->hasFocus());
    QTest::keyClick(composer, Qt::Key_Escape);
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(composer->hasFocus());
}

void TestMainWindowKeys::aTooLongMessageStaysInTheComposer()
{
    m_window->openUri(QStringLiteral("xmpp:carol@localhost"));
    auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    auto *warning = m_window->findChild<QLabel *>(QStringLiteral("limitBar"));
    QVERIFY(composer && warning);
    QVERIFY(!warning->isVisible());
    const QString text = QStringLiteral("z").repeated(MessageLimits::defaultMaxBodyBytes + 10);
    composer->setPlainText(text);
    QTRY_VERIFY(warning->isVisible()); // said while typing
    QVERIFY(warning->text().contains(QStringLiteral("too long")));
    composer->setFocus();
    QTest::keyClick(composer, Qt::Key_Return);
    QCOMPARE(composer->toPlainText(), text); // nothing typed is lost
    composer->clear();
    QTRY_VERIFY(!warning->isVisible());
}

void TestMainWindowKeys::draftStaysWithItsConversation()
{
    m_window->openUri(QStringLiteral("xmpp:bob@localhost"));
    auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    QTest::keyClicks(composer, QStringLiteral("half a thought"));
    m_window->openUri(QStringLiteral("xmpp:carol@localhost"));
    QCOMPARE(composer->toPlainText(), QString());
    m_window->openUri(QStringLiteral("xmpp:bob@localhost"));
    QTRY_COMPARE(composer->toPlainText(), QStringLiteral("half a thought"));
    // Stored, so it outlives the session; the conversation list shows it too.
    ConversationState state;
    bool answered = false;
    Account *account = m_instance->account();
    account->messageEvents()->conversationState()->state(
        account->jid(), QStringLiteral("bob@localhost"), this, [&](const ConversationState &s) {
            state = s;
            answered = true;
        });
    QTRY_VERIFY(answered);
    QCOMPARE(state.draft, QStringLiteral("half a thought"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("conversations"));
    QTRY_VERIFY([&] {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ConversationListModel::DraftRole).toString()
                == QLatin1String("half a thought"))
                return true;
        }
        return false;
    }());
    composer->clear();
}

void TestMainWindowKeys::opensAtTheFirstUnread()
{
    // dave's first 100 messages were read elsewhere; 300 are not.
    Account *account = m_instance->account();
    QSignalSpy changed(account->messageEvents(), &MessageEvents::conversationStateChanged);
    account->messageEvents()->markRead(QStringLiteral("dave@localhost"), m_dave.at(99));
    QTRY_VERIFY(!changed.isEmpty());
    auto *list = m_window->findChild<QListView *>(QStringLiteral("conversations"));
    QTRY_VERIFY([&] {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(ConversationListModel::ConversationRole).toString()
                == QLatin1String("dave@localhost"))
                return index.data(ConversationListModel::UnreadCountRole).toLongLong() == 300;
        }
        return false;
    }());

    m_window->openUri(QStringLiteral("xmpp:dave@localhost"));
    auto *timeline = m_window->findChild<QListView *>(QStringLiteral("timeline"));
    auto *model = qobject_cast<TimelineModel *>(timeline->model());
    QTRY_COMPARE_WITH_TIMEOUT(model->firstUnreadRowId(), m_dave.at(100), 10000);
    const int row = model->rowOf(m_dave.at(100));
    QVERIFY(row >= 0);
    QVERIFY(model->index(row).data(TimelineModel::MarkerRole).toBool());
    QVERIFY(!model->atLiveEnd());
    QVERIFY(timeline->viewport()->rect().intersects(timeline->visualRect(model->index(row))));

    // Away from the newest messages: a button leads back to them.
    auto *latest = timeline->findChild<QAbstractButton *>(QStringLiteral("jumpToLatest"));
    QVERIFY(latest);
    QTRY_VERIFY(latest->isVisible());
    latest->click();
    QTRY_VERIFY_WITH_TIMEOUT(model->atLiveEnd(), 10000);
    QTRY_VERIFY(model->rowOf(m_dave.last()) >= 0);
    QTRY_VERIFY(!latest->isVisible());
}

QTEST_MAIN(TestMainWindowKeys)
#include "tst_main_window_keys.moc"
