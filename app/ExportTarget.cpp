#include "ExportTarget.h"

#include "CtlCommands.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <sys/stat.h>

namespace CtlCommand {

ExportTarget::Kind ExportTarget::classify(bool exists, mode_t mode)
{
    if (!exists || S_ISREG(mode))
        return Kind::File;
    if (S_ISCHR(mode) || S_ISFIFO(mode))
        return Kind::Stream;
    return Kind::Refused;
}

std::unique_ptr<QFileDevice> ExportTarget::open(const QString &path, QString *error)
{
    // /dev/stdout names our standard output even when that is a regular file: written through
    // the descriptor, never replaced by a new file (which its link could not even name).
    if (path.isEmpty() || path == QLatin1String("-") || path == QLatin1String("/dev/stdout")) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly)) {
            *error = tr("Cannot write to standard output.");
            return nullptr;
        }
        return file;
    }
    struct stat info
    {
    };
    const bool exists = ::stat(QFile::encodeName(path).constData(), &info) == 0;
    switch (classify(exists, info.st_mode)) {
    case Kind::File: {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(path, file->errorString());
            return nullptr;
        }
        return file;
    }
    case Kind::Stream: {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            *error = tr("Cannot write %1: %2").arg(path, file->errorString());
            return nullptr;
        }
        return file;
    }
    case Kind::Refused:
        break;
    }
    *error = S_ISDIR(info.st_mode)
        ? tr("Cannot export to %1: it is a directory.").arg(path)
        : tr("Cannot export to %1: it is a special file (give a file, a FIFO or a character device).")
              .arg(path);
    return nullptr;
}

} // namespace CtlCommand
