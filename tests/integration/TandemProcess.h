// Runs the real `tandem` binary (path from $TANDEM_BINARY, set by ctest) for end-to-end tests.
#pragma once

#include "ParentBoundProcess.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace Tandem::Test {

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString tandemBinary()
{
    return qEnvironmentVariable("TANDEM_BINARY");
}

inline QProcessEnvironment tandemEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // like a headless server: no keychain
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/// Runs `tandem ARGS` to completion (bounded) and captures its output.
inline CommandResult runTandem(const QStringList &args, int timeoutMs = 30000)
{
    ParentBoundProcess p;
    p.setProcessEnvironment(tandemEnvironment());
    p.start(tandemBinary(), args);
    CommandResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace Tandem::Test
