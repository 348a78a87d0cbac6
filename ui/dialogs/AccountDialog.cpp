#include "dialogs/AccountDialog.h"

#include "account/Instance.h"
#include "profile/Jid.h"
#include "profile/Profile.h"
#include "session/AccountProbe.h"
#include "session/ConnectionError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tandem {

AccountDialog::AccountDialog(Instance *instance, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
    , m_probe(new AccountProbe(this))
    , m_jid(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_alwaysOn(new QCheckBox(tr("This device is always on (prefer it as the anchor)"), this))
    , m_markers(new QCheckBox(tr("Tell contacts when I have &read their messages"), this))
    , m_message(new QLabel(this))
    , m_trustButton(new QPushButton(tr("&Trust this certificate"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add an Account"));
    setObjectName(QStringLiteral("accountDialog"));

    m_jid->setObjectName(QStringLiteral("accountJid"));
    m_jid->setPlaceholderText(tr("you@example.org"));
    m_jid->setAccessibleName(tr("Address"));
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    m_host->setObjectName(QStringLiteral("accountHost"));
    m_host->setPlaceholderText(tr("Found from the address"));
    m_host->setAccessibleName(tr("Server host"));
    m_port->setObjectName(QStringLiteral("accountPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    m_port->setAccessibleName(tr("Server port"));
    m_advanced->setObjectName(QStringLiteral("accountAdvanced"));
    m_advanced->setAccessibleName(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->addRow(tr("&Host:"), m_host);
    advancedForm->addRow(tr("P&ort:"), m_port);

    m_alwaysOn->setObjectName(QStringLiteral("accountAlwaysOn"));
    m_alwaysOn->setAccessibleName(tr("This device is always on"));
    m_alwaysOn->setChecked(instance->profile()->alwaysOn());

    m_markers->setObjectName(QStringLiteral("accountDisplayedMarkers"));
    m_markers->setAccessibleName(tr("Tell contacts when I have read their messages"));
    m_markers->setChecked(AccountConfig().sendDisplayedMarkers);

    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setAccessibleName(tr("Connection result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_trustButton->setObjectName(QStringLiteral("trustCertificate"));
    m_trustButton->setAccessibleName(tr("Trust this certificate"));
    m_trustButton->hide();

    m_connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectAccount"));
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_jid);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_alwaysOn);
    layout->addWidget(m_markers);
    layout->addWidget(m_message);
    layout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);

    // Trust belongs to the server it was given for: other settings must earn it again.
    connect(m_jid, &QLineEdit::textEdited, this, &AccountDialog::forgetTrust);
    connect(m_host, &QLineEdit::textEdited, this, &AccountDialog::forgetTrust);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, &AccountDialog::forgetTrust);
    connect(m_advanced, &QGroupBox::toggled, this, &AccountDialog::forgetTrust);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::connectAccount);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trustButton, &QPushButton::clicked, this, &AccountDialog::trustCertificate);
    connect(m_probe, &AccountProbe::failed, this, &AccountDialog::onFailed);
    connect(m_probe, &AccountProbe::succeeded, this, &AccountDialog::onSucceeded);
}

void AccountDialog::connectAccount()
{
    AccountConfig config;
    config.jid = Jid::bare(m_jid->text().trimmed()).toLower();
    QString why;
    if (!Jid::isValidBare(config.jid, &why)) {
        showError(tr("This is not an address: %1").arg(why));
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Type the account's password."));
        return;
    }
    if (m_advanced->isChecked()) {
        config.host = m_host->text().trimmed();
        config.port = quint16(m_port->value());
    }
    config.trustedCertificate = m_trustedFingerprint;
    config.sendDisplayedMarkers = m_markers->isChecked();
    setBusy(true);
    m_probe->probe(config, m_password->text());
}

void AccountDialog::trustCertificate()
{
    if (m_offeredFingerprint.isEmpty())
        return;
    m_trustedFingerprint = m_offeredFingerprint;
    m_trustButton->hide();
    setBusy(true);
    m_probe->retryTrusting(m_trustedFingerprint);
}

void AccountDialog::onFailed(const ConnectionError &error)
{
    setBusy(false);
    showError(error.message());
    m_offeredFingerprint = error.certificateFingerprint();
    m_trustButton->setVisible(
        error.kind() == ConnectionError::CertificateUntrusted && !m_offeredFingerprint.isEmpty());
}

void AccountDialog::onSucceeded()
{
    m_message->setText(tr("Connected. Saving the account…"));
    const AccountConfig config = m_probe->account();
    m_instance->profile()->setAlwaysOn(m_alwaysOn->isChecked());
    m_instance->addAccount(config, m_password->text(), [this](const ProfileAccounts::SaveResult &result) {
        setBusy(false);
        if (!result.ok) {
            showError(tr("The account could not be saved: %1").arg(result.error));
            return;
        }
        Q_EMIT accountAdded(result.config.jid);
        accept();
    });
}

void AccountDialog::setBusy(bool busy)
{
    m_connectButton->setEnabled(!busy);
    m_trustButton->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Connecting…"));
        m_message->show();
    }
}

void AccountDialog::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void AccountDialog::forgetTrust()
{
    m_trustedFingerprint.clear();
    m_offeredFingerprint.clear();
    m_trustButton->hide();
}

} // namespace Tandem
