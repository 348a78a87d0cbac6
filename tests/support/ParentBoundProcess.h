// A child process bound to the lifetime of the test that started it.
#pragma once

#include <QProcess>

namespace Tandem::Test {

/// A QProcess whose child cannot outlive the test: it gets SIGTERM when the
/// thread that started it dies (even by SIGKILL), and it runs in its own
/// process group so it can be signalled as a whole and is not hit by a
/// terminal's Ctrl-C before we have a chance to stop it cleanly.
class ParentBoundProcess : public QProcess
{
    Q_OBJECT
public:
    explicit ParentBoundProcess(QObject *parent = nullptr);
    ~ParentBoundProcess() override;

    /// SIGTERM to the child's process group, wait up to termMs, then SIGKILL
    /// and wait up to killMs. Returns true once the child is gone.
    bool terminateGroup(int termMs = 5000, int killMs = 2000);

protected:
    // Qt 5 only: Qt 6 replaces this with setChildProcessModifier().
    void setupChildProcess() override;

private:
    qint64 m_parentPid = 0;
};

} // namespace Tandem::Test
