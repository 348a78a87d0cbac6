#include "widgets/TimelineSelection.h"

#include "models/TimelineModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <tuple>

namespace Tandem {

namespace {

using Model = TimelineModel;

/// The text a row shows and can have selected: a message's body as drawn, a room event's line.
QString shownText(const QModelIndex &index)
{
    const int kind = index.data(Model::RowKindRole).toInt();
    if (kind == int(Model::RowKind::Message))
        return index.data(Model::ShownBodyRole).toString();
    if (kind == int(Model::RowKind::RoomEvent))
        return index.data(Model::SystemTextRole).toString();
    return {};
}

} // namespace

bool TimelineSelection::End::operator<(const End &other) const
{
    return std::tie(timeMs, rowId, offset) < std::tie(other.timeMs, other.rowId, other.offset);
}

void TimelineSelection::begin(const End &at)
{
    m_anchor = at;
    m_focus = at;
}

void TimelineSelection::extendTo(const End &at)
{
    if (!m_anchor)
        m_anchor = at;
    m_focus = at;
}

void TimelineSelection::select(const End &from, const End &to)
{
    m_anchor = from;
    m_focus = to;
}

void TimelineSelection::clear()
{
    m_anchor.reset();
    m_focus = {};
}

QPair<TimelineSelection::End, TimelineSelection::End> TimelineSelection::ordered() const
{
    if (!m_anchor)
        return {};
    return m_focus < *m_anchor ? qMakePair(m_focus, *m_anchor) : qMakePair(*m_anchor, m_focus);
}

std::optional<QPair<int, int>> TimelineSelection::rangeIn(qint64 timeMs, qint64 rowId, int length) const
{
    if (isEmpty())
        return std::nullopt;
    const auto [first, last] = ordered();
    const End rowStart { timeMs, rowId, 0 };
    const End rowEnd { timeMs, rowId, length };
    if (last < rowStart || rowEnd < first)
        return std::nullopt;
    const int start = first.sameRow(rowStart) ? qBound(0, first.offset, length) : 0;
    const int end = last.sameRow(rowStart) ? qBound(0, last.offset, length) : length;
    if (end <= start)
        return std::nullopt;
    return qMakePair(start, end);
}

QString TimelineSelection::text(const QAbstractItemModel &model) const
{
    if (isEmpty())
        return {};
    const auto [first, last] = ordered();
    if (first.sameRow(last)) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(Model::RowIdRole).toLongLong() == first.rowId)
                return shownText(index).mid(first.offset, last.offset - first.offset);
        }
        return {};
    }
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QDateTime time = index.data(Model::TimeRole).toDateTime();
        const QString text = shownText(index);
        const auto range
            = rangeIn(time.toMSecsSinceEpoch(), index.data(Model::RowIdRole).toLongLong(), int(text.size()));
        if (!range)
            continue;
        const QString part = text.mid(range->first, range->second - range->first);
        const QString stamp = QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
        if (index.data(Model::RowKindRole).toInt() == int(Model::RowKind::RoomEvent)) {
            lines << QStringLiteral("[%1] * %2").arg(stamp, part);
        } else {
            const QString sender = index.data(Model::SenderRole).toString().section(QLatin1Char('/'), 0, 0);
            lines << QStringLiteral("[%1] %2: %3").arg(stamp, sender, part);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tandem
