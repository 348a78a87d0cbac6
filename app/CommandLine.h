#pragma once

#include <QString>
#include <QStringList>

/// The global part of the command line: everything before a subcommand. Subcommands parse
/// their own arguments (see AccountCommand and CtlCommand).
struct CommandLine
{
    enum class Mode { Gui, Headless, Account, Ctl, Exit };

    Mode mode = Mode::Gui;
    QString profileDir;
    QString openUri; ///< an xmpp: URI to open in the GUI (from the desktop entry's %u)
    QStringList subcommandArguments; ///< program name first, then the subcommand's arguments
    int exitCode = 0; ///< with Mode::Exit (after --help, --version or an error)

    /// True when argv needs no GUI: decides QApplication vs QCoreApplication before either
    /// exists, so it must not use Qt's parser.
    static bool needsGui(int argc, char **argv);
    static CommandLine parse(const QStringList &arguments);
};
