#pragma once

#include <QPair>
#include <QString>

#include <optional>

class QAbstractItemModel;

namespace Tandem {

/// Text selected with the pointer across the rows of a timeline, from where the button went
/// down to where it is now. Each end names a row by its place in the conversation (server time,
/// then row id: the order TimelineModel keeps), not by its row number, so the selection stays
/// where it was while pages come in or drop out around it, even when an end leaves the window.
/// Offsets count characters of the row's shown text (a message's body, a room event's line).
class TimelineSelection
{
public:
    struct End
    {
        qint64 timeMs = 0;
        qint64 rowId = 0;
        int offset = 0;

        bool sameRow(const End &other) const { return timeMs == other.timeMs && rowId == other.rowId; }
        bool operator<(const End &other) const;
        bool operator==(const End &other) const { return sameRow(other) && offset == other.offset; }
    };

    /// A press: the selection starts, empty, at `at`.
    void begin(const End &at);
    /// A drag: the selection runs from where it began to `at`.
    void extendTo(const End &at);
    /// Selects the whole of [from, to] (a word on a double click, every row for Select All).
    void select(const End &from, const End &to);
    void clear();
    bool isEmpty() const { return !m_anchor || *m_anchor == m_focus; }

    /// The selected characters [start, end) of the row at (`timeMs`, `rowId`) whose text is
    /// `length` characters long, or nullopt when none of it is selected.
    std::optional<QPair<int, int>> rangeIn(qint64 timeMs, qint64 rowId, int length) const;

    /// What the selection says as plain text, from the rows of `model` (a TimelineModel) it
    /// covers. Within one message, just the selected characters; across rows, a line per row,
    /// "[time] sender: text" for messages and "[time] * text" for room events, like a chat log.
    QString text(const QAbstractItemModel &model) const;

private:
    QPair<End, End> ordered() const;

    std::optional<End> m_anchor;
    End m_focus;
};

} // namespace Tandem
