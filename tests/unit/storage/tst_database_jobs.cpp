// The Database job queue: ordering, opening, shutdown, and callbacks whose context went away.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/SearchQueries.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
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

class TestDatabaseJobs : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void jobQueuedBeforeOpenWaitsForIt();
    void jobsWithoutOpenDatabaseFailInsteadOfHanging();
    void destroyedContextDropsCallback();
    void jobsRunInOrder();
    void destructorFinishesQueuedJobs();
    void groupedWritesShareOneCommit();
    void failedGroupedJobUndoesOnlyItself();
    void newMessagesAreIndexedWhileIdle();
};

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

namespace {

int countCommits(void *counter)
{
    ++*static_cast<std::atomic<int> *>(counter);
    return 0;
}

/// A grouped job that stores one message with its own Transaction, as MessageStore's jobs do.
auto insertJob(const QString &body, std::shared_ptr<std::atomic<int>> commits, bool fail = false)
{
    return [body, commits, fail](SqliteConnection &c) {
        Transaction transaction(c);
        Statement st = c.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?1, 'x')"));
        st.bind(1, body);
        st.exec();
        if (fail)
            transaction.rollback();
        else
            transaction.commit();
        return commits->load(); // commits before this job's group committed
    };
}

} // namespace

void TestDatabaseJobs::groupedWritesShareOneCommit()
{
    auto commits = std::make_shared<std::atomic<int>>(0);
    QVERIFY(runAndWait(*m_db, [commits](SqliteConnection &c) {
        sqlite3_commit_hook(c.handle(), countCommits, commits.get());
        return true;
    }));
    // Hold the storage thread so that the jobs below queue up behind it.
    m_db->run([](SqliteConnection &) { QThread::msleep(200); });
    auto delivered = std::make_shared<QVector<QPair<int, int>>>(); // (commits at delivery, in job)
    for (int i = 0; i < 10; ++i) {
        m_db->runGrouped(this, insertJob(QStringLiteral("g%1").arg(i), commits),
            [delivered, commits](int inJob, const StorageError &error) {
                QVERIFY(!error.isError());
                delivered->append({ commits->load(), inJob });
            });
    }
    // A plain job in between ends the group: FIFO order holds, and it sees the group committed.
    const auto between = std::make_shared<int>(-1);
    m_db->run(
        this, [commits](SqliteConnection &c) { return c.inTransaction() ? -1 : commits->load(); },
        [between](int n) { *between = n; });
    m_db->runGrouped(this, insertJob(QStringLiteral("after"), commits),
        [delivered, commits](int inJob, const StorageError &) {
            delivered->append({ commits->load(), inJob });
        });
    QTRY_COMPARE_WITH_TIMEOUT(delivered->size(), 11, asyncTimeoutMs);
    QCOMPARE(*between, 1);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(delivered->at(i).second, 0); // all ten ran inside one transaction...
        QVERIFY(delivered->at(i).first >= 1); // ...and heard of it only once it was committed
    }
    QCOMPARE(delivered->at(10).second, 1);
    QCOMPARE(commits->load(), 2);
    const auto rows = runAndWait(*m_db, [](SqliteConnection &c) {
        return c.queryInt64(QStringLiteral("SELECT count(*) FROM store_meta WHERE value = 'x'"));
    });
    QCOMPARE(rows.value_or(-1), qint64(11));
}

void TestDatabaseJobs::failedGroupedJobUndoesOnlyItself()
{
    m_db->run([](SqliteConnection &) { QThread::msleep(100); });
    auto commits = std::make_shared<std::atomic<int>>(0);
    auto done = std::make_shared<int>(0);
    for (int i = 0; i < 5; ++i) {
        m_db->runGrouped(this, insertJob(QStringLiteral("f%1").arg(i), commits, i == 2),
            [done](int, const StorageError &error) {
                QVERIFY(!error.isError());
                ++*done;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(*done, 5, asyncTimeoutMs);
    const auto names = runAndWait(*m_db, [](SqliteConnection &c) {
        QStringList n;
        Statement st
            = c.prepare(QStringLiteral("SELECT name FROM store_meta WHERE value = 'x' ORDER BY name"));
        while (st.step())
            n << st.columnText(0);
        return n;
    });
    QCOMPARE(names.value_or(QStringList()),
        QStringList(
            { QStringLiteral("f0"), QStringLiteral("f1"), QStringLiteral("f3"), QStringLiteral("f4") }));
}

void TestDatabaseJobs::newMessagesAreIndexedWhileIdle()
{
    // No search asks for it: the storage thread indexes new messages once it has nothing to do.
    QVector<Message> batch;
    for (int i = 0; i < 3 * SearchQueries::idleIndexRows / 2; ++i)
        batch << makeMessage(baseMs + i, QStringLiteral("message %1").arg(i));
    const auto results = waitForCallback<QVector<StoreResult>>(
        [&](QObject *ctx, auto done) { m_store->storeBatch(batch, ctx, done); });
    QVERIFY(results && results->size() == batch.size());
    QTRY_COMPARE_WITH_TIMEOUT(runAndWait(*m_db,
                                  [](SqliteConnection &c) {
                                      return c.queryInt64(
                                          QStringLiteral("SELECT count(*) FROM search_pending"));
                                  })
                                  .value_or(-1),
        qint64(0), asyncTimeoutMs);
    const auto indexed = runAndWait(*m_db, [](SqliteConnection &c) {
        return c.queryInt64(
            QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'message'"));
    });
    QCOMPARE(indexed.value_or(-1), qint64(batch.size()));
}

QTEST_GUILESS_MAIN(TestDatabaseJobs)
#include "tst_database_jobs.moc"
