// bench_archive's "migrate" phase: what upgrading an archive written before schema 4 costs.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Tandem::Bench {

/// Writes `total` generated messages into `path` the way schema 3 stored them (the text id
/// indexes, every body indexed for search at once), then opens it with this build, which
/// migrates it to schema 4 (migration 0004 keys every message's ids), and times that open.
QJsonObject runMigrate(const QString &path, qint64 total);

} // namespace Tandem::Bench
