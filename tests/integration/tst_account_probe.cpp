// AccountProbe against a real Prosody: what the account dialog tells a user about the settings
// typed in, and a certificate trusted by its fingerprint, then accepted by the Account itself.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "session/AccountProbe.h"
#include "session/CertificateTrust.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>

using namespace Tandem;
using namespace Tandem::Test;

class TestAccountProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rightSettingsSucceed();
    void wrongPasswordIsSaidSo();
    void closedPortIsRefused();
    void untrustedCertificateThenTrustedByFingerprint();
    void theAccountAcceptsTheTrustedCertificateOnly();

private:
    AccountConfig config(const ProsodyFixture &server, bool trustServer) const;
    /// The probe's one answer: null error for success.
    static bool answer(AccountProbe &probe, ConnectionError *error, int timeoutMs = 15000);
    static QString fingerprintOf(const ProsodyFixture &server);

    std::unique_ptr<ProsodyFixture> m_server;
};

void TestAccountProbe::initTestCase()
{
    qputenv("TANDEM_CONNECT_TIMEOUT_MS", "10000");
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error),
        qPrintable(error));
}

AccountConfig TestAccountProbe::config(const ProsodyFixture &server, bool trustServer) const
{
    AccountConfig c;
    c.jid = QStringLiteral("alice@") + server.domain();
    c.host = server.host();
    c.port = server.port();
    if (trustServer)
        c.caFile = server.caFile();
    c.passwordStorage = AccountConfig::PasswordStorage::File;
    return c;
}

bool TestAccountProbe::answer(AccountProbe &probe, ConnectionError *error, int timeoutMs)
{
    QSignalSpy succeeded(&probe, &AccountProbe::succeeded);
    QSignalSpy failed(&probe, &AccountProbe::failed);
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return false;
    *error = failed.isEmpty() ? ConnectionError() : failed.first().first().value<ConnectionError>();
    // Exactly one answer per attempt.
    QTest::qWait(200);
    return succeeded.size() + failed.size() == 1;
}

QString TestAccountProbe::fingerprintOf(const ProsodyFixture &server)
{
    const auto certificates = QSslCertificate::fromPath(server.caFile());
    return certificates.isEmpty() ? QString() : CertificateTrust::fingerprint(certificates.first());
}

void TestAccountProbe::rightSettingsSucceed()
{
    AccountProbe probe;
    probe.probe(config(*m_server, true), QStringLiteral("pw-alice"));
    QVERIFY(probe.isRunning());
    ConnectionError error;
    QVERIFY(answer(probe, &error));
    QVERIFY2(!error.isError(), qPrintable(error.code()));
    QVERIFY(!probe.isRunning());
}

void TestAccountProbe::wrongPasswordIsSaidSo()
{
    AccountProbe probe;
    probe.probe(config(*m_server, true), QStringLiteral("not-the-password"));
    ConnectionError error;
    QVERIFY(answer(probe, &error));
    QCOMPARE(error.kind(), ConnectionError::AuthenticationFailed);
    // Typed again, right this time: the same probe answers anew.
    probe.probe(config(*m_server, true), QStringLiteral("pw-alice"));
    QVERIFY(answer(probe, &error));
    QVERIFY2(!error.isError(), qPrintable(error.code()));
}

void TestAccountProbe::closedPortIsRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    AccountConfig c = config(*m_server, true);
    c.port = closed.serverPort();
    closed.close();
    AccountProbe probe;
    probe.probe(c, QStringLiteral("pw-alice"));
    ConnectionError error;
    QVERIFY(answer(probe, &error));
    QCOMPARE(error.kind(), ConnectionError::ConnectionRefused);
}

void TestAccountProbe::untrustedCertificateThenTrustedByFingerprint()
{
    AccountProbe probe;
    probe.probe(config(*m_server, false), QStringLiteral("pw-alice"));
    ConnectionError error;
    QVERIFY(answer(probe, &error));
    QCOMPARE(error.kind(), ConnectionError::CertificateUntrusted);
    const QString fingerprint = fingerprintOf(*m_server);
    QVERIFY(!fingerprint.isEmpty());
    QCOMPARE(error.certificateFingerprint(), fingerprint);
    QVERIFY(error.message().contains(fingerprint));

    probe.retryTrusting(error.certificateFingerprint());
    QVERIFY(answer(probe, &error));
    QVERIFY2(!error.isError(), qPrintable(error.code() + QLatin1Char(' ') + error.detail()));
    // What is saved: the settings with the trusted fingerprint.
    QCOMPARE(probe.account().trustedCertificate, fingerprint);
    QCOMPARE(CertificateTrust::normalized(fingerprint.toLower().remove(QLatin1Char(':'))), fingerprint);
}

void TestAccountProbe::theAccountAcceptsTheTrustedCertificateOnly()
{
    // The Account connects with the fingerprint saved from the probe, and no CA file.
    TestDevice trusting(*m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"),
        QStringLiteral("pinned"), /*trustServer=*/false);
    trusting.config.trustedCertificate = fingerprintOf(*m_server);
    trusting.restartAccount();
    trusting.start();
    QVERIFY(trusting.waitOnline());
    trusting.account->stop();

    // Another server (its own self-signed certificate) on the same name is refused, and named.
    ProsodyFixture other;
    QString why;
    QVERIFY2(other.start(&why), qPrintable(why));
    QVERIFY2(other.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &why), qPrintable(why));
    QVERIFY(fingerprintOf(other) != fingerprintOf(*m_server));
    TestDevice impostor(
        other, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("pinned"), false);
    impostor.config.trustedCertificate = fingerprintOf(*m_server);
    impostor.restartAccount();
    impostor.start();
    QTRY_COMPARE_WITH_TIMEOUT(impostor.account->state(), Account::State::Failed, 15000);
    QCOMPARE(impostor.account->lastError().kind(), ConnectionError::CertificateUntrusted);
    QCOMPARE(impostor.account->lastError().certificateFingerprint(), fingerprintOf(other));

    AccountProbe probe;
    AccountConfig c = config(other, false);
    c.trustedCertificate = fingerprintOf(*m_server);
    probe.probe(c, QStringLiteral("pw-alice"));
    ConnectionError error;
    QVERIFY(answer(probe, &error));
    QCOMPARE(error.kind(), ConnectionError::CertificateUntrusted);
    QCOMPARE(error.certificateFingerprint(), fingerprintOf(other));
}

QTEST_GUILESS_MAIN(TestAccountProbe)
#include "tst_account_probe.moc"
