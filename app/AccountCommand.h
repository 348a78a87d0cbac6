#pragma once

#include <QStringList>

/// `tandem account add|list`: configures accounts without the GUI, for headless devices.
namespace AccountCommand {
int run(const QString &profileDir, const QStringList &arguments);
}
