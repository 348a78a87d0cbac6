#include "MainWindow.h"

#include "account/Account.h"
#include "account/Coordinator.h"
#include "account/Instance.h"
#include "ctl/StatusText.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/AccountsDialog.h"
#include "models/ConversationListModel.h"
#include "models/DeviceListModel.h"
#include "models/OccupantListModel.h"
#include "profile/HiddenRooms.h"
#include "profile/Jid.h"
#include "profile/Profile.h"
#include "rooms/RoomService.h"
#include "storage/MessageEvents.h"
#include "widgets/ChatHeader.h"
#include "widgets/ChatView.h"
#include "widgets/ConversationListView.h"
#include "widgets/DevicesPanel.h"
#include "widgets/Icons.h"
#include "widgets/MessageComposer.h"
#include "widgets/OccupantPanel.h"
#include "widgets/StorageBanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Tandem;

namespace {

/// The status-bar indicator's icon for this device's role in the account.
Icons::Name deviceIcon(DeviceListModel::Status status)
{
    switch (status) {
    case DeviceListModel::Status::Anchor:
        return Icons::Anchor;
    case DeviceListModel::Status::Sibling:
        return Icons::Sibling;
    case DeviceListModel::Status::Solo:
        return Icons::Solo;
    case DeviceListModel::Status::Connecting:
    case DeviceListModel::Status::Reconnecting:
        return Icons::Reconnecting;
    case DeviceListModel::Status::Offline:
        break;
    }
    return Icons::Offline;
}

} // namespace

MainWindow::MainWindow(Instance *instance, QWidget *parent)
    : QMainWindow(parent)
    , m_instance(instance)
    , m_conversationModel(new Tandem::ConversationListModel(this))
    , m_conversations(new ConversationListView(m_conversationModel))
    , m_newChat(new QLineEdit)
    , m_chat(new ChatView)
    , m_status(new QLabel)
    , m_devices(new DeviceListModel(this))
    , m_occupants(new OccupantPanel)
    , m_deviceStatus(new QToolButton)
{
    setWindowTitle(tr("Tandem"));
    resize(900, 600);
    setUpActions();

    m_newChat->setObjectName(QStringLiteral("newChat"));
    m_newChat->setPlaceholderText(tr("Chat with name@server…"));
    m_newChat->setAccessibleName(tr("New chat address"));
    Icons::addToLine(m_newChat, Icons::NewChat);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_newChat);
    leftLayout->addWidget(m_conversations);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_chat);
    m_splitter->addWidget(m_occupants);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_occupants->hide();
    // Above everything while the message database cannot be written: the user must see it.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(new StorageBanner(instance));
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    if (Profile *profile = m_instance->profile()) {
        restoreGeometry(profile->windowLayout(QStringLiteral("geometry")));
        m_splitter->restoreState(profile->windowLayout(QStringLiteral("splitter")));
    }
    statusBar()->addWidget(m_status, 1);
    setUpDevices();
    setUpNotifications();
    setUpHiddenRooms();
    m_status->setText(tr("Starting…"));

    connect(m_newChat, &QLineEdit::returnPressed, this, [this] {
        const QString jid = Jid::bare(m_newChat->text().trimmed());
        QString why;
        if (!Jid::isValidBare(jid, &why)) {
            m_status->setText(why);
            return;
        }
        m_newChat->clear();
        openConversation(jid);
    });
    connect(m_conversations, &ConversationListView::conversationActivated, this,
        [this](const QString &account, const QString &conversation) {
            openConversation(conversation, m_instance->account(account));
        });
    connect(
        m_conversationModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::selectOpenConversation);
    connect(m_chat, &ChatView::problem, m_status, &QLabel::setText);
    connect(m_chat, &ChatView::uriRequested, this, &MainWindow::openUri);
    connect(instance, &Instance::started, this, &MainWindow::onStarted);
    connect(instance, &Instance::accountAdded, this, &MainWindow::onAccountAdded);
    connect(instance, &Instance::accountRemoving, this, &MainWindow::onAccountRemoving);
    connect(instance, &Instance::storageFailed, this,
        [this](const QString &error) { m_status->setText(tr("Storage error: %1").arg(error)); });
}

