#pragma once

#include <QCoreApplication>
#include <QString>

// Everything here sits in namespace CtlCommand, so that lupdate files the tr() calls of the ctl
// sources under "CtlCommand".
namespace CtlCommand {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("CtlCommand", text);
}

/// Prints "tandem ctl: MESSAGE" on standard error and gives \a code back, for `return fail(…)`.
int fail(const QString &message, int code = 1);

} // namespace CtlCommand
