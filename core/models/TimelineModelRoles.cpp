// TimelineModel's rows as the view reads them: the roles, and what they are worked out from
// (grouping, day changes, links and mentions, long bodies cut short). Paging is TimelineModel.cpp.
#include "models/TimelineModel.h"

#include "models/RoomEventText.h"

#include <QLocale>

#include <algorithm>

namespace Tandem {

namespace {

constexpr qint64 groupingMs = 5 * 60 * 1000;

} // namespace

QString TimelineModel::shownBody(const QString &body)
{
    if (body.size() <= maxShownCharacters)
        return body;
    return body.left(maxShownCharacters) + QStringLiteral("…\n")
        + tr("(%n more characters not shown; Copy Message Text copies the whole message)", nullptr,
            int(body.size() - maxShownCharacters));
}

const QVector<MessageSpan> &TimelineModel::spansOf(const Row &row) const
{
    if (!row.spans)
        row.spans = MessageSpans::find(shownBody(row.message.body), m_ownNick);
    return *row.spans;
}

void TimelineModel::setOwnNick(const QString &nick)
{
    if (nick == m_ownNick)
        return;
    m_ownNick = nick;
    for (const Row &row : m_rows)
        row.spans.reset();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(offset()), index(offset() + m_rows.size() - 1), { SpansRole, MentionsMeRole });
}

void TimelineModel::setFirstUnreadRowId(qint64 rowId)
{
    const int was = m_firstUnread ? rowOf(m_firstUnread) : -1;
    m_firstUnread = rowId;
    const int now = rowId ? rowOf(rowId) : -1;
    for (int row : { was, now }) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { MarkerRole });
    }
}

bool TimelineModel::firstOfDay(int i) const
{
    return i == 0
        || m_rows.at(i - 1).message.serverTime.toLocalTime().date()
        != m_rows.at(i).message.serverTime.toLocalTime().date();
}

bool TimelineModel::grouped(int i) const
{
    if (firstOfDay(i))
        return false;
    const Message &previous = m_rows.at(i - 1).message;
    const Message &m = m_rows.at(i).message;
    if (previous.kind == Message::Kind::RoomEvent || m.kind == Message::Kind::RoomEvent)
        return false; // "carol joined" is no header for carol's first message
    return previous.sender == m.sender && previous.direction == m.direction
        && previous.serverTime.msecsTo(m.serverTime) <= groupingMs;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size() + offset();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = index.row() - offset();
    if (i < 0) {
        if (role == RowKindRole)
            return int(statusKind());
        return {};
    }
    const Row &row = m_rows.at(i);
    const Message &m = row.message;
    const bool event = m.kind == Message::Kind::RoomEvent;
    switch (role) {
    case RowKindRole:
        return int(event ? RowKind::RoomEvent : RowKind::Message);
    case SystemTextRole:
        return event ? RoomEventText::of(m) : QString();
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case ShownBodyRole:
        return shownBody(m.body);
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
    case RowIdRole:
        return m.rowId;
    case EditedRole:
        return row.edited;
    case FirstOfDayRole:
        return firstOfDay(i);
    case GroupedWithPreviousRole:
        return grouped(i);
    case MarkerRole:
        return m_firstUnread != 0 && m.rowId == m_firstUnread;
    case SpansRole:
        return QVariant::fromValue(spansOf(row));
    case MentionsMeRole:
        return !event && m.direction == Message::Direction::Incoming
            && std::any_of(spansOf(row).cbegin(), spansOf(row).cend(),
                [](const MessageSpan &span) { return span.kind == MessageSpan::Kind::Mention; });
    case FailureRole:
        return m.state == Message::DeliveryState::Failed ? m.failure : QString();
    case Qt::ToolTipRole:
        if (m.state != Message::DeliveryState::Failed || event)
            return {};
        return m.failure.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(m.failure);
    case Qt::AccessibleTextRole:
        if (event)
            return QStringLiteral("%1, %2").arg(
                RoomEventText::of(m), QLocale().toString(m.serverTime.toLocalTime(), QLocale::ShortFormat));
        // Sender, time, body: what a screen reader says for the row; a failure is said after it.
        return QStringLiteral("%1, %2: %3")
                   .arg(m.sender, QLocale().toString(m.serverTime.toLocalTime(), QLocale::ShortFormat),
                       shownBody(m.body))
            + (m.state == Message::DeliveryState::Failed
                    ? QStringLiteral(" (%1)").arg(data(index, Qt::ToolTipRole).toString())
                    : QString());
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        { RowKindRole, "rowKind" },
        { BodyRole, "body" },
        { SenderRole, "sender" },
        { TimeRole, "time" },
        { DirectionRole, "direction" },
        { DeliveryStateRole, "deliveryState" },
        { MessageIdRole, "messageId" },
        { RowIdRole, "rowId" },
        { EditedRole, "edited" },
        { FirstOfDayRole, "firstOfDay" },
        { GroupedWithPreviousRole, "groupedWithPrevious" },
        { MarkerRole, "marker" },
        { SpansRole, "spans" },
        { MentionsMeRole, "mentionsMe" },
        { ShownBodyRole, "shownBody" },
        { SystemTextRole, "systemText" },
        { FailureRole, "failure" },
    };
}

} // namespace Tandem
