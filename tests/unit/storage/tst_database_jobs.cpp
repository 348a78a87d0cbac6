// The Database job queue: ordering, opening, shutdown, and callbacks whose context went away.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <numeric>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString me = QStringLiteral("me@example.org");
const QString alice = QStringLiteral("alice@example.org");
const qint64 baseMs = 1700000000000;

Message makeMessage(qint64 serverMs, const QString &body)
{
    Message m;
    m.account = me;
    m.conversation = alice;
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(serverMs, Qt::UTC);
    return m;
}

} // namespace

class TestDatabaseJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void jobQueuedBeforeOpenWaitsForIt();
    void jobsWithoutOpenDatabaseFailInsteadOfHanging();
    void destroyedContextDropsCallback();
    void jobsRunInOrder();
    void destructorFinishesQueuedJobs();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

void TestDatabaseJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_db.get());
    const OpenOutcome outcome = openAndWait(*m_db, m_dir->filePath(QStringLiteral("messages.sqlite")));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void TestDatabaseJobs::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDatabaseJobs::jobQueuedBeforeOpenWaitsForIt()
{
    Database db;
    MessageStore store(&db);
    db.open(m_dir->filePath(QStringLiteral("second.sqlite")));
    // Submitted right away, before opening could have finished.
    const auto result = waitForCallback<StoreResult>([&](QObject *ctx, auto done) {
        store.store(makeMessage(baseMs, QStringLiteral("early")), ctx, done);
    });
    QVERIFY(result.has_value());
    QVERIFY2(result->inserted, qPrintable(result->error.message()));
}

void TestDatabaseJobs::jobsWithoutOpenDatabaseFailInsteadOfHanging()
{
    Database db; // never opened
    MessageStore store(&db);
    QSignalSpy writeFailed(&db, &Database::writeFailed);
    const auto result = waitForCallback<StoreResult>([&](QObject *ctx, auto done) {
        store.store(makeMessage(baseMs, QStringLiteral("lost")), ctx, done);
    });
    QVERIFY(result.has_value());
    QVERIFY(!result->inserted);
    QVERIFY(result->error.isError());
    const auto n
        = waitForCallback<qint64>([&](QObject *ctx, auto done) { store.count(me, alice, ctx, done); });
    QCOMPARE(n.value_or(-2), qint64(-1));
    QCOMPARE(writeFailed.count(), 0); // not a write failure: the caller learnt it from openFailed
}

void TestDatabaseJobs::destroyedContextDropsCallback()
{
    auto called = std::make_shared<int>(0);
    auto *context = new QObject;
    for (int i = 0; i < 20; ++i)
        m_store->count(me, alice, context, [called](qint64) { ++*called; });
    delete context;
    // A later job's answer proves the earlier ones finished.
    const auto n
        = waitForCallback<qint64>([&](QObject *ctx, auto done) { m_store->count(me, alice, ctx, done); });
    QCOMPARE(n.value_or(-2), qint64(0));
    QTest::qWait(50);
    QCOMPARE(*called, 0);
}

void TestDatabaseJobs::jobsRunInOrder()
{
    auto ranOnDbThread = std::make_shared<QVector<int>>(); // only touched by jobs, one at a time
    auto delivered = std::make_shared<QVector<int>>();
    for (int i = 0; i < 100; ++i) {
        if (i % 2)
            m_db->run([ranOnDbThread, i](SqliteConnection &) { ranOnDbThread->append(i); });
        else
            m_db->run(
                this,
                [ranOnDbThread, i](SqliteConnection &) {
                    ranOnDbThread->append(i);
                    return i;
                },
                [delivered](int i) { delivered->append(i); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivered->size(), 50, asyncTimeoutMs);
    // Read the job log on its own thread, after every job above (FIFO) has run.
    const auto ran = runAndWait(*m_db, [ranOnDbThread](SqliteConnection &) { return *ranOnDbThread; });
    QVector<int> expected(100);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(ran.value_or(QVector<int>()), expected);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(delivered->at(i), 2 * i);
}

void TestDatabaseJobs::destructorFinishesQueuedJobs()
{
    const QString file = m_dir->filePath(QStringLiteral("shutdown.sqlite"));
    {
        Database db;
        MessageStore store(&db);
        db.open(file);
        for (int i = 0; i < 200; ++i)
            store.store(makeMessage(baseMs + i, QString::number(i)), nullptr, {});
    } // no waiting: the destructor must run the queue before closing
    Database db;
    MessageStore store(&db);
    QVERIFY(openAndWait(db, file).ok);
    const auto n
        = waitForCallback<qint64>([&](QObject *ctx, auto done) { store.count(me, alice, ctx, done); });
    QCOMPARE(n.value_or(-2), qint64(200));
}

QTEST_GUILESS_MAIN(TestDatabaseJobs)
#include "tst_database_jobs.moc"
