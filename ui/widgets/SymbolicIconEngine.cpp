#include "widgets/SymbolicIconEngine.h"

#include <QFile>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QPixmap>

Q_LOGGING_CATEGORY(lcIcons, "tandem.ui.icons", QtInfoMsg)

namespace Tandem {

namespace {
// A window asks for a few sizes in a few modes; more than this means sizes keep changing.
constexpr int maxCached = 64;
} // namespace

SymbolicIconEngine::SymbolicIconEngine(const QString &svgPath, const Colours &colours)
    : m_path(svgPath)
    , m_colours(colours)
{ }

void SymbolicIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize logical = actualSize(rect.size(), mode, state);
    QPixmap pixmap = render(logical * dpr, mode);
    if (pixmap.isNull())
        return;
    pixmap.setDevicePixelRatio(dpr);
    const QRect target(rect.x() + (rect.width() - logical.width()) / 2,
        rect.y() + (rect.height() - logical.height()) / 2, logical.width(), logical.height());
    painter->drawPixmap(target, pixmap);
}

QPixmap SymbolicIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return render(actualSize(size, mode, state), mode);
}

QSize SymbolicIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // The icons are drawn on a square grid.
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

QIconEngine *SymbolicIconEngine::clone() const
{
    return new SymbolicIconEngine(m_path, m_colours);
}

QString SymbolicIconEngine::key() const
{
    return QStringLiteral("TandemSymbolic");
}

void SymbolicIconEngine::virtual_hook(int id, void *data)
{
    switch (id) {
    case QIconEngine::IsNullHook:
        *static_cast<bool *>(data) = !QFile::exists(m_path);
        break;
    case QIconEngine::ScaledPixmapHook: {
        // QIcon asks for the physical size at a device pixel ratio above 1: drawn at that size.
        auto *argument = static_cast<QIconEngine::ScaledPixmapArgument *>(data);
        argument->pixmap
            = render(actualSize(argument->size, argument->mode, argument->state), argument->mode);
        break;
    }
    default:
        QIconEngine::virtual_hook(id, data);
    }
}

QPixmap SymbolicIconEngine::render(const QSize &size, QIcon::Mode mode)
{
    if (size.isEmpty())
        return {};
    const quint64 cacheKey = quint64(size.width()) << 32 | quint64(size.height()) << 8 | quint64(mode);
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.constEnd())
        return *cached;
    QImageReader reader(m_path, "svg");
    reader.setScaledSize(size);
    QImage image = reader.read();
    if (image.isNull()) {
        qCWarning(lcIcons) << "cannot draw" << m_path << "at" << size << ":" << reader.errorString()
                           << "(are the Qt SVG plugins installed?)";
        return {};
    }
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    {
        // The shape's coverage stays, its colour becomes the palette's.
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour(mode));
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    if (m_cache.size() >= maxCached)
        m_cache.clear();
    m_cache.insert(cacheKey, pixmap);
    return pixmap;
}

QColor SymbolicIconEngine::colour(QIcon::Mode mode) const
{
    switch (mode) {
    case QIcon::Active:
        return m_colours.active;
    case QIcon::Selected:
        return m_colours.selected;
    case QIcon::Disabled:
        return m_colours.disabled;
    case QIcon::Normal:
        break;
    }
    return m_colours.normal;
}

} // namespace Tandem
