#pragma once

#include <QString>
#include <sys/types.h>

struct stat;

namespace Tandem {

/// A directory only this user can use: a real directory (not a symbolic link), owned by the
/// effective user, mode 0700. Nobody else can create, replace or reach a name in it, so a socket
/// found there is trusted to be the user's own; anywhere else it is refused.
class PrivateDirectory
{
public:
    enum class Problem { None, Missing, Symlink, NotADirectory, ForeignOwner, OpenMode };

    /// What is wrong with a directory described by \a info (from lstat()) for user \a uid.
    static Problem judge(const struct stat &info, uid_t uid);
    /// lstat()s \a path and judges it for the effective user; the reason in \a error.
    static Problem check(const QString &path, QString *error = nullptr);
    /// Creates \a path (its parent must exist) with mode 0700 if it is missing, then checks it.
    static bool ensure(const QString &path, QString *error);
};

} // namespace Tandem