void MainWindow::openUri(const QString &uri)
{
    if (uri.isEmpty())
        return;
    // xmpp:JID[?query]: only the JID matters here.
    QString jid = QUrl::fromPercentEncoding(uri.mid(5).section(QLatin1Char('?'), 0, 0).toUtf8());
    jid = Jid::bare(jid.startsWith(QStringLiteral("//")) ? jid.mid(2).section(QLatin1Char('/'), 1) : jid);
    QString why;
    if (!Jid::isValidBare(jid, &why)) {
        m_status->setText(tr("Cannot open %1: %2").arg(uri, why));
        return;
    }
    const bool join
        = uri.section(QLatin1Char('?'), 1).section(QLatin1Char(';'), 0, 0) == QLatin1String("join");
    if (m_instance->accounts().isEmpty())
        m_pendingConversation = jid;
    else if (join && !openAccount()->rooms()->allRooms().contains(jid))
        joinRoom(jid);
    else
        openConversation(jid);
}

void MainWindow::onStarted()
{
    for (Account *account : m_instance->accounts())
        watchAccount(account);
    m_anchorAction->setEnabled(!m_instance->accounts().isEmpty());
    m_joinAction->setEnabled(!m_instance->accounts().isEmpty());
    refreshStatus();
    // The devices indicator speaks for the first account.
    if (Account *account = m_instance->account())
        m_devices->setAccount(account, m_instance->profile());
    if (!m_pendingConversation.isEmpty())
        openConversation(std::exchange(m_pendingConversation, QString()));
    // First run: a window without an account can do nothing, so it asks for one. A profile
    // whose accounts are all disabled was set up on purpose and is left alone.
    if (m_instance->profile()->accounts().isEmpty())
        addAccount();
}

void MainWindow::watchAccount(Account *account)
{
    connect(account, &Account::stateChanged, this, &MainWindow::refreshStatus);
    connect(account, &Account::errorOccurred, this, &MainWindow::refreshStatus);
    connect(account->coordinator(), &Coordinator::roleChanged, this, &MainWindow::refreshStatus);
    m_conversations->addAccount(account);
    watchNotifications(account);
    // What arrives in the open conversation of an active window is read.
    MessageEvents *events = account->messageEvents();
    connect(events, &MessageEvents::messageAdded, this, [this, events](const Message &message) {
        if (message.conversation == m_openConversation && openAccount()
            && events->account() == openAccount()->jid() && isActiveWindow())
            events->markRead(message.conversation, message.rowId);
    });
    // The open conversation became a room (joined now, here or through the anchor), or stopped
    // being one: the occupants come and go with it.
    connect(account->rooms(), &RoomService::roomEvent, this, [this, account](const QString &room) {
        if (room != m_openConversation || account != openAccount())
            return;
        const bool in = account->rooms()->rooms().contains(room);
        if (in != (m_occupants->model()->room() == room))
            m_occupants->setRoom(in ? account->rooms() : nullptr, in ? room : QString());
    });
}

void MainWindow::onAccountAdded(Account *account)
{
    watchAccount(account);
    m_anchorAction->setEnabled(true);
    m_joinAction->setEnabled(true);
    refreshStatus();
}

