#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Tandem {

class AccountProbe;
class ConnectionError;
class Instance;

/// Adds an account: address, password, optionally the server's host and port, and whether this
/// device is always on. Connect tries the settings once (AccountProbe); a failure is said in
/// words under the fields and nothing typed is lost. A certificate that does not verify is
/// shown by its fingerprint, and only an explicit "Trust this certificate" accepts it. On
/// success the account is saved in the profile and started in the running Instance.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDialog(Instance *instance, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The account was saved and started.
    void accountAdded(const QString &jid);

private:
    void connectAccount();
    void trustCertificate();
    void onFailed(const ConnectionError &error);
    void onSucceeded();
    void setBusy(bool busy);
    void showError(const QString &text);
    void forgetTrust();

    Instance *m_instance;
    AccountProbe *m_probe;
    QLineEdit *m_jid;
    QLineEdit *m_password;
    QGroupBox *m_advanced;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QCheckBox *m_alwaysOn;
    QCheckBox *m_markers;
    QLabel *m_message;
    QPushButton *m_trustButton;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connectButton;
    QString m_offeredFingerprint; ///< of the certificate the last attempt refused
    QString m_trustedFingerprint; ///< the one the user chose to trust, for these settings
};

} // namespace Tandem
