#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QListView;
class QMenu;
class QToolButton;

namespace Tandem {
class Account;
class Instance;
class ChatView;
class ConversationListModel;
class ConversationListView;
class DesktopNotifier;
class DeviceListModel;
class OccupantPanel;
class QuickSwitcher;
class SearchPanel;
} // namespace Tandem

/// The desktop client's main window: conversations on the left, the open chat on the right,
/// account state in the status bar. Minimal for now; it only talks to core's public API.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Tandem::Instance *instance, QWidget *parent = nullptr);

    /// Opens the chat an xmpp: URI (RFC 5122) names, once the accounts are up.
    void openUri(const QString &uri);
    /// Opens the dialog that adds an account (also at first run, when the profile has none).
    void addAccount();
    /// Keeps the window's size, place, splitter and docks for the next run (also on closing).
    void saveLayout();

Q_SIGNALS:
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Esc that nothing else wanted closes the panels (search, devices).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onStarted();
    void onAccountAdded(Tandem::Account *account);
    void onAccountRemoving(Tandem::Account *account);
    void watchAccount(Tandem::Account *account);
    void refreshStatus();
    /// Menus and shortcuts (MainWindowActions.cpp).
    void setUpActions();
    /// The join dialog for the open account, with `room` filled in (an xmpp:…?join URI).
    void joinRoom(const QString &room = {});
    void showSwitcher();
    /// The search dock, over the open conversation only or over all of them.
    void showSearch(bool withinConversation);
    /// F6 / Shift+F6: the next or previous pane (conversations, messages, composer, occupants,
    /// search) takes the focus.
    void focusPane(int step);
    /// The account whose conversation is open, else the first.
    Tandem::Account *openAccount() const;
    /// The devices dock and the status-bar indicator (anchor, sibling, solo, …) that opens it.
    void setUpDevices();
    /// What this device hides (HiddenRooms): out of the list, the header's "Hide on This Device",
    /// and the Hidden Rooms menu that brings them back.
    void setUpHiddenRooms();
    void fillHiddenRoomsMenu(QMenu *menu);
    /// Opens `jid` of `account` (null: the open account, else the first).
    void openConversation(const QString &jid, Tandem::Account *account = nullptr);
    /// After the list reordered: the open conversation stays the selected row.
    void selectOpenConversation();
    /// Desktop notifications and the tray icon (MainWindowNotifications.cpp).
    void setUpNotifications();
    void watchNotifications(Tandem::Account *account);
    void unwatchNotifications(Tandem::Account *account);
    void bringToFront();

    Tandem::Instance *m_instance;
    Tandem::ConversationListModel *m_conversationModel;
    Tandem::ConversationListView *m_conversations;
    QString m_openConversation;
    QPointer<Tandem::Account> m_openAccount;
    QLineEdit *m_newChat;
    Tandem::ChatView *m_chat;
    QLabel *m_status;
    QSplitter *m_splitter = nullptr;
    Tandem::DeviceListModel *m_devices;
    Tandem::OccupantPanel *m_occupants;
    QToolButton *m_deviceStatus;
    QAction *m_anchorAction = nullptr;
    QAction *m_joinAction = nullptr;
    Tandem::QuickSwitcher *m_switcher = nullptr;
    Tandem::SearchPanel *m_search = nullptr;
    QDockWidget *m_searchDock = nullptr;
    Tandem::DesktopNotifier *m_notifier = nullptr;
    bool m_quitting = false;
    QString m_pendingConversation;
};
