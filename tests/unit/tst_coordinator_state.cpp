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
