#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>

class QDBusPendingCallWatcher;
class QSystemTrayIcon;

namespace Tandem {

class NotificationFeed;

/// Shows notifications on the desktop through the org.freedesktop.Notifications service of the
/// session bus: one bubble per conversation, replaced by the next message there and closed when
/// the conversation is read. Clicking one announces activated(). Where no such service answers,
/// the tray icon's balloon (QSystemTrayIcon::showMessage()) stands in, if there is one.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *service = "org.freedesktop.Notifications";
    static constexpr const char *path = "/org/freedesktop/Notifications";

    explicit DesktopNotifier(QObject *parent = nullptr);
    /// Talks to the service on `bus` (the session bus by default).
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    /// Shows and withdraws what `feed` asks for.
    void watch(NotificationFeed *feed);
    /// The balloon of `tray` stands in when the service is absent.
    void setFallback(QSystemTrayIcon *tray);
    /// The service did not answer the last notification, so the fallback was used.
    bool usesFallback() const { return m_usesFallback; }
    /// A notification of `conversation` is on the screen: the service has given it its id.
    bool isShowing(const QString &account, const QString &conversation) const;
    /// Bodies go escaped: the server reads them as markup (or has not said yet that it does not).
    bool escapesBody() const { return m_bodyMarkup; }

public Q_SLOTS:
    void notify(const QString &account, const QString &conversation, const QString &title,
        const QString &body, qint64 rowId);
    void withdraw(const QString &account, const QString &conversation);

Q_SIGNALS:
    /// The user clicked the notification of `conversation`.
    void activated(const QString &account, const QString &conversation);
    /// The user closed the notification of `conversation` without opening it (reason 2 of the
    /// freedesktop spec; not one that expired): seen, up to message `rowId`.
    void dismissed(const QString &account, const QString &conversation, qint64 rowId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    using Key = QPair<QString, QString>; ///< account, conversation
    struct Shown
    {
        uint id = 0; ///< 0 while the service has not answered yet
        bool withdrawn = false; ///< withdrawn before the service answered
        qint64 rowId = 0; ///< the message it shows
    };

    void onNotifyReply(
        QDBusPendingCallWatcher *watcher, const Key &key, const QString &title, const QString &body);
    void close(uint id);
    void showFallback(const Key &key, const QString &title, const QString &body);

    QDBusConnection m_bus;
    QHash<Key, Shown> m_shown;
    QPointer<QSystemTrayIcon> m_tray;
    Key m_fallbackKey; ///< the conversation of the balloon shown last
    bool m_usesFallback = false;
    bool m_bodyMarkup = true; ///< the server reads the body as markup (its capability body-markup)
};

} // namespace Tandem
