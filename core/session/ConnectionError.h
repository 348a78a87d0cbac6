#pragma once

#include <QAbstractSocket>
#include <QMetaType>
#include <QString>
#include <QXmppClient.h>
#include <QXmppStanza.h>

namespace Tandem {

/// Why a connection attempt failed or a session ended, in terms a user can act on.
class ConnectionError
{
public:
    enum Kind {
        NoError,
        AuthenticationFailed, ///< wrong password or unknown user: never retried automatically
        HostNotFound, ///< DNS lookup failed
        ConnectionRefused,
        HostUnreachable, ///< network down, timeout while connecting
        TlsFailed, ///< certificate not trusted or TLS handshake failed
        ResourceConflict, ///< another session took over our resource: not retried
        ConnectionLost, ///< established session dropped: retried
        StreamError, ///< the server closed the stream with an error
        MissingPassword,
        TlsUnavailable, ///< the server offers no STARTTLS: never logged in unencrypted
        ConnectTimeout, ///< no session within the connect timeout (blackholed host, mute server)
        /// The server's certificate does not verify; certificateFingerprint() says which it was,
        /// so the user can choose to trust exactly that one (AccountConfig::trustedCertificate).
        CertificateUntrusted,
    };

    ConnectionError() = default;
    ConnectionError(Kind kind, const QString &detail = {});
    /// A CertificateUntrusted error for the certificate with that SHA-256 fingerprint.
    static ConnectionError untrustedCertificate(const QString &fingerprint, const QString &detail);

    /// Maps what QXmppClient reports into one kind. Pure, so every mapping is unit-tested.
    static ConnectionError classify(QXmppClient::Error error, QAbstractSocket::SocketError socketError,
        QXmppStanza::Error::Condition streamCondition, bool wasConnected, const QString &detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != NoError; }
    /// Retrying would not help (or would lock the account on the server): wait for the user.
    bool isFatal() const;
    /// One sentence for the user, translated.
    QString message() const;
    /// Stable identifier for `ctl status --json`.
    QString code() const;
    QString detail() const { return m_detail; }
    /// For CertificateUntrusted: the SHA-256 fingerprint of the refused certificate
    /// ("AB:CD:…", see CertificateTrust::fingerprint()); empty otherwise.
    QString certificateFingerprint() const { return m_certificateFingerprint; }

private:
    Kind m_kind = NoError;
    QString m_detail;
    QString m_certificateFingerprint;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::ConnectionError)
