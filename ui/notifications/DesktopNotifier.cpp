#include "notifications/DesktopNotifier.h"

#include "account/NotificationFeed.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcDesktopNotify, "tandem.notify.desktop", QtInfoMsg)

namespace Tandem {

namespace {

const QString interfaceName = QString::fromLatin1(DesktopNotifier::service);
const QString defaultAction = QStringLiteral("default");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    const QString servicePath = QString::fromLatin1(path);
    m_bus.connect(interfaceName, servicePath, interfaceName, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(interfaceName, servicePath, interfaceName, QStringLiteral("NotificationClosed"), this,
        SLOT(onClosed(uint, uint)));
    // A server that reads markup in the body needs the message's '<' and '&' escaped; most do, so
    // that is assumed until the server says otherwise.
    auto *capabilities
        = new QDBusPendingCallWatcher(m_bus.asyncCall(QDBusMessage::createMethodCall(interfaceName,
                                          servicePath, interfaceName, QStringLiteral("GetCapabilities"))),
            this);
    connect(capabilities, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<QStringList> reply = *w;
        if (!reply.isError())
            m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
    });
}

void DesktopNotifier::watch(NotificationFeed *feed)
{
    connect(feed, &NotificationFeed::notificationDue, this, &DesktopNotifier::notify);
    const QString account = feed->account();
    connect(feed, &NotificationFeed::withdrawn, this,
        [this, account](const QString &conversation) { withdraw(account, conversation); });
}

void DesktopNotifier::setFallback(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (tray) {
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_fallbackKey.second.isEmpty())
                Q_EMIT activated(m_fallbackKey.first, m_fallbackKey.second);
        });
    }
}

void DesktopNotifier::notify(const QString &account, const QString &conversation, const QString &title,
    const QString &body, qint64 rowId)
{
    const Key key { account, conversation };
    Shown &shown = m_shown[key];
    shown.withdrawn = false;
    shown.rowId = rowId;
    QDBusMessage call = QDBusMessage::createMethodCall(
        interfaceName, QString::fromLatin1(path), interfaceName, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("im.tandem.Tandem"));
    // The newest message of a conversation takes the place of the one before (replaces_id).
    call << tr("Tandem") << shown.id << QStringLiteral("im.tandem.Tandem") << title
         << (m_bodyMarkup ? body.toHtmlEscaped() : body) << QStringList { defaultAction, tr("Open") } << hints
         << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, key, title, body](QDBusPendingCallWatcher *w) { onNotifyReply(w, key, title, body); });
}

void DesktopNotifier::onNotifyReply(
    QDBusPendingCallWatcher *watcher, const Key &key, const QString &title, const QString &body)
{
    watcher->deleteLater();
    QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        qCInfo(lcDesktopNotify) << "notification service unavailable:" << reply.error().message();
        m_shown.remove(key);
        showFallback(key, title, body);
        return;
    }
    m_usesFallback = false;
    auto it = m_shown.find(key);
    if (it == m_shown.end() || it->withdrawn) {
        // Read while the bubble was on its way.
        if (it != m_shown.end())
            m_shown.erase(it);
        close(reply.value());
        return;
    }
    it->id = reply.value();
}

void DesktopNotifier::showFallback(const Key &key, const QString &title, const QString &body)
{
    m_usesFallback = true;
    if (!m_tray || !m_tray->isVisible())
        return;
    m_fallbackKey = key;
    m_tray->showMessage(title, body);
}

bool DesktopNotifier::isShowing(const QString &account, const QString &conversation) const
{
    const auto it = m_shown.constFind({ account, conversation });
    return it != m_shown.cend() && it->id != 0 && !it->withdrawn;
}

void DesktopNotifier::withdraw(const QString &account, const QString &conversation)
{
    const Key key { account, conversation };
    if (m_fallbackKey == key)
        m_fallbackKey = {};
    auto it = m_shown.find(key);
    if (it == m_shown.end())
        return;
    if (it->id == 0) {
        it->withdrawn = true;
        return;
    }
    close(it->id);
    m_shown.erase(it);
}

void DesktopNotifier::close(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        interfaceName, QString::fromLatin1(path), interfaceName, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != defaultAction)
        return;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it->id == id) {
            Q_EMIT activated(it.key().first, it.key().second);
            return;
        }
    }
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    // Gone from the screen: the next message there gets a bubble of its own.
    constexpr uint dismissedByUser = 2;
    for (auto it = m_shown.begin(); it != m_shown.end(); ++it) {
        if (it->id == id) {
            const Key key = it.key();
            const qint64 rowId = it->rowId;
            m_shown.erase(it);
            if (reason == dismissedByUser && rowId > 0)
                Q_EMIT dismissed(key.first, key.second, rowId);
            return;
        }
    }
}

} // namespace Tandem
