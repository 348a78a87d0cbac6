#include "BenchSupport.h"

#include "ParentBoundProcess.h"
#include "coordinator/Coordinator.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"
#include "profile/AccountConfig.h"
#include "profile/PasswordStore.h"
#include "rooms/RoomService.h"
#include "session/Account.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Process-wide setup

namespace {
FILE *logFile = nullptr;
bool logVerbose = false;
int warnings = 0;
QMutex logMutex;

void logHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const char *level = "debug";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QByteArray line
        = QStringLiteral("%1 %2 %3: %4\n")
              .arg(nowMs(), 10, 'f', 1)
              .arg(QLatin1String(level), QLatin1String(context.category ? context.category : "default"), text)
              .toUtf8();
    QMutexLocker lock(&logMutex);
    if (type >= QtWarningMsg && type != QtInfoMsg)
        ++warnings;
    if (logFile) {
        std::fwrite(line.constData(), 1, size_t(line.size()), logFile);
        std::fflush(logFile);
    }
    if (logVerbose || !logFile || type == QtFatalMsg)
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void redirectQtLog(const QString &path, bool verbose)
{
    logVerbose = verbose;
    logFile = std::fopen(QFile::encodeName(path).constData(), "a");
    qInstallMessageHandler(logHandler);
}

int qtWarningCount()
{
    QMutexLocker lock(&logMutex);
    return warnings;
}

double nowMs()
{
    static const auto start = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs, int pollMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool ok = false;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return ok || done();
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QString machineDescription()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1 cores (%2), %3 build")
        .arg(QThread::idealThreadCount())
        .arg(cpu, QStringLiteral(TANDEM_BENCH_BUILD_TYPE));
}

void printHeader(const QString &title, const QStringList &parameters)
{
    say("%s\n", qPrintable(title));
    say("  date:    %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    say("  machine: %s\n", qPrintable(machineDescription()));
    for (const QString &p : parameters)
        say("  %s\n", qPrintable(p));
    say("\n");
}

void say(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vfprintf(stdout, format, args);
    va_end(args);
    std::fflush(stdout);
}

void progress(const char *format, ...)
{
    std::fprintf(stderr, "[%8.1f s] ", nowMs() / 1000.0);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// ---------------------------------------------------------------------------------------------
// Statistics and output

Summary summarize(QVector<double> values)
{
    Summary s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    auto rank = [&](double p) {
        const int index = int(std::ceil(p / 100.0 * values.size())) - 1;
        return values[std::clamp(index, 0, int(values.size()) - 1)];
    };
    s.min = values.first();
    s.max = values.last();
    s.p50 = rank(50);
    s.p90 = rank(90);
    s.p99 = rank(99);
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / values.size();
    return s;
}

QString fmt(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void Table::print() const
{
    QVector<int> widths;
    for (const QString &h : m_header)
        widths << int(h.size());
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += i == 0 ? cell.leftJustified(widths[i]) : cell.rightJustified(widths[i]);
            text += i + 1 < widths.size() ? QStringLiteral("  ") : QString();
        }
        say("%s\n", qPrintable(text));
    };
    line(m_header);
    QString rule;
    for (int i = 0; i < widths.size(); ++i)
        rule += QString(widths[i], QLatin1Char('-'))
            + (i + 1 < widths.size() ? QStringLiteral("  ") : QString());
    say("%s\n", qPrintable(rule));
    for (const QStringList &row : m_rows)
        line(row);
}

QString Table::markdown() const
{
    QString text = QStringLiteral("| ") + m_header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (int i = 0; i < m_header.size(); ++i)
        text += i == 0 ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
    text += QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    return text;
}

// ---------------------------------------------------------------------------------------------
// Server and plain clients

QString passwordOf(const QString &user)
{
    return QStringLiteral("pw-") + user;
}

std::unique_ptr<Test::ProsodyFixture> startServer(const QStringList &users, QString *error, bool noNagle)
{
    auto server = std::make_unique<Test::ProsodyFixture>();
    for (const QString &user : users) {
        if (!server->registerUser(user, passwordOf(user), error))
            return nullptr;
    }
    // registerUser() wrote the configuration; start() keeps it. Debug logging of every stanza
    // would cost Prosody more than routing them.
    QFile config(server->configFile());
    if (!config.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + server->configFile();
        return nullptr;
    }
    QByteArray text = config.readAll();
    config.close();
    text.replace("log = { debug = ", "log = { info = ");
    if (noNagle)
        text.prepend("network_settings = { nagle = false }\n");
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(text) != text.size()) {
        *error = QStringLiteral("cannot write ") + server->configFile();
        return nullptr;
    }
    config.close();
    if (!server->start(error))
        return nullptr;
    return server;
}

void disableNagle(QXmppClient &client)
{
    // QXmpp 1.4 does not expose its socket; it is a descendant of the client.
    for (QSslSocket *socket : client.findChildren<QSslSocket *>())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

QXmppConfiguration plainConfig(
    const Test::ProsodyFixture &server, const QString &user, const QString &resource)
{
    QXmppConfiguration config;
    config.setJid(user + QLatin1Char('@') + server.domain());
    config.setPassword(passwordOf(user));
    config.setResource(resource);
    config.setHost(server.host());
    config.setPort(server.port());
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setCaCertificates(
        QSslConfiguration::systemCaCertificates() + QSslCertificate::fromPath(server.caFile()));
    config.setAutoReconnectionEnabled(false);
    // QXmpp's whitespace-less keep-alive (a ping every 60 s, 20 s to answer) drops a client
    // whose answer waits behind a long queue, e.g. while a room fills with hundreds of joins.
    config.setKeepAliveInterval(0);
    return config;
}

bool connectPlain(QXmppClient &client, const Test::ProsodyFixture &server, const QString &user,
    const QString &resource, int timeoutMs)
{
    client.connectToServer(plainConfig(server, user, resource));
    return waitUntil([&] { return client.isConnected(); }, timeoutMs);
}

QByteArray joinPresenceXml(const QString &room, const QString &nick)
{
    return "<presence xmlns='jabber:client' to='" + room.toUtf8() + '/' + nick.toUtf8()
        + "'><x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='0'/></x></presence>";
}

bool createRoom(QXmppClient &owner, const QString &room, const QString &nick, int timeoutMs)
{
    bool joined = false;
    bool created = false;
    const QString self = room + QLatin1Char('/') + nick;
    const auto presence
        = QObject::connect(&owner, &QXmppClient::presenceReceived, [&](const QXmppPresence &p) {
              if (p.from() != self || p.type() != QXmppPresence::Available)
                  return;
              created = created || p.mucStatusCodes().contains(201);
              joined = joined || p.mucStatusCodes().contains(110);
          });
    owner.sendPacket(RawStanza(joinPresenceXml(room, nick)));
    const bool ok = waitUntil([&] { return joined; }, timeoutMs);
    QObject::disconnect(presence);
    if (!ok)
        return false;
    if (!created)
        return true;
    QXmppMucOwnerIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(room);
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    iq.setForm(form);
    bool answered = false;
    bool accepted = false;
    const auto answer = QObject::connect(&owner, &QXmppClient::iqReceived, [&](const QXmppIq &reply) {
        if (reply.id() == iq.id()) {
            answered = true;
            accepted = reply.type() == QXmppIq::Result;
        }
    });
    owner.sendPacket(iq);
    waitUntil([&] { return answered; }, timeoutMs);
    QObject::disconnect(answer);
    return accepted;
}

// ---------------------------------------------------------------------------------------------
// Received traffic

TrafficCounter::TrafficCounter(QXmppClient *client, const QString &mucDomain)
    : QObject(client)
    , m_mucDomain(mucDomain)
{
    // Parented to the client, so it outlives everything the client logs while being destroyed.
    auto *logger = new QXmppLogger(client);
    logger->setLoggingType(QXmppLogger::SignalLogging);
    logger->setMessageTypes(QXmppLogger::ReceivedMessage);
    client->setLogger(logger);
    connect(logger, &QXmppLogger::message, this,
        [this](QXmppLogger::MessageType, const QString &text) { received(text); });
}

void TrafficCounter::reset()
{
    m_bytes = 0;
    m_stanzas = 0;
    m_roomStanzas = 0;
    m_roomBytes = 0;
    m_relays = 0;
    m_lastActivity = nowMs();
}

void TrafficCounter::received(const QString &text)
{
    // QXmpp logs what it read once it parses as whole elements: one or more top-level elements,
    // or a stream header with its features.
    m_bytes += text.toUtf8().size();
    m_lastActivity = nowMs();
    if (text.contains(QLatin1String("<stream:stream")))
        return;
    const QString wrapped = QStringLiteral("<w>") + text + QStringLiteral("</w>");
    QXmlStreamReader reader(wrapped);
    reader.setNamespaceProcessing(false); // stream-level prefixes are declared elsewhere
    int depth = 0;
    qint64 start = 0;
    bool stanza = false;
    bool room = false;
    bool relay = false;
    qint64 before = 0;
    while (!reader.atEnd()) {
        before = reader.characterOffset();
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2) {
                start = before;
                const QStringRef name = reader.name();
                stanza = name == QLatin1String("message") || name == QLatin1String("presence")
                    || name == QLatin1String("iq");
                const QString from = reader.attributes().value(QStringLiteral("from")).toString();
                room = from.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('@'), -1) == m_mucDomain;
                relay = false;
            } else if (depth == 3
                && (reader.name() == QLatin1String("relay") || reader.name() == QLatin1String("snapshot"))
                && reader.attributes().value(QStringLiteral("xmlns")) == RelayCodec::namespaceUri()) {
                relay = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && stanza) {
                const qint64 size
                    = wrapped.mid(int(start), int(reader.characterOffset() - start)).toUtf8().size();
                ++m_stanzas;
                m_relays += relay ? 1 : 0;
                if (room || relay) {
                    ++m_roomStanzas;
                    m_roomBytes += size;
                }
            }
            --depth;
        }
    }
}

