// Profile directory: single-instance lock, stable device resource, password storage.
#include "profile/PasswordStore.h"
#include "profile/Profile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sys/stat.h>
#include <unistd.h>

using namespace Tandem;

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qunsetenv("DBUS_SESSION_BUS_ADDRESS"); }
    void secondLockIsRefusedWithOwner();
    void deadOwnersLockIsTakenOver();
    void resourceIsStable();
    void longPathsGetAShortSocket();
    void longPathsUseThePrivateRuntimeDirectory();
    void accountsRoundTrip();
    void passwordFileIsPrivate();
    void autoFallsBackToFileWithWarning();
    void missingPasswordFileIsAnError();
};

void TestProfile::secondLockIsRefusedWithOwner()
{
    QTemporaryDir dir;
    Profile first(dir.path() + QStringLiteral("/p"));
    Profile second(dir.path() + QStringLiteral("/p"));
    QString error;
    QVERIFY2(first.lock(&error), qPrintable(error));
    QVERIFY(!second.lock(&error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
}

void TestProfile::deadOwnersLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/p");
    QDir().mkpath(path);
    QProcess dead;
    dead.start(QStringLiteral("true"), {});
    QVERIFY(dead.waitForStarted(5000));
    const qint64 deadPid = dead.processId(); // 0 once finished
    QVERIFY(dead.waitForFinished(5000));
    QFile lock(path + QStringLiteral("/tandem.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ntandem\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    Profile profile(path);
    QString error;
    QVERIFY2(profile.lock(&error), qPrintable(error));
}

void TestProfile::resourceIsStable()
{
    QTemporaryDir dir;
    QString resource;
    {
        Profile p(dir.path());
        resource = p.resource();
        QVERIFY(resource.startsWith(QStringLiteral("tandem-")));
    }
    Profile again(dir.path());
    QCOMPARE(again.resource(), resource);
    QTemporaryDir other;
    QVERIFY(Profile(other.path()).resource() != resource);
}

void TestProfile::longPathsGetAShortSocket()
{
    Profile shortOne(QStringLiteral("/tmp/p"));
    QCOMPARE(shortOne.controlSocketPath(), QStringLiteral("/tmp/p/ctl.sock"));
    Profile longOne(QStringLiteral("/tmp/") + QString(200, QLatin1Char('x')));
    QVERIFY(longOne.controlSocketPath().toLocal8Bit().size() < 100);
    QVERIFY(longOne.controlSocketPath()
        != Profile(QStringLiteral("/tmp/") + QString(201, QLatin1Char('x'))).controlSocketPath());
    // Never a bare name in a shared directory: always inside the user's own socket directory.
    QCOMPARE(QFileInfo(longOne.controlSocketPath()).absolutePath(), Profile::sharedSocketDirectory());
    QVERIFY(Profile::sharedSocketDirectory() != QDir::tempPath());
}

void TestProfile::longPathsUseThePrivateRuntimeDirectory()
{
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    QTemporaryDir runtime; // mode 0700, ours: a valid runtime directory
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const Profile deep(QStringLiteral("/tmp/") + QString(200, QLatin1Char('y')));
    QCOMPARE(QFileInfo(deep.controlSocketPath()).absolutePath(), runtime.path() + QStringLiteral("/tandem"));

    // A runtime directory others can enter is not the user's own: not used.
    QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), 0777), 0);
    QVERIFY(!deep.controlSocketPath().startsWith(runtime.path()));
    QCOMPARE(QFileInfo(deep.controlSocketPath()).absolutePath(),
        QDir::tempPath() + QStringLiteral("/tandem-") + QString::number(::geteuid()));
    qunsetenv("XDG_RUNTIME_DIR");
    QVERIFY(!deep.controlSocketPath().startsWith(runtime.path()));
    if (!saved.isNull())
        qputenv("XDG_RUNTIME_DIR", saved);
}

void TestProfile::accountsRoundTrip()
{
    QTemporaryDir dir;
    Profile p(dir.path());
    AccountConfig a;
    a.jid = QStringLiteral("alice@localhost");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 5299;
    a.caFile = QStringLiteral("/x/ca.pem");
    a.passwordStorage = AccountConfig::PasswordStorage::File;
    p.saveAccounts({ a });
    const auto loaded = Profile(dir.path()).accounts();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[0].jid, a.jid);
    QCOMPARE(loaded[0].port, a.port);
    QCOMPARE(loaded[0].caFile, a.caFile);
    QCOMPARE(loaded[0].passwordStorage, AccountConfig::PasswordStorage::File);
    QFile ini(dir.path() + QStringLiteral("/accounts.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("alice@localhost"));
}

void TestProfile::passwordFileIsPrivate()
{
    QTemporaryDir dir;
    PasswordStore store(dir.path() + QStringLiteral("/secrets"), QStringLiteral("id"));
    PasswordStore::WriteResult written;
    store.write(QStringLiteral("alice@localhost"), QStringLiteral("s3cret"), PasswordStore::Mode::File,
        [&](const PasswordStore::WriteResult &r) { written = r; });
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(written.storage, AccountConfig::PasswordStorage::File);
    const QString file = dir.path() + QStringLiteral("/secrets/alice@localhost.password");
    QCOMPARE(QFile::permissions(file)
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    PasswordStore::ReadResult read;
    store.read(QStringLiteral("alice@localhost"), AccountConfig::PasswordStorage::File,
        [&](const PasswordStore::ReadResult &r) { read = r; });
    QCOMPARE(read.password, QStringLiteral("s3cret"));
}

void TestProfile::autoFallsBackToFileWithWarning()
{
    // No D-Bus session here: like a headless server or CI, the keychain is unreachable.
    QTemporaryDir dir;
    PasswordStore store(dir.path() + QStringLiteral("/secrets"), QStringLiteral("id"));
    bool done = false;
    PasswordStore::WriteResult written;
    store.write(QStringLiteral("bob@localhost"), QStringLiteral("pw"), PasswordStore::Mode::Auto,
        [&](const PasswordStore::WriteResult &r) {
            written = r;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(written.ok, qPrintable(written.error));
    if (written.storage == AccountConfig::PasswordStorage::Keychain)
        QSKIP("a system keychain is reachable on this machine");
    QVERIFY(!written.warning.isEmpty());
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/secrets/bob@localhost.password")));
}

void TestProfile::missingPasswordFileIsAnError()
{
    QTemporaryDir dir;
    PasswordStore store(dir.path(), QStringLiteral("id"));
    PasswordStore::ReadResult read;
    store.read(QStringLiteral("nobody@localhost"), AccountConfig::PasswordStorage::File,
        [&](const PasswordStore::ReadResult &r) { read = r; });
    QVERIFY(read.password.isEmpty());
    QVERIFY(!read.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
