#pragma once

#include <QHash>
#include <QPair>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace Tandem {

class TimelineSelection;

/// Paints a TimelineModel row: day separator, "new messages" line, sender and time (left out
/// when grouped with the message before), the body laid out with QTextLayout, the delivery state
/// and an "edited" mark; our own messages on a subtle background with an accent-coloured name.
/// Status rows say that older messages are loading or that the conversation begins here. A room
/// event ("carol joined") is one quiet line: dimmed, italic, indented, without a sender header.
/// Size hints are cached per (row id, width): forget() drops a row's when its data changes.
/// Text selected with the pointer (a TimelineSelection the view owns) is drawn highlighted; the
/// same layout serves drawing and hit-testing, so what is under the pointer is what is drawn there.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Drops the cached size of message `rowId` (its body, marks or neighbours changed).
    void forget(qint64 rowId);
    void forgetAll() { m_sizes.clear(); }
    int cachedSizes() const { return m_sizes.size(); }

    static QString statusText(int rowKind);
    /// The URL of the link under `point` in `index`'s row painted with `option`, or empty.
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const;
    /// Where `point` falls in the text of `index`'s row (a message's body or a room event's line)
    /// painted with `option`: a character offset, from the nearest line when it is above or below
    /// the text (above: 0, below: the end). -1 for a row with no selectable text.
    int offsetAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const;
    /// Whether `point` is over the lines of text of `index`'s row.
    bool overText(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const;
    /// The selection to highlight (owned by the view; null: none).
    void setSelection(const TimelineSelection *selection) { m_selection = selection; }

private:
    /// The row's selected characters as highlight formats for its `length`-character text.
    QVector<QTextLayout::FormatRange> selectionFormats(
        const QModelIndex &index, int length, const QPalette &palette) const;

    const TimelineSelection *m_selection = nullptr;
    mutable QHash<QPair<qint64, int>, QSize> m_sizes;
};

} // namespace Tandem
