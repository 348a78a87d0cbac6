#include "widgets/MessageDelegate.h"

#include "models/MessageSpans.h"
#include "models/TimelineModel.h"
#include "storage/Message.h"
#include "widgets/TimelineSelection.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace Tandem {

namespace {

constexpr int margin = 6;
using Model = TimelineModel;

bool isStatus(const QModelIndex &index)
{
    const int kind = index.data(Model::RowKindRole).toInt();
    return kind == int(Model::RowKind::LoadingOlder) || kind == int(Model::RowKind::EndOfHistory);
}

bool isRoomEvent(const QModelIndex &index)
{
    return index.data(Model::RowKindRole).toInt() == int(Model::RowKind::RoomEvent);
}

/// Room events are quieter than messages: a smaller, italic line.
QFont eventFont(const QFont &base)
{
    QFont font = base;
    font.setItalic(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

bool outgoing(const QModelIndex &index)
{
    return index.data(Model::DirectionRole).toInt() == int(Message::Direction::Outgoing);
}

QString stateGlyph(int state)
{
    switch (Message::DeliveryState(state)) {
    case Message::DeliveryState::Pending:
        return QStringLiteral("○");
    case Message::DeliveryState::Sent:
        return QStringLiteral("✓");
    case Message::DeliveryState::Delivered:
        return QStringLiteral("✓✓");
    case Message::DeliveryState::Failed:
        return QStringLiteral("⚠");
    case Message::DeliveryState::Received:
        break;
    }
    return {};
}

/// Lays `text` out in `width`; returns its height.
qreal layOut(QTextLayout &layout, int width)
{
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

/// The right-hand column the time, delivery state and "edited" mark go in, beside the body.
int marksColumn(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("00:00 PM ✓✓")) + margin;
}

/// The body's width in a row `areaWidth` wide: the marks sit on the sender's line, or beside the
/// body's first line when the sender's name is left out.
int bodyWidth(int areaWidth, const QModelIndex &index, const QFontMetrics &metrics)
{
    return index.data(Model::GroupedWithPreviousRole).toBool() ? areaWidth - marksColumn(metrics) : areaWidth;
}

/// Where the body begins in a row painted in `rect`: below the day separator, the new-messages
/// line and the sender's name, each when the row has it.
int bodyTop(const QRect &rect, const QModelIndex &index, const QFontMetrics &metrics)
{
    int y = rect.top() + margin;
    if (index.data(Model::FirstOfDayRole).toBool())
        y += metrics.height() + margin;
    if (index.data(Model::MarkerRole).toBool())
        y += metrics.height();
    if (!index.data(Model::GroupedWithPreviousRole).toBool())
        y += metrics.height();
    return y;
}

/// Links in the palette's link colour, underlined; mentions of our nick in bold.
QVector<QTextLayout::FormatRange> spanFormats(const QModelIndex &index, const QPalette &palette)
{
    QVector<QTextLayout::FormatRange> formats;
    for (const MessageSpan &span : index.data(Model::SpansRole).value<QVector<MessageSpan>>()) {
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = span.length;
        if (span.kind == MessageSpan::Kind::Link) {
            range.format.setForeground(palette.color(QPalette::Link));
            range.format.setFontUnderline(true);
        } else {
            range.format.setFontWeight(QFont::Bold);
        }
        formats << range;
    }
    return formats;
}

/// The indent of a room event's line, and how wide its text may run before it is elided.
constexpr int eventIndent = 3 * margin;

/// Lays out the text of `index`'s row as paint() draws it in `option.rect` and returns where it
/// begins: a message's body below its header lines, or a room event's single elided line. Drawing
/// and hit-testing both go through here, so they cannot drift apart.
QPointF layText(QTextLayout &layout, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QFontMetrics metrics(option.font);
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    if (isRoomEvent(index)) {
        // One line, elided rather than wrapped: a long kick reason stays one quiet line.
        const QFont font = eventFont(option.font);
        const int width = std::max(area.width() - eventIndent - marksColumn(metrics), 20);
        layout.setFont(font);
        layout.setText(QFontMetrics(font).elidedText(
            index.data(Model::SystemTextRole).toString(), Qt::ElideRight, width));
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(width);
        layout.endLayout();
        int y = option.rect.top() + margin;
        if (index.data(Model::FirstOfDayRole).toBool())
            y += metrics.height() + margin;
        if (index.data(Model::MarkerRole).toBool())
            y += metrics.height();
        return QPointF(area.left() + eventIndent, y);
    }
    layout.setFont(option.font);
    layout.setText(index.data(Model::ShownBodyRole).toString());
    layout.setFormats(spanFormats(index, option.palette));
    layOut(layout, bodyWidth(area.width(), index, metrics));
    return QPointF(area.left(), bodyTop(option.rect, index, metrics));
}

/// The text offset nearest to `local` (relative to the layout's origin) in a laid-out `layout`.
int offsetIn(const QTextLayout &layout, const QPointF &local)
{
    if (local.y() < 0)
        return 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (local.y() < line.y() + line.height())
            return line.xToCursor(local.x(), QTextLine::CursorBetweenCharacters);
    }
    return int(layout.text().size());
}

} // namespace

int MessageDelegate::offsetAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const
{
    if (isStatus(index) || !index.isValid())
        return -1;
    QTextLayout layout;
    const QPointF origin = layText(layout, option, index);
    return offsetIn(layout, point - origin);
}

bool MessageDelegate::overText(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const
{
    if (isStatus(index) || !index.isValid())
        return false;
    QTextLayout layout;
    const QPointF local = point - layText(layout, option, index);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (local.y() >= line.y() && local.y() < line.y() + line.height())
            return local.x() >= 0 && local.x() <= line.naturalTextWidth();
    }
    return false;
}

QVector<QTextLayout::FormatRange> MessageDelegate::selectionFormats(
    const QModelIndex &index, int length, const QPalette &palette) const
{
    if (!m_selection)
        return {};
    const auto range = m_selection->rangeIn(index.data(Model::TimeRole).toDateTime().toMSecsSinceEpoch(),
        index.data(Model::RowIdRole).toLongLong(), length);
    if (!range)
        return {};
    QTextLayout::FormatRange selected;
    selected.start = range->first;
    selected.length = range->second - range->first;
    selected.format.setBackground(palette.color(QPalette::Highlight));
    selected.format.setForeground(palette.color(QPalette::HighlightedText));
    return { selected };
}

QString MessageDelegate::linkAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const
{
    if (isStatus(index) || isRoomEvent(index) || !option.rect.contains(point))
        return {};
    QTextLayout layout;
    const QPointF local = point - layText(layout, option, index);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        if (local.x() < 0 || local.x() > line.naturalTextWidth())
            return {};
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        for (const MessageSpan &span : index.data(Model::SpansRole).value<QVector<MessageSpan>>()) {
            if (span.kind == MessageSpan::Kind::Link && cursor >= span.start
                && cursor < span.start + span.length)
                return span.target;
        }
        return {};
    }
    return {};
}

