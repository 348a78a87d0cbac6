#include "RosterModel.h"

#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <algorithm>

namespace Tandem {

namespace {

QString subscriptionName(QXmppRosterIq::Item::SubscriptionType type)
{
    switch (type) {
    case QXmppRosterIq::Item::None:
        return QStringLiteral("none");
    case QXmppRosterIq::Item::From:
        return QStringLiteral("from");
    case QXmppRosterIq::Item::To:
        return QStringLiteral("to");
    case QXmppRosterIq::Item::Both:
        return QStringLiteral("both");
    case QXmppRosterIq::Item::Remove:
        return QStringLiteral("remove");
    case QXmppRosterIq::Item::NotSet:
        break;
    }
    return QString();
}

/// The lower, the more reachable: what a contact's row shows of its several resources.
int showRank(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Available)
        return 9;
    switch (presence.availableStatusType()) {
    case QXmppPresence::Chat:
        return 0;
    case QXmppPresence::Online:
        return 1;
    case QXmppPresence::Away:
        return 2;
    case QXmppPresence::XA:
        return 3;
    case QXmppPresence::DND:
        return 4;
    case QXmppPresence::Invisible:
        break;
    }
    return 5;
}

QString showName(const QXmppPresence &presence)
{
    switch (presence.availableStatusType()) {
    case QXmppPresence::Chat:
        return QStringLiteral("chat");
    case QXmppPresence::Away:
        return QStringLiteral("away");
    case QXmppPresence::XA:
        return QStringLiteral("xa");
    case QXmppPresence::DND:
        return QStringLiteral("dnd");
    default:
        return QString();
    }
}

} // namespace

QString RosterModel::Row::key() const
{
    return (name.isEmpty() ? jid : name).toCaseFolded() + QChar(0) + jid;
}

RosterModel::RosterModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void RosterModel::setRoster(QXmppRosterManager *roster)
{
    if (m_roster)
        disconnect(m_roster, nullptr, this, nullptr);
    m_roster = roster;
    if (roster) {
        connect(roster, &QXmppRosterManager::rosterReceived, this, &RosterModel::reload);
        connect(roster, &QXmppRosterManager::itemAdded, this, &RosterModel::sync);
        connect(roster, &QXmppRosterManager::itemChanged, this, &RosterModel::sync);
        connect(roster, &QXmppRosterManager::itemRemoved, this, &RosterModel::sync);
        connect(roster, &QXmppRosterManager::presenceChanged, this,
            [this](const QString &bareJid, const QString &) { sync(bareJid); });
    }
    reload();
}

int RosterModel::rowOf(const QString &bareJid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].jid == bareJid)
            return i;
    return -1;
}

RosterModel::Row RosterModel::rowFor(const QString &bareJid) const
{
    Row row;
    row.jid = bareJid;
    const QXmppRosterIq::Item item = m_roster->getRosterEntry(bareJid);
    row.name = item.name();
    row.subscription = subscriptionName(item.subscriptionType());
    int best = 9;
    const auto presences = m_roster->getAllPresencesForBareJid(bareJid);
    for (const QXmppPresence &presence : presences) {
        const int rank = showRank(presence);
        if (rank < best) {
            best = rank;
            row.show = showName(presence);
            row.status = presence.statusText();
        }
    }
    return row;
}

void RosterModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_roster) {
        const QStringList jids = m_roster->getRosterBareJids();
        for (const QString &jid : jids)
            m_rows.append(rowFor(jid));
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.key() < b.key(); });
    }
    endResetModel();
}

int RosterModel::lowerBound(const Row &row) const
{
    const QString key = row.key();
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), key, [](const Row &r, const QString &k) {
        return r.key() < k;
    }) - m_rows.begin());
}

void RosterModel::sync(const QString &bareJid)
{
    if (!m_roster)
        return;
    const int at = rowOf(bareJid);
    const bool listed = m_roster->getRosterBareJids().contains(bareJid);
    if (!listed) {
        if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.remove(at);
            endRemoveRows();
        }
        return;
    }
    const Row row = rowFor(bareJid);
    if (at < 0) {
        const int to = lowerBound(row);
        beginInsertRows({}, to, to);
        m_rows.insert(to, row);
        endInsertRows();
        return;
    }
    if (m_rows[at].key() != row.key()) {
        // Renamed: the row moves to where it sorts among the others.
        const Row old = m_rows.takeAt(at);
        const int to = lowerBound(row);
        m_rows.insert(at, old);
        if (to != at) {
            beginMoveRows({}, at, at, {}, to > at ? to + 1 : to);
            m_rows.remove(at);
            m_rows.insert(to, row);
            endMoveRows();
            const QModelIndex moved = index(to);
            Q_EMIT dataChanged(moved, moved);
            return;
        }
    }
    m_rows[at] = row;
    const QModelIndex changed = index(at);
    Q_EMIT dataChanged(changed, changed);
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name.isEmpty() ? row.jid : row.name;
    case JidRole:
        return row.jid;
    case SubscriptionRole:
        return row.subscription;
    case OnlineRole:
        return row.show != QStringLiteral("offline");
    case ShowRole:
        return row.show;
    case StatusTextRole:
        return row.status;
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JidRole, "jid");
    names.insert(NameRole, "name");
    names.insert(SubscriptionRole, "subscription");
    names.insert(OnlineRole, "online");
    names.insert(ShowRole, "show");
    names.insert(StatusTextRole, "statusText");
    return names;
}

} // namespace Tandem
