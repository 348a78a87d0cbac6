#include "profile/PasswordStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimer>
#include <qt5keychain/keychain.h>

namespace Tandem {

namespace {
const auto keychainService = QStringLiteral("Tandem");
// A keychain behind a hung D-Bus must not hang `account add` or start-up forever.
constexpr int keychainTimeoutMs = 10000;

} // namespace

PasswordStore::PasswordStore(const QString &secretsDirectory, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_secretsDirectory(secretsDirectory)
    , m_profileId(profileId)
{ }

bool PasswordStore::parseMode(const QString &text, Mode *mode)
{
    if (text == QLatin1String("auto"))
        *mode = Mode::Auto;
    else if (text == QLatin1String("keychain"))
        *mode = Mode::Keychain;
    else if (text == QLatin1String("file"))
        *mode = Mode::File;
    else
        return false;
    return true;
}

QString PasswordStore::secretFile(const QString &jid) const
{
    return m_secretsDirectory + QLatin1Char('/') + jid + QStringLiteral(".password");
}

QString PasswordStore::keychainKey(const QString &jid) const
{
    return m_profileId + QLatin1Char('/') + jid;
}

bool PasswordStore::writeFile(const QString &jid, const QString &password, QString *error) const
{
    if (!QDir().mkpath(m_secretsDirectory)) {
        *error = tr("Cannot create %1.").arg(m_secretsDirectory);
        return false;
    }
    QFile::setPermissions(m_secretsDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(secretFile(jid));
    // Restrict before any byte of the secret is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(password.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write the password file %1: %2").arg(secretFile(jid), file.errorString());
        return false;
    }
    return true;
}

void PasswordStore::writeKeychain(
    const QString &jid, const QString &password, std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setAutoDelete(false);
    job->setKey(keychainKey(jid));
    job->setTextData(password);
    auto finished = std::make_shared<bool>(false);
    auto finish = [job, finished, done](const QString &error) {
        if (*finished)
            return;
        *finished = true;
        job->deleteLater();
        done(error);
    };
    connect(job, &QKeychain::Job::finished, this,
        [job, finish] { finish(job->error() == QKeychain::NoError ? QString() : job->errorString()); });
    QTimer::singleShot(keychainTimeoutMs, job, [finish] { finish(tr("the keychain did not answer")); });
    job->start();
}

void PasswordStore::write(
    const QString &jid, const QString &password, Mode mode, std::function<void(const WriteResult &)> done)
{
    auto toFile = [this, jid, password, done](const QString &warning) {
        WriteResult result;
        result.storage = AccountConfig::PasswordStorage::File;
        result.warning = warning;
        result.ok = writeFile(jid, password, &result.error);
        done(result);
    };
    if (mode == Mode::File) {
        toFile(QString());
        return;
    }
    writeKeychain(jid, password, [this, jid, mode, done, toFile](const QString &error) {
        if (error.isEmpty()) {
            QFile::remove(secretFile(jid)); // an older file copy must not outlive the move
            done({ true, AccountConfig::PasswordStorage::Keychain, {}, {} });
        } else if (mode == Mode::Auto) {
            qCWarning(lcProfile) << "keychain unavailable, storing password in a file:" << error;
            toFile(tr("No system keychain is reachable (%1). The password is stored in %2, readable only "
                      "by you.")
                       .arg(error, secretFile(jid)));
        } else {
            done({ false, AccountConfig::PasswordStorage::Keychain, {},
                tr("Cannot store the password in the system keychain: %1").arg(error) });
        }
    });
}

void PasswordStore::remove(const QString &jid)
{
    QFile::remove(secretFile(jid));
    auto *job = new QKeychain::DeletePasswordJob(keychainService, this);
    job->setKey(keychainKey(jid));
    connect(job, &QKeychain::Job::finished, this, [job, jid] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            qCInfo(lcProfile) << "keychain entry of" << jid << "not removed:" << job->errorString();
    });
    job->start(); // deletes itself when finished
}

void PasswordStore::read(
    const QString &jid, AccountConfig::PasswordStorage storage, std::function<void(const ReadResult &)> done)
{
    if (storage == AccountConfig::PasswordStorage::File) {
        QFile file(secretFile(jid));
        if (!file.open(QIODevice::ReadOnly)) {
            done({ {}, tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString()) });
            return;
        }
        if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther))
            qCWarning(lcProfile) << "password file" << file.fileName() << "is readable by others";
        done({ QString::fromUtf8(file.readAll()), {} });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(false);
    job->setKey(keychainKey(jid));
    auto finished = std::make_shared<bool>(false);
    auto finish = [job, finished, done](const ReadResult &result) {
        if (*finished)
            return;
        *finished = true;
        job->deleteLater();
        done(result);
    };
    connect(job, &QKeychain::Job::finished, this, [job, finish] {
        if (job->error() == QKeychain::NoError)
            finish({ job->textData(), {} });
        else
            finish(
                { {}, tr("Cannot read the password from the system keychain: %1").arg(job->errorString()) });
    });
    QTimer::singleShot(keychainTimeoutMs, job, [finish] {
        finish({ {}, tr("Cannot read the password: the system keychain did not answer.") });
    });
    job->start();
}

} // namespace Tandem
