#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

#include "profile/AccountConfig.h"

namespace Tandem {

class Instance;

/// The profile's accounts for the settings window: one row each, in the profile's order, with
/// a check box that enables or disables the account (it connects, or goes offline, at once).
/// Follows the instance as accounts are added, removed, enabled or disabled.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, ///< QString, the bare JID
        EnabledRole, ///< bool
        HostRole, ///< QString, empty when the address says where the server is
    };
    Q_ENUM(Role)

    explicit AccountListModel(Instance *instance, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Qt::CheckStateRole (or EnabledRole) enables or disables the account.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The JID of the account on that row, or empty.
    QString jidAt(int row) const;

private:
    void reload();

    QPointer<Instance> m_instance;
    QVector<AccountConfig> m_accounts;
};

} // namespace Tandem
