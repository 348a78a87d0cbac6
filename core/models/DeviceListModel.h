#pragma once

#include "account/Account.h"
#include "coordinator/AnchorReason.h"
#include "coordinator/DeviceInfo.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QVector>

namespace Tandem {

class Profile;

/// The account's Tandem devices online now, this one included, for the devices panel: which
/// one is the anchor and why, the term, and the rooms each device holds. Follows the account's
/// Coordinator (devicesChanged, roleChanged) and its rooms' events; every change is a row
/// insert, remove, move or dataChanged, never a reset. The anchor comes first, then the others
/// in the order the election ranks them. Its actions go to the account: preferThisDevice(),
/// setAlwaysOn().
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ResourceRole = Qt::UserRole + 1, ///< the device's resource; Qt::DisplayRole adds "(this device)"
        FullJidRole,
        DeviceRoleRole, ///< DeviceRole, as int
        RoleTextRole, ///< the role in words
        IsSelfRole, ///< bool: the device running this model
        IsAnchorRole, ///< bool: holds the rooms in this device's view
        AlwaysOnRole, ///< bool
        AnchorReasonRole, ///< AnchorReason, as int (None for the other devices)
        AnchorReasonTextRole, ///< why it is the anchor, in words; empty for the others
        TermRole, ///< quint64: the term it claims or follows
        SinceRole, ///< QDateTime (UTC) it started
        HeldRoomsRole, ///< QStringList: the rooms it holds (the anchor's, or a solo device's)
    };
    Q_ENUM(Role)

    /// What the status-bar indicator says of this device.
    enum class Status { Offline, Connecting, Reconnecting, Solo, Anchor, Sibling };
    Q_ENUM(Status)

    explicit DeviceListModel(QObject *parent = nullptr);

    /// Follows `account` (null: none); `profile`, when given, keeps the always-on setting.
    void setAccount(Account *account, Profile *profile = nullptr);
    Account *account() const { return m_account; }

    /// This device's role, the anchor's full JID (empty in a failover), the current term.
    DeviceRole role() const;
    QString anchor() const;
    quint64 term() const;
    AnchorReason anchorReason() const;
    Status status() const { return m_status; }
    /// The rooms the account is in, and the device holding each (empty while none does).
    QStringList rooms() const { return m_rooms; }
    QString holderOf(const QString &room) const;
    bool alwaysOn() const;
    int rowOf(const QString &fullJid) const;

    static QString roleText(DeviceRole role);
    static QString reasonText(AnchorReason reason);
    static QString statusText(Status status);

    /// "Make this device the anchor" (`ctl anchor`): after its hold-down period if it only just
    /// started; an always-on device still ranks first.
    void preferThisDevice();
    /// "This device is always on": kept in the profile, and advertised at once.
    void setAlwaysOn(bool on);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// role(), anchor(), term(), anchorReason(), rooms() or status() changed.
    void summaryChanged();

private:
    struct Row
    {
        DeviceInfo device;
        bool self = false;
        bool anchor = false;
        AnchorReason reason = AnchorReason::None;
        QStringList held;
        bool operator==(const Row &o) const
        {
            return device == o.device && self == o.self && anchor == o.anchor && reason == o.reason
                && held == o.held;
        }
    };

    void refresh();
    QVector<Row> currentRows() const;
    /// Turns m_rows into `wanted` by removes, moves, inserts and dataChanged.
    void apply(const QVector<Row> &wanted);
    Status currentStatus() const;

    QPointer<Account> m_account;
    Profile *m_profile = nullptr;
    QVector<Row> m_rows;
    QStringList m_rooms;
    Status m_status = Status::Offline;
    bool m_wasOnline = false;
    AnchorReason m_reason = AnchorReason::None;
    QVariantList m_summary; ///< what summaryChanged() last announced
};

} // namespace Tandem
