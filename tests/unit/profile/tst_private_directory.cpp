// The directory a control socket may live in: ours, 0700, a real directory. Anything else is
// refused with a message that says what is wrong.
#include "profile/PrivateDirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Tandem;

class TestPrivateDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judgesWhatLstatTells();
    void createsAnOwnerOnlyDirectory();
    void keepsAnExistingPrivateDirectory();
    void refusesAnOpenDirectory();
    void refusesASymlink();
    void refusesAFile();
    void refusesADirectoryOfAnotherUser();
};

void TestPrivateDirectory::judgesWhatLstatTells()
{
    struct stat info
    {
    };
    info.st_uid = 1000;
    info.st_mode = S_IFDIR | 0700;
    QCOMPARE(PrivateDirectory::judge(info, 1000), PrivateDirectory::Problem::None);
    QCOMPARE(PrivateDirectory::judge(info, 1001), PrivateDirectory::Problem::ForeignOwner);
    info.st_mode = S_IFDIR | 0777;
    QCOMPARE(PrivateDirectory::judge(info, 1000), PrivateDirectory::Problem::OpenMode);
    info.st_mode = S_IFDIR | 01777; // what /tmp is
    QCOMPARE(PrivateDirectory::judge(info, 1000), PrivateDirectory::Problem::OpenMode);
    info.st_mode = S_IFDIR | 0500;
    QCOMPARE(PrivateDirectory::judge(info, 1000), PrivateDirectory::Problem::OpenMode);
    info.st_mode = S_IFLNK | 0777;
    QCOMPARE(PrivateDirectory::judge(info, 1000), PrivateDirectory::Problem::Symlink);
    info.st_mode = S_IFREG | 0700;
    QCOMPARE(PrivateDirectory::judge(info, 1000), PrivateDirectory::Problem::NotADirectory);
}

void TestPrivateDirectory::createsAnOwnerOnlyDirectory()
{
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("sockets"));
    QString error;
    QVERIFY2(PrivateDirectory::ensure(path, &error), qPrintable(error));
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &info), 0);
    QVERIFY(S_ISDIR(info.st_mode));
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
    QCOMPARE(info.st_uid, ::geteuid());
}

void TestPrivateDirectory::keepsAnExistingPrivateDirectory()
{
    QTemporaryDir dir; // QTemporaryDir makes it 0700
    const QString marker = dir.filePath(QStringLiteral("kept"));
    QFile(marker).open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(PrivateDirectory::ensure(dir.path(), &error), qPrintable(error));
    QVERIFY(QFile::exists(marker));
    QCOMPARE(PrivateDirectory::check(dir.path()), PrivateDirectory::Problem::None);
}

void TestPrivateDirectory::refusesAnOpenDirectory()
{
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkdir(path));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0777), 0);
    QString error;
    QVERIFY(!PrivateDirectory::ensure(path, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("0777"))
            && error.contains(QStringLiteral("0700")),
        qPrintable(error));
    // Refused, not repaired: someone else may already have put a name in it.
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0777));
}

void TestPrivateDirectory::refusesASymlink()
{
    QTemporaryDir parent;
    const QString real = parent.filePath(QStringLiteral("real"));
    QVERIFY(QDir().mkdir(real));
    QCOMPARE(::chmod(QFile::encodeName(real).constData(), 0700), 0);
    const QString link = parent.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(real, link));
    QString error;
    QVERIFY(!PrivateDirectory::ensure(link, &error));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QCOMPARE(PrivateDirectory::check(link), PrivateDirectory::Problem::Symlink);
}

void TestPrivateDirectory::refusesAFile()
{
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("file"));
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(!PrivateDirectory::ensure(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not a directory")), qPrintable(error));
}

void TestPrivateDirectory::refusesADirectoryOfAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a directory to another user");
    const struct passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("theirs"));
    QVERIFY(QDir().mkdir(path));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0700), 0);
    QCOMPARE(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    QString error;
    QVERIFY(!PrivateDirectory::ensure(path, &error));
    QVERIFY2(
        error.contains(QStringLiteral("another user")) && error.contains(QString::number(nobody->pw_uid)),
        qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPrivateDirectory)
#include "tst_private_directory.moc"
