// bench_archive's "query" phase: what a user waits for on an archive that is already there.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Tandem::Bench {

/// Opens the archive at `path` in this (fresh) process and times the newest page of `largest`
/// and 100 pages back, full-text searches (first 50 hits; all conversations, `largest` and
/// `smallest`), a hit opened in context and `largest` paged forward as `ctl export` does; ends
/// with the peak RSS (VmHWM).
QJsonObject runQuery(const QString &path, const QString &largest, const QString &smallest);

} // namespace Tandem::Bench
