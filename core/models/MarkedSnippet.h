#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace Tandem {

/// A search snippet with its matched words as ranges instead of markers, so a view can paint
/// them without parsing text (and a body that contains the marker characters stays plain text).
struct MarkedSnippet
{
    QString text; ///< the snippet without markers
    QVector<QPair<int, int>> highlights; ///< (start, length) in text, in order, never overlapping

    /// Splits `marked` at `start`/`end` markers. An unclosed start marker runs to the end; a
    /// stray end marker is kept as text.
    static MarkedSnippet fromMarked(const QString &marked, const QString &start, const QString &end);
};

} // namespace Tandem
