#include "models/DeviceListModel.h"

#include "account/Account.h"
#include "account/Coordinator.h"
#include "profile/Profile.h"
#include "rooms/RoomService.h"

#include <QDateTime>
#include <algorithm>

namespace Tandem {

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DeviceListModel::setAccount(Account *account, Profile *profile)
{
    if (m_account) {
        disconnect(m_account, nullptr, this, nullptr);
        disconnect(m_account->coordinator(), nullptr, this, nullptr);
        disconnect(m_account->rooms(), nullptr, this, nullptr);
    }
    m_account = account;
    m_profile = profile;
    m_wasOnline = false;
    if (account) {
        connect(account, &Account::stateChanged, this, &DeviceListModel::refresh);
        connect(account->coordinator(), &Coordinator::devicesChanged, this, &DeviceListModel::refresh);
        connect(account->coordinator(), &Coordinator::roleChanged, this, &DeviceListModel::refresh);
        // Which rooms the holder is in changes with the rooms' own events, not the election's.
        connect(account->rooms(), &RoomService::roomEvent, this,
            [this](const QString &, const RoomMirror::Event &event) {
                using Type = RoomMirror::Event::Type;
                if (event.type == Type::Joined || event.type == Type::Left || event.type == Type::JoinFailed)
                    refresh();
            });
    }
    refresh();
}

DeviceRole DeviceListModel::role() const
{
    return m_account ? m_account->coordinator()->role() : DeviceRole::Offline;
}

QString DeviceListModel::anchor() const
{
    return m_account ? m_account->coordinator()->anchor() : QString();
}

quint64 DeviceListModel::term() const
{
    return m_account ? m_account->coordinator()->term() : 0;
}

AnchorReason DeviceListModel::anchorReason() const
{
    return m_reason;
}

QString DeviceListModel::holderOf(const QString &room) const
{
    for (const Row &row : m_rows) {
        if (row.held.contains(room))
            return row.device.fullJid;
    }
    return {};
}

bool DeviceListModel::alwaysOn() const
{
    return m_account && m_account->coordinator()->self().alwaysOn;
}

int DeviceListModel::rowOf(const QString &fullJid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].device.fullJid == fullJid)
            return i;
    }
    return -1;
}

void DeviceListModel::preferThisDevice()
{
    if (m_account)
        m_account->coordinator()->preferAsAnchor();
}

void DeviceListModel::setAlwaysOn(bool on)
{
    if (m_profile)
        m_profile->setAlwaysOn(on);
    if (m_account)
        m_account->coordinator()->setAlwaysOn(on);
}

QVector<DeviceListModel::Row> DeviceListModel::currentRows() const
{
    QVector<Row> rows;
    if (!m_account || m_account->coordinator()->role() == DeviceRole::Offline)
        return rows;
    const Coordinator *coordinator = m_account->coordinator();
    const QString anchor = coordinator->anchor();
    Row self { coordinator->self(), true, false, AnchorReason::None, {} };
    rows << self;
    for (const DeviceInfo &sibling : coordinator->siblings())
        rows << Row { sibling, false, false, AnchorReason::None, {} };
    QList<DeviceInfo> devices;
    for (const Row &row : rows)
        devices << row.device;
    for (Row &row : rows) {
        row.anchor = !anchor.isEmpty() && row.device.fullJid == anchor;
        if (row.anchor) {
            row.reason = Tandem::anchorReason(row.device, devices);
            row.held = m_rooms;
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.anchor != b.anchor)
            return a.anchor;
        return DeviceInfo::ranksAbove(a.device, b.device);
    });
    return rows;
}

void DeviceListModel::refresh()
{
    m_rooms = m_account ? m_account->rooms()->rooms() : QStringList();
    m_rooms.sort();
    apply(currentRows());
    m_reason = AnchorReason::None;
    for (const Row &row : m_rows) {
        if (row.anchor)
            m_reason = row.reason;
    }
    if (m_account && m_account->state() == Account::State::Online)
        m_wasOnline = true;
    m_status = currentStatus();
    const QVariantList summary { int(role()), anchor(), term(), int(m_reason), m_rooms, int(m_status),
        alwaysOn() };
    if (summary != m_summary) {
        m_summary = summary;
        Q_EMIT summaryChanged();
    }
}

