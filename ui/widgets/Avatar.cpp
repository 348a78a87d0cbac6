#include "widgets/Avatar.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPalette>

namespace Tandem::Avatar {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(const QString &key, const QPalette &palette)
{
    const int hue = int(qHash(key.toLower()) % 360);
    // Pale on a dark background would glare, dark on a light one would look heavy.
    return isDark(palette) ? QColor::fromHsl(hue, 110, 95) : QColor::fromHsl(hue, 150, 120);
}

void paint(QPainter *painter, const QRect &rect, const QString &key, const QString &name,
    const QPalette &palette, QFont font)
{
    const QColor disc = color(key, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(disc);
    painter->drawEllipse(rect);
    font.setBold(true);
    font.setPixelSize(qMax(8, rect.height() / 2));
    painter->setFont(font);
    painter->setPen(disc.lightness() > 150 ? Qt::black : Qt::white);
    painter->drawText(rect, Qt::AlignCenter, name.left(1).toUpper());
    painter->restore();
}

} // namespace Tandem::Avatar
