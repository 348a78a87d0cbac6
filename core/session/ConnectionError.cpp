#include "session/ConnectionError.h"

#include <QCoreApplication>

namespace Tandem {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::ConnectionError", text);
}
} // namespace

ConnectionError::ConnectionError(Kind kind, const QString &detail)
    : m_kind(kind)
    , m_detail(detail)
{ }

ConnectionError ConnectionError::untrustedCertificate(const QString &fingerprint, const QString &detail)
{
    ConnectionError error(CertificateUntrusted, detail);
    error.m_certificateFingerprint = fingerprint;
    return error;
}

ConnectionError ConnectionError::classify(QXmppClient::Error error, QAbstractSocket::SocketError socketError,
    QXmppStanza::Error::Condition streamCondition, bool wasConnected, const QString &detail)
{
    switch (error) {
    case QXmppClient::NoError:
        return {};
    case QXmppClient::KeepAliveError:
        return { ConnectionLost, detail };
    case QXmppClient::XmppStreamError:
        if (streamCondition == QXmppStanza::Error::NotAuthorized)
            return { AuthenticationFailed, detail };
        if (streamCondition == QXmppStanza::Error::Conflict)
            return { ResourceConflict, detail };
        return { StreamError, detail };
    case QXmppClient::SocketError:
        break;
    }
    switch (socketError) {
    case QAbstractSocket::HostNotFoundError:
        return { HostNotFound, detail };
    case QAbstractSocket::ConnectionRefusedError:
        return { wasConnected ? ConnectionLost : ConnectionRefused, detail };
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return { TlsFailed, detail };
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        return { wasConnected ? ConnectionLost : HostUnreachable, detail };
    default:
        return { wasConnected ? ConnectionLost : HostUnreachable, detail };
    }
}

bool ConnectionError::isFatal() const
{
    // Only the server's administrator can make it offer encryption, and a network that strips
    // STARTTLS is an attack the user should hear about: retrying helps in neither case.
    return m_kind == AuthenticationFailed || m_kind == ResourceConflict || m_kind == MissingPassword
        || m_kind == TlsFailed || m_kind == TlsUnavailable || m_kind == CertificateUntrusted;
}

QString ConnectionError::message() const
{
    switch (m_kind) {
    case NoError:
        return {};
    case AuthenticationFailed:
        return tr("Authentication failed: the server rejected the address or password.");
    case HostNotFound:
        return tr("Server not found: the name could not be resolved (DNS).");
    case ConnectionRefused:
        return tr("The server refused the connection (nothing is listening on that port).");
    case HostUnreachable:
        return tr("The server is unreachable: check the network connection.");
    case TlsFailed:
        return tr("Secure connection failed: the server's certificate is not trusted or TLS could not "
                  "be established.");
    case ResourceConflict:
        return tr("Another session with the same device name took over this connection.");
    case ConnectionLost:
        return tr("The connection to the server was lost.");
    case StreamError:
        return tr("The server closed the connection with an error.");
    case MissingPassword:
        return tr("No password is available for this account.");
    case TlsUnavailable:
        return tr("The server does not offer encryption (STARTTLS); Tandem never logs in without it.");
    case ConnectTimeout:
        return tr("The server did not answer in time: it may be unreachable, or the network blocks the "
                  "connection.");
    case CertificateUntrusted:
        return tr("The server's certificate is not trusted (SHA-256 fingerprint %1). Trust it only if "
                  "the server's administrator confirms this fingerprint.")
            .arg(m_certificateFingerprint);
    }
    return {};
}

QString ConnectionError::code() const
{
    switch (m_kind) {
    case NoError:
        return {};
    case AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case HostNotFound:
        return QStringLiteral("host-not-found");
    case ConnectionRefused:
        return QStringLiteral("connection-refused");
    case HostUnreachable:
        return QStringLiteral("host-unreachable");
    case TlsFailed:
        return QStringLiteral("tls-failed");
    case ResourceConflict:
        return QStringLiteral("resource-conflict");
    case ConnectionLost:
        return QStringLiteral("connection-lost");
    case StreamError:
        return QStringLiteral("stream-error");
    case MissingPassword:
        return QStringLiteral("missing-password");
    case TlsUnavailable:
        return QStringLiteral("tls-unavailable");
    case ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case CertificateUntrusted:
        return QStringLiteral("certificate-untrusted");
    }
    return {};
}

} // namespace Tandem
