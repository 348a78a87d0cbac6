// Real `tandem` processes for the benchmarks: starting and stopping them, asking them through
// `ctl`, their CPU time, and counting what their databases hold while they run.
#pragma once

#include "ProsodyFixture.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

namespace Tandem::Test {
class ParentBoundProcess;
}

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Real tandem processes

/// Path of the `tandem` binary: $TANDEM_BINARY, else the one this benchmark was built with.
QString tandemBinary();

/// `tandem` processes (one profile each) of one account. Their stderr goes to PROFILE/stderr.log.
/// Processes die with the benchmark (PR_SET_PDEATHSIG) and are stopped by the destructor.
class TandemProcesses
{
public:
    TandemProcesses(const Test::ProsodyFixture &server, const QString &root, const QString &user);
    ~TandemProcesses();

    /// Creates the profile if needed (`tandem account add`) and starts `tandem [--headless]`.
    bool start(const QString &name, bool headless, QString *error);
    /// Sends `signal`; waits (bounded) for the exit; SIGKILL as a last resort.
    void stop(const QString &name, int signal);
    qint64 pid(const QString &name) const;
    QString profile(const QString &name) const { return m_root + QLatin1Char('/') + name; }
    QString database(const QString &name) const { return profile(name) + QStringLiteral("/tandem.db"); }

    /// `tandem --profile P ctl ARGS --json`, run without blocking the event loop.
    QJsonObject ctl(const QString &name, const QStringList &args, int timeoutMs = 30000) const;
    QJsonObject status(const QString &name) const;
    QString role(const QString &name) const;
    QString fullJid(const QString &name) const;

private:
    const Test::ProsodyFixture &m_server;
    QString m_root;
    QString m_user;
    std::map<QString, std::unique_ptr<Test::ParentBoundProcess>> m_processes;
};

/// CPU time (user + system, seconds) a process has used so far; -1 if unknown. 0 = this process.
double cpuSeconds(qint64 pid);

/// Runs a program to completion without blocking the event loop (bounded).
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
RunResult run(const QString &program, const QStringList &args, int timeoutMs = 30000);

/// Read-only counts straight from a Tandem database file that another process writes (WAL lets
/// readers and the writer go on side by side).
class DatabaseCounter
{
public:
    explicit DatabaseCounter(const QString &file);
    ~DatabaseCounter();
    DatabaseCounter(const DatabaseCounter &) = delete;
    DatabaseCounter &operator=(const DatabaseCounter &) = delete;

    struct Count
    {
        qint64 rows = -1; ///< -1: not readable (yet)
        qint64 distinct = -1;
    };
    /// Rows of `conversation` whose body starts with `prefix`, and how many distinct bodies.
    Count count(const QString &conversation, const QString &prefix);

private:
    bool ensureOpen();
    QString m_file;
    void *m_db = nullptr; ///< sqlite3*
    void *m_statement = nullptr; ///< sqlite3_stmt*
};

} // namespace Tandem::Bench