void DeviceListModel::apply(const QVector<Row> &wanted)
{
    // Rows gone first, from the back, so the indices before them stay valid.
    for (int i = m_rows.size() - 1; i >= 0; --i) {
        const QString jid = m_rows[i].device.fullJid;
        if (std::none_of(
                wanted.cbegin(), wanted.cend(), [&](const Row &r) { return r.device.fullJid == jid; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const int at = rowOf(wanted[i].device.fullJid);
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, wanted[i]);
            endInsertRows();
            continue;
        }
        if (at != i) { // at > i: everything before i is already in place
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        if (!(m_rows[i] == wanted[i])) {
            m_rows[i] = wanted[i];
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

DeviceListModel::Status DeviceListModel::currentStatus() const
{
    if (!m_account)
        return Status::Offline;
    switch (m_account->state()) {
    case Account::State::Offline:
    case Account::State::Failed:
        return Status::Offline;
    case Account::State::Connecting:
        return m_wasOnline ? Status::Reconnecting : Status::Connecting;
    case Account::State::Online:
        break;
    }
    switch (m_account->coordinator()->role()) {
    case DeviceRole::Offline:
        return Status::Connecting;
    case DeviceRole::Solo:
        return Status::Solo;
    case DeviceRole::Anchor:
        return Status::Anchor;
    case DeviceRole::Sibling:
        return Status::Sibling;
    }
    return Status::Offline;
}

QString DeviceListModel::roleText(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Offline:
        return tr("offline");
    case DeviceRole::Sibling:
        return tr("sibling");
    case DeviceRole::Anchor:
        return tr("anchor");
    case DeviceRole::Solo:
        return tr("solo");
    }
    return {};
}

QString DeviceListModel::reasonText(AnchorReason reason)
{
    switch (reason) {
    case AnchorReason::None:
        return {};
    case AnchorReason::Alone:
        return tr("the only device of the account online");
    case AnchorReason::AlwaysOn:
        return tr("always on");
    case AnchorReason::Chosen:
        return tr("chosen as the anchor");
    case AnchorReason::LongestRunning:
        return tr("running the longest");
    case AnchorReason::Name:
        return tr("first by name among equals");
    case AnchorReason::Incumbent:
        return tr("keeps the rooms until a better-placed device takes over");
    }
    return {};
}

QString DeviceListModel::statusText(Status status)
{
    switch (status) {
    case Status::Offline:
        return tr("Offline");
    case Status::Connecting:
        return tr("Connecting…");
    case Status::Reconnecting:
        return tr("Reconnecting…");
    case Status::Solo:
        return tr("Solo: this device holds the rooms");
    case Status::Anchor:
        return tr("Anchor: this device holds the rooms");
    case Status::Sibling:
        return tr("Sibling: the rooms come through the anchor");
    }
    return {};
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.self ? tr("%1 (this device)").arg(row.device.resource()) : row.device.resource();
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2").arg(data(index, Qt::DisplayRole).toString(), roleText(row.device.role));
        if (row.anchor)
            text = tr("%1, anchor because: %2").arg(text, reasonText(row.reason));
        return text;
    }
    case ResourceRole:
        return row.device.resource();
    case FullJidRole:
        return row.device.fullJid;
    case DeviceRoleRole:
        return int(row.device.role);
    case RoleTextRole:
        return row.device.joining ? tr("anchor (joining the rooms)") : roleText(row.device.role);
    case IsSelfRole:
        return row.self;
    case IsAnchorRole:
        return row.anchor;
    case AlwaysOnRole:
        return row.device.alwaysOn;
    case AnchorReasonRole:
        return int(row.reason);
    case AnchorReasonTextRole:
        return reasonText(row.reason);
    case TermRole:
        return row.device.term;
    case SinceRole:
        return QDateTime::fromMSecsSinceEpoch(row.device.since, Qt::UTC);
    case HeldRoomsRole:
        return row.held;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ResourceRole, "resource");
    names.insert(FullJidRole, "fullJid");
    names.insert(DeviceRoleRole, "deviceRole");
    names.insert(RoleTextRole, "roleText");
    names.insert(IsSelfRole, "isSelf");
    names.insert(IsAnchorRole, "isAnchor");
    names.insert(AlwaysOnRole, "alwaysOn");
    names.insert(AnchorReasonRole, "anchorReason");
    names.insert(AnchorReasonTextRole, "anchorReasonText");
    names.insert(TermRole, "term");
    names.insert(SinceRole, "since");
    names.insert(HeldRoomsRole, "heldRooms");
    return names;
}

} // namespace Tandem
