#include "models/MessageListModel.h"

#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

namespace Tandem {

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MessageListModel::setConversation(MessageEvents *events, const QString &conversation, int pageSize)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    beginResetModel();
    m_events = events;
    m_conversation = conversation;
    m_messages.clear();
    endResetModel();
    const quint64 generation = ++m_generation;
    if (!events || !events->store())
        return;
    connect(events, &MessageEvents::messageAdded, this, [this](const Message &m) {
        if (m.conversation == m_conversation)
            append(m);
    });
    // History (an archive or a catch-up) is older than what is shown: it goes in at its time.
    connect(events, &MessageEvents::historyAdded, this, [this](const QVector<Message> &stored) {
        for (const Message &m : stored) {
            if (m.conversation == m_conversation)
                insertInOrder(m);
        }
    });
    connect(events, &MessageEvents::deliveryStateChanged, this, &MessageListModel::updateState);
    events->store()->history(events->account(), conversation, pageSize, HistoryCursor(), this,
        [this, generation](const QVector<Message> &page, const StorageError &) {
            if (generation != m_generation)
                return;
            // Live messages may have arrived while the page loaded; keep them after it,
            // without the ones the page already contains.
            QVector<Message> merged = page;
            for (const Message &live : qAsConst(m_messages)) {
                const bool known = std::any_of(
                    page.cbegin(), page.cend(), [&](const Message &p) { return p.rowId == live.rowId; });
                if (!known)
                    merged.append(live);
            }
            beginResetModel();
            m_messages = merged;
            endResetModel();
            Q_EMIT loaded();
        });
}

void MessageListModel::append(const Message &message)
{
    beginInsertRows({}, m_messages.size(), m_messages.size());
    m_messages.append(message);
    endInsertRows();
}

void MessageListModel::insertInOrder(const Message &message)
{
    const auto before = [](const Message &a, const Message &b) {
        return a.serverTime != b.serverTime ? a.serverTime < b.serverTime : a.rowId < b.rowId;
    };
    const auto at = std::upper_bound(m_messages.begin(), m_messages.end(), message, before);
    const int row = int(at - m_messages.begin());
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    endInsertRows();
}

void MessageListModel::updateState(
    const QString &conversation, const QString &messageId, Message::DeliveryState state)
{
    if (conversation != m_conversation)
        return;
    for (int row = 0; row < m_messages.size(); ++row) {
        Message &m = m_messages[row];
        if (m.messageId == messageId || m.originId == messageId) {
            m.state = state;
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, { DeliveryStateRole });
        }
    }
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_messages.size();
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case SenderRole:
        return m.sender;
    case TimeRole:
        return m.serverTime;
    case DirectionRole:
        return int(m.direction);
    case DeliveryStateRole:
        return int(m.state);
    case MessageIdRole:
        return m.messageId;
    }
    return {};
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {
        { BodyRole, "body" },
        { SenderRole, "sender" },
        { TimeRole, "time" },
        { DirectionRole, "direction" },
        { DeliveryStateRole, "deliveryState" },
        { MessageIdRole, "messageId" },
    };
}

} // namespace Tandem
