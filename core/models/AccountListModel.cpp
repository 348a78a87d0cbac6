#include "models/AccountListModel.h"

#include "account/Instance.h"
#include "profile/Profile.h"

namespace Tandem {

AccountListModel::AccountListModel(Instance *instance, QObject *parent)
    : QAbstractListModel(parent)
    , m_instance(instance)
    , m_accounts(instance->profile()->accounts())
{
    connect(instance, &Instance::accountsChanged, this, &AccountListModel::reload);
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_accounts.size();
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountConfig &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case JidRole:
        return account.jid;
    case Qt::AccessibleTextRole:
        return account.enabled ? tr("%1, enabled").arg(account.jid) : tr("%1, disabled").arg(account.jid);
    case Qt::CheckStateRole:
        return account.enabled ? Qt::Checked : Qt::Unchecked;
    case EnabledRole:
        return account.enabled;
    case HostRole:
        return account.host;
    default:
        return {};
    }
}

bool AccountListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_instance || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool enabled;
    if (role == Qt::CheckStateRole)
        enabled = value.toInt() == Qt::Checked;
    else if (role == EnabledRole)
        enabled = value.toBool();
    else
        return false;
    if (enabled == m_accounts.at(index.row()).enabled)
        return true;
    // The instance saves it and says accountsChanged(), which reloads the rows.
    m_instance->setAccountEnabled(m_accounts.at(index.row()).jid, enabled);
    return true;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { JidRole, "jid" }, { EnabledRole, "enabled" },
        { HostRole, "host" } };
}

QString AccountListModel::jidAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row).jid : QString();
}

void AccountListModel::reload()
{
    const QVector<AccountConfig> accounts = m_instance->profile()->accounts();
    // Same accounts in the same order (enabled or disabled): the rows stay, their data changes.
    bool sameRows = accounts.size() == m_accounts.size();
    for (int i = 0; sameRows && i < accounts.size(); ++i)
        sameRows = accounts.at(i).jid == m_accounts.at(i).jid;
    if (sameRows) {
        m_accounts = accounts;
        if (!m_accounts.isEmpty())
            Q_EMIT dataChanged(index(0), index(m_accounts.size() - 1));
        return;
    }
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

} // namespace Tandem
