#pragma once

#include <QString>

/// The desktop client: the same core as --headless, with the main window on top.
namespace GuiMode {
int run(const QString &profileDir, const QString &openUri = {});
}
