#pragma once

#include "xmpp/RoomDirectory.h"

#include <QAbstractListModel>

namespace Tandem {

/// The rooms a group chat service lists, for browsing in the join dialog: named by the service's
/// name for them, or their address when they have none.
class RoomListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole, ///< as the service names it; may be empty
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    /// Replaces the rows, sorted by what is shown.
    void setRooms(QVector<RoomListing> rooms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<RoomListing> m_rooms;
};

} // namespace Tandem
