#include "BenchProcesses.h"

#include "BenchReport.h"
#include "BenchXmpp.h"
#include "ParentBoundProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <csignal>
#include <sqlite3.h>
#include <unistd.h>

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Real tandem processes

QString tandemBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("TANDEM_BINARY");
    return fromEnvironment.isEmpty() ? QStringLiteral(TANDEM_BENCH_BINARY) : fromEnvironment;
}

namespace {
QProcessEnvironment tandemEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // like a headless server: no keychain
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}
} // namespace

RunResult run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(tandemEnvironment());
    p.start(program, args);
    RunResult r;
    if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs, 10)) {
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

double cpuSeconds(qint64 pid)
{
    QFile stat(pid == 0 ? QStringLiteral("/proc/self/stat") : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks; // utime, stime
}

TandemProcesses::TandemProcesses(const Test::ProsodyFixture &server, const QString &root, const QString &user)
    : m_server(server)
    , m_root(root)
    , m_user(user)
{ }

TandemProcesses::~TandemProcesses()
{
    for (auto &entry : m_processes) {
        if (entry.second && entry.second->state() != QProcess::NotRunning)
            entry.second->terminateGroup(5000, 2000);
    }
}

bool TandemProcesses::start(const QString &name, bool headless, QString *error)
{
    const QString dir = profile(name);
    if (!QFile::exists(dir + QStringLiteral("/accounts.ini"))) {
        QDir().mkpath(dir);
        const QString pw = m_root + QLatin1Char('/') + m_user + QStringLiteral(".pw");
        QFile f(pw);
        if (!f.open(QIODevice::WriteOnly) || f.write(passwordOf(m_user).toUtf8() + '\n') <= 0) {
            *error = QStringLiteral("cannot write ") + pw;
            return false;
        }
        f.close();
        const RunResult r = run(tandemBinary(),
            { QStringLiteral("--profile"), dir, QStringLiteral("account"), QStringLiteral("add"),
                m_user + QLatin1Char('@') + m_server.domain(), QStringLiteral("--password-file"), pw,
                QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
                QString::number(m_server.port()), QStringLiteral("--ca-file"), m_server.caFile(),
                QStringLiteral("--password-store"), QStringLiteral("file") });
        if (r.exitCode != 0) {
            *error = QStringLiteral("tandem account add failed: ") + QString::fromLocal8Bit(r.out + r.err);
            return false;
        }
    }
    auto process = std::make_unique<Test::ParentBoundProcess>();
    process->setProcessEnvironment(tandemEnvironment());
    process->setStandardOutputFile(dir + QStringLiteral("/stdout.log"), QIODevice::Append);
    process->setStandardErrorFile(dir + QStringLiteral("/stderr.log"), QIODevice::Append);
    QStringList args { QStringLiteral("--profile"), dir };
    if (headless)
        args.prepend(QStringLiteral("--headless"));
    process->start(tandemBinary(), args);
    if (!process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(tandemBinary(), process->errorString());
        return false;
    }
    m_processes[name] = std::move(process);
    return true;
}

void TandemProcesses::stop(const QString &name, int signal)
{
    auto it = m_processes.find(name);
    if (it == m_processes.end() || !it->second)
        return;
    Test::ParentBoundProcess *p = it->second.get();
    if (p->state() != QProcess::NotRunning) {
        ::kill(pid_t(p->processId()), signal);
        if (!waitUntil([p] { return p->state() == QProcess::NotRunning; }, 10000, 2))
            p->terminateGroup(1000, 2000);
    }
    m_processes.erase(it);
}

qint64 TandemProcesses::pid(const QString &name) const
{
    const auto it = m_processes.find(name);
    return it == m_processes.end() || !it->second ? 0 : it->second->processId();
}

QJsonObject TandemProcesses::ctl(const QString &name, const QStringList &args, int timeoutMs) const
{
    const RunResult r = run(tandemBinary(),
        QStringList { QStringLiteral("--profile"), profile(name), QStringLiteral("ctl") } + args
            + QStringList { QStringLiteral("--json") },
        timeoutMs);
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject TandemProcesses::status(const QString &name) const
{
    return ctl(name, { QStringLiteral("status") })[QStringLiteral("accounts")].toArray()[0].toObject();
}

QString TandemProcesses::role(const QString &name) const
{
    return status(name)[QStringLiteral("coordinator")].toObject()[QStringLiteral("role")].toString();
}

QString TandemProcesses::fullJid(const QString &name) const
{
    return status(name)[QStringLiteral("full_jid")].toString();
}

// ---------------------------------------------------------------------------------------------
// Database counts

DatabaseCounter::DatabaseCounter(const QString &file)
    : m_file(file)
{ }

DatabaseCounter::~DatabaseCounter()
{
    sqlite3_finalize(static_cast<sqlite3_stmt *>(m_statement));
    sqlite3_close(static_cast<sqlite3 *>(m_db));
}

bool DatabaseCounter::ensureOpen()
{
    if (m_statement)
        return true;
    if (!QFile::exists(m_file))
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(m_file).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT COUNT(*), COUNT(DISTINCT body) FROM messages "
                      "WHERE conversation = ?1 AND substr(body, 1, ?3) = ?2";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_close(db); // no schema yet
        return false;
    }
    m_db = db;
    m_statement = statement;
    return true;
}

DatabaseCounter::Count DatabaseCounter::count(const QString &conversation, const QString &prefix)
{
    Count c;
    if (!ensureOpen())
        return c;
    auto *statement = static_cast<sqlite3_stmt *>(m_statement);
    const QByteArray conv = conversation.toUtf8();
    const QByteArray pre = prefix.toUtf8();
    sqlite3_reset(statement);
    sqlite3_bind_text(statement, 1, conv.constData(), conv.size(), SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, pre.constData(), pre.size(), SQLITE_TRANSIENT);
    sqlite3_bind_int(statement, 3, int(prefix.size()));
    if (sqlite3_step(statement) == SQLITE_ROW) {
        c.rows = sqlite3_column_int64(statement, 0);
        c.distinct = sqlite3_column_int64(statement, 1);
    }
    sqlite3_reset(statement);
    return c;
}

} // namespace Tandem::Bench