void MainWindow::onAccountRemoving(Account *account)
{
    disconnect(account, nullptr, this, nullptr);
    disconnect(account->coordinator(), nullptr, this, nullptr);
    disconnect(account->messageEvents(), nullptr, this, nullptr);
    disconnect(account->rooms(), nullptr, this, nullptr);
    unwatchNotifications(account);
    m_conversationModel->removeAccount(account->jid());
    const bool shown = account == openAccount();
    if (shown) {
        m_openAccount = nullptr;
        m_chat->open(nullptr, m_openConversation);
        m_occupants->setRoom(nullptr, QString());
        m_devices->setAccount(nullptr, m_instance->profile());
    }
    // Once it has left the instance's list, the window shows the account that is first now.
    QTimer::singleShot(0, this, [this, shown] {
        Account *first = m_instance->account();
        m_anchorAction->setEnabled(first != nullptr);
        m_joinAction->setEnabled(first != nullptr);
        if (shown && first) {
            m_devices->setAccount(first, m_instance->profile());
            openConversation(m_openConversation);
        }
        refreshStatus();
    });
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(m_instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshStatus()
{
    QStringList parts;
    for (const Account *account : m_instance->accounts()) {
        QString part
            = tr("%1: %2, %3")
                  .arg(account->jid(), StatusText::accountState(Account::stateName(account->state())),
                      StatusText::role(toString(account->coordinator()->role())));
        if (account->lastError().isError())
            part += QStringLiteral(" (") + account->lastError().message() + QLatin1Char(')');
        parts << part;
    }
    m_status->setText(parts.isEmpty() ? tr("No account. Add one with Tandem › Add an Account…")
                                      : parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::setUpDevices()
{
    m_deviceStatus->setObjectName(QStringLiteral("deviceStatus"));
    m_deviceStatus->setAutoRaise(true);
    m_deviceStatus->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_deviceStatus->setToolTip(tr("Show this account's devices"));
    statusBar()->addPermanentWidget(m_deviceStatus);
    const auto refresh = [this] {
        Icons::set(m_deviceStatus, deviceIcon(m_devices->status()));
        m_deviceStatus->setText(DeviceListModel::statusText(m_devices->status()));
        m_deviceStatus->setAccessibleName(tr("Devices: %1").arg(m_deviceStatus->text()));
    };
    connect(m_devices, &DeviceListModel::summaryChanged, this, refresh);
    refresh();
    connect(m_deviceStatus, &QToolButton::clicked, this, [this] {
        // Made when first asked for: most sessions never open it.
        auto *dock = findChild<QDockWidget *>(QStringLiteral("devicesDock"));
        if (!dock) {
            dock = new QDockWidget(tr("Devices"), this);
            dock->setObjectName(QStringLiteral("devicesDock"));
            dock->setWidget(new DevicesPanel(m_devices));
            addDockWidget(Qt::RightDockWidgetArea, dock);
            dock->hide();
        }
        dock->setVisible(!dock->isVisible());
        if (dock->isVisible())
            dock->raise();
    });
}

void MainWindow::setUpHiddenRooms()
{
    HiddenRooms *hidden = m_instance->hiddenRooms();
    m_conversationModel->setHiddenRooms(hidden);
    m_conversations->setHiddenRooms(hidden);
    m_chat->header()->setHiddenRooms(hidden);
    // A room hidden while open goes out of sight at once, as it went from the list.
    connect(hidden, &HiddenRooms::changed, this,
        [this](const QString &account, const QString &room, bool isHidden) {
            if (!isHidden || room != m_openConversation || !openAccount() || openAccount()->jid() != account)
                return;
            m_chat->saveDraft();
            m_openConversation.clear();
            m_chat->open(nullptr, QString());
            m_occupants->setRoom(nullptr, QString());
            setWindowTitle(tr("Tandem"));
        });
}

void MainWindow::selectOpenConversation()
{
    m_conversations->selectConversation(openAccount() ? openAccount()->jid() : QString(), m_openConversation);
}

Account *MainWindow::openAccount() const
{
    return m_openAccount ? m_openAccount.data() : m_instance->account();
}

void MainWindow::openConversation(const QString &jid, Account *account)
{
    if (jid.isEmpty())
        return;
    if (!account)
        account = openAccount();
    m_openConversation = jid;
    m_openAccount = account;
    // Two accounts may both have a conversation with the same address: this account's row counts.
    const int row = account ? m_conversationModel->rowOf(account->jid(), jid) : -1;
    const bool unread = row >= 0
        && m_conversationModel->index(row).data(ConversationListModel::UnreadCountRole).toLongLong() > 0;
    m_chat->open(account, jid, unread);
    setWindowTitle(tr("%1 — Tandem").arg(jid));
    if (account)
        account->messageEvents()->markAllRead(jid);
    const bool room = account && account->rooms()->rooms().contains(jid);
    m_occupants->setRoom(room ? account->rooms() : nullptr, room ? jid : QString());
    selectOpenConversation(); // also when an xmpp: URI or the new-chat line opened it
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        bool closed = false;
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (dock->isVisible()) {
                dock->hide();
                closed = true;
            }
        }
        if (closed) {
            m_chat->composer()->setFocus();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::saveLayout()
{
    Profile *profile = m_instance->profile();
    if (!profile)
        return;
    profile->setWindowLayout(QStringLiteral("geometry"), saveGeometry());
    profile->setWindowLayout(QStringLiteral("splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_chat->saveDraft();
    saveLayout();
    if (!m_quitting) {
        m_quitting = true;
        Q_EMIT quitRequested();
    }
    event->accept();
}
