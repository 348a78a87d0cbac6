#pragma once

#include <QDialog>

class QListView;
class QPushButton;

namespace Tandem {

class AccountListModel;
class Instance;

/// The profile's accounts (Settings › Accounts…): add one (AccountDialog), remove one after
/// asking (its messages stay in the archive on this device), or enable and disable one with
/// its check box.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(Instance *instance, QWidget *parent = nullptr);

    /// Removes the selected account once the user confirms; the confirmation is a child
    /// QMessageBox named "confirmRemoval", opened without blocking.
    void removeSelected();

private:
    void addAccount();
    void updateButtons();

    Instance *m_instance;
    AccountListModel *m_model;
    QListView *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

} // namespace Tandem
