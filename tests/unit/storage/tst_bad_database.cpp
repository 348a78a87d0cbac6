// Files Tandem must refuse without touching them, and write failures that must not crash.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <grp.h>
#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestBadDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup();

    void randomBytesAreCorrupt();
    void clobberedFileIsCorrupt_data();
    void clobberedFileIsCorrupt();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void lockedFileIsReported_data();
    void lockedFileIsReported();
    void missingOrUnwritableLocationCannotOpen_data();
    void missingOrUnwritableLocationCannotOpen();
    void diskFullIsReportedAndRecoverable();
    void readOnlyFileIsRefused_data();
    void readOnlyFileIsRefused();
    void readOnlyFileIsRefusedForOrdinaryUser();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString createTandemDatabase(const QString &name);
    /// Opens \a file and expects failure of \a kind, with the file byte-identical afterwards.
    void expectRefused(const QString &file, StorageError::Kind kind, StorageError *error = nullptr);

    /// Makes \a file unwritable for this process: its mode for an ordinary user, the immutable
    /// attribute for root (who ignores modes). False, with \a why, where neither is possible.
    bool makeUnwritable(const QString &file, QString *why);

    QTemporaryDir m_dir;
    QStringList m_immutable;
};

namespace {

/// Runs a program as the user `nobody`: the checks for an ordinary user, from a test run as root.
class ProcessAsNobody : public QProcess
{
public:
    bool known() const { return m_uid != 0; }

protected:
    void setupChildProcess() override
    {
        if (::setgroups(0, nullptr) != 0 || ::setgid(m_gid) != 0 || ::setuid(m_uid) != 0)
            ::_exit(99);
    }

private:
    uid_t m_uid = ::getpwnam("nobody") ? ::getpwnam("nobody")->pw_uid : 0;
    gid_t m_gid = ::getpwnam("nobody") ? ::getpwnam("nobody")->pw_gid : 0;
};

bool runQuietly(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

void TestBadDatabase::cleanup()
{
    for (const QString &file : qAsConst(m_immutable))
        runQuietly(QStringLiteral("chattr"), { QStringLiteral("-i"), file });
    m_immutable.clear();
}

bool TestBadDatabase::makeUnwritable(const QString &file, QString *why)
{
    if (::geteuid() != 0)
        return QFile::setPermissions(file, QFile::ReadOwner);
    if (!runQuietly(QStringLiteral("chattr"), { QStringLiteral("+i"), file })) {
        *why = QStringLiteral("running as root, and `chattr +i` is not available on this file system");
        return false;
    }
    m_immutable.append(file);
    return true;
}

QString TestBadDatabase::createTandemDatabase(const QString &name)
{
    const QString file = path(name);
    Database db;
    MessageStore store(&db);
    if (!openAndWait(db, file).ok)
        return {};
    for (int i = 0; i < 20; ++i) {
        Message m;
        m.account = QStringLiteral("me@example.org");
        m.conversation = QStringLiteral("peer@example.org");
        m.body = QStringLiteral("message %1").arg(i);
        store.store(m, nullptr, {});
    }
    return file; // ~Database runs the queued stores and checkpoints on close
}

void TestBadDatabase::expectRefused(const QString &file, StorageError::Kind kind, StorageError *error)
{
    const QByteArray before = fileChecksum(file);
    const qint64 sizeBefore = QFileInfo(file).size();
    {
        Database db;
        const OpenOutcome outcome = openAndWait(db, file);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.kind() == kind,
            qPrintable(QStringLiteral("expected %1, got %2: %3")
                           .arg(StorageError::kindName(kind), StorageError::kindName(outcome.error.kind()),
                               outcome.error.message())));
        QVERIFY(outcome.error.message().contains(QFileInfo(file).fileName()));
        if (error)
            *error = outcome.error;
    }
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QFileInfo(file).size(), sizeBefore);
    QCOMPARE(fileChecksum(file), before);
}

void TestBadDatabase::randomBytesAreCorrupt()
{
    const QString file = path(QStringLiteral("random.sqlite"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / int(sizeof(quint32)));
    out.write(noise);
    out.close();
    expectRefused(file, StorageError::Corrupt);
}

void TestBadDatabase::clobberedFileIsCorrupt_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("magic header string") << 0 << 16;
    QTest::newRow("page size and header fields") << 16 << 84;
    QTest::newRow("schema b-tree page header") << 100 << 12;
}