bool BodyTap::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message"))
        return false;
    const QDomNodeList bodies = stanza.elementsByTagName(QStringLiteral("body"));
    if (!bodies.isEmpty())
        m_seen(bodies.at(0).toElement().text());
    return false;
}

// ---------------------------------------------------------------------------------------------
// In-process Tandem devices

InProcessDevice::InProcessDevice(const Test::ProsodyFixture &server, const QString &user,
    const QString &resource, bool alwaysOn, const QString &dir)
    : m_dir(dir)
    , m_password(passwordOf(user))
{
    QDir().mkpath(dir);
    AccountConfig config;
    config.jid = user + QLatin1Char('@') + server.domain();
    config.host = server.host();
    config.port = server.port();
    config.caFile = server.caFile();
    config.passwordStorage = AccountConfig::PasswordStorage::File;
    m_database = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_database.get());
    m_passwords = std::make_unique<PasswordStore>(dir, QStringLiteral("bench"));
    m_account
        = std::make_unique<Account>(config, resource, m_store.get(), m_passwords.get(), nullptr, alwaysOn);
}

InProcessDevice::~InProcessDevice()
{
    if (m_account)
        m_account->stop();
    m_account.reset();
    m_store.reset();
    m_database.reset();
}

bool InProcessDevice::open(QString *error)
{
    bool opened = false;
    QString failure;
    const auto ok = QObject::connect(m_database.get(), &Database::opened, [&] { opened = true; });
    const auto failed = QObject::connect(m_database.get(), &Database::openFailed,
        [&](const StorageError &e) { failure = e.message().isEmpty() ? QStringLiteral("?") : e.message(); });
    m_database->open(m_dir + QStringLiteral("/tandem.db"));
    waitUntil([&] { return opened || !failure.isEmpty(); }, 15000);
    QObject::disconnect(ok);
    QObject::disconnect(failed);
    if (!opened && error)
        *error = QStringLiteral("cannot open the database: ")
            + (failure.isEmpty() ? QStringLiteral("timeout") : failure);
    return opened;
}

