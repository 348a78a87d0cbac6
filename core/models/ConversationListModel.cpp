#include "models/ConversationListModel.h"

#include "profile/HiddenRooms.h"
#include "profile/Jid.h"
#include "storage/ConversationState.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace Tandem {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_muteExpiry.setSingleShot(true);
    connect(&m_muteExpiry, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(m_rows.size() - 1), { MutedRole });
        scheduleMuteExpiry();
    });
}

void ConversationListModel::addAccount(MessageEvents *events)
{
    if (!events || m_feeds.contains(events->account()))
        return;
    const QString account = events->account();
    Feed &feed = m_feeds[account];
    feed.events = events;
    feed.generation = ++m_generation;
    connect(events, &MessageEvents::messageAdded, this, [this, account](const Message &message) {
        // A room's join or nick change is neither a preview nor unread: in a busy room they come
        // often, and the list would be read again for nothing (its message count waits for news).
        if (message.kind != Message::Kind::RoomEvent)
            reload(account);
    });
    connect(events, &MessageEvents::historyAdded, this, [this, account] { reload(account); });
    connect(events, &MessageEvents::conversationStateChanged, this, [this, account] { reload(account); });
    connect(events, &QObject::destroyed, this, [this, account] { removeAccount(account); });
    reload(account);
}

void ConversationListModel::removeAccount(const QString &account)
{
    const auto feed = m_feeds.find(account);
    if (feed == m_feeds.end())
        return;
    if (feed->events)
        disconnect(feed->events, nullptr, this, nullptr);
    m_feeds.erase(feed);
    for (int row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row).account != account)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
    }
}

void ConversationListModel::setAccount(MessageEvents *events)
{
    const QStringList accounts = m_feeds.keys();
    for (const QString &account : accounts) {
        if (!events || account != events->account())
            removeAccount(account);
    }
    addAccount(events);
}

MessageEvents *ConversationListModel::events(const QString &account) const
{
    return m_feeds.value(account).events;
}

void ConversationListModel::setHiddenRooms(HiddenRooms *hidden)
{
    if (m_hidden)
        disconnect(m_hidden, nullptr, this, nullptr);
    m_hidden = hidden;
    if (hidden)
        connect(hidden, &HiddenRooms::changed, this, [this](const QString &account) { reload(account); });
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
        reload(it.key());
}

void ConversationListModel::setReorderHeld(bool held)
{
    m_reorderHeld = held;
    if (!held && std::exchange(m_reorderPending, false))
        sortByMoves();
}

void ConversationListModel::reload(const QString &account)
{
    const auto feed = m_feeds.find(account);
    if (feed == m_feeds.end() || !feed->events || !feed->events->store())
        return;
    // A burst of messages (an archive sync) costs one query more, not one per message.
    if (feed->loading) {
        feed->again = true;
        return;
    }
    feed->loading = true;
    const quint64 generation = feed->generation;
    feed->events->store()->conversations(
        account, this, [this, account, generation](const QVector<ConversationSummary> &list) {
            const auto feed = m_feeds.find(account);
            if (feed == m_feeds.end() || feed->generation != generation)
                return;
            feed->loading = false;
            const bool again = std::exchange(feed->again, false);
            apply(account, list);
            Q_EMIT loaded();
            if (again)
                reload(account);
        });
}

void ConversationListModel::apply(const QString &account, QVector<ConversationSummary> list)
{
    if (m_hidden) {
        list.erase(
            std::remove_if(list.begin(), list.end(),
                [&](const ConversationSummary &s) { return m_hidden->isHidden(account, s.conversation); }),
            list.end());
    }
    QSet<QString> listed;
    for (const ConversationSummary &summary : list)
        listed.insert(summary.conversation);
    for (int row = m_rows.size() - 1; row >= 0; --row) {
        const Row &r = m_rows.at(row);
        if (r.account != account || listed.contains(r.summary.conversation))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
    }

    QStringList toPlace;
    for (const ConversationSummary &summary : list) {
        const int row = rowOf(account, summary.conversation);
        if (row < 0) {
            // A new conversation goes where it belongs even while the order is held: it was
            // nowhere the pointer could be.
            const Row added { account, summary };
            const int at = sortedPosition(added, -1);
            beginInsertRows({}, at, at);
            m_rows.insert(at, added);
            endInsertRows();
            continue;
        }
        bool placeChanged = false;
        update(row, summary, &placeChanged);
        if (placeChanged)
            toPlace << summary.conversation;
    }
    if (!toPlace.isEmpty()) {
        if (m_reorderHeld) {
            m_reorderPending = true;
        } else {
            for (const QString &conversation : qAsConst(toPlace))
                placeRow(rowOf(account, conversation));
            sortByMoves(); // only moves anything if several rows changed places at once
        }
    }
    scheduleMuteExpiry();
}

