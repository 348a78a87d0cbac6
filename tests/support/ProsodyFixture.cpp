#include "ProsodyFixture.h"

#include "ParentBoundProcess.h"
#include "ProsodyConfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace Tandem::Test {

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int StopGraceMs = 5000;
constexpr int KillWaitMs = 2000;
constexpr int ToolTimeoutMs = 20000;
constexpr int LogTailLines = 40;

// Asking the kernel for an ephemeral port and releasing it is racy in theory,
// but the window is tiny and far simpler than passing a socket to Prosody.
quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString findTool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStringLiteral("/usr/bin/") + name : found;
}

// Runs a short-lived helper (openssl, prosodyctl) with a hard time limit.
bool runTool(const QString &tool, const QStringList &args, QString *output)
{
    ParentBoundProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(findTool(tool), args);
    const bool finished = process.waitForStarted(5000) && process.waitForFinished(ToolTimeoutMs);
    const QString text = QString::fromLocal8Bit(process.readAll());
    const QString command = tool + QLatin1Char(' ') + args.value(0) + QLatin1Char(' ') + args.value(1);
    if (!finished) {
        *output = QStringLiteral("%1 ... did not finish (%2)\n%3").arg(command, process.errorString(), text);
        process.terminateGroup(1000, 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *output = QStringLiteral("%1 ... failed with exit code %2\n%3")
                      .arg(command)
                      .arg(process.exitCode())
                      .arg(text);
        return false;
    }
    *output = text;
    return true;
}

QString tailOf(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(cannot read %1)").arg(path);
    const qint64 maxBytes = 64 * 1024;
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QByteArray readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.readAll();
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

ProsodyFixture::ProsodyFixture(const QString &dir, quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    if (dir.isEmpty()) {
        m_tempDir
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tandem-prosody-XXXXXX"));
        m_root = m_tempDir->path();
        // For post-mortems of failing tests: the log and data stay behind.
        if (qEnvironmentVariableIsSet("TANDEM_KEEP_PROSODY_DIR"))
            m_tempDir->setAutoRemove(false);
    } else {
        m_root = QDir(dir).absolutePath();
    }
    // Chosen now so that port() is meaningful before start(), e.g. for tests
    // that want a port where nothing listens.
    if (m_port == 0)
        m_port = freeLoopbackPort();
}

ProsodyFixture::~ProsodyFixture()
{
    stop();
}

QString ProsodyFixture::caFile() const
{
    return m_root + QStringLiteral("/certs/") + domain() + QStringLiteral(".crt");
}

QString ProsodyFixture::dataDir() const
{
    return m_root + QStringLiteral("/data");
}

QString ProsodyFixture::logFile() const
{
    return m_root + QStringLiteral("/prosody.log");
}

QString ProsodyFixture::configFile() const
{
    return m_root + QStringLiteral("/prosody.cfg.lua");
}

bool ProsodyFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ProsodyFixture::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool ProsodyFixture::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (m_tempDir && !m_tempDir->isValid()) {
        setError(error, QStringLiteral("cannot create a temporary directory: ") + m_tempDir->errorString());
        return false;
    }
    for (const QString &sub : { QStringLiteral("data"), QStringLiteral("certs") }) {
        if (!QDir().mkpath(m_root + QLatin1Char('/') + sub)) {
            setError(error, QStringLiteral("cannot create %1/%2").arg(m_root, sub));
            return false;
        }
    }
    if (m_port == 0) {
        setError(error, QStringLiteral("no free TCP port on 127.0.0.1"));
        return false;
    }
    if (!ensureCertificate(error))
        return false;

    ProsodyConfig config;
    config.rootDir = m_root;
    config.dataDir = dataDir();
    config.certDir = m_root + QStringLiteral("/certs");
    config.logFile = logFile();
    config.port = m_port;
    config.domain = domain();
    config.mucDomain = mucDomain();
    config.plainMucDomain = plainMucDomain();
    config.startTls = m_startTls;
    config.extraGlobal = m_extraGlobal;
    config.extraModules = m_extraModules;
    config.pluginDir = m_pluginDir;
    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.render().toUtf8()) < 0) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(configFile(), file.errorString()));
        return false;
    }
    m_prepared = true;
    return true;
}

bool ProsodyFixture::ensureCertificate(QString *error)
{
    const QString certDir = m_root + QStringLiteral("/certs/");
    const QString key = certDir + domain() + QStringLiteral(".key");
    // A kept directory keeps its certificate, so a demo client that trusted
    // it once still does after a restart.
    if (QFile::exists(caFile()) && QFile::exists(key))
        return true;
    // CA:TRUE lets clients use this very certificate as their trust anchor.
    const QStringList args = { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-sha256"),
        QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
        QStringLiteral("/CN=") + domain(), QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:%1,DNS:%2").arg(domain(), mucDomain()), QStringLiteral("-addext"),
        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-keyout"), key,
        QStringLiteral("-out"), caFile() };
    QString output;
    if (!runTool(QStringLiteral("openssl"), args, &output)) {
        setError(error, QStringLiteral("cannot create the certificate: ") + output);
        return false;
    }
    return true;
}

