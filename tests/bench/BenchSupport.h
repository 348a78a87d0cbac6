// Shared pieces of the benchmark programs (tests/bench): a quiet Prosody, waiting without
// blocking the event loop, statistics and tables, plain QXmpp clients, in-process Tandem
// devices, real `tandem` processes and a received-traffic counter.
//
// Benchmarks are plain executables that print figures; they are not timed unit tests.
#pragma once

#include "ProsodyFixture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>
#include <QXmppClientExtension.h>
#include <QXmppConfiguration.h>
#include <QXmppLogger.h>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QXmppClient;

namespace Tandem {
class Account;
class Database;
class MessageStore;
class PasswordStore;
} // namespace Tandem

namespace Tandem::Test {
class ParentBoundProcess;
}

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Process-wide setup

/// Sends Qt log output (QXmpp, tandem.* categories) to `path` instead of stderr, so that the
/// benchmark's own tables stay readable; with `verbose` it goes to stderr too.
void redirectQtLog(const QString &path, bool verbose);
/// Warnings and worse seen by the redirected handler.
int qtWarningCount();

/// Milliseconds on a monotonic clock shared by the whole process (sub-millisecond resolution).
double nowMs();

/// Runs the event loop until `done()` holds or `timeoutMs` passed, checking every `pollMs`.
/// Never sleeps the thread: timers and sockets keep being served meanwhile.
bool waitUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 5);
/// Runs the event loop for `ms`.
void idle(int ms);

/// "N cores, CPU model, build type" of this run.
QString machineDescription();
/// Prints the benchmark's title, the date and the machine, then `parameters` (one per line).
void printHeader(const QString &title, const QStringList &parameters);

/// printf to stdout and flush (tables interleave with progress lines).
void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
/// Progress on stderr; stdout keeps the results.
void progress(const char *format, ...) __attribute__((format(printf, 1, 2)));

// ---------------------------------------------------------------------------------------------
// Statistics and output

struct Summary
{
    int count = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double mean = 0;
    double max = 0;
};
/// Nearest-rank percentiles.
Summary summarize(QVector<double> values);

/// A plain-text table with right-aligned numeric columns.
class Table
{
public:
    explicit Table(QStringList header)
        : m_header(std::move(header))
    { }
    void add(QStringList row) { m_rows << row; }
    void print() const;
    /// The same table as GitHub Markdown (for RESULTS.md).
    QString markdown() const;

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};

QString fmt(double value, int decimals = 2);

// ---------------------------------------------------------------------------------------------
// Server and plain clients

/// A Prosody from the test fixture with the given users (password "pw-USER"), logging at info
/// level instead of the fixture's debug level: a debug log of every stanza would dominate the
/// server's CPU time and so every figure. `noNagle` sets TCP_NODELAY on the server's sockets
/// (Prosody's default keeps Nagle's algorithm on). Null on failure, with the reason in `error`.
std::unique_ptr<Test::ProsodyFixture> startServer(
    const QStringList &users, QString *error, bool noNagle = false);
/// TCP_NODELAY on the socket of a connected QXmppClient (QXmpp 1.4 leaves Nagle on).
void disableNagle(QXmppClient &client);

QString passwordOf(const QString &user);
QXmppConfiguration plainConfig(
    const Test::ProsodyFixture &server, const QString &user, const QString &resource);
/// Connects a plain QXmppClient and waits (bounded) until it is bound.
bool connectPlain(QXmppClient &client, const Test::ProsodyFixture &server, const QString &user,
    const QString &resource, int timeoutMs = 20000);

/// A MUC join presence without history replay (`<history maxstanzas='0'/>`).
QByteArray joinPresenceXml(const QString &room, const QString &nick);
/// Joins (creating if needed) `room` as `nick` and configures a new room as an instant room, so
/// that others may enter. Waits for the self-presence and the owner's form result.
bool createRoom(QXmppClient &owner, const QString &room, const QString &nick, int timeoutMs = 15000);

// ---------------------------------------------------------------------------------------------
// Received traffic

/// Counts what one QXmppClient receives, from its QXmppLogger: XML bytes as read after TLS
/// (TLS records and TCP/IP headers not included), and per top-level element its exact size,
/// whether it is a stanza, and whether it is room traffic (from a MUC JID, or a Tandem relay).
/// Attach before connecting.
class TrafficCounter : public QObject
{
    Q_OBJECT
public:
    TrafficCounter(QXmppClient *client, const QString &mucDomain);

    void reset();
    qint64 bytes() const { return m_bytes; }
    /// message, presence and iq elements (not stream management or stream features).
    int stanzas() const { return m_stanzas; }
    int roomStanzas() const { return m_roomStanzas; }
    qint64 roomBytes() const { return m_roomBytes; }
    int relays() const { return m_relays; }
    double lastActivityMs() const { return m_lastActivity; }

private:
    void received(const QString &text);

    QString m_mucDomain;
    qint64 m_bytes = 0;
    int m_stanzas = 0;
    int m_roomStanzas = 0;
    qint64 m_roomBytes = 0;
    int m_relays = 0;
    double m_lastActivity = 0;
};

/// Calls `seen(bodyText, stanza)` for each received stanza that carries a `<body/>` anywhere
/// (a room message, or a relay's inner message), before any other extension handles it.
class BodyTap : public QXmppClientExtension
{
    Q_OBJECT
public:
    explicit BodyTap(std::function<void(const QString &body)> seen)
        : m_seen(std::move(seen))
    { }
    bool handleStanza(const QDomElement &stanza) override;

private:
    std::function<void(const QString &)> m_seen;
};

// ---------------------------------------------------------------------------------------------
// In-process Tandem devices

/// One Tandem device of an account inside the benchmark's process: its own SQLite file, message
/// store and Account (like a separate profile). Set the TANDEM_* election variables before
/// constructing: the Account reads them then.
class InProcessDevice
{
public:
    InProcessDevice(const Test::ProsodyFixture &server, const QString &user, const QString &resource,
        bool alwaysOn, const QString &dir);
    ~InProcessDevice();

    /// Opens the database (bounded wait).
    bool open(QString *error);
    void start();
    bool waitOnline(int timeoutMs = 20000);
    Account *account() const { return m_account.get(); }
    MessageStore *store() const { return m_store.get(); }
    /// Stored messages of `conversation` (bounded wait; -1 on failure).
    qint64 storedCount(const QString &conversation);

private:
    QString m_dir;
    QString m_password;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<PasswordStore> m_passwords;
    std::unique_ptr<Account> m_account;
};

/// Role of an in-process device as `ctl status` names it ("anchor", "sibling", "solo", ...).
QString roleName(const Account &account);
/// Rooms of `account` in state Joined (held or mirrored).
int joinedRooms(const Account &account, const QStringList &rooms);

/// Sets the election timers for devices created from now on (in-process: this process; child
/// processes inherit them). Values <= 0 remove the variable (production default).
struct ElectionTimers
{
    int holdDownMs = 1500;
    int settleMs = 500;
    int pingMs = 1000;
    int pingTimeoutMs = 1500;
    /// The values tst_account_rooms uses.
    static ElectionTimers test() { return {}; }
    /// Nothing set: the built-in defaults (hold-down 30 s, settle 3 s, ping 15 s, timeout 10 s).
    static ElectionTimers production() { return { 0, 0, 0, 0 }; }
    void apply() const;
    QString describe() const;
};

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
