#include "profile/AccountConfig.h"

#include <QSettings>

namespace Tandem {

QVector<AccountConfig> AccountConfig::load(QSettings &settings)
{
    QVector<AccountConfig> accounts;
    const int count = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        AccountConfig a;
        a.jid = settings.value(QStringLiteral("jid")).toString();
        a.host = settings.value(QStringLiteral("host")).toString();
        a.port = quint16(settings.value(QStringLiteral("port"), 0).toUInt());
        a.caFile = settings.value(QStringLiteral("caFile")).toString();
        a.trustedCertificate = settings.value(QStringLiteral("trustedCertificateSha256")).toString();
        a.passwordStorage
            = settings.value(QStringLiteral("passwordStorage")).toString() == QLatin1String("file")
            ? PasswordStorage::File
            : PasswordStorage::Keychain;
        a.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        a.sendDisplayedMarkers = settings.value(QStringLiteral("displayedMarkers"), true).toBool();
        if (!a.jid.isEmpty())
            accounts.append(a);
    }
    settings.endArray();
    return accounts;
}

void AccountConfig::save(QSettings &settings, const QVector<AccountConfig> &accounts)
{
    settings.remove(QStringLiteral("accounts"));
    settings.beginWriteArray(QStringLiteral("accounts"), accounts.size());
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountConfig &a = accounts.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("jid"), a.jid);
        settings.setValue(QStringLiteral("host"), a.host);
        settings.setValue(QStringLiteral("port"), a.port);
        settings.setValue(QStringLiteral("caFile"), a.caFile);
        settings.setValue(QStringLiteral("trustedCertificateSha256"), a.trustedCertificate);
        settings.setValue(QStringLiteral("passwordStorage"),
            a.passwordStorage == PasswordStorage::File ? QStringLiteral("file") : QStringLiteral("keychain"));
        settings.setValue(QStringLiteral("enabled"), a.enabled);
        settings.setValue(QStringLiteral("displayedMarkers"), a.sendDisplayedMarkers);
    }
    settings.endArray();
    settings.sync();
}

} // namespace Tandem
