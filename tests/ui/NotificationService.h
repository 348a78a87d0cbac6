// What the notification tests stand on: a private session bus (a dbus-daemon of the test's own)
// and a small org.freedesktop.Notifications service to put on it, recording what it is asked.
#pragma once

#include "notifications/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QVariantMap>
#include <QVector>

namespace Tandem::Test {

/// A dbus-daemon for this test alone, stopped when this goes.
struct PrivateBus
{
    ~PrivateBus()
    {
        if (daemon.state() == QProcess::NotRunning)
            return;
        daemon.terminate();
        if (!daemon.waitForFinished(5000)) {
            daemon.kill();
            daemon.waitForFinished(5000);
        }
    }

    /// Starts the daemon and reads its address; false if it did not come up within 10 s.
    bool start()
    {
        daemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
        if (!daemon.waitForStarted(5000))
            return false;
        if (!QTest::qWaitFor([&] { return daemon.canReadLine(); }, 10000))
            return false;
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        return !address.isEmpty();
    }

    QProcess daemon;
    QString address;
};

/// The notification service, as much of it as DesktopNotifier uses.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
        qint64 atMs = 0; ///< on `clock`
    };

    NotificationService() { clock.start(); }

    /// Puts the service on `bus` under its well-known name.
    bool registerOn(QDBusConnection bus)
    {
        return bus.registerObject(
                   QString::fromLatin1(DesktopNotifier::path), this, QDBusConnection::ExportAllSlots)
            && bus.registerService(QString::fromLatin1(DesktopNotifier::service));
    }

    /// What a notification server sends when the user clicks notification `id`.
    static bool invoke(QDBusConnection bus, uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QString::fromLatin1(DesktopNotifier::path),
            QString::fromLatin1(DesktopNotifier::service), QStringLiteral("ActionInvoked"));
        signal << id << action;
        return bus.send(signal);
    }

    /// What a notification server sends when notification `id` goes away (2: the user closed it).
    static bool closeSignal(QDBusConnection bus, uint id, uint reason)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QString::fromLatin1(DesktopNotifier::path),
            QString::fromLatin1(DesktopNotifier::service), QStringLiteral("NotificationClosed"));
        signal << id << reason;
        return bus.send(signal);
    }

    QVector<Call> notified;
    QVector<uint> closed;
    qint64 lastClosedAtMs = 0; ///< on `clock`
    QElapsedTimer clock; ///< started with the service: when each call came
    QStringList capabilities { QStringLiteral("actions"), QStringLiteral("body"),
        QStringLiteral("body-markup") };

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        const uint id = replacesId ? replacesId : ++m_lastId;
        notified.append({ appName, replacesId, summary, body, actions, hints, id, clock.elapsed() });
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        lastClosedAtMs = clock.elapsed();
    }
    QStringList GetCapabilities() { return capabilities; }

private:
    uint m_lastId = 0;
};

} // namespace Tandem::Test
