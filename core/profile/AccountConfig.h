#pragma once

#include <QString>
#include <QVector>

class QSettings;

namespace Tandem {

/// How one account connects; stored in the profile's accounts.ini. No secret is kept here.
struct AccountConfig
{
    enum class PasswordStorage { Keychain, File };

    QString jid; ///< bare JID, lower-case
    QString host; ///< empty: resolve by DNS SRV
    quint16 port = 0; ///< 0: default (5222 or SRV)
    /// PEM file trusted as certificate authority for this account only. A self-signed server
    /// certificate works here too: it is its own authority.
    QString caFile;
    /// SHA-256 fingerprint ("AB:CD:…") of the one server certificate the user chose to trust
    /// although it does not verify (self-signed, unknown authority). Only exactly that
    /// certificate is accepted on those grounds; any other must verify as usual.
    QString trustedCertificate;
    PasswordStorage passwordStorage = PasswordStorage::Keychain;
    bool enabled = true;
    /// Tell contacts how far their messages were read (XEP-0333 displayed markers, 1:1 only).
    bool sendDisplayedMarkers = true;

    static QVector<AccountConfig> load(QSettings &settings);
    static void save(QSettings &settings, const QVector<AccountConfig> &accounts);
};

} // namespace Tandem
