#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Tandem {
class Account;
class Instance;
class ChatView;
class ConversationListModel;
class ConversationListView;
class DeviceListModel;
class OccupantPanel;
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

Q_SIGNALS:
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onStarted();
    void onAccountAdded(Tandem::Account *account);
    void onAccountRemoving(Tandem::Account *account);
    void watchAccount(Tandem::Account *account);
    void refreshStatus();
    /// The devices dock and the status-bar indicator (anchor, sibling, solo, …) that opens it.
    void setUpDevices();
    void openConversation(const QString &jid);
    /// After the list reordered: the open conversation stays the selected row.
    void selectOpenConversation();

    Tandem::Instance *m_instance;
    Tandem::ConversationListModel *m_conversationModel;
    Tandem::ConversationListView *m_conversations;
    QString m_openConversation;
    QLineEdit *m_newChat;
    Tandem::ChatView *m_chat;
    QLabel *m_status;
    Tandem::DeviceListModel *m_devices;
    Tandem::OccupantPanel *m_occupants;
    QToolButton *m_deviceStatus;
    QAction *m_anchorAction;
    bool m_quitting = false;
    QString m_pendingConversation;
};
