#include "session/ClientConfiguration.h"

#include "common/Logging.h"

#include <QSslCertificate>
#include <QSslConfiguration>

namespace Tandem::ClientConfiguration {

namespace {
// Qt reads the system's CA directory on every call (~80 ms for ~300 certificates), and the list
// must be given again whenever an account adds its own CA: read it once per process.
const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}
} // namespace

QXmppConfiguration forAccount(const AccountConfig &account, const QString &resource, const QString &password)
{
    QXmppConfiguration config;
    config.setJid(account.jid);
    config.setResource(resource);
    config.setPassword(password);
    if (!account.host.isEmpty()) {
        config.setHost(account.host);
        config.setPort(account.port ? account.port : 5222);
    }
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    // A certificate the user trusted by its fingerprint is let through by CertificateTrust, one
    // handshake at a time; nothing is ignored wholesale.
    config.setIgnoreSslErrors(false);
    // The owner reconnects: QXmpp's retries have no jitter and do not stop on a wrong password.
    config.setAutoReconnectionEnabled(false);
    if (!account.caFile.isEmpty()) {
        const auto extra = QSslCertificate::fromPath(account.caFile, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcSession) << account.jid << "no certificate found in" << account.caFile;
        config.setCaCertificates(systemCaCertificates() + extra);
    }
    return config;
}

int connectTimeoutMs()
{
    // Long enough for a slow mobile link to do TCP, TLS, SASL and binding (or resumption, whose
    // own answer timeout is 15 s); short enough that a blackholed address is reported long
    // before the kernel gives up on the TCP handshake (about two minutes).
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("TANDEM_CONNECT_TIMEOUT_MS", &ok);
    return ok && ms > 0 ? ms : 30000;
}

} // namespace Tandem::ClientConfiguration