void TestBadDatabase::clobberedFileIsCorrupt()
{
    QFETCH(int, offset);
    QFETCH(int, length);
    const QString file = createTandemDatabase(QStringLiteral("clobbered-%1.sqlite").arg(offset));
    QVERIFY(!file.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    f.write(QByteArray(length, '\xA5'));
    f.close();
    expectRefused(file, StorageError::Corrupt);
}

void TestBadDatabase::newerSchemaIsRefused_data()
{
    QTest::addColumn<bool>("pendingWal");
    QTest::newRow("checkpointed file") << false;
    // A newer Tandem that crashed leaves its last commits in the -wal file; closing our connection
    // must not checkpoint them into the main file.
    QTest::newRow("commits still in the WAL") << true;
}

void TestBadDatabase::newerSchemaIsRefused()
{
    QFETCH(bool, pendingWal);
    const QString file = createTandemDatabase(QStringLiteral("newer-%1.sqlite").arg(pendingWal));
    QVERIFY(!file.isEmpty());
    const int newer = Database::latestSchemaVersion() + 5;
    const QString wal = file + QStringLiteral("-wal");
    if (pendingWal) {
        sqlite3 *other = nullptr;
        QCOMPARE(
            sqlite3_open_v2(file.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const QByteArray sql = QStringLiteral("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = %1; "
                                              "INSERT INTO account_state VALUES ('a', 'k', 'v');")
                                   .arg(newer)
                                   .toUtf8();
        QCOMPARE(sqlite3_exec(other, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_db_config(other, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_close_v2(other);
        QVERIFY(QFileInfo(wal).size() > 0);
    } else {
        QVERIFY(rawExec(
            file, QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = %1").arg(newer)));
    }
    const QByteArray walBefore = fileChecksum(wal);
    StorageError error;
    expectRefused(file, StorageError::NewerSchema, &error);
    QVERIFY(error.message().contains(QString::number(newer)));
    QVERIFY(error.message().contains(QString::number(Database::latestSchemaVersion())));
    if (pendingWal)
        QCOMPARE(fileChecksum(wal), walBefore);
    QCOMPARE(userVersion(file), newer);
}

void TestBadDatabase::lockedFileIsReported_data()
{
    QTest::addColumn<bool>("tandemFile");
    QTest::newRow("Tandem database in WAL mode") << true;
    QTest::newRow("plain rollback-journal database") << false;
}

void TestBadDatabase::lockedFileIsReported()
{
    QFETCH(bool, tandemFile);
    QString file;
    if (tandemFile) {
        file = createTandemDatabase(QStringLiteral("locked-wal.sqlite"));
    } else {
        file = path(QStringLiteral("locked-plain.sqlite"));
        QVERIFY(rawExec(file, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")));
    }
    QVERIFY(!file.isEmpty());

    // Another program holds the write lock for the whole attempt.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(file.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    QElapsedTimer timer;
    timer.start();
    StorageError error;
    expectRefused(file, StorageError::Locked, &error);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(error.message().contains(QLatin1String("locked by another program")));

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(other);

    // Once released, the same file opens normally.
    Database db;
    const OpenOutcome outcome = openAndWait(db, file);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void TestBadDatabase::missingOrUnwritableLocationCannotOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("missing parent") << path(QStringLiteral("no/such/dir/db.sqlite"));
    QTest::newRow("path is a directory") << m_dir.path();
    // Even root cannot create files in /proc.
    QTest::newRow("unwritable system directory") << QStringLiteral("/proc/tandem-storage-test.sqlite");
    if (geteuid() != 0) // root ignores permission bits
        QTest::newRow("read-only directory") << path(QStringLiteral("readonly/db.sqlite"));
}

void TestBadDatabase::missingOrUnwritableLocationCannotOpen()
{
    QFETCH(QString, file);
    if (file.contains(QLatin1String("/readonly/"))) {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("readonly")));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("readonly")), QFile::ReadOwner | QFile::ExeOwner));
    }
    Database db;
    const OpenOutcome outcome = openAndWait(db, file);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(StorageError::kindName(outcome.error.kind()), StorageError::kindName(StorageError::CannotOpen));
    QVERIFY(!QFileInfo(file).isFile());
}

void TestBadDatabase::diskFullIsReportedAndRecoverable()
{
    const QString file = path(QStringLiteral("full.sqlite"));
    Database db;
    MessageStore store(&db);
    QSignalSpy writeFailed(&db, &Database::writeFailed);
    QVERIFY(openAndWait(db, file).ok);

    Message m;
    m.account = QStringLiteral("me@example.org");
    m.conversation = QStringLiteral("peer@example.org");
    m.body = QStringLiteral("small");
    auto storeAndWait = [&](const Message &msg) {
        return waitForCallback<StoreResult>(
            [&](QObject *ctx, auto done) { store.store(msg, ctx, std::move(done)); });
    };
    std::optional<StoreResult> result = storeAndWait(m);
    QVERIFY(result && result->inserted);

    // Cap the file at its current size: the next big message needs pages it cannot get.
    const auto capped = runAndWait(db, [](SqliteConnection &c) {
        const qint64 pages = c.queryInt64(QStringLiteral("PRAGMA page_count"));
        return c.queryInt64(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    });
    QVERIFY(capped && *capped > 0);

    m.body = QString(200 * 1024, QLatin1Char('x'));
    result = storeAndWait(m);
    QVERIFY(result.has_value());
    QVERIFY(!result->inserted);
    QCOMPARE(StorageError::kindName(result->error.kind()), StorageError::kindName(StorageError::DiskFull));
    QVERIFY(!result->error.message().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(writeFailed.count() >= 1, asyncTimeoutMs);
    QCOMPARE(writeFailed.first().first().value<StorageError>().kind(), StorageError::DiskFull);

    // Nothing half-written, and once space is back, storing works again.
    auto count = waitForCallback<qint64>(
        [&](QObject *ctx, auto done) { store.count(m.account, m.conversation, ctx, std::move(done)); });
    QCOMPARE(count.value_or(-2), qint64(1));
    QVERIFY(runAndWait(db, [](SqliteConnection &c) {
        return c.queryInt64(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    }));
    result = storeAndWait(m);
    QVERIFY(result && result->inserted);
    QVERIFY(!result->error.isError());
    count = waitForCallback<qint64>(
        [&](QObject *ctx, auto done) { store.count(m.account, m.conversation, ctx, std::move(done)); });
    QCOMPARE(count.value_or(-2), qint64(2));
}

void TestBadDatabase::readOnlyFileIsRefused_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("database file") << QString();
    QTest::newRow("write-ahead log") << QStringLiteral("-wal");
    QTest::newRow("shared-memory index") << QStringLiteral("-shm");
}

void TestBadDatabase::readOnlyFileIsRefused()
{
    QFETCH(QString, suffix);
    const QString file = createTandemDatabase(QStringLiteral("readonly%1.sqlite").arg(suffix));
    QVERIFY(!file.isEmpty());
    // As a crashed instance leaves it: commits still in the -wal, and the -shm beside it.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(file.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other,
                 "PRAGMA wal_autocheckpoint = 0; INSERT INTO account_state VALUES ('a', 'k', 'v');", nullptr,
                 nullptr, nullptr),
        SQLITE_OK);
    sqlite3_db_config(other, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_close_v2(other);
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFileInfo::exists(file + QStringLiteral("-shm")));

    const QString target = file + suffix;
    QString why;
    if (!makeUnwritable(target, &why))
        QSKIP(qPrintable(why));
    const QByteArray walBefore = fileChecksum(file + QStringLiteral("-wal"));
    StorageError error;
    expectRefused(file, StorageError::CannotOpen, &error);
    QVERIFY2(error.message().contains(QLatin1String("not writable")), qPrintable(error.message()));
    if (!suffix.isEmpty())
        QVERIFY2(error.message().contains(QFileInfo(target).fileName()), qPrintable(error.message()));
    QCOMPARE(fileChecksum(file + QStringLiteral("-wal")), walBefore);
}

void TestBadDatabase::readOnlyFileIsRefusedForOrdinaryUser()
{
    // Root takes another way through SQLite (its open() of a 0400 file succeeds): run the same
    // checks again as a user whom the mode bits stop.
    if (::geteuid() != 0)
        QSKIP("not root: readOnlyFileIsRefused already ran as an ordinary user");
    ProcessAsNobody child;
    if (!child.known())
        QSKIP("there is no user `nobody` to run as");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("readOnlyFileIsRefused") });
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("SKIP")), qPrintable(output));
    QCOMPARE(output.count(QLatin1String("PASS   : TestBadDatabase::readOnlyFileIsRefused(")), 3);
}

QTEST_GUILESS_MAIN(TestBadDatabase)
#include "tst_bad_database.moc"
