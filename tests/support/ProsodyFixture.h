// A real Prosody XMPP server for integration tests and manual demos.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Tandem::Test {

class ParentBoundProcess;

/// Runs the Debian-packaged Prosody on 127.0.0.1 with a config, certificate and
/// storage of its own (a temporary directory, or a given one to keep accounts
/// and archives across runs). The server listens only on a free loopback port,
/// requires STARTTLS and serves `domain()` plus the MUC service `mucDomain()`.
/// Clients verify the server with `caFile()` as their only CA.
///
/// The server cannot outlive the process that started it: it is stopped by the
/// destructor, and by the kernel (PR_SET_PDEATHSIG) if the test crashes or is
/// killed. All waits are bounded.
class ProsodyFixture : public QObject
{
    Q_OBJECT
public:
    /// An empty \a dir means a fresh temporary directory, removed on
    /// destruction (kept if TANDEM_KEEP_PROSODY_DIR is set). A \a port of 0
    /// picks a free one right away, so port() is valid before start().
    explicit ProsodyFixture(const QString &dir = {}, quint16 port = 0, QObject *parent = nullptr);
    ~ProsodyFixture() override;

    /// Starts Prosody and waits (at most 15 s) until it answers an XMPP stream
    /// header. On failure \a error gets the reason and the tail of the log.
    bool start(QString *error = nullptr);
    /// SIGTERM, up to 5 s grace, then SIGKILL. No-op when not running.
    void stop();
    /// stop() + start() on the same port with the same data: for "server went
    /// away in the middle of a stream" tests.
    bool restart(QString *error = nullptr);
    bool isRunning() const;

    /// Before the first start(): whether the server offers STARTTLS (the default) or, like a
    /// misconfigured server, only unencrypted streams.
    void setStartTls(bool offered) { m_startTls = offered; }
    /// Before the first start(): a test's own Lua settings and modules (ProsodyConfig).
    void setExtraConfig(
        const QString &globalLua, const QStringList &modules = {}, const QString &pluginDir = {})
    {
        m_extraGlobal = globalLua;
        m_extraModules = modules;
        m_pluginDir = pluginDir;
    }

    /// Creates the account, or resets its password. Works whether or not the
    /// server runs (prosodyctl writes to the storage the server reads).
    bool registerUser(const QString &user, const QString &password, QString *error = nullptr);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString domain() const { return QStringLiteral("localhost"); }
    QString mucDomain() const { return QStringLiteral("conference.localhost"); }
    /// A MUC service with no archive (XEP-0313) and no stanza-ids.
    QString plainMucDomain() const { return QStringLiteral("plain.conference.localhost"); }
    /// Self-signed certificate (CA:TRUE, SANs domain and mucDomain) that is
    /// both the server certificate and the CA to verify it with.
    QString caFile() const;
    QString dataDir() const;
    QString logFile() const;
    QString configFile() const;
    /// Directory holding everything above; unique per fixture, so it also
    /// identifies this fixture's processes (e.g. `pgrep -f rootDir()`).
    QString rootDir() const { return m_root; }
    /// Prosody's pid while running, else 0.
    qint64 pid() const;

Q_SIGNALS:
    /// Prosody exited after a successful start() without stop() being called.
    void stoppedUnexpectedly(int exitCode);

private:
    bool prepare(QString *error);
    bool ensureCertificate(QString *error);
    bool waitUntilReady(qint64 logOffset, int timeoutMs, QString *error);
    QString failure(const QString &what) const;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<ParentBoundProcess> m_process;
    QString m_root;
    quint16 m_port = 0;
    bool m_prepared = false;
    bool m_startTls = true;
    QString m_extraGlobal;
    QStringList m_extraModules;
    QString m_pluginDir;
    bool m_watching = false; ///< report exits as stoppedUnexpectedly()
};

} // namespace Tandem::Test
