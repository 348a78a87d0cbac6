#pragma once

#include "profile/Profile.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>

namespace Tandem::Test {

/// Writes a profile in `dir` with the account alice@localhost on a loopback port nothing
/// listens on (it was free a moment ago), its password in the profile's secrets file: a window
/// under test that stays offline, so what it shows comes from the archive alone.
inline bool writeOfflineProfile(const QString &dir)
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        return false;
    Profile setup(dir);
    AccountConfig config;
    config.jid = QStringLiteral("alice@localhost");
    config.host = QStringLiteral("127.0.0.1");
    config.port = closed.serverPort();
    closed.close();
    config.passwordStorage = AccountConfig::PasswordStorage::File;
    setup.saveAccounts({ config });
    QDir().mkpath(setup.secretsDirectory());
    QFile pw(setup.secretsDirectory() + QStringLiteral("/alice@localhost.password"));
    if (!pw.open(QIODevice::WriteOnly))
        return false;
    pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return pw.write("pw") == 2;
}

} // namespace Tandem::Test
