#pragma once

#include <QStringList>

/// `tandem ctl …`: sends one command to the running instance of a profile and prints the
/// answer, as text or (--json) as the stable JSON documented in README.md.
namespace CtlCommand {
int run(const QString &profileDir, const QStringList &arguments);
}
