// The prosody.cfg.lua that the test fixture runs Prosody with.
#pragma once

#include <QString>
#include <QStringList>

namespace Tandem::Test {

/// Inputs of the generated Prosody configuration. The result keeps every
/// listener on 127.0.0.1 and every file under the fixture's directory, so
/// tests never touch /etc/prosody, /var/lib/prosody or the network.
struct ProsodyConfig
{
    QString rootDir; ///< pidfile, admin socket
    QString dataDir; ///< internal storage (accounts, rosters, archives)
    QString certDir; ///< holds <domain>.crt / <domain>.key
    QString logFile;
    quint16 port = 0; ///< the only listening port (c2s, STARTTLS)
    QString domain = QStringLiteral("localhost");
    QString mucDomain = QStringLiteral("conference.localhost");
    /// A second MUC service without an archive (no muc_mam, so no stanza-ids either): rooms as
    /// many public services still run them.
    QString plainMucDomain = QStringLiteral("plain.conference.localhost");
    /// false: a misconfigured server that offers no STARTTLS and accepts unencrypted streams.
    bool startTls = true;
    /// A test's own settings, Lua lines of the global section (e.g. c2s_stanza_size_limit).
    QString extraGlobal;
    /// More modules to enable, found in Prosody's own directory or in `pluginDir`.
    QStringList extraModules;
    QString pluginDir;

    /// The Lua text of the configuration file.
    QString render() const;

private:
    QString extraModulesLua() const;
};

} // namespace Tandem::Test