bool ProsodyFixture::registerUser(const QString &user, const QString &password, QString *error)
{
    if (!prepare(error))
        return false;
    QString output;
    const QStringList args
        = { QStringLiteral("--config"), configFile(), QStringLiteral("register"), user, domain(), password };
    if (!runTool(QStringLiteral("prosodyctl"), args, &output)) {
        setError(error, QStringLiteral("cannot register %1@%2: %3").arg(user, domain(), output));
        return false;
    }
    return true;
}

bool ProsodyFixture::start(QString *error)
{
    if (isRunning())
        return true;
    if (!prepare(error))
        return false;

    // Only log lines written after this point tell whether *this* run is up.
    const qint64 logOffset = QFileInfo(logFile()).size();
    m_watching = false;
    m_process = std::make_unique<ParentBoundProcess>();
    m_process->setWorkingDirectory(m_root);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A file, not a pipe: nobody reads it while the test runs, and a full pipe
    // would block Prosody.
    m_process->setStandardOutputFile(m_root + QStringLiteral("/prosody.out"));
    connect(m_process.get(), qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this,
        [this](int exitCode) {
            if (m_watching)
                Q_EMIT stoppedUnexpectedly(exitCode);
        });
    // -F: stay in the foreground so that we own the server process itself.
    m_process->start(findTool(QStringLiteral("prosody")),
        { QStringLiteral("-F"), QStringLiteral("--config"), configFile() });
    if (!m_process->waitForStarted(5000)) {
        setError(error, failure(QStringLiteral("cannot run prosody: ") + m_process->errorString()));
        stop();
        return false;
    }

    QString why;
    if (!waitUntilReady(logOffset, StartTimeoutMs, &why) || !isRunning()) {
        // Read the reason before stop() makes the log grow.
        const QString text = failure(why.isEmpty() ? QStringLiteral("prosody is not running") : why);
        stop();
        setError(error, text);
        return false;
    }
    // From now on an exit is news; during startup it is reported via \a error.
    m_watching = true;
    return true;
}

bool ProsodyFixture::waitUntilReady(qint64 logOffset, int timeoutMs, QString *error)
{
    QDeadlineTimer deadline(timeoutMs);
    const QByteArray upLine
        = QStringLiteral("Activated service 'c2s' on [127.0.0.1]:%1").arg(m_port).toUtf8();
    const QByteArray header = QStringLiteral("<?xml version='1.0'?><stream:stream to='%1' version='1.0' "
                                             "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/"
                                             "streams'>")
                                  .arg(domain())
                                  .toUtf8();
    bool logSaysUp = false;
    while (!deadline.hasExpired()) {
        // Doubles as the poll interval and notices an early exit (bad config).
        if (m_process->waitForFinished(100)) {
            *error = QStringLiteral("prosody exited with code %1 while starting").arg(m_process->exitCode());
            return false;
        }
        if (!logSaysUp) {
            const QByteArray log = readFrom(logFile(), logOffset);
            // Prosody keeps running without its port; no point in waiting.
            if (log.contains("Activated service 'c2s' on no ports")) {
                *error = QStringLiteral("prosody could not listen on 127.0.0.1:%1").arg(m_port);
                return false;
            }
            logSaysUp = log.contains(upLine);
            continue;
        }
        // The listening socket exists before Prosody's main loop runs; only an
        // answered stream header shows it really serves clients.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (!probe.waitForConnected(qBound(1, int(deadline.remainingTime()), 1000)))
            continue;
        probe.write(header);
        QByteArray reply;
        while (!reply.contains("</stream:features>") && !deadline.hasExpired()
            && probe.waitForReadyRead(qBound(1, int(deadline.remainingTime()), 1000)))
            reply += probe.readAll();
        probe.write("</stream:stream>");
        probe.waitForBytesWritten(200);
        probe.abort();
        if (reply.contains(m_startTls ? "starttls" : "</stream:features>"))
            return true;
    }
    *error = logSaysUp ? QStringLiteral("prosody did not answer an XMPP stream within %1 ms").arg(timeoutMs)
                       : QStringLiteral("prosody did not log that c2s is up within %1 ms").arg(timeoutMs);
    return false;
}

QString ProsodyFixture::failure(const QString &what) const
{
    return what + QStringLiteral("\n--- prosody output ---\n")
        + tailOf(m_root + QStringLiteral("/prosody.out"), LogTailLines)
        + QStringLiteral("\n--- tail of %1 ---\n").arg(logFile()) + tailOf(logFile(), LogTailLines);
}

void ProsodyFixture::stop()
{
    if (!m_process)
        return;
    m_watching = false;
    m_process->terminateGroup(StopGraceMs, KillWaitMs);
    m_process.reset();
}

bool ProsodyFixture::restart(QString *error)
{
    stop();
    return start(error);
}

} // namespace Tandem::Test
