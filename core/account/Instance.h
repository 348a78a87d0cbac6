#pragma once

#include "profile/ProfileAccounts.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QVector>
#include <functional>

namespace Tandem {

class Account;
class ActivityMonitor;
class Database;
class HiddenRooms;
class MessageStore;
class Profile;
class StorageError;

/// When startup reached each milestone, in nanoseconds on the monotonic clock of QDeadlineTimer
/// (CLOCK_MONOTONIC on Linux: the same in every process, so a benchmark that started the process
/// can tell how long the executable took to get here); 0 = not yet. `ctl status --json` shows them
/// and each is logged (tandem.session, info): they separate what Tandem spends from what the
/// network and the server spend (tests/bench/startup).
struct StartupTimes
{
    qint64 start = 0; ///< Instance::start()
    qint64 databaseOpen = 0; ///< the database is open and migrated
    qint64 accountsStarted = 0; ///< every enabled account is created and connecting
    qint64 connected = 0; ///< every enabled account has been online
    qint64 holdingRooms = 0; ///< an account started holding its rooms (after the election settled)
    qint64 lastRoomJoined = 0; ///< the latest of the joins counted in roomsJoined
    int roomsJoined = 0; ///< distinct rooms joined since start (held here, or mirrored as a sibling)
};

/// The running Tandem of one profile: its database and its accounts. The GUI and `--headless`
/// both run exactly this; they differ only in what they put on top (the window, the control
/// socket of ctl/, which sits above this layer and is started through start()'s step).
class Instance : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Gui, Headless };
    Q_ENUM(Mode)
    /// What storageError() is about.
    enum class StorageState {
        Working,
        /// Writes fail for a passing reason (a lock, a full disk, an I/O error): incoming messages
        /// wait in memory (HeldMessages) and are stored once a write succeeds again.
        Held,
        /// A write failed and no message waits for storage.
        Failing,
        /// Damage was found: writes stopped for good, until `tandem repair`.
        Damaged,
    };
    Q_ENUM(StorageState)

    /// `profile` must already be locked by the caller.
    Instance(Profile *profile, Mode mode, QObject *parent = nullptr);
    ~Instance() override;

    /// What runs once the database is open, before any account starts: the entry points start
    /// the control socket there, so that `ctl` never finds the profile without its accounts.
    /// Returning false (with `error`) fails the start.
    using StartStep = std::function<bool(QString *error)>;
    /// Opens the database, runs `beforeAccounts`, then starts every enabled account.
    /// Emits started() or startFailed().
    void start(StartStep beforeAccounts = {});
    /// Emits shuttingDown(), says goodbye on every account (unavailable presence), closes the
    /// database, then calls `done`. Bounded in time: a dead server does not hold up shutdown.
    void shutdown(std::function<void()> done);

    Profile *profile() const { return m_profile; }
    Mode mode() const { return m_mode; }
    QDateTime startedAt() const { return m_startedAt; }
    Database *database() const { return m_database; }
    MessageStore *messages() const { return m_messages; }
    const QVector<Account *> &accounts() const { return m_accounts; }
    /// The account with that bare JID, or the first one when `jid` is empty.
    Account *account(const QString &jid = {}) const;
    const StartupTimes &startupTimes() const { return m_startup; }
    /// Where the accounts' passwords are kept.
    PasswordStore *passwords() const { return m_passwords; }
    /// The rooms this device keeps out of sight (the window, notifications, `ctl rooms`).
    HiddenRooms *hiddenRooms() const { return m_hiddenRooms; }
    /// Whether the user is active on this device (fed by the window; never active when headless),
    /// reported to every account's siblings.
    ActivityMonitor *activity() const { return m_activity; }
    /// What is wrong with the message database right now, in words (`ctl status`'s "error");
    /// empty while it works. Damage stays until `tandem repair`.
    QString storageError() const { return m_storageError; }
    StorageState storageState() const;

    /// Saves the account in the profile (its password in the keychain, else a private file, as
    /// `tandem account add` does) and, once the instance runs, starts it: accountAdded(). A
    /// running account of the same JID is stopped and replaced. `done` tells how saving went.
    void addAccount(const AccountConfig &config, const QString &password,
        std::function<void(const ProfileAccounts::SaveResult &)> done = {});
    /// Stops the account and removes it from the profile with its password. Its messages stay in
    /// the database: added again, it finds its history.
    void removeAccount(const QString &jid);
    /// Starts (enabled) or stops (disabled) the account, and the profile remembers it.
    void setAccountEnabled(const QString &jid, bool enabled);

Q_SIGNALS:
    void started();
    void startFailed(const QString &error);
    /// shutdown() began: nothing new should reach the accounts (the control socket closes).
    void shuttingDown();
    /// storageError() changed to \a error: said once per condition, not once per failed write.
    void storageFailed(const QString &error);
    /// storageState() or storageError() changed: also when storage works again, and for a new
    /// count of held messages.
    void storageChanged();
    /// An account started after start(): added, or enabled again.
    void accountAdded(Tandem::Account *account);
    /// The account is about to stop and go (removed, disabled or replaced): drop every pointer
    /// to it now. It is deleted once its goodbye is sent.
    void accountRemoving(Tandem::Account *account);
    /// The profile's list of accounts changed (added, removed, enabled or disabled).
    void accountsChanged();

private:
    void onDatabaseOpened();
    /// \a heldCount: \a error only counts the messages HeldMessages keeps.
    void setStorageError(const QString &error, bool heldCount = false);
    /// Records `milestone` now (once) and logs it.
    void reached(qint64 StartupTimes::*milestone, const char *name);
    void watchStartup(Account *account);
    Account *startAccount(const AccountConfig &config, const QString &password = {});
    void stopAccount(const QString &jid);

    Profile *m_profile;
    Mode m_mode;
    QDateTime m_startedAt;
    Database *m_database;
    MessageStore *m_messages;
    PasswordStore *m_passwords = nullptr;
    HiddenRooms *m_hiddenRooms;
    ProfileAccounts m_profileAccounts;
    ActivityMonitor *m_activity;
    StartStep m_beforeAccounts;
    QVector<Account *> m_accounts;
    StartupTimes m_startup;
    QString m_storageError;
    bool m_storageDamaged = false;
    bool m_heldSaid = false; ///< storageFailed() told of held messages; a new count is not news
    bool m_running = false; ///< between started() and shutdown()
    QSet<Account *> m_connectedOnce;
    QSet<QString> m_joinedRooms; ///< "account room", for StartupTimes::roomsJoined
};

} // namespace Tandem
