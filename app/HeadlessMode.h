#pragma once

#include <QString>

/// `tandem --headless`: the core without any window, for an always-on device.
namespace HeadlessMode {
int run(const QString &profileDir);
}
