#include "profile/PrivateDirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Tandem {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::PrivateDirectory", text);
}

QString describe(PrivateDirectory::Problem problem, const QString &path, const struct stat &info)
{
    switch (problem) {
    case PrivateDirectory::Problem::None:
        return {};
    case PrivateDirectory::Problem::Missing:
        return tr("The directory %1 does not exist.").arg(path);
    case PrivateDirectory::Problem::Symlink:
        return tr("Refusing the directory %1: it is a symbolic link.").arg(path);
    case PrivateDirectory::Problem::NotADirectory:
        return tr("Refusing %1: it is not a directory.").arg(path);
    case PrivateDirectory::Problem::ForeignOwner:
        return tr("Refusing the directory %1: it belongs to another user (uid %2).")
            .arg(path)
            .arg(info.st_uid);
    case PrivateDirectory::Problem::OpenMode:
        return tr("Refusing the directory %1: its mode is %2, it must be 0700 (only you).")
            .arg(path, QStringLiteral("0%1").arg(info.st_mode & 07777, 3, 8, QLatin1Char('0')));
    }
    return {};
}
} // namespace

PrivateDirectory::Problem PrivateDirectory::judge(const struct stat &info, uid_t uid)
{
    if (S_ISLNK(info.st_mode))
        return Problem::Symlink;
    if (!S_ISDIR(info.st_mode))
        return Problem::NotADirectory;
    if (info.st_uid != uid)
        return Problem::ForeignOwner;
    if ((info.st_mode & 07777) != 0700)
        return Problem::OpenMode;
    return Problem::None;
}

PrivateDirectory::Problem PrivateDirectory::check(const QString &path, QString *error)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        if (error)
            *error = describe(Problem::Missing, path, info);
        return Problem::Missing;
    }
    const Problem problem = judge(info, ::geteuid());
    if (error)
        *error = describe(problem, path, info);
    return problem;
}

bool PrivateDirectory::ensure(const QString &path, QString *error)
{
    // mkdir() never follows a symbolic link planted in its place, and fails on any existing
    // name: whatever is there is then judged by lstat(), never trusted.
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST) {
        if (error)
            *error = tr("Cannot create the directory %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return check(path, error) == Problem::None;
}

} // namespace Tandem
