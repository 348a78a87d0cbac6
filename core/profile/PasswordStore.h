#pragma once

#include "profile/AccountConfig.h"

#include <QObject>
#include <functional>

namespace Tandem {

/// Keeps account passwords in the system keychain (QtKeychain). Where no keychain is reachable
/// (headless servers, CI) and the caller allows it, falls back to one file per account with
/// 0600 permissions in the profile's secrets directory, and says so.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Auto, Keychain, File };

    struct WriteResult
    {
        bool ok = false;
        AccountConfig::PasswordStorage storage = AccountConfig::PasswordStorage::Keychain;
        QString warning; ///< set when the password went to a file instead of the keychain
        QString error;
    };
    struct ReadResult
    {
        QString password;
        QString error;
    };

    PasswordStore(const QString &secretsDirectory, const QString &profileId, QObject *parent = nullptr);

    void write(const QString &jid, const QString &password, Mode mode,
        std::function<void(const WriteResult &)> done);
    void read(const QString &jid, AccountConfig::PasswordStorage storage,
        std::function<void(const ReadResult &)> done);

    /// Forgets the password of `jid` wherever it is (keychain and file). Nothing to wait for: a
    /// keychain that does not answer keeps an entry no account reads any more.
    void remove(const QString &jid);

    /// Parses "auto", "keychain" or "file".
    static bool parseMode(const QString &text, Mode *mode);

private:
    QString secretFile(const QString &jid) const;
    QString keychainKey(const QString &jid) const;
    bool writeFile(const QString &jid, const QString &password, QString *error) const;
    void writeKeychain(
        const QString &jid, const QString &password, std::function<void(const QString &error)> done);

    QString m_secretsDirectory;
    QString m_profileId;
};

} // namespace Tandem
