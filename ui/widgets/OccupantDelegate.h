#pragma once

#include <QStyledItemDelegate>

namespace Tandem {

/// Paints one occupant of OccupantListModel: the group's heading ("Moderators 2") above the first
/// occupant of each group, then an avatar placeholder, the nick (ours in bold) and a dot for the
/// presence (green available, amber away, red busy).
class OccupantDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Whether `index` opens its group (the first row, or a group other than the row above's).
    static bool startsGroup(const QModelIndex &index);
    /// The presence dot's colour for a presence's show (empty: available).
    static QColor presenceColor(const QString &show);
};

} // namespace Tandem
