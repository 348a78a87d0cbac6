// The coordinator's state across restarts: a real INI file in a temporary directory.
#include "coordinator/CoordinatorState.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestCoordinatorState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripPerAccount()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("coordinator.ini"));
        QCOMPARE(CoordinatorState::load(file, QStringLiteral("alice@example.org")), CoordinatorState());
        QVERIFY(CoordinatorState::save(file, QStringLiteral("alice@example.org"), { 12, 3 }));
        QVERIFY(CoordinatorState::save(file, QStringLiteral("bob@example.org"), { 5, 0 }));
        QCOMPARE(
            CoordinatorState::load(file, QStringLiteral("alice@example.org")), (CoordinatorState { 12, 3 }));
        QCOMPARE(
            CoordinatorState::load(file, QStringLiteral("bob@example.org")), (CoordinatorState { 5, 0 }));
        // Terms beyond 32 bits survive.
        QVERIFY(CoordinatorState::save(file, QStringLiteral("alice@example.org"), { 1ull << 40, 1ll << 35 }));
        QCOMPARE(CoordinatorState::load(file, QStringLiteral("alice@example.org")).highestTerm, 1ull << 40);
    }

    void gapsRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("coordinator.ini"));
        const QString alice = QStringLiteral("alice@example.org");
        QVERIFY(CoordinatorState::save(file, alice, { 7, 1 }));
        QHash<QString, CatchUpCursor> gaps;
        gaps.insert(QStringLiteral("tea@conference.example.org"),
            { QStringLiteral("id with spaces"), QDateTime::fromMSecsSinceEpoch(1764064800123, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(1764064801000, Qt::UTC) });
        gaps.insert(QStringLiteral("quiet@plain.example.org"),
            { {}, {}, QDateTime::fromMSecsSinceEpoch(5, Qt::UTC) });
        gaps.insert(QStringLiteral("new@conference.example.org"), {}); // nothing stored: recent history
        QVERIFY(CoordinatorState::saveGaps(file, alice, gaps));
        QCOMPARE(CoordinatorState::loadGaps(file, alice), gaps);
        QCOMPARE(CoordinatorState::load(file, alice), (CoordinatorState { 7, 1 })); // untouched
        // Closed gaps disappear.
        gaps.remove(QStringLiteral("tea@conference.example.org"));
        QVERIFY(CoordinatorState::saveGaps(file, alice, gaps));
        QCOMPARE(CoordinatorState::loadGaps(file, alice), gaps);
        QVERIFY(CoordinatorState::loadGaps(file, QStringLiteral("bob@example.org")).isEmpty());
    }

    // A gap restored from the last run is fetched from its old cursor when the room is back, and
    // a gap this run opened first keeps its own.
    void restoredGapsAreFetchedFromTheirCursor()
    {
        CatchUpGaps gaps;
        QCOMPARE(gaps.markGap(QStringLiteral("b@c")).size(), size_t(1)); // ReadCursor
        const CatchUpCursor old { QStringLiteral("s-1"), QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC), {} };
        gaps.restore({ { QStringLiteral("a@c"), old }, { QStringLiteral("b@c"), old } });
        const CatchUp::Actions fetch = gaps.roomIsBack(QStringLiteral("a@c"));
        QCOMPARE(fetch.size(), size_t(1));
        QCOMPARE(std::get<CatchUp::Fetch>(fetch[0]).after, old);
        QVERIFY(gaps.roomIsBack(QStringLiteral("b@c")).empty()); // still waiting for its own cursor
    }

    void garbageReadsAsZero()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("coordinator.ini"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[alice@example.org]\nhighest_term=lots\nanchor_preference=-\n\x01\x02\n");
        f.close();
        QCOMPARE(CoordinatorState::load(file, QStringLiteral("alice@example.org")), CoordinatorState());
    }

    void unwritableFileIsReported()
    {
        QTemporaryDir dir;
        // A directory where the file should be: nothing can be written there.
        const QString file = dir.filePath(QStringLiteral("coordinator.ini"));
        QVERIFY(QDir().mkpath(file));
        QVERIFY(!CoordinatorState::save(file, QStringLiteral("alice@example.org"), { 3, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestCoordinatorState)
#include "tst_coordinator_state.moc"