void ConversationListModel::update(int row, const ConversationSummary &s, bool *placeChanged)
{
    ConversationSummary &old = m_rows[row].summary;
    QVector<int> roles;
    if (old.kind != s.kind)
        roles << KindRole << DisplayNameRole << IsRoomRole;
    if (old.lastActivity != s.lastActivity)
        roles << LastActivityRole;
    if (old.lastBody != s.lastBody)
        roles << LastBodyRole << PreviewRole;
    if (old.messageCount != s.messageCount)
        roles << MessageCountRole;
    if (old.unreadCount != s.unreadCount)
        roles << UnreadCountRole;
    if (old.mentionCount != s.mentionCount)
        roles << MentionCountRole;
    if (old.mutedUntilMs != s.mutedUntilMs)
        roles << MutedRole << MutedUntilRole;
    if (old.pinned != s.pinned)
        roles << PinnedRole;
    if (old.draft != s.draft)
        roles << DraftRole;
    if (old.lastRowId != s.lastRowId)
        roles << LastRowIdRole;
    *placeChanged
        = old.pinned != s.pinned || old.lastActivity != s.lastActivity || old.lastRowId != s.lastRowId;
    old = s;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(row), index(row), roles);
}

bool ConversationListModel::lessThan(const Row &a, const Row &b)
{
    if (a.summary.pinned != b.summary.pinned)
        return a.summary.pinned;
    if (a.summary.lastActivity != b.summary.lastActivity)
        return a.summary.lastActivity > b.summary.lastActivity;
    if (a.summary.lastRowId != b.summary.lastRowId)
        return a.summary.lastRowId > b.summary.lastRowId;
    if (a.account != b.account)
        return a.account < b.account;
    return a.summary.conversation < b.summary.conversation;
}

int ConversationListModel::sortedPosition(const Row &row, int skip) const
{
    int position = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != skip && lessThan(m_rows.at(i), row))
            ++position;
    }
    return position;
}

void ConversationListModel::placeRow(int row)
{
    if (row < 0)
        return;
    const int target = sortedPosition(m_rows.at(row), row);
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.move(row, target);
    endMoveRows();
}

void ConversationListModel::sortByMoves()
{
    // One move per row out of place, never a reset: views keep their selection and scroll.
    for (int i = 0; i < m_rows.size(); ++i) {
        int first = i;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (lessThan(m_rows.at(j), m_rows.at(first)))
                first = j;
        }
        if (first == i)
            continue;
        beginMoveRows({}, first, first, {}, i);
        m_rows.move(first, i);
        endMoveRows();
    }
}

void ConversationListModel::scheduleMuteExpiry()
{
    const qint64 now = nowMs();
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Row &row : qAsConst(m_rows)) {
        const qint64 until = row.summary.mutedUntilMs;
        if (until > now && until != ConversationState::mutedForever)
            next = std::min(next, until);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_muteExpiry.stop();
        return;
    }
    // Timers are int milliseconds: a far expiry is looked at again after a day.
    m_muteExpiry.start(int(std::min<qint64>(next - now + 1, 24 * 3600 * 1000)));
}

int ConversationListModel::rowOf(const QString &conversation) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.summary.conversation == conversation; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int ConversationListModel::rowOf(const QString &account, const QString &conversation) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [&](const Row &r) { return r.account == account && r.summary.conversation == conversation; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QString ConversationListModel::displayName(const QString &conversation, int kind)
{
    if (kind == int(Message::Kind::GroupChatPrivate)) {
        const QString nick = Jid::resource(conversation);
        if (!nick.isEmpty())
            return nick;
    }
    const QString bare = conversation.section(QLatin1Char('/'), 0, 0);
    const int at = bare.indexOf(QLatin1Char('@'));
    return at > 0 ? bare.left(at) : bare;
}

QString ConversationListModel::preview(const QString &body)
{
    // A preview is one line of a narrow column: a few hundred characters are plenty, and a
    // megabyte-long body must not be copied and elided on every paint.
    constexpr int maxPreview = 300;
    const QString head = body.left(maxPreview * 4).trimmed();
    return head.section(QLatin1Char('\n'), 0, 0).trimmed().left(maxPreview);
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ConversationSummary &c = row.summary;
    switch (role) {
    case Qt::DisplayRole:
    case ConversationRole:
        return c.conversation;
    case KindRole:
        return int(c.kind);
    case LastActivityRole:
        return c.lastActivity;
    case LastBodyRole:
        return c.lastBody;
    case MessageCountRole:
        return c.messageCount;
    case AccountRole:
        return row.account;
    case DisplayNameRole:
        return displayName(c.conversation, int(c.kind));
    case PreviewRole:
        return preview(c.lastBody);
    case UnreadCountRole:
        return c.unreadCount;
    case MentionCountRole:
        return c.mentionCount;
    case MutedRole:
        return c.mutedUntilMs > nowMs();
    case MutedUntilRole:
        return c.mutedUntilMs;
    case PinnedRole:
        return c.pinned;
    case DraftRole:
        return c.draft;
    case LastRowIdRole:
        return c.lastRowId;
    case IsRoomRole:
        return c.kind == Message::Kind::GroupChat;
    }
    return {};
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        { ConversationRole, "conversation" },
        { KindRole, "kind" },
        { LastActivityRole, "lastActivity" },
        { LastBodyRole, "lastBody" },
        { MessageCountRole, "messageCount" },
        { AccountRole, "account" },
        { DisplayNameRole, "displayName" },
        { PreviewRole, "preview" },
        { UnreadCountRole, "unreadCount" },
        { MentionCountRole, "mentionCount" },
        { MutedRole, "muted" },
        { MutedUntilRole, "mutedUntil" },
        { PinnedRole, "pinned" },
        { DraftRole, "draft" },
        { LastRowIdRole, "lastRowId" },
        { IsRoomRole, "isRoom" },
    };
}

} // namespace Tandem
