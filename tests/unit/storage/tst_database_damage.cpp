// Damage inside a database that still opens (random pages, header intact): found, writes
// stopped, said in words; and `tandem repair`'s copy of what can be read.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/DatabaseRepair.h"
#include "storage/IntegrityCheck.h"
#include "storage/MessageStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
constexpr int messageCount = 3000;
const QString account = QStringLiteral("me@example.org");
const QString peer = QStringLiteral("peer@example.org");
} // namespace

class TestDatabaseDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void checkAfterOpenFindsDamageAndStopsWrites();
    void damagedReadStopsWrites();
    void soundFileIsLeftRunning();
    void repairCopiesWhatCanBeRead();
    void repairOfASoundFileLosesNothing();

private:
    /// A database of messageCount messages with two leaves of its messages table damaged;
    /// returns the rowid range those leaves held through \a lostFirst / \a lostLast.
    QString damagedDatabase(const QString &name);
    std::optional<StoreResult> storeOne(MessageStore &store, const QString &originId);

    QTemporaryDir m_dir;
};

QString TestDatabaseDamage::damagedDatabase(const QString &name)
{
    const QString file = m_dir.filePath(name);
    if (!createDatabaseWithMessages(file, messageCount))
        return {};
    const QVector<int> leaves = leafPages(file, QStringLiteral("messages"));
    if (leaves.size() < 20)
        return {};
    // Two leaves in the middle of the history: the header, the schema and the rest stay sound.
    if (!damagePages(file, leaves[leaves.size() / 2], 1)
        || !damagePages(file, leaves[leaves.size() / 2 + 1], 1))
        return {};
    return file;
}

std::optional<StoreResult> TestDatabaseDamage::storeOne(MessageStore &store, const QString &originId)
{
    Message m;
    m.account = account;
    m.conversation = peer;
    m.originId = originId;
    m.body = QString(20000, QLatin1Char('n')); // pages enough that a write would grow the file
    m.serverTime = QDateTime::currentDateTimeUtc();
    return waitForCallback<StoreResult>(
        [&](QObject *ctx, auto done) { store.store(m, ctx, std::move(done)); });
}

void TestDatabaseDamage::checkAfterOpenFindsDamageAndStopsWrites()
{
    const QString file = damagedDatabase(QStringLiteral("checked.sqlite"));
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileChecksum(file);
    {
        Database db;
        MessageStore store(&db);
        QSignalSpy damaged(&db, &Database::damaged);
        QSignalSpy checked(&db, &Database::integrityChecked);
        // The header and schema are sound: the file opens, as it always did.
        QVERIFY(openAndWait(db, file).ok);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, asyncTimeoutMs);
        QVERIFY(checked.first().first().value<StorageError>().isError());
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, asyncTimeoutMs);
        const StorageError damage = damaged.first().first().value<StorageError>();
        QCOMPARE(damage.kind(), StorageError::Corrupt);
        QVERIFY2(damage.message().contains(QFileInfo(file).fileName()), qPrintable(damage.message()));
        QVERIFY2(damage.message().contains(QLatin1String("stopped writing")), qPrintable(damage.message()));
        QVERIFY2(damage.message().contains(QLatin1String("tandem repair")), qPrintable(damage.message()));

        // A new message is refused with the same words, and not written anywhere.
        const auto result = storeOne(store, QStringLiteral("new-1"));
        QVERIFY(result.has_value());
        QVERIFY(!result->inserted);
        QCOMPARE(result->error.message(), damage.message());
        QCOMPARE(storeOne(store, QStringLiteral("new-2"))->error.message(), damage.message());
        // Reading what can be read still works.
        const auto newest = waitForCallback<QVector<Message>>([&](QObject *ctx, auto done) {
            store.history(account, peer, 5, {}, ctx,
                [done](const QVector<Message> &page, const StorageError &) { done(page); });
        });
        QVERIFY(newest && newest->size() == 5);
        QCOMPARE(damaged.count(), 1); // said once
    }
    QCOMPARE(fileChecksum(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))
        || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

void TestDatabaseDamage::damagedReadStopsWrites()
{
    const QString file = m_dir.filePath(QStringLiteral("read.sqlite"));
    QVERIFY(createDatabaseWithMessages(file, messageCount));
    const QVector<int> leaves = leafPages(file, QStringLiteral("messages"));
    QVERIFY(leaves.size() >= 20);
    Database db;
    MessageStore store(&db);
    QSignalSpy damaged(&db, &Database::damaged);
    QSignalSpy checked(&db, &Database::integrityChecked);
    QVERIFY(openAndWait(db, file).ok);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, asyncTimeoutMs);
    QVERIFY(!checked.first().first().value<StorageError>().isError());
    QCOMPARE(damaged.count(), 0);

    // The disk goes bad under the running instance; the next statement to read there finds it.
    QVERIFY(damagePages(file, leaves[leaves.size() / 2], 1));
    const auto counted = runAndWait(db, [](SqliteConnection &c) {
        StorageError error;
        c.queryInt64(QStringLiteral("SELECT sum(length(body)) FROM messages"), &error);
        return error;
    });
    QVERIFY(counted && counted->kind() == StorageError::Corrupt);
    QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, asyncTimeoutMs);
    const qint64 size = QFileInfo(file).size();
    const auto result = storeOne(store, QStringLiteral("after-damage"));
    QVERIFY(result && !result->inserted);
    QCOMPARE(result->error.kind(), StorageError::Corrupt);
    QVERIFY2(result->error.message().contains(QLatin1String("tandem repair")),
        qPrintable(result->error.message()));
    QCOMPARE(QFileInfo(file).size(), size);
}

