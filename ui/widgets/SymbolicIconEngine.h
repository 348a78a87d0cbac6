#pragma once

#include <QColor>
#include <QHash>
#include <QIconEngine>

namespace Tandem {

/// Draws a single-colour SVG in the colours of a palette: whatever colour the file is drawn in,
/// its shape is filled with the colour of the icon's mode (normal, active, selected, disabled).
/// Every pixmap is rendered from the SVG at the physical size asked for (logical size × device
/// pixel ratio), never scaled from a smaller bitmap, so icons stay sharp at 2x.
class SymbolicIconEngine : public QIconEngine
{
public:
    struct Colours
    {
        QColor normal;
        QColor active;
        QColor selected;
        QColor disabled;
    };

    SymbolicIconEngine(const QString &svgPath, const Colours &colours);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    void virtual_hook(int id, void *data) override;

private:
    /// `size` in physical pixels; null if the SVG cannot be read (no Qt SVG plugin, a bad file).
    QPixmap render(const QSize &size, QIcon::Mode mode);
    QColor colour(QIcon::Mode mode) const;

    QString m_path;
    Colours m_colours;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace Tandem
