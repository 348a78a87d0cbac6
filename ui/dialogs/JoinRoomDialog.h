#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace Tandem {

class Account;
class RoomDirectory;
class RoomListModel;

/// Joins a group chat for the account (Ctrl+J): an address typed or picked from the rooms the
/// server's group chat services list, the nick (the account's usual one by default) and a
/// password if the room wants one. It closes when the room lets the account in; a refusal is
/// said in words under the fields, and nothing typed is lost.
class JoinRoomDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinRoomDialog(Account *account, QWidget *parent = nullptr);

    /// Prefills the address (an xmpp:room?join URI, a bookmark's "join" action).
    void setRoom(const QString &room);
    QString room() const;

Q_SIGNALS:
    /// The room let the account in; the window opens it.
    void joined(const QString &room);

private:
    void join();
    void setBusy(bool busy, const QString &state = {});
    void showError(const QString &text);
    void onServicesFound(const QStringList &services, const QString &error);
    void listRooms();
    void pickRoom(const QModelIndex &index);
    void updateJoinButton();

    QPointer<Account> m_account;
    RoomDirectory *m_directory;
    RoomListModel *m_rooms;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_address;
    QLineEdit *m_nick;
    QLineEdit *m_password;
    QComboBox *m_service;
    QPushButton *m_listButton;
    QLineEdit *m_filter;
    QListView *m_roomList;
    QLabel *m_browseState;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_joinButton;
    bool m_busy = false;
};

} // namespace Tandem
