#pragma once

#include "ProsodyFixture.h"
#include "profile/Profile.h"

#include <QDir>
#include <QFile>

namespace Tandem::Test {

/// Writes a profile in `dir` with one account, `user` on `server`, its password ("pw-" and the
/// name, as the fixtures register users) in the profile's secrets file: what a window under
/// test starts from.
inline bool writeWindowProfile(
    const QString &dir, const ProsodyFixture &server, const QString &user, QString *error)
{
    Profile setup(dir);
    AccountConfig config;
    config.jid = user + QLatin1Char('@') + server.domain();
    config.host = server.host();
    config.port = server.port();
    config.caFile = server.caFile();
    config.passwordStorage = AccountConfig::PasswordStorage::File;
    setup.saveAccounts({ config });
    QDir().mkpath(setup.secretsDirectory());
    QFile pw(setup.secretsDirectory() + QLatin1Char('/') + config.jid + QStringLiteral(".password"));
    if (!pw.open(QIODevice::WriteOnly) || pw.write((QStringLiteral("pw-") + user).toUtf8()) < 0) {
        if (error)
            *error = QStringLiteral("cannot write the profile's password file");
        return false;
    }
    return true;
}

} // namespace Tandem::Test
