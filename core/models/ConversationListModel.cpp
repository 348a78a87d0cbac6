#include "models/ConversationListModel.h"

#include "storage/MessageEvents.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <algorithm>
#include <utility>

namespace Tandem {

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConversationListModel::setAccount(MessageEvents *events)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    beginResetModel();
    m_events = events;
    m_rows.clear();
    endResetModel();
    ++m_generation;
    m_loading = false;
    m_reloadAgain = false;
    if (!events)
        return;
    connect(events, &MessageEvents::messageAdded, this, &ConversationListModel::reload);
    connect(events, &MessageEvents::historyAdded, this, &ConversationListModel::reload);
    reload();
}

void ConversationListModel::reload()
{
    if (!m_events || !m_events->store())
        return;
    // A burst of messages (an archive sync) costs one query more, not one per message.
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    m_events->store()->conversations(
        m_events->account(), this, [this, generation](const QVector<ConversationSummary> &list) {
            if (generation != m_generation)
                return;
            m_loading = false;
            apply(list);
            Q_EMIT loaded();
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
}

void ConversationListModel::apply(const QVector<ConversationSummary> &list)
{
    const bool sameOrder = std::equal(list.cbegin(), list.cend(), m_rows.cbegin(), m_rows.cend(),
        [](const ConversationSummary &a, const ConversationSummary &b) {
            return a.conversation == b.conversation;
        });
    if (!sameOrder) {
        // The selection of a view survives a reset only by name: views restore it by rowOf().
        beginResetModel();
        m_rows = list;
        endResetModel();
        return;
    }
    m_rows = list;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(m_rows.size() - 1),
            { KindRole, LastActivityRole, LastBodyRole, MessageCountRole });
}

int ConversationListModel::rowOf(const QString &conversation) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [&](const ConversationSummary &c) { return c.conversation == conversation; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &c = m_rows.at(index.row());
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
    };
}

} // namespace Tandem
