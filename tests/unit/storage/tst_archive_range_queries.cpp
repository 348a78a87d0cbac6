// ArchiveRangeQueries on a real database file: ranges survive a restart, per account and archive.
#include "StorageTestUtils.h"
#include "storage/ArchiveRangeQueries.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestArchiveRangeQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveReplacesAndLoadsBack();
};

void TestArchiveRangeQueries::saveReplacesAndLoadsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("ranges.sqlite"));
    const QString a = QStringLiteral("alice@localhost");
    const QVector<ArchiveRange> first { { { QStringLiteral("x1"), 1000 }, { QStringLiteral("x2"), 2000 },
                                            false },
        { { QStringLiteral("x5"), 5000 }, { QStringLiteral("x9"), 9000 }, true } };
    {
        Database db;
        QVERIFY(openAndWait(db, file).ok);
        const auto saved = runAndWait(db, [&](SqliteConnection &c) {
            StorageError e = ArchiveRangeQueries::save(c, a, a, first);
            if (!e.isError())
                e = ArchiveRangeQueries::save(c, QStringLiteral("bob@localhost"),
                    QStringLiteral("bob@localhost"),
                    { { { QStringLiteral("b"), 1 }, { QStringLiteral("b"), 1 }, true } });
            return e.isError();
        });
        QVERIFY(saved.has_value());
        QVERIFY(!*saved);
    }
    Database db; // reopened: the ranges are on disk
    QVERIFY(openAndWait(db, file).ok);
    auto loaded = runAndWait(db, [&](SqliteConnection &c) { return ArchiveRangeQueries::load(c, a, a); });
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, first);

    // A merge rewrites the set: the old rows go.
    const QVector<ArchiveRange> merged { { first[0].first, first[1].last, true } };
    loaded = runAndWait(db, [&](SqliteConnection &c) {
        ArchiveRangeQueries::save(c, a, a, merged);
        return ArchiveRangeQueries::load(c, a, a);
    });
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, merged);
    const auto other = runAndWait(db, [&](SqliteConnection &c) {
        return ArchiveRangeQueries::load(c, QStringLiteral("bob@localhost"), QStringLiteral("bob@localhost"))
            .size();
    });
    QCOMPARE(other.value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestArchiveRangeQueries)
#include "tst_archive_range_queries.moc"
