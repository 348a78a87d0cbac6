#include "models/RoomListModel.h"

#include <algorithm>

namespace Tandem {

namespace {
QString shownName(const RoomListing &room)
{
    return room.name.trimmed().isEmpty() ? room.jid : room.name.trimmed();
}
} // namespace

void RoomListModel::setRooms(QVector<RoomListing> rooms)
{
    std::sort(rooms.begin(), rooms.end(), [](const RoomListing &a, const RoomListing &b) {
        const int c = shownName(a).compare(shownName(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.jid < b.jid;
    });
    beginResetModel();
    m_rooms = std::move(rooms);
    endResetModel();
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rooms.size();
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoomListing &room = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shownName(room);
    case Qt::ToolTipRole:
    case JidRole:
        return room.jid;
    case NameRole:
        return room.name;
    }
    return {};
}

QHash<int, QByteArray> RoomListModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { JidRole, "jid" }, { NameRole, "name" } };
}

} // namespace Tandem
