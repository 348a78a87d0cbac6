#pragma once

#include <QFileDevice>
#include <QString>
#include <memory>
#include <sys/types.h>

namespace CtlCommand {

/// Where `ctl export --output` writes. A new or regular file is replaced whole, only once the
/// export is complete (QSaveFile); standard output, a character device or a FIFO is written
/// straight, so that a reader gets the data and the node stays what it is; a directory, block
/// device or socket is refused.
struct ExportTarget
{
    enum class Kind { File, Stream, Refused };

    /// The kind for an existing node of \a mode (from stat()), or for a name that does not exist.
    static Kind classify(bool exists, mode_t mode);
    /// Opens \a path ("" or "-": standard output) for writing; nullptr with the reason in \a error.
    /// Streams are unbuffered, so a failing write (ENOSPC on /dev/full) shows at once.
    static std::unique_ptr<QFileDevice> open(const QString &path, QString *error);
};

} // namespace CtlCommand