void InProcessDevice::start()
{
    m_account->startWithPassword(m_password);
}

bool InProcessDevice::waitOnline(int timeoutMs)
{
    return waitUntil([this] { return m_account->state() == Account::State::Online; }, timeoutMs);
}

qint64 InProcessDevice::storedCount(const QString &conversation)
{
    qint64 result = -2;
    m_store->count(m_account->jid(), conversation, m_account.get(), [&](qint64 n) { result = n; });
    waitUntil([&] { return result != -2; }, 15000);
    return result == -2 ? -1 : result;
}

QString roleName(const Account &account)
{
    return toString(account.coordinator()->role());
}

int joinedRooms(const Account &account, const QStringList &rooms)
{
    int n = 0;
    for (const QString &room : rooms) {
        const RoomMirror *m = account.rooms()->mirror(room);
        n += m && m->state() == RoomMirror::State::Joined ? 1 : 0;
    }
    return n;
}

void ElectionTimers::apply() const
{
    const std::pair<const char *, int> values[]
        = { { "TANDEM_HOLD_DOWN_MS", holdDownMs }, { "TANDEM_SETTLE_MS", settleMs },
              { "TANDEM_ANCHOR_PING_MS", pingMs }, { "TANDEM_ANCHOR_PING_TIMEOUT_MS", pingTimeoutMs } };
    for (const auto &[name, value] : values) {
        if (value > 0)
            qputenv(name, QByteArray::number(value));
        else
            qunsetenv(name);
    }
}

QString ElectionTimers::describe() const
{
    auto ms = [](int value, int fallback) { return QString::number(value > 0 ? value : fallback); };
    return QStringLiteral("hold-down %1 ms, settle %2 ms, anchor ping %3 ms, ping timeout %4 ms")
        .arg(ms(holdDownMs, 30000), ms(settleMs, 3000), ms(pingMs, 15000), ms(pingTimeoutMs, 10000));
}

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