void TestDatabaseDamage::soundFileIsLeftRunning()
{
    const QString file = m_dir.filePath(QStringLiteral("sound.sqlite"));
    QVERIFY(createDatabaseWithMessages(file, 100));
    QVERIFY(!IntegrityCheck::check(file).isError());
    Database db;
    MessageStore store(&db);
    QSignalSpy checked(&db, &Database::integrityChecked);
    QVERIFY(openAndWait(db, file).ok);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, asyncTimeoutMs);
    QVERIFY(!checked.first().first().value<StorageError>().isError());
    const auto result = storeOne(store, QStringLiteral("fine"));
    QVERIFY(result && result->inserted);
}

void TestDatabaseDamage::repairCopiesWhatCanBeRead()
{
    const QString file = damagedDatabase(QStringLiteral("tandem.db"));
    QVERIFY(!file.isEmpty());
    QVERIFY(IntegrityCheck::check(file).isError());
    QVERIFY(rawExec(file,
        QStringLiteral(
            "INSERT INTO archive_ranges VALUES ('me@example.org', 'me@example.org', 'a', 1, 'b', 2, 1);"
            "INSERT INTO account_state VALUES ('me@example.org', 'archive-start-seen:me@example.org', '1');"
            "INSERT INTO account_state VALUES ('me@example.org', 'other', 'kept');")));
    const QByteArray damagedBytes = fileChecksum(file);
    const QDateTime when(QDate(2026, 12, 7), QTime(15, 4, 5), Qt::UTC);

    const DatabaseRepair::Result result = DatabaseRepair::repair(file, when);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
    // The damaged file is kept aside, byte for byte, named with the time of the repair.
    QCOMPARE(result.damagedCopy, file + QStringLiteral(".damaged-20261207-150405"));
    QCOMPARE(fileChecksum(result.damagedCopy), damagedBytes);
    const QString summary = result.summary();
    QVERIFY2(summary.contains(QDir::toNativeSeparators(result.damagedCopy)), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("could not be read")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("server archives")), qPrintable(summary));
    QVERIFY(result.archiveRecordDropped);

    // The new file is sound, and holds every message but those of the two damaged leaves.
    QVERIFY(!IntegrityCheck::check(file).isError());
    qint64 copied = -1;
    for (const auto &t : result.tables) {
        if (t.table == QLatin1String("messages"))
            copied = t.copied;
    }
    QVERIFY2(copied > messageCount * 9 / 10 && copied < messageCount, qPrintable(QString::number(copied)));
    QVERIFY(summary.contains(QString::number(copied)));
    Database db;
    MessageStore store(&db);
    QSignalSpy checked(&db, &Database::integrityChecked);
    QVERIFY(openAndWait(db, file).ok);
    const auto count = waitForCallback<qint64>(
        [&](QObject *ctx, auto done) { store.count(account, peer, ctx, std::move(done)); });
    QCOMPARE(count.value_or(-1), copied);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, asyncTimeoutMs);
    QVERIFY(!checked.first().first().value<StorageError>().isError());
    // Ids were computed again: a copied message coming back (the archive refill) is a duplicate,
    // a lost one is stored again.
    const auto firstAgain = storeOne(store, QStringLiteral("o0"));
    QVERIFY(firstAgain && !firstAgain->inserted && !firstAgain->error.isError());
    // Which archive stretches are stored is forgotten, so that the next start fetches them again;
    // other account state is kept.
    const auto state = runAndWait(db, [](SqliteConnection &c) {
        return QStringList { QString::number(
                                 c.queryInt64(QStringLiteral("SELECT count(*) FROM archive_ranges"))),
            c.queryText(QStringLiteral("SELECT group_concat(key) FROM account_state")),
            QString::number(c.queryInt64(QStringLiteral("SELECT count(*) FROM search_pending"))) };
    });
    QVERIFY(state.has_value());
    QCOMPARE(state->value(0), QStringLiteral("0"));
    QCOMPARE(state->value(1), QStringLiteral("other"));
}

void TestDatabaseDamage::repairOfASoundFileLosesNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("whole.db"));
    QVERIFY(createDatabaseWithMessages(file, 500));
    QVERIFY(rawExec(file,
        QStringLiteral(
            "INSERT INTO archive_ranges VALUES ('me@example.org', 'me@example.org', 'a', 1, 'b', 2, 1);")));
    const DatabaseRepair::Result result = DatabaseRepair::repair(file, QDateTime::currentDateTimeUtc());
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
    QVERIFY(QFileInfo::exists(result.damagedCopy));
    QVERIFY(!result.archiveRecordDropped);
    QVERIFY2(result.summary().contains(QLatin1String("nothing was lost")), qPrintable(result.summary()));
    for (const auto &t : result.tables)
        QVERIFY2(t.complete(), qPrintable(t.table));
    Database db;
    MessageStore store(&db);
    QVERIFY(openAndWait(db, file).ok);
    const auto count = waitForCallback<qint64>(
        [&](QObject *ctx, auto done) { store.count(account, peer, ctx, std::move(done)); });
    QCOMPARE(count.value_or(-1), qint64(500));
    const auto ranges = runAndWait(db, [](SqliteConnection &c) {
        return c.queryInt64(QStringLiteral("SELECT count(*) FROM archive_ranges"));
    });
    QCOMPARE(ranges.value_or(-1), qint64(1));
}

QTEST_GUILESS_MAIN(TestDatabaseDamage)
#include "tst_database_damage.moc"
