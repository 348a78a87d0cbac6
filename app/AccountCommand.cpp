#include "AccountCommand.h"

#include "profile/Jid.h"
#include "profile/PasswordStore.h"
#include "profile/Profile.h"
#include "profile/ProfileAccounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <cstdio>
#include <optional>

using namespace Tandem;

// Helpers inside the named namespace, so that lupdate files their tr() under "AccountCommand".
namespace AccountCommand {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountCommand", text);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "tandem: %s\n", qPrintable(message));
    return code;
}

int add(Profile &profile, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add (or update) an account of this profile."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("JID"), tr("The account address, name@server."));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"), tr("Read the password from FILE (first line)."), tr("FILE"));
    const QCommandLineOption host(
        QStringLiteral("host"), tr("Connect to HOST instead of looking up DNS."), tr("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Connect to PORT (default 5222)."), tr("PORT"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        tr("Also trust the certificate authority (or self-signed server "
           "certificate) in PEM file FILE, for this account only."),
        tr("FILE"));
    const QCommandLineOption store(QStringLiteral("password-store"),
        tr("Where to keep the password: auto (keychain, else a private file), "
           "keychain, or file."),
        tr("MODE"), QStringLiteral("auto"));
    parser.addOptions({ passwordFile, host, port, caFile, store });
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(tr("account add needs exactly one JID."), 2);

    AccountConfig config;
    config.jid = parser.positionalArguments().first().trimmed().toLower();
    QString why;
    if (!Jid::isValidBare(config.jid, &why))
        return fail(tr("Invalid account address '%1': %2").arg(config.jid, why), 2);
    if (!parser.isSet(passwordFile))
        return fail(tr("--password-file is required."), 2);
    QFile file(parser.value(passwordFile));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString password
        = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.isEmpty())
        return fail(tr("The password file %1 is empty.").arg(file.fileName()));
    config.host = parser.value(host);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(tr("Invalid port '%1'.").arg(parser.value(port)), 2);
        config.port = quint16(value);
    }
    if (parser.isSet(caFile)) {
        config.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
        if (QSslCertificate::fromPath(config.caFile, QSsl::Pem).isEmpty())
            return fail(tr("No PEM certificate found in %1.").arg(config.caFile), 2);
    }
    PasswordStore::Mode mode;
    if (!PasswordStore::parseMode(parser.value(store), &mode))
        return fail(
            tr("Invalid --password-store '%1' (auto, keychain or file).").arg(parser.value(store)), 2);

    PasswordStore passwords(profile.secretsDirectory(), profile.profileId());
    QEventLoop loop;
    std::optional<ProfileAccounts::SaveResult> result;
    ProfileAccounts(&profile, &passwords)
        .save(config, password, mode, [&](const ProfileAccounts::SaveResult &r) {
            result = r;
            loop.quit();
        });
    if (!result)
        loop.exec();
    if (!result->ok)
        return fail(result->error);
    if (!result->warning.isEmpty())
        std::fprintf(stderr, "tandem: %s %s\n", qPrintable(tr("warning:")), qPrintable(result->warning));
    std::printf("%s\n",
        qPrintable(tr("Account %1 saved in %2. A running Tandem on this profile picks it up when "
                      "restarted.")
                       .arg(config.jid, profile.directory())));
    return 0;
}

int list(Profile &profile)
{
    for (const AccountConfig &a : profile.accounts())
        std::printf("%s%s\n", qPrintable(a.jid), a.enabled ? "" : qPrintable(tr(" (disabled)")));
    return 0;
}
} // namespace

int run(const QString &profileDir, const QStringList &arguments)
{
    Profile profile(profileDir);
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (sub == QLatin1String("add"))
        return add(profile, rest);
    if (sub == QLatin1String("list"))
        return list(profile);
    return fail(tr("Usage: tandem account add JID --password-file FILE [options] | tandem account list"), 2);
}

} // namespace AccountCommand
