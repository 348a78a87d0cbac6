#include "models/OccupantListModel.h"

#include "profile/Jid.h"
#include "rooms/RoomService.h"

#include <algorithm>
#include <tuple>

namespace Tandem {

namespace {

OccupantListModel::Group groupOf(const QString &role)
{
    using Group = OccupantListModel::Group;
    if (role == QLatin1String("moderator"))
        return Group::Moderators;
    if (role == QLatin1String("participant"))
        return Group::Participants;
    if (role == QLatin1String("visitor"))
        return Group::Visitors;
    return Group::Others;
}

} // namespace

OccupantListModel::OccupantListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OccupantListModel::setRoom(RoomService *rooms, const QString &room)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = rooms;
    m_room = Jid::bare(room);
    if (rooms)
        connect(rooms, &RoomService::roomEvent, this, &OccupantListModel::onRoomEvent);
    setAll({});
    syncAll();
}

void OccupantListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    // A new filter is the user's action, not the room's: one reset is the cheapest way there.
    beginResetModel();
    m_filter = text;
    m_rows.clear();
    for (const Row &row : qAsConst(m_all)) {
        if (accepted(row))
            m_rows << row;
    }
    std::sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        return std::tie(a.group, a.key, a.occupant.nick) < std::tie(b.group, b.key, b.occupant.nick);
    });
    endResetModel();
}

int OccupantListModel::rowOf(const QString &nick) const
{
    const auto it = m_all.constFind(nick);
    return it == m_all.constEnd() ? -1 : find(*it);
}

const RoomMirror *OccupantListModel::mirror() const
{
    return m_service && !m_room.isEmpty() ? m_service->mirror(m_room) : nullptr;
}

void OccupantListModel::onRoomEvent(const QString &room, const RoomMirror::Event &event)
{
    if (room.compare(m_room, Qt::CaseInsensitive) != 0)
        return;
    using Type = RoomMirror::Event::Type;
    switch (event.type) {
    case Type::OccupantJoined:
    case Type::OccupantLeft:
    case Type::OccupantChanged:
        sync(event.nick);
        break;
    case Type::NickChanged:
        sync(event.nick);
        sync(event.newNick);
        break;
    case Type::Joined:
    case Type::RoomCreated:
    case Type::JoinFailed:
    case Type::Left:
        syncAll();
        break;
    case Type::NickRefused:
    case Type::SubjectChanged:
    case Type::SubjectRefused:
        break;
    }
}

std::optional<OccupantListModel::Row> OccupantListModel::rowFor(const QString &nick) const
{
    const RoomMirror *m = mirror();
    if (!m)
        return std::nullopt;
    const auto it = m->occupants().constFind(nick);
    if (it == m->occupants().constEnd())
        return std::nullopt;
    return Row { *it, nick.toCaseFolded(), groupOf(it->role), nick == m->ownNick() };
}

bool OccupantListModel::accepted(const Row &row) const
{
    return m_filter.isEmpty() || row.occupant.nick.contains(m_filter, Qt::CaseInsensitive);
}

int OccupantListModel::lowerBound(const Row &row) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, [](const Row &a, const Row &b) {
        return std::tie(a.group, a.key, a.occupant.nick) < std::tie(b.group, b.key, b.occupant.nick);
    });
    return int(it - m_rows.cbegin());
}

int OccupantListModel::find(const Row &row) const
{
    const int at = lowerBound(row);
    return at < m_rows.size() && m_rows[at].occupant.nick == row.occupant.nick ? at : -1;
}

