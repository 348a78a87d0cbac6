#include "models/TimelineModel.h"

#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <algorithm>

namespace Tandem {

namespace {

bool before(const Message &a, const Message &b)
{
    return a.serverTime != b.serverTime ? a.serverTime < b.serverTime : a.rowId < b.rowId;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TimelineModel::setConversation(MessageEvents *events, const QString &conversation)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = events;
    m_conversation = conversation;
    if (events) {
        connect(events, &MessageEvents::messageAdded, this, &TimelineModel::liveArrived);
        connect(events, &MessageEvents::historyAdded, this, &TimelineModel::historyArrived);
        connect(events, &MessageEvents::deliveryStateChanged, this, &TimelineModel::stateChanged);
        connect(events, &MessageEvents::deliveryFailed, this, &TimelineModel::failureChanged);
    }
    openAtEnd();
}

void TimelineModel::setPageSize(int size)
{
    m_pageSize = std::max(1, size);
}

void TimelineModel::openAtEnd()
{
    open(0);
}

void TimelineModel::openAt(qint64 rowId)
{
    open(rowId);
}

void TimelineModel::open(qint64 rowId)
{
    const quint64 generation = ++m_generation;
    resetWith({}, false, false, -1);
    if (!m_events || !m_events->store())
        return;
    m_opening = true;
    const int pageSize = m_pageSize;
    if (rowId == 0) {
        m_events->store()->history(m_events->account(), m_conversation, pageSize, HistoryCursor(), this,
            [this, generation, pageSize](const Page &page, const StorageError &) {
                if (generation != m_generation)
                    return;
                const Page rows = withoutCorrections(page);
                resetWith(rows, page.size() < pageSize, true, rows.size() - 1);
            });
        return;
    }
    m_events->store()->around(m_events->account(), m_conversation, rowId, pageSize, pageSize, this,
        [this, generation, pageSize, rowId](const Page &page, const StorageError &) {
            if (generation != m_generation)
                return;
            const auto at = std::find_if(
                page.cbegin(), page.cend(), [rowId](const Message &m) { return m.rowId == rowId; });
            const int olderCount = int(at - page.cbegin());
            const int newerCount = at == page.cend() ? 0 : int(page.cend() - at) - 1;
            const Page rows = withoutCorrections(page);
            resetWith(rows, olderCount < pageSize, newerCount < pageSize, -1);
            Q_EMIT positioned(rowOf(rowId));
        });
}

void TimelineModel::resetWith(const Page &page, bool atOldest, bool atEnd, int positionRow)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(page.size());
    for (const Message &m : page)
        m_rows.append({ m, m_editedInPage.remove(m.rowId) });
    m_editedInPage.clear();
    m_atOldest = atOldest;
    m_atEnd = atEnd;
    m_loadingOlder = m_loadingNewer = m_opening = false;
    endResetModel();
    if (positionRow >= 0)
        Q_EMIT positioned(positionRow + offset());
}

bool TimelineModel::canFetchOlder() const
{
    return m_events && !m_atOldest && !isLoading() && !m_rows.isEmpty();
}

void TimelineModel::fetchOlder()
{
    if (!canFetchOlder())
        return;
    setStatus(true, m_atOldest);
    const quint64 generation = m_generation;
    m_events->store()->history(m_events->account(), m_conversation, m_pageSize,
        HistoryCursor::from(m_rows.first().message), this,
        [this, generation](const Page &page, const StorageError &) {
            if (generation == m_generation)
                olderArrived(page);
        });
}

void TimelineModel::fetchNewer()
{
    if (!m_events || m_atEnd || isLoading() || m_rows.isEmpty())
        return;
    m_loadingNewer = true;
    const quint64 generation = m_generation;
    m_events->store()->historyAfter(m_events->account(), m_conversation, m_pageSize,
        HistoryCursor::from(m_rows.last().message), this,
        [this, generation](const Page &page, const StorageError &) {
            if (generation == m_generation)
                newerArrived(page);
        });
}

void TimelineModel::olderArrived(const Page &page)
{
    const Page rows = withoutCorrections(page);
    setStatus(false, page.size() < m_pageSize);
    insertMessages(0, rows);
    const int excess = m_rows.size() - maxRows();
    if (excess > 0) {
        removeMessages(m_rows.size() - excess, excess);
        m_atEnd = false;
    }
    Q_EMIT pageLoaded();
}

void TimelineModel::newerArrived(const Page &page)
{
    m_loadingNewer = false;
    Page rows = withoutCorrections(page);
    // A live message may have come in meanwhile; it is already a row.
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [this](const Message &m) { return contains(m.rowId); }),
        rows.end());
    insertMessages(m_rows.size(), rows);
    m_atEnd = page.size() < m_pageSize;
    const int excess = m_rows.size() - maxRows();
    if (excess > 0) {
        removeMessages(0, excess);
        setStatus(m_loadingOlder, false);
    }
    Q_EMIT pageLoaded();
}

void TimelineModel::liveArrived(const Message &message)
{
    if (message.conversation != m_conversation || contains(message.rowId))
        return;
    if (!message.replacesId.isEmpty() && applyCorrection(message))
        return;
    if (!m_atEnd) {
        Q_EMIT newerAvailable();
        return;
    }
    insertMessages(m_rows.size(), { message });
    const int excess = m_rows.size() - maxRows();
    if (excess > 0) {
        removeMessages(0, excess);
        setStatus(m_loadingOlder, false);
    }
}

