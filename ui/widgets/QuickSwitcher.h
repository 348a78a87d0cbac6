#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;

namespace Tandem {

class SwitcherFilterModel;

/// Ctrl+K: type a few letters of a conversation, Enter opens the best match (or the one picked
/// with the arrows); an address nobody has talked to yet opens a new chat. Esc closes.
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    /// Lists `conversations` (not owned); `addressRole` holds the JID a row opens, `nameRole` what
    /// it is called.
    QuickSwitcher(
        QAbstractItemModel *conversations, int nameRole, int addressRole, QWidget *parent = nullptr);

    /// `role` holds the account a row belongs to: the same address may be listed once per account.
    void setAccountRole(int role) { m_accountRole = role; }

    /// Opens empty, centred over the parent, with the input focused.
    void popUp();

Q_SIGNALS:
    /// The JID to open: a listed conversation (with its `account`, when setAccountRole() was
    /// given), or a valid address typed in full (no account: the caller's choice).
    void chosen(const QString &address, const QString &account);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void queryChanged(const QString &text);
    void choose();

    SwitcherFilterModel *m_filter;
    int m_addressRole;
    int m_accountRole = -1;
    QLineEdit *m_input;
    QListView *m_list;
    QLabel *m_hint;
};

} // namespace Tandem