QString MessageDelegate::statusText(int rowKind)
{
    if (rowKind == int(Model::RowKind::LoadingOlder))
        return tr("Loading older messages…");
    if (rowKind == int(Model::RowKind::EndOfHistory))
        return tr("Beginning of the conversation");
    return {};
}

void MessageDelegate::forget(qint64 rowId)
{
    for (auto it = m_sizes.begin(); it != m_sizes.end();) {
        if (it.key().first == rowId)
            it = m_sizes.erase(it);
        else
            ++it;
    }
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    // A row is as wide as the viewport; what the view passes in option.rect is not always that
    // (a stale width wraps the text in more lines than the row is painted with).
    const auto *view = qobject_cast<const QAbstractItemView *>(parent());
    const int width = std::max(view ? view->viewport()->width() : option.rect.width(), 100);
    if (isStatus(index))
        return { width, metrics.height() + 2 * margin };
    const QPair<qint64, int> key(index.data(Model::RowIdRole).toLongLong(), width);
    const auto cached = m_sizes.constFind(key);
    if (cached != m_sizes.cend())
        return *cached;
    int height = margin;
    if (index.data(Model::FirstOfDayRole).toBool())
        height += metrics.height() + margin;
    if (index.data(Model::MarkerRole).toBool())
        height += metrics.height();
    if (isRoomEvent(index)) {
        const QSize size(width, height + QFontMetrics(eventFont(option.font)).height() + margin / 2);
        m_sizes.insert(key, size);
        return size;
    }
    if (!index.data(Model::GroupedWithPreviousRole).toBool())
        height += metrics.height();
    QTextLayout layout(index.data(Model::ShownBodyRole).toString(), option.font);
    layout.setFormats(spanFormats(index, option.palette));
    height += int(std::ceil(layOut(layout, bodyWidth(width - 2 * margin, index, metrics)))) + margin;
    const QSize size(width, height);
    m_sizes.insert(key, size);
    return size;
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6);
    const QFontMetrics metrics(option.font);
    QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    painter->save();
    if (isStatus(index)) {
        painter->setPen(dim);
        painter->drawText(option.rect, Qt::AlignCenter, statusText(index.data(Model::RowKindRole).toInt()));
        painter->restore();
        return;
    }
    int y = area.top() + margin;
    if (index.data(Model::FirstOfDayRole).toBool()) {
        const QDate day = index.data(Model::TimeRole).toDateTime().toLocalTime().date();
        painter->setPen(dim);
        painter->drawText(QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignCenter,
            QLocale().toString(day, QLocale::LongFormat));
        y += metrics.height() + margin;
    }
    if (index.data(Model::MarkerRole).toBool()) {
        const QColor accent = palette.color(QPalette::Highlight);
        painter->setPen(accent);
        const int mid = y + metrics.height() / 2;
        painter->drawLine(area.left(), mid, area.right(), mid);
        const QString label = tr("New messages");
        const QRect labelRect(area.right() - metrics.horizontalAdvance(label) - 2 * margin, y,
            metrics.horizontalAdvance(label) + 2 * margin, metrics.height());
        painter->fillRect(labelRect, palette.color(QPalette::Base));
        painter->drawText(labelRect, Qt::AlignCenter, label);
        y += metrics.height();
    }
    if (isRoomEvent(index)) {
        // One dimmed line, indented, without a sender header; its time in the marks column.
        const QFontMetrics small(eventFont(option.font));
        painter->setFont(eventFont(option.font));
        painter->setPen(dim);
        const QString time = QLocale().toString(
            index.data(Model::TimeRole).toDateTime().toLocalTime().time(), QLocale::ShortFormat);
        painter->drawText(
            QRect(area.left(), y, area.width(), small.height()), Qt::AlignRight | Qt::AlignVCenter, time);
        QTextLayout layout;
        const QPointF origin = layText(layout, option, index);
        layout.draw(painter, origin, selectionFormats(index, int(layout.text().size()), palette));
        painter->restore();
        return;
    }
    const bool own = outgoing(index);
    const QRect body(area.left(), y, area.width(), option.rect.bottom() - y);
    if (own) {
        painter->fillRect(
            QRect(option.rect.left(), y - margin / 2, option.rect.width(), body.height() + margin / 2),
            palette.color(QPalette::AlternateBase));
    }
    if (index.data(Model::MentionsMeRole).toBool()) {
        // Named by someone: a tint of the accent and a bar at the left edge, as in most clients.
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.14);
        const QRect row(option.rect.left(), y - margin / 2, option.rect.width(), body.height() + margin / 2);
        painter->fillRect(row, tint);
        painter->fillRect(QRect(row.left(), row.top(), 3, row.height()), palette.color(QPalette::Highlight));
    }
    if (!index.data(Model::GroupedWithPreviousRole).toBool()) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(own ? palette.color(QPalette::Link) : text);
        const QString sender = index.data(Model::SenderRole).toString().section(QLatin1Char('/'), 0, 0);
        painter->drawText(QRect(area.left(), y, area.width() / 2, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(sender, Qt::ElideRight, area.width() / 2));
        painter->setFont(option.font);
        y += metrics.height();
    }
    // Time, delivery state and the edited mark at the right of the first line of the message.
    QStringList marks;
    if (index.data(Model::EditedRole).toBool())
        marks << tr("edited");
    marks << QLocale().toString(
        index.data(Model::TimeRole).toDateTime().toLocalTime().time(), QLocale::ShortFormat);
    const QString glyph = stateGlyph(index.data(Model::DeliveryStateRole).toInt());
    if (!glyph.isEmpty())
        marks << glyph;
    painter->setPen(dim);
    const int headerTop = index.data(Model::GroupedWithPreviousRole).toBool() ? y : y - metrics.height();
    painter->drawText(QRect(area.left(), headerTop, area.width(), metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, marks.join(QLatin1Char(' ')));

    QTextLayout layout;
    const QPointF origin = layText(layout, option, index);
    Q_ASSERT(int(origin.y()) == y);
    painter->setPen(text);
    layout.draw(painter, origin, selectionFormats(index, int(layout.text().size()), palette));
    painter->restore();
}

} // namespace Tandem
