#pragma once

#include "profile/AccountConfig.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

class QLockFile;

namespace Tandem {

/// One profile directory: a "device" of Tandem. Holds the database, the accounts, the stable
/// resource name and the single-instance lock. Several profiles on one machine act as several
/// devices of the same account.
class Profile
{
public:
    explicit Profile(const QString &directory);
    ~Profile();
    Profile(const Profile &) = delete;
    Profile &operator=(const Profile &) = delete;

    /// ~/.local/share/tandem/default (QStandardPaths::AppDataLocation).
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString secretsDirectory() const;
    /// Where the running instance listens for `tandem ctl`: PROFILE/ctl.sock. Unix sockets have
    /// a ~107 byte path limit, so deep profile paths fall back to a hashed name in
    /// sharedSocketDirectory().
    QString controlSocketPath() const;
    /// The user's own directory for sockets that do not fit in their profile:
    /// $XDG_RUNTIME_DIR/tandem when that is set and private, else TMPDIR/tandem-UID. Created
    /// (0700) by the server; both ends refuse it unless it is a PrivateDirectory.
    static QString sharedSocketDirectory();

    /// Creates the directory with owner-only permissions.
    bool ensureDirectory(QString *error);

    /// Takes the single-instance lock; a dead owner's lock is taken over. On failure tells
    /// which process holds it.
    bool lock(QString *error);
    bool isLocked() const;

    /// The XMPP resource of this device, generated once and kept forever so the server and
    /// siblings recognise the device across restarts.
    QString resource();
    /// Random id naming this profile's secrets in the system keychain.
    QString profileId();

    bool alwaysOn() const;
    void setAlwaysOn(bool on);

    QVector<AccountConfig> accounts() const;
    void saveAccounts(const QVector<AccountConfig> &accounts);

    /// What the window keeps of its layout between runs (geometry, splitter and dock state),
    /// under `key`; empty if never saved.
    QByteArray windowLayout(const QString &key) const;
    void setWindowLayout(const QString &key, const QByteArray &state);

    /// The rooms of `account` that this device keeps out of sight (see HiddenRooms); empty if
    /// none. Kept in the profile, not on the account: other devices are not told.
    QStringList hiddenRooms(const QString &account) const;
    void setHiddenRooms(const QString &account, const QStringList &rooms);

private:
    QString settingsPath() const;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Tandem
