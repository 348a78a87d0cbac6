#pragma once

#include <QHash>
#include <QPair>
#include <QStyledItemDelegate>

namespace Tandem {

/// Paints a TimelineModel row: day separator, "new messages" line, sender and time (left out
/// when grouped with the message before), the body laid out with QTextLayout, the delivery state
/// and an "edited" mark; our own messages on a subtle background with an accent-coloured name.
/// Status rows say that older messages are loading or that the conversation begins here. A room
/// event ("carol joined") is one quiet line: dimmed, italic, indented, without a sender header.
/// Size hints are cached per (row id, width): forget() drops a row's when its data changes.
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

private:
    mutable QHash<QPair<qint64, int>, QSize> m_sizes;
};

} // namespace Tandem
