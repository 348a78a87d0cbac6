// Schema creation and upgrades: fresh, re-opened, stepwise, and failing migrations.
#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void builtinListMatchesSourceFiles();
    void freshDatabaseReachesLatestVersion();
    void reopenIsNoOp();
    void stepwiseUpgradeEqualsFreshSchema_data();
    void stepwiseUpgradeEqualsFreshSchema();
    void failingMigrationOnFreshFileRollsBackEverything();
    void failingMigrationOnExistingFileChangesNothing();
    void schemaIndexesServeHotQueries();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshSchema();

    QTemporaryDir m_dir;
};

QString TestMigrations::freshSchema()
{
    static int counter = 0;
    const QString file = path(QStringLiteral("reference-%1.sqlite").arg(++counter));
    {
        Database db;
        const OpenOutcome outcome = openAndWait(db, file);
        if (!outcome.ok)
            return {};
    }
    return schemaDump(file);
}

void TestMigrations::builtinListMatchesSourceFiles()
{
    // A migration file that is not in the qrc would silently never run.
    const QStringList sources = QDir(QStringLiteral(TANDEM_MIGRATIONS_SOURCE_DIR))
                                    .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    QStringList builtin;
    for (const Migration &m : builtinMigrations())
        builtin << m.name;
    QVERIFY(!builtin.isEmpty());
    QCOMPARE(builtin, sources);
    QCOMPARE(Database::latestSchemaVersion(), builtin.size());
}

void TestMigrations::freshDatabaseReachesLatestVersion()
{
    const QString file = path(QStringLiteral("fresh.sqlite"));
    {
        Database db;
        const OpenOutcome outcome = openAndWait(db, file);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.schemaVersion, Database::latestSchemaVersion());
    }
    QCOMPARE(userVersion(file), Database::latestSchemaVersion());
    const QString schema = schemaDump(file);
    QVERIFY(schema.contains(QLatin1String("table|messages|messages|")));
    QVERIFY(schema.contains(QLatin1String("table|account_state|account_state|")));
    QVERIFY(schema.contains(QLatin1String("table|archive_ranges|archive_ranges|")));
}

void TestMigrations::reopenIsNoOp()
{
    const QString file = path(QStringLiteral("reopen.sqlite"));
    {
        Database db;
        QVERIFY(openAndWait(db, file).ok);
    }
    const QByteArray checksum = fileChecksum(file);
    const QString schema = schemaDump(file);
    for (int i = 0; i < 2; ++i) {
        Database db;
        const OpenOutcome outcome = openAndWait(db, file);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.schemaVersion, Database::latestSchemaVersion());
    }
    QCOMPARE(schemaDump(file), schema);
    QCOMPARE(fileChecksum(file), checksum);
}

void TestMigrations::stepwiseUpgradeEqualsFreshSchema_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::addColumn<bool>("oneStepAtATime");
    for (int from = 0; from < Database::latestSchemaVersion(); ++from) {
        QTest::addRow("from %d, stepwise", from) << from << true;
        QTest::addRow("from %d, at once", from) << from << false;
    }
}

void TestMigrations::stepwiseUpgradeEqualsFreshSchema()
{
    QFETCH(int, fromVersion);
    QFETCH(bool, oneStepAtATime);
    const MigrationList all = builtinMigrations();
    const int latest = latestVersion(all);
    const QString file = path(QStringLiteral("upgrade-%1-%2.sqlite").arg(fromVersion).arg(oneStepAtATime));

    // An old build that only knew the first fromVersion migrations created the file.
    {
        Database old(all.mid(0, fromVersion));
        const OpenOutcome outcome = openAndWait(old, file);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.schemaVersion, fromVersion);
    }
    QCOMPARE(userVersion(file), fromVersion);

    const int firstTarget = oneStepAtATime ? fromVersion + 1 : latest;
    for (int target = firstTarget; target <= latest; ++target) {
        Database db(all.mid(0, target));
        const OpenOutcome outcome = openAndWait(db, file);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.schemaVersion, target);
    }
    QCOMPARE(schemaDump(file), freshSchema());
}

void TestMigrations::failingMigrationOnFreshFileRollsBackEverything()
{
    MigrationList migrations = builtinMigrations();
    const int latest = latestVersion(migrations);
    migrations.append({ latest + 1, QStringLiteral("9999_broken.sql"),
        QStringLiteral("CREATE TABLE should_vanish (a);\n"
                       "INSERT INTO no_such_table VALUES (1);\n"
                       "CREATE TABLE never_reached (b);") });
    const QString file = path(QStringLiteral("broken-fresh.sqlite"));
    {
        Database db(migrations);
        const OpenOutcome outcome = openAndWait(db, file);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.isError());
        QVERIFY(outcome.error.message().contains(QString::number(latest + 1)));

        // Jobs after a failed open still complete, with an error.
        const auto count = runAndWait(db, [](SqliteConnection &c) {
            StorageError error;
            c.queryInt64(QStringLiteral("SELECT count(*) FROM messages"), &error);
            return error.isError();
        });
        QVERIFY(count.has_value());
        QVERIFY(*count);
    }
    // All pending migrations ran in one transaction: not even 0001 survived.
    QCOMPARE(userVersion(file), 0);
    QCOMPARE(schemaDump(file), QStringLiteral("user_version=0"));
}

