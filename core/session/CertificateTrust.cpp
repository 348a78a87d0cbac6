#include "session/CertificateTrust.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppOutgoingClient.h>

namespace Tandem {

CertificateTrust *CertificateTrust::install(QXmppClient *client)
{
    return new CertificateTrust(client);
}

CertificateTrust::CertificateTrust(QXmppClient *client)
    : QObject(client)
    , m_client(client)
{
    // QXmppClient relays the socket's sslErrors() directly, while the handshake waits for an
    // answer: ignoring them here lets it go on.
    connect(client, &QXmppClient::sslErrors, this, &CertificateTrust::handleErrors);
}

void CertificateTrust::setTrustedFingerprint(const QString &fingerprint)
{
    m_trusted = normalized(fingerprint);
}

void CertificateTrust::handleErrors(const QList<QSslError> &errors)
{
    const auto *stream = m_client->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly);
    QSslSocket *socket = stream ? stream->socket() : nullptr;
    if (!socket)
        return;
    const QString presented = fingerprint(socket->peerCertificate());
    if (!m_trusted.isEmpty() && presented == m_trusted) {
        // Only the errors about this very certificate, which is the one the user looked at.
        socket->ignoreSslErrors(errors);
        return;
    }
    m_refused = presented;
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    m_refusedReason = reasons.join(QStringLiteral("; "));
    qCWarning(lcSession) << "refused server certificate" << presented << m_refusedReason;
}

ConnectionError CertificateTrust::explain(const ConnectionError &error) const
{
    if (error.kind() != ConnectionError::TlsFailed || m_refused.isEmpty())
        return error;
    return ConnectionError::untrustedCertificate(m_refused, m_refusedReason);
}

QString CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString CertificateTrust::normalized(const QString &fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char l = c.toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f') || (l >= 'A' && l <= 'F')))
            return {};
        hex += c.toUpper();
    }
    if (hex.size() != 64)
        return {};
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

} // namespace Tandem
