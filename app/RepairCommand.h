#pragma once

#include <QStringList>

/// `tandem repair`: the way out of a damaged message database, while no Tandem runs on the
/// profile (see Tandem::DatabaseRepair).
namespace RepairCommand {
int run(const QString &profileDir, const QStringList &arguments);
}
