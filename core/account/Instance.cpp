#include "account/Instance.h"

#include "account/Account.h"
#include "account/ActivityMonitor.h"
#include "account/Coordinator.h"
#include "common/Logging.h"
#include "profile/HiddenRooms.h"
#include "profile/PasswordStore.h"
#include "profile/Profile.h"
#include "rooms/RoomService.h"
#include "storage/Database.h"
#include "storage/HeldMessages.h"
#include "storage/MessageStore.h"

#include <QDeadlineTimer>
#include <QTimer>

namespace Tandem {

namespace {
qint64 monotonicNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

// Long enough for the unavailable presence to leave; short enough that SIGTERM feels prompt.
constexpr int shutdownGraceMs = 300;
} // namespace

Instance::Instance(Profile *profile, Mode mode, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_mode(mode)
    , m_database(new Database(this))
    , m_messages(new MessageStore(m_database, this))
    , m_passwords(new PasswordStore(profile->secretsDirectory(), profile->profileId(), this))
    , m_hiddenRooms(new HiddenRooms(profile, this))
    , m_profileAccounts(profile, m_passwords)
    , m_activity(new ActivityMonitor(mode == Mode::Gui, this))
{
    m_activity->setSiblingsActiveSince([this] {
        std::optional<qint64> latest;
        for (Account *account : m_accounts) {
            const auto since = NotifyingDevice::latestActiveSince(account->coordinator()->siblingActivity());
            if (since && (!latest || *since > *latest))
                latest = since;
        }
        return latest;
    });
    connect(m_database, &Database::opened, this, &Instance::onDatabaseOpened);
    connect(m_database, &Database::openFailed, this,
        [this](const StorageError &error) { Q_EMIT startFailed(error.message()); });
    connect(m_database, &Database::writeFailed, this, [this](const StorageError &error) {
        // While messages are held, that is the condition to tell (once), not each failed write.
        if (!m_storageDamaged && m_messages->held()->count() == 0)
            setStorageError(error.message());
    });
    connect(
        m_messages->held(), &HeldMessages::heldChanged, this, [this](int count, const StorageError &reason) {
            if (m_storageDamaged)
                return;
            setStorageError(count == 0 ? QString()
                                       : tr("%1 %n incoming message(s) are kept in memory and will be stored "
                                            "once the message database works again.",
                                           nullptr, count)
                                             .arg(reason.message()),
                true);
        });
    connect(m_database, &Database::damaged, this, [this](const StorageError &damage) {
        m_storageDamaged = true;
        setStorageError(damage.message());
    });
}

void Instance::setStorageError(const QString &error, bool heldCount)
{
    if (error == m_storageError)
        return;
    // A new count of held messages is news for status, not for the log and the window.
    const bool onlyCountChanged = heldCount && m_heldSaid && !error.isEmpty();
    m_storageError = error;
    m_heldSaid = heldCount && !error.isEmpty();
    if (!error.isEmpty() && !onlyCountChanged)
        Q_EMIT storageFailed(error);
    Q_EMIT storageChanged();
}

Instance::StorageState Instance::storageState() const
{
    if (m_storageError.isEmpty())
        return StorageState::Working;
    if (m_storageDamaged)
        return StorageState::Damaged;
    return m_heldSaid ? StorageState::Held : StorageState::Failing;
}

Instance::~Instance() = default;

void Instance::start(StartStep beforeAccounts)
{
    m_beforeAccounts = std::move(beforeAccounts);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_startup.start = monotonicNs();
    m_database->open(m_profile->databasePath());
}

void Instance::onDatabaseOpened()
{
    reached(&StartupTimes::databaseOpen, "database open");
    if (QString error; m_beforeAccounts && !m_beforeAccounts(&error)) {
        Q_EMIT startFailed(error);
        return;
    }
    for (const AccountConfig &config : m_profile->accounts()) {
        if (config.enabled)
            startAccount(config);
    }
    reached(&StartupTimes::accountsStarted, "accounts started");
    qCInfo(lcSession) << "profile" << m_profile->directory() << "started with" << m_accounts.size()
                      << "account(s) as" << m_profile->resource();
    m_running = true;
    Q_EMIT started();
}

Account *Instance::startAccount(const AccountConfig &config, const QString &password)
{
    auto *account = new Account(config, m_profile->resource(), m_messages, m_passwords, this,
        m_mode == Mode::Headless || m_profile->alwaysOn());
    m_accounts.append(account);
    account->coordinator()->persistIn(m_profile->directory() + QStringLiteral("/coordinator.ini"));
    account->coordinator()->setActivity(m_activity);
    watchStartup(account);
    if (password.isEmpty())
        account->start();
    else
        account->startWithPassword(password);
    return account;
}

void Instance::stopAccount(const QString &jid)
{
    Account *account = this->account(jid);
    if (!account || jid.isEmpty())
        return;
    Q_EMIT accountRemoving(account);
    m_accounts.removeOne(account);
    m_connectedOnce.remove(account);
    account->stop();
    // As at shutdown: the unavailable presence needs a moment to leave.
    QTimer::singleShot(shutdownGraceMs, account, &QObject::deleteLater);
}

void Instance::addAccount(const AccountConfig &config, const QString &password,
    std::function<void(const ProfileAccounts::SaveResult &)> done)
{
    m_profileAccounts.save(config, password, PasswordStore::Mode::Auto,
        [this, password, done = std::move(done)](const ProfileAccounts::SaveResult &result) {
            if (result.ok) {
                Q_EMIT accountsChanged();
                // Before start() the profile's list is read anyway; during shutdown nothing starts.
                if (m_running) {
                    stopAccount(result.config.jid);
                    if (result.config.enabled)
                        Q_EMIT accountAdded(startAccount(result.config, password));
                }
            }
            if (done)
                done(result);
        });
}

void Instance::removeAccount(const QString &jid)
{
    stopAccount(jid);
    if (m_profileAccounts.remove(jid))
        Q_EMIT accountsChanged();
}

void Instance::setAccountEnabled(const QString &jid, bool enabled)
{
    if (!m_profileAccounts.setEnabled(jid, enabled))
        return;
    if (m_running && !enabled) {
        stopAccount(jid);
    } else if (m_running && !account(jid)) {
        if (const auto config = m_profileAccounts.find(jid))
            Q_EMIT accountAdded(startAccount(*config));
    }
    Q_EMIT accountsChanged();
}

void Instance::reached(qint64 StartupTimes::*milestone, const char *name)
{
    if (m_startup.*milestone)
        return;
    m_startup.*milestone = monotonicNs();
    qCInfo(
        lcSession, "startup: %s after %.1f ms", name, double(m_startup.*milestone - m_startup.start) / 1e6);
}

void Instance::watchStartup(Account *account)
{
    connect(account, &Account::stateChanged, this, [this, account](Account::State state) {
        if (state != Account::State::Online || m_connectedOnce.contains(account))
            return;
        m_connectedOnce.insert(account);
        if (m_connectedOnce.size() == m_accounts.size())
            reached(&StartupTimes::connected, "connected");
    });
    connect(account->rooms(), &RoomService::holdingStarted, this,
        [this] { reached(&StartupTimes::holdingRooms, "holding rooms"); });
    connect(account->rooms(), &RoomService::roomEvent, this,
        [this, account](const QString &room, const RoomMirror::Event &event) {
            if (event.type != RoomMirror::Event::Type::Joined)
                return;
            const QString key = account->jid() + QLatin1Char(' ') + room;
            if (m_joinedRooms.contains(key))
                return;
            m_joinedRooms.insert(key);
            m_startup.roomsJoined = m_joinedRooms.size();
            m_startup.lastRoomJoined = monotonicNs();
            // One line per room would flood the log of an account in many rooms.
            if (m_startup.roomsJoined % 100 == 0)
                qCInfo(lcSession, "startup: %d rooms joined after %.1f ms", m_startup.roomsJoined,
                    double(m_startup.lastRoomJoined - m_startup.start) / 1e6);
        });
}

Account *Instance::account(const QString &jid) const
{
    for (Account *a : m_accounts) {
        if (jid.isEmpty() || a->jid() == jid.toLower())
            return a;
    }
    return nullptr;
}

void Instance::shutdown(std::function<void()> done)
{
    m_running = false;
    Q_EMIT shuttingDown();
    for (Account *a : qAsConst(m_accounts))
        a->stop();
    // Give the sockets a moment to flush the unavailable presence, then close the database
    // (its destructor drains queued writes before the thread ends).
    QTimer::singleShot(m_accounts.isEmpty() ? 0 : shutdownGraceMs, this, [this, done = std::move(done)] {
        qDeleteAll(m_accounts);
        m_accounts.clear();
        delete m_messages;
        m_messages = nullptr;
        delete m_database;
        m_database = nullptr;
        done();
    });
}

} // namespace Tandem
