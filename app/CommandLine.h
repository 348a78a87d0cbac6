#pragma once

#include <QString>
#include <QStringList>

/// The global part of the command line: everything before a subcommand. Subcommands parse
/// their own arguments (see AccountCommand and CtlCommand).
struct CommandLine
{
    enum class Mode { Gui, Headless, Account, Ctl, Repair, Exit };

    Mode mode = Mode::Gui;
    QString profileDir;
    QString openUri; ///< an xmpp: URI to open in the GUI (from the desktop entry's %u)
    QString language; ///< --lang, as UiLanguage::canonical() spells it; empty: the desktop's
    QStringList subcommandArguments; ///< program name first, then the subcommand's arguments
    int exitCode = 0; ///< with Mode::Exit (after --help, --version or an error)

    /// True only when argv starts the desktop client: decides QApplication vs QCoreApplication
    /// before either exists. The whole command line is parsed (quietly) first, so that a typo
    /// is reported as a usage error even where no display is to be had.
    static bool needsGui(int argc, char **argv);
    /// With \a report, prints what --help, --version or a usage error has to say. The language
    /// is read even from a command line that is wrong otherwise, so that the error can speak it.
    static CommandLine parse(const QStringList &arguments, bool report = true);
};