void OccupantListModel::sync(const QString &nick)
{
    const std::optional<Row> now = rowFor(nick);
    const auto old = m_all.constFind(nick);
    const int from = old == m_all.constEnd() ? -1 : find(*old);
    const bool show = now && accepted(*now);
    const int countBefore = m_all.size();
    if (now)
        m_all.insert(nick, *now);
    else
        m_all.remove(nick);

    if (from >= 0 && show) {
        const Row &was = m_rows[from];
        if (was.group == now->group && was.key == now->key) {
            if (was.occupant.role != now->occupant.role
                || was.occupant.affiliation != now->occupant.affiliation
                || was.occupant.show != now->occupant.show || was.occupant.realJid != now->occupant.realJid
                || was.self != now->self) {
                m_rows[from] = *now;
                Q_EMIT dataChanged(index(from), index(from));
            }
        } else {
            // Its group changed (a role change): one move, then its new data.
            int to = lowerBound(*now);
            if (to > from)
                --to;
            if (to != from) {
                beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
                m_rows.move(from, to);
                endMoveRows();
            }
            m_rows[to] = *now;
            Q_EMIT dataChanged(index(to), index(to));
        }
    } else if (from >= 0) {
        beginRemoveRows({}, from, from);
        m_rows.removeAt(from);
        endRemoveRows();
    } else if (show) {
        const int to = lowerBound(*now);
        beginInsertRows({}, to, to);
        m_rows.insert(to, *now);
        endInsertRows();
    }
    if (m_all.size() != countBefore)
        Q_EMIT countChanged(m_all.size());
}

void OccupantListModel::syncAll()
{
    const RoomMirror *m = mirror();
    if (!m || m->occupants().isEmpty()) {
        setAll({});
        return;
    }
    if (m_all.isEmpty()) {
        QHash<QString, Row> all;
        all.reserve(m->occupants().size());
        for (auto it = m->occupants().cbegin(); it != m->occupants().cend(); ++it)
            all.insert(
                it.key(), Row { *it, it.key().toCaseFolded(), groupOf(it->role), it.key() == m->ownNick() });
        setAll(std::move(all));
        return;
    }
    const QStringList known = m_all.keys();
    for (const QString &nick : known) {
        if (!m->occupants().contains(nick))
            sync(nick);
    }
    for (auto it = m->occupants().cbegin(); it != m->occupants().cend(); ++it)
        sync(it.key());
}

void OccupantListModel::setAll(QHash<QString, Row> all)
{
    const int countBefore = m_all.size();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, m_rows.size() - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_all = std::move(all);
    QVector<Row> rows;
    rows.reserve(m_all.size());
    for (const Row &row : qAsConst(m_all)) {
        if (accepted(row))
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.group, a.key, a.occupant.nick) < std::tie(b.group, b.key, b.occupant.nick);
    });
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, rows.size() - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
    if (m_all.size() != countBefore)
        Q_EMIT countChanged(m_all.size());
}

QString OccupantListModel::groupText(Group group)
{
    switch (group) {
    case Group::Moderators:
        return tr("Moderators");
    case Group::Participants:
        return tr("Participants");
    case Group::Visitors:
        return tr("Visitors");
    case Group::Others:
        return tr("Others");
    }
    return {};
}

QString OccupantListModel::presenceText(const QString &show)
{
    if (show == QLatin1String("away"))
        return tr("away");
    if (show == QLatin1String("xa"))
        return tr("away for a while");
    if (show == QLatin1String("dnd"))
        return tr("do not disturb");
    if (show == QLatin1String("chat"))
        return tr("free to chat");
    return tr("available");
}

int OccupantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant OccupantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NickRole:
        return row.occupant.nick;
    case Qt::AccessibleTextRole:
        return row.self
            ? tr("%1 (you), %2, %3")
                  .arg(row.occupant.nick, groupText(row.group), presenceText(row.occupant.show))
            : tr("%1, %2, %3").arg(row.occupant.nick, groupText(row.group), presenceText(row.occupant.show));
    case MucRoleRole:
        return row.occupant.role;
    case GroupRole:
        return int(row.group);
    case SectionRole:
        return groupText(row.group);
    case AffiliationRole:
        return row.occupant.affiliation;
    case ShowRole:
        return row.occupant.show;
    case PresenceTextRole:
        return presenceText(row.occupant.show);
    case IsSelfRole:
        return row.self;
    case RealJidRole:
        return row.occupant.realJid;
    default:
        return {};
    }
}

QHash<int, QByteArray> OccupantListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NickRole, "nick");
    names.insert(MucRoleRole, "mucRole");
    names.insert(GroupRole, "group");
    names.insert(SectionRole, "section");
    names.insert(AffiliationRole, "affiliation");
    names.insert(ShowRole, "show");
    names.insert(PresenceTextRole, "presenceText");
    names.insert(IsSelfRole, "isSelf");
    names.insert(RealJidRole, "realJid");
    return names;
}

} // namespace Tandem
