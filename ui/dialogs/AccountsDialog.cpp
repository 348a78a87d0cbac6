#include "dialogs/AccountsDialog.h"

#include "account/Instance.h"
#include "dialogs/AccountDialog.h"
#include "models/AccountListModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem {

AccountsDialog::AccountsDialog(Instance *instance, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
    , m_model(new AccountListModel(instance, this))
    , m_list(new QListView(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountsDialog"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts (checked ones connect)"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addButton->setObjectName(QStringLiteral("addAccount"));
    m_addButton->setAccessibleName(tr("Add an account"));
    m_removeButton->setObjectName(QStringLiteral("removeAccount"));
    m_removeButton->setAccessibleName(tr("Remove the selected account"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_addButton);
    side->addWidget(m_removeButton);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    updateButtons();
}

void AccountsDialog::addAccount()
{
    auto *dialog = new AccountDialog(m_instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsDialog::removeSelected()
{
    const QString jid = m_model->jidAt(m_list->currentIndex().row());
    if (jid.isEmpty())
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
        tr("Remove %1 from this device? Its password is forgotten here; its messages stay in the "
           "archive on this device and come back if you add the account again.")
            .arg(jid),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmRemoval"));
    QPushButton *remove = confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, remove, jid](QAbstractButton *clicked) {
        if (clicked == remove)
            m_instance->removeAccount(jid);
    });
    confirm->open();
}

void AccountsDialog::updateButtons()
{
    m_removeButton->setEnabled(m_list->currentIndex().isValid());
}

} // namespace Tandem
