// The window's banner for a message database that cannot be written, on real files: a damaged
// database (pages overwritten, as tst_database_damage makes them) shows what happened and what to
// do, and stays; a database another program holds locked shows that incoming messages wait in
// memory, and the banner goes once they are stored.
#include "MainWindow.h"
#include "OfflineProfile.h"
#include "StorageTestUtils.h"
#include "account/Instance.h"
#include "profile/Profile.h"
#include "storage/HeldMessages.h"
#include "storage/MessageStore.h"
#include "widgets/StorageBanner.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Tandem;

class TestStorageBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void damagedDatabase();
    void lockedDatabaseHoldsThenRecovers();
};

namespace {

StorageBanner *bannerOf(const MainWindow &window)
{
    return window.findChild<StorageBanner *>(QStringLiteral("storageBanner"));
}

/// The banner is at the top of the central area, above the conversations and the chat.
bool isAboveTheChat(const MainWindow &window)
{
    const StorageBanner *banner = bannerOf(window);
    const auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    return banner && splitter && banner->parentWidget() == window.centralWidget()
        && banner->mapTo(&window, QPoint(0, banner->height())).y() <= splitter->mapTo(&window, QPoint()).y();
}

} // namespace

void TestStorageBanner::damagedDatabase()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeOfflineProfile(dir.path()));
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    // A database that opens (header and schema intact) with two leaves of its messages damaged.
    const QString file = profile.databasePath();
    QVERIFY(Test::createDatabaseWithMessages(file, 3000));
    const QVector<int> leaves = Test::leafPages(file, QStringLiteral("messages"));
    QVERIFY(leaves.size() >= 20);
    QVERIFY(Test::damagePages(file, leaves[leaves.size() / 2], 2));

    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    StorageBanner *banner = bannerOf(window);
    QVERIFY(banner);
    QVERIFY(banner->isHidden()); // nothing known to be wrong yet
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QCOMPARE(instance.storageState(), Instance::StorageState::Damaged);
    const QString text = banner->text();
    for (const char *words : { "stopped writing to the message database because it is damaged",
             "Nothing has been deleted", "Quit Tandem and run “tandem repair”" })
        QVERIFY2(text.contains(QString::fromUtf8(words)), qPrintable(text));
    QVERIFY(!banner->accessibleName().isEmpty());
    QCOMPARE(banner->accessibleDescription(), text);
    QVERIFY(isAboveTheChat(window));
    // Damage does not go away by itself.
    QTest::qWait(500);
    QVERIFY(banner->isVisible());
}

void TestStorageBanner::lockedDatabaseHoldsThenRecovers()
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
    StorageBanner *banner = bannerOf(window);
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    // Another program takes the write lock; a message arrives meanwhile.
    sqlite3 *other = nullptr;
    QCOMPARE(
        sqlite3_open_v2(profile.databasePath().toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    Message m;
    m.account = QStringLiteral("alice@localhost");
    m.conversation = QStringLiteral("bob@localhost");
    m.sender = QStringLiteral("bob@localhost/phone");
    m.originId = QStringLiteral("while-locked");
    m.body = QStringLiteral("arrived while the database was locked");
    m.serverTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    instance.messages()->storeIncoming(m, this, [&stored](const StoreResult &r) { stored = r.inserted; });
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(instance.storageState(), Instance::StorageState::Held);
    QVERIFY2(banner->text().contains(QStringLiteral("Messages are kept in memory until the database can be "
                                                    "written again")),
        qPrintable(banner->text()));
    QVERIFY2(
        banner->text().contains(QStringLiteral("locked by another program")), qPrintable(banner->text()));
    QVERIFY(isAboveTheChat(window));
    QVERIFY(!stored);

    // The lock goes: the message is stored at the next retry, and the banner with it.
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(other);
    QTRY_VERIFY_WITH_TIMEOUT(stored, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 5000);
    QCOMPARE(banner->text(), QString());
    QCOMPARE(instance.storageState(), Instance::StorageState::Working);
}

QTEST_MAIN(TestStorageBanner)
#include "tst_storage_banner.moc"
