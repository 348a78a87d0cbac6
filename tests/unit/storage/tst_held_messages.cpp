// Incoming messages while storage fails for a passing reason: kept, then stored, said once.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/HeldMessages.h"
#include "storage/MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QString account = QStringLiteral("me@example.org");
const QString peer = QStringLiteral("peer@example.org");

int g_holdingWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.contains(QLatin1String("kept in memory")))
        ++g_holdingWarnings;
    g_previousHandler(type, context, text);
}

Message incoming(int i)
{
    Message m;
    m.account = account;
    m.conversation = peer;
    m.sender = peer + QStringLiteral("/phone");
    m.originId = QStringLiteral("held-%1").arg(i);
    m.body = QStringLiteral("arrived while locked %1").arg(i);
    m.serverTime = QDateTime::currentDateTimeUtc();
    return m;
}
} // namespace

class TestHeldMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockedDatabaseHoldsThenStoresInOrder();
    void overTheBoundFailsAsBefore();
    void damageIsNotHeld();

private:
    /// Another program's connection holding the write lock of the open file.
    sqlite3 *lockFromOutside();
    qint64 storedCount();

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

void TestHeldMessages::init()
{
    QVERIFY(m_dir.isValid());
    m_file
        = m_dir.filePath(QStringLiteral("held-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(createDatabaseWithMessages(m_file, 10));
    m_db = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_db.get());
    QSignalSpy checked(m_db.get(), &Database::integrityChecked);
    QVERIFY(openAndWait(*m_db, m_file).ok);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, asyncTimeoutMs);
    g_holdingWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countingHandler);
}

void TestHeldMessages::cleanup()
{
    qInstallMessageHandler(g_previousHandler);
    m_store.reset();
    m_db.reset();
}

sqlite3 *TestHeldMessages::lockFromOutside()
{
    sqlite3 *other = nullptr;
    if (sqlite3_open_v2(m_file.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(other);
        return nullptr;
    }
    return other;
}

qint64 TestHeldMessages::storedCount()
{
    return waitForCallback<qint64>([&](QObject *ctx, auto done) {
        m_store->count(account, peer, ctx, std::move(done));
    }).value_or(-1);
}

void TestHeldMessages::lockedDatabaseHoldsThenStoresInOrder()
{
    QSignalSpy held(m_store->held(), &HeldMessages::heldChanged);
    sqlite3 *other = lockFromOutside();
    QVERIFY(other);

    constexpr int n = 4;
    QObject context;
    QStringList stored;
    for (int i = 0; i < n; ++i) {
        m_store->storeIncoming(incoming(i), &context, [&stored, i](const StoreResult &r) {
            stored << (r.inserted ? QStringLiteral("held-%1").arg(i)
                                  : QStringLiteral("failed: ") + r.error.message());
        });
    }
    // Each waits out the lock's timeout once, then waits in memory; none has failed.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->held()->count(), n, 20000);
    QVERIFY2(stored.isEmpty(), qPrintable(stored.join(QLatin1Char('\n'))));
    QVERIFY(!held.isEmpty());
    QCOMPARE(held.last().at(0).toInt(), n);
    QCOMPARE(held.last().at(1).value<StorageError>().kind(), StorageError::Locked);
    QCOMPARE(m_store->held()->reason().kind(), StorageError::Locked);
    // A message arriving now waits behind them, without another try of its own.
    m_store->storeIncoming(incoming(n), &context, [&stored](const StoreResult &r) {
        stored << (r.inserted ? QStringLiteral("held-%1").arg(n) : QStringLiteral("failed"));
    });
    QCOMPARE(m_store->held()->count(), n + 1);
    QTest::qWait(1500); // a retry or two meets the lock again
    QVERIFY(stored.isEmpty());

    // The other program lets go: everything is stored, in the order it arrived.
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(other);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), n + 1, 40000);
    QStringList expected;
    for (int i = 0; i <= n; ++i)
        expected << QStringLiteral("held-%1").arg(i);
    QCOMPARE(stored, expected);
    QCOMPARE(m_store->held()->count(), 0);
    QCOMPARE(held.last().at(0).toInt(), 0);
    QVERIFY(!m_store->held()->reason().isError());
    QCOMPARE(storedCount(), qint64(10 + n + 1));
    // Said once for the whole stretch, not once per message or per retry.
    QCOMPARE(g_holdingWarnings, 1);
}

void TestHeldMessages::overTheBoundFailsAsBefore()
{
    m_store->held()->setLimits(2, 1024 * 1024);
    sqlite3 *other = lockFromOutside();
    QVERIFY(other);
    QObject context;
    QVector<StoreResult> results;
    for (int i = 0; i < 3; ++i)
        m_store->storeIncoming(incoming(i), &context, [&results](const StoreResult &r) { results << r; });
    // The third finds the queue full and fails with the lock's words; two wait.
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20000);
    QCOMPARE(results.first().error.kind(), StorageError::Locked);
    QCOMPARE(m_store->held()->count(), 2);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(other);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 40000);
    QVERIFY(results[1].inserted && results[2].inserted);
    QCOMPARE(storedCount(), qint64(12));
}

void TestHeldMessages::damageIsNotHeld()
{
    QVERIFY(runAndWait(*m_db, [this](SqliteConnection &c) {
        c.markDamaged(StorageError::damagedWhileRunning(m_file, QStringLiteral("test")));
        return true;
    }));
    QObject context;
    std::optional<StoreResult> result;
    m_store->storeIncoming(incoming(0), &context, [&result](const StoreResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), asyncTimeoutMs);
    QVERIFY(!result->inserted);
    QCOMPARE(result->error.kind(), StorageError::Corrupt);
    QCOMPARE(m_store->held()->count(), 0);
}

QTEST_GUILESS_MAIN(TestHeldMessages)
#include "tst_held_messages.moc"