void TimelineModel::historyArrived(const QVector<Message> &messages)
{
    for (const Message &m : messages) {
        if (m.conversation != m_conversation || contains(m.rowId))
            continue;
        if (!m.replacesId.isEmpty() && applyCorrection(m))
            continue;
        // Only what falls inside the window: the rest is found by paging.
        const bool afterFirst = m_atOldest || (!m_rows.isEmpty() && before(m_rows.first().message, m));
        const bool beforeLast = m_atEnd || (!m_rows.isEmpty() && before(m, m_rows.last().message));
        if (!afterFirst || !beforeLast)
            continue;
        const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), m,
            [](const Message &value, const Row &row) { return before(value, row.message); });
        insertMessages(int(at - m_rows.cbegin()), { m });
    }
}

void TimelineModel::stateChanged(
    const QString &conversation, const QString &messageId, Message::DeliveryState state)
{
    if (conversation != m_conversation)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        Message &m = m_rows[i].message;
        if (m.messageId == messageId || m.originId == messageId) {
            m.state = state;
            const QModelIndex changed = index(i + offset());
            Q_EMIT dataChanged(changed, changed, { DeliveryStateRole });
        }
    }
}

void TimelineModel::failureChanged(
    const QString &conversation, const QString &messageId, const QString &reason)
{
    if (conversation != m_conversation)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        Message &m = m_rows[i].message;
        if (m.messageId == messageId || m.originId == messageId) {
            m.failure = reason;
            const QModelIndex changed = index(i + offset());
            Q_EMIT dataChanged(changed, changed, { FailureRole, Qt::ToolTipRole });
        }
    }
}

TimelineModel::Page TimelineModel::withoutCorrections(const Page &page)
{
    Page rows;
    rows.reserve(page.size());
    for (const Message &m : page) {
        if (m.replacesId.isEmpty()) {
            rows.append(m);
            continue;
        }
        // The corrected message is older: in this page (already in `rows`) or in the window.
        auto corrected = std::find_if(rows.rbegin(), rows.rend(),
            [&](const Message &r) { return r.messageId == m.replacesId || r.originId == m.replacesId; });
        if (corrected != rows.rend()) {
            corrected->body = m.body;
            m_editedInPage.insert(corrected->rowId);
        } else if (!applyCorrection(m))
            rows.append(m); // what it corrects is not known here: better shown than lost
    }
    return rows;
}

bool TimelineModel::applyCorrection(const Message &correction)
{
    for (int i = m_rows.size() - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (row.message.messageId != correction.replacesId && row.message.originId != correction.replacesId)
            continue;
        if (row.message.kind == Message::Kind::RoomEvent)
            return false; // nobody corrects what the room did
        row.message.body = correction.body;
        row.edited = true;
        row.spans.reset();
        const QModelIndex changed = index(i + offset());
        Q_EMIT dataChanged(
            changed, changed, { Qt::DisplayRole, BodyRole, EditedRole, Qt::AccessibleTextRole });
        return true;
    }
    return false;
}

void TimelineModel::insertMessages(int at, const Page &messages)
{
    if (messages.isEmpty())
        return;
    const int first = at + offset();
    beginInsertRows({}, first, first + messages.size() - 1);
    QVector<Row> rows;
    rows.reserve(messages.size());
    for (const Message &m : messages)
        rows.append({ m, m_editedInPage.remove(m.rowId) });
    m_editedInPage.clear();
    m_rows.insert(at, messages.size(), Row());
    std::move(rows.begin(), rows.end(), m_rows.begin() + at);
    endInsertRows();
    layoutChanged(at + messages.size());
}

void TimelineModel::removeMessages(int first, int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, first + offset(), first + offset() + count - 1);
    m_rows.remove(first, count);
    endRemoveRows();
    if (first < m_rows.size())
        layoutChanged(first);
}

TimelineModel::RowKind TimelineModel::statusKind() const
{
    if (m_loadingOlder)
        return RowKind::LoadingOlder;
    return m_atOldest ? RowKind::EndOfHistory : RowKind::Message;
}

void TimelineModel::setStatus(bool loadingOlder, bool atOldest)
{
    const RowKind was = statusKind();
    const bool had = was != RowKind::Message;
    const bool has = loadingOlder || atOldest;
    if (had && !has) {
        beginRemoveRows({}, 0, 0);
        m_loadingOlder = loadingOlder;
        m_atOldest = atOldest;
        endRemoveRows();
    } else if (!had && has) {
        beginInsertRows({}, 0, 0);
        m_loadingOlder = loadingOlder;
        m_atOldest = atOldest;
        endInsertRows();
    } else {
        m_loadingOlder = loadingOlder;
        m_atOldest = atOldest;
        if (had && statusKind() != was)
            Q_EMIT dataChanged(index(0), index(0), { RowKindRole, Qt::DisplayRole, Qt::AccessibleTextRole });
    }
}

// The row after an insert or removal may gain or lose its day separator or grouping.
void TimelineModel::layoutChanged(int messageIndex)
{
    if (messageIndex < 0 || messageIndex >= m_rows.size())
        return;
    const QModelIndex changed = index(messageIndex + offset());
    Q_EMIT dataChanged(changed, changed, { FirstOfDayRole, GroupedWithPreviousRole });
}

bool TimelineModel::contains(qint64 rowId) const
{
    return rowOf(rowId) >= 0;
}

int TimelineModel::rowOf(qint64 rowId) const
{
    // Newest first: live messages and deliveries concern the end of the window.
    for (int i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).message.rowId == rowId)
            return i + offset();
    }
    return -1;
}

int TimelineModel::lastOutgoingRow() const
{
    // Further back than the window is further back than anyone corrects.
    if (!m_atEnd)
        return -1;
    for (int i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).message.direction == Message::Direction::Outgoing)
            return i + offset();
    }
    return -1;
}

} // namespace Tandem
