#include "ParentBoundProcess.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Tandem::Test {

ParentBoundProcess::ParentBoundProcess(QObject *parent)
    : QProcess(parent)
    , m_parentPid(::getpid())
{ }

ParentBoundProcess::~ParentBoundProcess()
{
    // ~QProcess would SIGKILL only the direct child and block for 30 s if it
    // hangs; prefer a graceful, bounded stop of the whole group.
    terminateGroup();
}

bool ParentBoundProcess::terminateGroup(int termMs, int killMs)
{
    if (state() == QProcess::NotRunning)
        return true;
    const auto pid = static_cast<pid_t>(processId());
    if (pid <= 0) {
        // Still in QProcess::Starting: nothing to signal by group yet.
        kill();
        return waitForFinished(killMs);
    }
    ::kill(-pid, SIGTERM);
    if (waitForFinished(termMs))
        return true;
    ::kill(-pid, SIGKILL);
    return waitForFinished(killMs);
}

// setupChildProcess() is deprecated in later Qt releases; Qt 5.15 still calls it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void ParentBoundProcess::setupChildProcess()
{
    // Runs in the forked child before exec: async-signal-safe calls only.
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    // The parent may have died between fork() and prctl(); then nobody would
    // ever send the death signal, so give up right away.
    if (::getppid() != static_cast<pid_t>(m_parentPid))
        ::_exit(127);
}
#pragma GCC diagnostic pop

} // namespace Tandem::Test