void TestMigrations::failingMigrationOnExistingFileChangesNothing()
{
    const QString file = path(QStringLiteral("broken-existing.sqlite"));
    {
        Database db;
        QVERIFY(openAndWait(db, file).ok);
    }
    const QString before = schemaDump(file);
    const QByteArray checksum = fileChecksum(file);

    MigrationList migrations = builtinMigrations();
    const int latest = latestVersion(migrations);
    migrations.append({ latest + 1, QStringLiteral("9998_fine.sql"),
        QStringLiteral("CREATE TABLE fine (x); INSERT INTO fine VALUES (1);") });
    migrations.append({ latest + 2, QStringLiteral("9999_broken.sql"),
        QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y;") });
    {
        Database db(migrations);
        const OpenOutcome outcome = openAndWait(db, file);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
    }
    QCOMPARE(userVersion(file), latest);
    QCOMPARE(schemaDump(file), before);
    QCOMPARE(fileChecksum(file), checksum);

    // The untouched file still opens with the real migration list.
    Database db;
    const OpenOutcome outcome = openAndWait(db, file);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void TestMigrations::schemaIndexesServeHotQueries()
{
    // Guards the 1M-message design (queries as in MessageQueries.cpp): no query of the hot paths may scan the
    // table.
    Database db;
    QVERIFY(openAndWait(db, path(QStringLiteral("plans.sqlite"))).ok);
    const auto plans = runAndWait(db, [](SqliteConnection &c) {
        const QStringList queries {
            QStringLiteral("SELECT * FROM messages WHERE account = 'a' AND conversation = 'c' "
                           "AND (server_ts, id) < (1, 2) ORDER BY server_ts DESC, id DESC LIMIT 50"),
            QStringLiteral("SELECT * FROM messages WHERE account = 'a' AND state IN (1, 2) AND direction = 1 "
                           "ORDER BY server_ts, id"),
            // MessageQueries::setDeliveryState()
            QStringLiteral(
                "UPDATE messages SET state = 3 WHERE id IN ("
                "SELECT m.id FROM message_keys_all AS k CROSS JOIN messages AS m ON m.id = k.message "
                "WHERE k.key = 7 AND m.account = 'a' AND m.conversation = 'c' AND m.origin_id = 'x' "
                "UNION SELECT id FROM (SELECT id, message_id FROM messages WHERE account = 'a' "
                "AND conversation = 'c' ORDER BY server_ts DESC, id DESC LIMIT 500) "
                "WHERE message_id = 'x') AND direction = 1 AND ((1 << state) & 6) != 0"),
            // De-duplication (MessageDeduplication.cpp)
            QStringLiteral("SELECT message FROM message_keys_all WHERE key = 7"),
        };
        QStringList result;
        for (const QString &q : queries) {
            Statement st = c.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q);
            QStringList details;
            while (st.step())
                details << st.columnText(3);
            result << details.join(QLatin1String("; "));
        }
        return result;
    });
    QVERIFY(plans.has_value());
    QCOMPARE(plans->size(), 4);
    for (const QString &plan : *plans) {
        qInfo().noquote() << plan;
        QVERIFY2(!plan.contains(QLatin1String("SCAN messages")), qPrintable(plan));
    }
    QVERIFY((*plans)[0].contains(QLatin1String("messages_history")));
    QVERIFY((*plans)[1].contains(QLatin1String("messages_outbox")));
    QVERIFY((*plans)[2].contains(QLatin1String("SEARCH message_keys USING PRIMARY KEY")));
    QVERIFY((*plans)[2].contains(QLatin1String("SEARCH message_keys_recent USING PRIMARY KEY")));
    // The keys drive the join: a message is then found by its row id, not by walking the
    // conversation through messages_history.
    QVERIFY((*plans)[2].contains(QLatin1String("SEARCH m USING INTEGER PRIMARY KEY")));
    QVERIFY((*plans)[2].contains(QLatin1String("messages_history")));
    QVERIFY((*plans)[3].contains(QLatin1String("SEARCH message_keys USING PRIMARY KEY")));
    QVERIFY((*plans)[3].contains(QLatin1String("SEARCH message_keys_recent USING PRIMARY KEY")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
