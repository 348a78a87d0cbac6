#pragma once

#include "session/ConnectionError.h"

#include <QObject>
#include <QSslError>

class QSslCertificate;
class QXmppClient;

namespace Tandem {

/// Decides, during each TLS handshake of one QXmppClient, about a server certificate that does
/// not verify: the one certificate the user trusted by its SHA-256 fingerprint is accepted,
/// any other is refused as before and remembered, so that the failure can name it
/// (explain()) and the user can choose to trust it.
class CertificateTrust : public QObject
{
    Q_OBJECT
public:
    /// Watches the handshakes of `client` (and is owned by it).
    static CertificateTrust *install(QXmppClient *client);

    /// The fingerprint (any case, with or without colons) accepted despite verification errors;
    /// empty: none.
    void setTrustedFingerprint(const QString &fingerprint);
    /// Forgets the certificate refused by an earlier attempt: call before connecting.
    void reset() { m_refused.clear(); }
    /// The fingerprint of the certificate refused in this attempt, or empty.
    QString refusedFingerprint() const { return m_refused; }

    /// `error`, made more precise when it is the failed handshake of a refused certificate.
    ConnectionError explain(const ConnectionError &error) const;

    /// "AB:CD:…": the SHA-256 digest of `certificate`'s DER form, as browsers and openssl show it.
    static QString fingerprint(const QSslCertificate &certificate);
    /// The same form for a fingerprint typed or pasted in any case, with or without colons or
    /// spaces; empty when it is not 32 bytes of hex.
    static QString normalized(const QString &fingerprint);

private:
    explicit CertificateTrust(QXmppClient *client);
    void handleErrors(const QList<QSslError> &errors);

    QXmppClient *m_client;
    QString m_trusted;
    QString m_refused;
    QString m_refusedReason;
};

} // namespace Tandem
