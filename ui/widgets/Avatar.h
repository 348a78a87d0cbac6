#pragma once

#include <QColor>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QRect;

namespace Tandem {

/// The placeholder avatar every list draws until pictures come: a disc in a colour derived from
/// the address (or nick), so one person looks the same in every list, with the name's initial.
namespace Avatar {

QColor color(const QString &key, const QPalette &palette);
/// Paints the disc in `rect`, the first letter of `name` on it in `font` (made bold, sized to fit).
void paint(QPainter *painter, const QRect &rect, const QString &key, const QString &name,
    const QPalette &palette, QFont font);
bool isDark(const QPalette &palette);

} // namespace Avatar
} // namespace Tandem
