#pragma once

#include <QStyledItemDelegate>

namespace Tandem {

/// Paints one search hit in two lines: who, where and when, then the snippet with the matched
/// words highlighted (SearchResultModel's PlainSnippetRole and HighlightsRole).
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Tandem
