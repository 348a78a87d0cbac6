#pragma once

#include <QDateTime>
#include <QObject>
#include <QVector>
#include <functional>

namespace Tandem {

class Account;
class ControlServer;
class Database;
class MessageStore;
class PasswordStore;
class Profile;
class StorageError;

/// The running Tandem of one profile: database, accounts and control socket. The GUI and
/// `--headless` both run exactly this; they differ only in what they put on top.
class Instance : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Gui, Headless };
    Q_ENUM(Mode)

    /// `profile` must already be locked by the caller.
    Instance(Profile *profile, Mode mode, QObject *parent = nullptr);
    ~Instance() override;

    /// Opens the database, then starts the control socket and every enabled account.
    /// Emits started() or startFailed().
    void start();
    /// Says goodbye on every account (unavailable presence), closes the database, then calls
    /// `done`. Bounded in time: a dead server does not hold up shutdown.
    void shutdown(std::function<void()> done);

    Profile *profile() const { return m_profile; }
    Mode mode() const { return m_mode; }
    QDateTime startedAt() const { return m_startedAt; }
    Database *database() const { return m_database; }
    MessageStore *messages() const { return m_messages; }
    const QVector<Account *> &accounts() const { return m_accounts; }
    /// The account with that bare JID, or the first one when `jid` is empty.
    Account *account(const QString &jid = {}) const;

Q_SIGNALS:
    void started();
    void startFailed(const QString &error);
    /// A second GUI start on this profile asked the running one to show itself, and maybe to
    /// open an xmpp: URI.
    void raiseRequested(const QString &uri);
    void storageFailed(const QString &error);

private:
    void onDatabaseOpened();

    Profile *m_profile;
    Mode m_mode;
    QDateTime m_startedAt;
    Database *m_database;
    MessageStore *m_messages;
    PasswordStore *m_passwords = nullptr;
    ControlServer *m_control = nullptr;
    QVector<Account *> m_accounts;
};

} // namespace Tandem
