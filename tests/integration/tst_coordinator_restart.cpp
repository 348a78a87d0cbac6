// What a device keeps across restarts (PROTOCOL.md §6.2, §6.7): its anchor preference and the
// highest term it saw. Two alice devices, the real binary, a real Prosody.
#include "AliceDevices.h"

using namespace Tandem::Test;

class TestCoordinatorRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void preferenceSurvivesARestart();
    void aRestartedDeviceNeverReusesATerm();

private:
    quint64 term(const QString &device) const
    {
        return quint64(m_alice->coordinator(device)[QStringLiteral("term")].toDouble());
    }

    std::unique_ptr<ProsodyFixture> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AliceDevices> m_alice;
};

void TestCoordinatorRestart::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));
    m_alice = std::make_unique<AliceDevices>(*m_server, m_dir.path());
    // Neither is always-on: uptime decides, so the laptop (first) is the anchor.
    m_alice->start(QStringLiteral("laptop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("solo"), 30000);
    m_alice->start(QStringLiteral("desktop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("desktop")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("anchor"), 30000);
}

void TestCoordinatorRestart::cleanupTestCase()
{
    m_alice.reset();
}

void TestCoordinatorRestart::preferenceSurvivesARestart()
{
    m_alice->ctl(QStringLiteral("desktop"), { QStringLiteral("anchor") });
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("desktop")), QStringLiteral("anchor"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("sibling"), 30000);

    m_alice->stop(QStringLiteral("desktop"));
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("solo"), 30000);
    // Back with less uptime than the laptop: only the kept preference makes it the anchor again.
    m_alice->start(QStringLiteral("desktop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("desktop")), QStringLiteral("anchor"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("sibling"), 30000);
}

void TestCoordinatorRestart::aRestartedDeviceNeverReusesATerm()
{
    const quint64 before = std::max(term(QStringLiteral("desktop")), term(QStringLiteral("laptop")));
    QVERIFY(before >= 3); // laptop solo, desktop's takeover, laptop solo, desktop again
    m_alice->stop(QStringLiteral("laptop"));
    m_alice->stop(QStringLiteral("desktop"));
    // Alone, with nobody to learn the terms from: the persisted one fences the new claim.
    m_alice->start(QStringLiteral("laptop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("solo"), 30000);
    QVERIFY2(term(QStringLiteral("laptop")) > before,
        qPrintable(QStringLiteral("term %1 after %2").arg(term(QStringLiteral("laptop"))).arg(before)));
}

QTEST_GUILESS_MAIN(TestCoordinatorRestart)
#include "tst_coordinator_restart.moc"
