#include "profile/Profile.h"

#include "common/Logging.h"
#include "profile/PrivateDirectory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>
#include <unistd.h>

namespace Tandem {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Profile", text);
}
} // namespace

Profile::Profile(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{ }

Profile::~Profile() = default;

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/default");
}

QString Profile::databasePath() const
{
    return m_directory + QStringLiteral("/tandem.db");
}

QString Profile::secretsDirectory() const
{
    return m_directory + QStringLiteral("/secrets");
}

QString Profile::settingsPath() const
{
    return m_directory + QStringLiteral("/profile.ini");
}

QString Profile::controlSocketPath() const
{
    // In the profile directory when it fits sun_path, as it always was: that directory is the
    // user's own (ensureDirectory()). Its real path, so that a profile reached through a symbolic
    // link still passes the lstat() checks of both ends.
    const QString real = QFileInfo(m_directory).canonicalFilePath();
    const QString inProfile = (real.isEmpty() ? m_directory : real) + QStringLiteral("/ctl.sock");
    if (inProfile.toLocal8Bit().size() < 100)
        return inProfile;
    const QByteArray hash = QCryptographicHash::hash(m_directory.toUtf8(), QCryptographicHash::Sha1).toHex();
    return sharedSocketDirectory() + QLatin1Char('/') + QString::fromLatin1(hash.left(20))
        + QStringLiteral(".sock");
}

QString Profile::sharedSocketDirectory()
{
    const QString runtime = QFile::decodeName(qgetenv("XDG_RUNTIME_DIR"));
    if (QDir::isAbsolutePath(runtime) && PrivateDirectory::check(runtime) == PrivateDirectory::Problem::None)
        return QDir::cleanPath(runtime) + QStringLiteral("/tandem");
    // Never a bare name in a shared directory: a directory of our own, which the server creates
    // with mode 0700 and both ends refuse unless lstat() shows it ours and closed.
    return QDir::tempPath() + QStringLiteral("/tandem-") + QString::number(::geteuid());
}

bool Profile::ensureDirectory(QString *error)
{
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the profile directory %1.").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

bool Profile::lock(QString *error)
{
    if (!ensureDirectory(error))
        return false;
    m_lock = std::make_unique<QLockFile>(m_directory + QStringLiteral("/tandem.lock"));
    // Keep QLockFile's stale detection: it takes over the lock of a dead process (pid check),
    // while a live owner keeps it through flock() however old the file is.
    if (m_lock->tryLock(0))
        return true;
    if (error) {
        qint64 pid = 0;
        QString host, app;
        if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app))
            *error = tr("The profile %1 is already in use by Tandem (process %2).").arg(m_directory).arg(pid);
        else
            *error = tr("Cannot lock the profile %1: permission denied or read-only.").arg(m_directory);
    }
    m_lock.reset();
    return false;
}

bool Profile::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

QString Profile::resource()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QString resource = settings.value(QStringLiteral("device/resource")).toString();
    if (resource.isEmpty()) {
        resource
            = QStringLiteral("tandem-%1")
                  .arg(QRandomGenerator::system()->generate64() & 0xffffffffffULL, 10, 36, QLatin1Char('0'));
        settings.setValue(QStringLiteral("device/resource"), resource);
        settings.sync();
        qCInfo(lcProfile) << "new device resource" << resource;
    }
    return resource;
}

QString Profile::profileId()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QString id = settings.value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(QStringLiteral("device/id"), id);
        settings.sync();
    }
    return id;
}

bool Profile::alwaysOn() const
{
    return QSettings(settingsPath(), QSettings::IniFormat)
        .value(QStringLiteral("device/alwaysOn"), false)
        .toBool();
}

void Profile::setAlwaysOn(bool on)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("device/alwaysOn"), on);
}

QByteArray Profile::windowLayout(const QString &key) const
{
    return QSettings(settingsPath(), QSettings::IniFormat)
        .value(QStringLiteral("window/") + key)
        .toByteArray();
}

void Profile::setWindowLayout(const QString &key, const QByteArray &state)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/") + key, state);
}

QStringList Profile::hiddenRooms(const QString &account) const
{
    return QSettings(settingsPath(), QSettings::IniFormat)
        .value(QStringLiteral("hiddenRooms/") + account)
        .toStringList();
}

void Profile::setHiddenRooms(const QString &account, const QStringList &rooms)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString key = QStringLiteral("hiddenRooms/") + account;
    if (rooms.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, rooms);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcProfile) << "cannot save the hidden rooms in" << settingsPath();
}

QVector<AccountConfig> Profile::accounts() const
{
    QSettings settings(m_directory + QStringLiteral("/accounts.ini"), QSettings::IniFormat);
    return AccountConfig::load(settings);
}

void Profile::saveAccounts(const QVector<AccountConfig> &accounts)
{
    QSettings settings(m_directory + QStringLiteral("/accounts.ini"), QSettings::IniFormat);
    AccountConfig::save(settings, accounts);
}

} // namespace Tandem
