#include "widgets/OccupantDelegate.h"

#include "models/OccupantListModel.h"
#include "widgets/Avatar.h"

#include <QApplication>
#include <QPainter>

namespace Tandem {

namespace {

constexpr int margin = 4;

int lineHeight(const QFontMetrics &metrics)
{
    return std::max(metrics.height(), 20) + 2 * margin;
}

int headingHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 2 * margin;
}

} // namespace

bool OccupantDelegate::startsGroup(const QModelIndex &index)
{
    if (index.row() == 0)
        return true;
    const QModelIndex above = index.sibling(index.row() - 1, 0);
    return above.data(OccupantListModel::GroupRole) != index.data(OccupantListModel::GroupRole);
}

QColor OccupantDelegate::presenceColor(const QString &show)
{
    if (show == QLatin1String("dnd"))
        return QColor(0xd0, 0x3a, 0x3a);
    if (show == QLatin1String("away") || show == QLatin1String("xa"))
        return QColor(0xe0, 0x9a, 0x1e);
    return QColor(0x3c, 0xa8, 0x4a);
}

QSize OccupantDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int height = lineHeight(metrics) + (startsGroup(index) ? headingHeight(metrics) : 0);
    return { option.rect.width(), height };
}

void OccupantDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    QRect rect = opt.rect;
    painter->save();
    const QPalette &palette = opt.palette;
    if (startsGroup(index)) {
        // The heading is not part of the selectable row below it.
        const QRect heading(
            rect.left() + margin, rect.top(), rect.width() - 2 * margin, headingHeight(metrics));
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QString section = index.data(OccupantListModel::SectionRole).toString();
        painter->drawText(heading, Qt::AlignLeft | Qt::AlignBottom, section);
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawLine(heading.left(), heading.bottom(), heading.right(), heading.bottom());
        rect.setTop(heading.bottom() + 1);
    }
    opt.rect = rect;
    opt.text.clear();
    opt.icon = {};
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QString nick = index.data(OccupantListModel::NickRole).toString();
    const int side = rect.height() - 2 * margin;
    const QRect avatar(rect.left() + margin, rect.top() + margin, side, side);
    Avatar::paint(painter, avatar, nick, nick, palette, opt.font);
    // The presence: a dot on the avatar's lower right, ringed in the background to stand apart.
    const int dot = std::max(6, side / 3);
    const QRect dotRect(avatar.right() - dot + 2, avatar.bottom() - dot + 2, dot, dot);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
    painter->setBrush(presenceColor(index.data(OccupantListModel::ShowRole).toString()));
    painter->drawEllipse(dotRect);

    const bool selected = opt.state & QStyle::State_Selected;
    QFont font = opt.font;
    font.setBold(index.data(OccupantListModel::IsSelfRole).toBool());
    painter->setFont(font);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text(
        avatar.right() + 2 * margin, rect.top(), rect.right() - avatar.right() - 3 * margin, rect.height());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font).elidedText(nick, Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace Tandem
