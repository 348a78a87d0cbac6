#pragma once

#include "profile/AccountConfig.h"
#include "session/ConnectionError.h"

#include <QObject>
#include <QTimer>

class QXmppClient;

namespace Tandem {

class CertificateTrust;

/// Tries an account's settings once, before they are saved: connects (STARTTLS required, as an
/// Account would), logs in, and leaves again. Says either succeeded() or failed() with the
/// ConnectionError the user can act on; for a certificate that does not verify that error
/// carries its fingerprint, and retryTrusting() tries again accepting exactly that one.
///
/// The probe logs in with a resource of its own and sends no available presence, so the
/// account's contacts and its other devices never see it.
class AccountProbe : public QObject
{
    Q_OBJECT
public:
    explicit AccountProbe(QObject *parent = nullptr);
    ~AccountProbe() override;

    /// Starts an attempt (a running one is abandoned). `account.trustedCertificate`, if set, is
    /// accepted as AccountConfig says.
    void probe(const AccountConfig &account, const QString &password);
    /// Again with the last settings, trusting the certificate of that fingerprint.
    void retryTrusting(const QString &fingerprint);
    /// Abandons the attempt under way; no signal follows.
    void cancel();

    bool isRunning() const { return m_running; }
    /// The settings of the last attempt, with the trusted fingerprint of retryTrusting().
    const AccountConfig &account() const { return m_account; }

Q_SIGNALS:
    /// The server accepted the address and password.
    void succeeded();
    void failed(const Tandem::ConnectionError &error);

private:
    void start();
    void finish(const ConnectionError &error);
    void abortSocket();

    QXmppClient *m_client;
    CertificateTrust *m_trust;
    QTimer m_timeout;
    AccountConfig m_account;
    QString m_password;
    QString m_resource;
    bool m_running = false;
};

} // namespace Tandem
