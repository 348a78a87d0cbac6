#include "widgets/ConversationDelegate.h"

#include "models/ConversationListModel.h"
#include "widgets/Avatar.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Tandem {

namespace {

constexpr int margin = 6;

QString timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

void drawBadge(
    QPainter *painter, const QRect &rect, const QString &text, const QColor &color, const QFont &font)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setPen(color.lightness() > 150 ? Qt::black : Qt::white);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace

QColor ConversationDelegate::badgeColor(bool muted, const QPalette &palette)
{
    return muted ? palette.color(QPalette::Disabled, QPalette::Text) : palette.color(QPalette::Highlight);
}

QString ConversationDelegate::unreadText(qint64 count)
{
    if (count <= 0)
        return {};
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

ConversationDelegate::Layout ConversationDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Layout l;
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const int side = 2 * line + margin / 2;
    l.avatar = QRect(area.left(), area.top() + (area.height() - side) / 2, side, side);
    const int left = l.avatar.right() + margin + 1;
    int right = area.right();

    const QString time = timeText(index.data(ConversationListModel::LastActivityRole).toDateTime());
    const int timeWidth = metrics.horizontalAdvance(time);
    l.time = QRect(right - timeWidth + 1, area.top(), timeWidth, line);
    int nameRight = l.time.left() - margin;
    const int glyph = line * 2 / 3;
    if (index.data(ConversationListModel::MutedRole).toBool()) {
        l.muted = QRect(nameRight - glyph, area.top() + (line - glyph) / 2, glyph, glyph);
        nameRight = l.muted.left() - margin / 2;
    }
    if (index.data(ConversationListModel::PinnedRole).toBool()) {
        l.pinned = QRect(nameRight - glyph, area.top() + (line - glyph) / 2, glyph, glyph);
        nameRight = l.pinned.left() - margin / 2;
    }
    l.name = QRect(left, area.top(), qMax(0, nameRight - left), line);

    const int second = area.top() + line + margin / 2;
    const QString unread = unreadText(index.data(ConversationListModel::UnreadCountRole).toLongLong());
    if (!unread.isEmpty()) {
        const int width = qMax(line, metrics.horizontalAdvance(unread) + line / 2);
        l.unreadBadge = QRect(right - width + 1, second, width, line);
        right = l.unreadBadge.left() - margin / 2;
    }
    if (index.data(ConversationListModel::MentionCountRole).toLongLong() > 0) {
        l.mentionBadge = QRect(right - line + 1, second, line, line);
        right = l.mentionBadge.left() - margin / 2;
    }
    l.preview = QRect(left, second, qMax(0, right - left), line);
    return l;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { option.rect.width() > 0 ? option.rect.width() : 240, 2 * metrics.height() + 3 * margin };
}

void ConversationDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const Layout l = layout(opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65);
    const QString jid = index.data(ConversationListModel::ConversationRole).toString();
    const QString name = index.data(ConversationListModel::DisplayNameRole).toString();
    const bool muted = index.data(ConversationListModel::MutedRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The avatar placeholder.
    Avatar::paint(painter, l.avatar, jid, name, opt.palette, opt.font);

    QFont bold = opt.font;
    bold.setBold(index.data(ConversationListModel::UnreadCountRole).toLongLong() > 0);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(name, Qt::ElideRight, l.name.width()));
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter,
        timeText(index.data(ConversationListModel::LastActivityRole).toDateTime()));

    if (!l.pinned.isEmpty()) {
        // A pushpin: a head and its needle.
        painter->setPen(Qt::NoPen);
        painter->setBrush(dim);
        const QRectF head(l.pinned.left(), l.pinned.top(), l.pinned.width(), l.pinned.height() * 0.6);
        painter->drawEllipse(head);
        painter->setPen(QPen(dim, 1.5));
        painter->drawLine(
            QPointF(head.center().x(), head.bottom()), QPointF(head.center().x(), l.pinned.bottom()));
    }
    if (!l.muted.isEmpty()) {
        // A loudspeaker, struck through.
        const QRectF r = l.muted;
        QPainterPath speaker;
        speaker.moveTo(r.left(), r.top() + r.height() * 0.35);
        speaker.lineTo(r.left() + r.width() * 0.3, r.top() + r.height() * 0.35);
        speaker.lineTo(r.left() + r.width() * 0.65, r.top());
        speaker.lineTo(r.left() + r.width() * 0.65, r.bottom());
        speaker.lineTo(r.left() + r.width() * 0.3, r.top() + r.height() * 0.65);
        speaker.lineTo(r.left(), r.top() + r.height() * 0.65);
        speaker.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(dim);
        painter->drawPath(speaker);
        painter->setPen(QPen(dim, 1.5));
        painter->drawLine(r.topLeft(), r.bottomRight());
    }

    const QString draft = index.data(ConversationListModel::DraftRole).toString().trimmed();
    QString preview = index.data(ConversationListModel::PreviewRole).toString();
    QFont previewFont = opt.font;
    if (!draft.isEmpty()) {
        preview = tr("Draft: %1").arg(ConversationListModel::preview(draft));
        previewFont.setItalic(true);
    }
    painter->setFont(previewFont);
    painter->setPen(dim);
    painter->drawText(l.preview, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(previewFont).elidedText(preview, Qt::ElideRight, l.preview.width()));

    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const QColor badge = badgeColor(muted, opt.palette);
    if (!l.mentionBadge.isEmpty())
        drawBadge(painter, l.mentionBadge, QStringLiteral("@"), badge, badgeFont);
    if (!l.unreadBadge.isEmpty()) {
        drawBadge(painter, l.unreadBadge,
            unreadText(index.data(ConversationListModel::UnreadCountRole).toLongLong()), badge, badgeFont);
    }
    painter->restore();
}

} // namespace Tandem
