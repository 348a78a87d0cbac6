// The main window's desktop notifications and tray icon: one NotificationFeed per account, shown
// by one DesktopNotifier; the user's input is watched so that only the device in use notifies;
// clicking a notification opens its conversation in front.
#include "MainWindow.h"

#include "account/Account.h"
#include "account/ActivityMonitor.h"
#include "account/Instance.h"
#include "account/NotificationFeed.h"
#include "activity/InputActivityFilter.h"
#include "models/ConversationListModel.h"
#include "notifications/DesktopNotifier.h"
#include "storage/MessageEvents.h"
#include "widgets/TrayIcon.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Tandem;

void MainWindow::setUpNotifications()
{
    // Input anywhere in the application tells the account's other devices the user is here, so
    // that only this one notifies (NotificationFeed).
    qApp->installEventFilter(new InputActivityFilter(m_instance->activity(), this));
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::activated, this,
        [this](const QString &account, const QString &conversation) {
            openConversation(conversation, m_instance->account(account));
            bringToFront();
        });
    // Dismissed is seen: read up to what it showed, here and (XEP-0490) on every device, whose
    // notifications of it are then withdrawn.
    connect(m_notifier, &DesktopNotifier::dismissed, this,
        [this](const QString &account, const QString &conversation, qint64 rowId) {
            if (Account *a = m_instance->account(account))
                a->messageEvents()->markRead(conversation, rowId);
        });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    auto *tray = new TrayIcon(m_conversationModel, this);
    connect(tray, &TrayIcon::showRequested, this, &MainWindow::bringToFront);
    connect(tray, &TrayIcon::quitRequested, this, &MainWindow::close);
    m_notifier->setFallback(tray);
    tray->show();
}

void MainWindow::watchNotifications(Account *account)
{
    // A child of the account, so it goes with it; the window only says what is in view.
    auto *feed = new NotificationFeed(account, account);
    feed->setHiddenRooms(m_instance->hiddenRooms());
    feed->setInView([this, account](const QString &conversation) {
        return isActiveWindow() && conversation == m_openConversation && openAccount() == account;
    });
    m_notifier->watch(feed);
}

void MainWindow::unwatchNotifications(Account *account)
{
    delete account->findChild<NotificationFeed *>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}
