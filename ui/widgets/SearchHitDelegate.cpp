#include "widgets/SearchHitDelegate.h"

#include "models/SearchResultModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace Tandem {

namespace {
constexpr int margin = 6;

QString header(const QModelIndex &index)
{
    const QString sender = index.data(SearchResultModel::SenderRole).toString();
    const QString conversation = index.data(SearchResultModel::ConversationRole).toString();
    const QDateTime time = index.data(SearchResultModel::TimeRole).toDateTime().toLocalTime();
    return QStringLiteral("%1 · %2 · %3")
        .arg(sender.section(QLatin1Char('/'), 0, 0), conversation,
            QLocale().toString(time, QLocale::ShortFormat));
}
} // namespace

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { option.rect.width() > 0 ? option.rect.width() : 300, 2 * metrics.height() + 3 * margin };
}

void SearchHitDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QFontMetrics metrics(opt.font);

    painter->save();
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(header(index), Qt::ElideRight, area.width()));

    // The matched words: bold on the highlight colour, so they stand out in light and dark palettes.
    const QString snippet = index.data(SearchResultModel::PlainSnippetRole).toString();
    QVector<QTextLayout::FormatRange> formats;
    for (const QVariant &range : index.data(SearchResultModel::HighlightsRole).toList()) {
        const QPoint r = range.toPoint();
        QTextLayout::FormatRange f;
        f.start = r.x();
        f.length = r.y();
        f.format.setFontWeight(QFont::Bold);
        if (!selected) {
            QColor mark = opt.palette.color(group, QPalette::Highlight);
            mark.setAlphaF(0.3);
            f.format.setBackground(mark);
        }
        formats.append(f);
    }
    const QString shown = metrics.elidedText(snippet, Qt::ElideRight, area.width());
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(area.width());
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(area.left(), area.top() + metrics.height() + margin));
    painter->restore();
}

} // namespace Tandem
