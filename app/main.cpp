// Tandem: entry point. Chooses between the desktop client, --headless, and the command-line
// subcommands (account, ctl, repair), which need no display.
#include "AccountCommand.h"
#include "CommandLine.h"
#include "CtlCommand.h"
#include "GuiMode.h"
#include "HeadlessMode.h"
#include "RepairCommand.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <memory>

int main(int argc, char *argv[])
{
    // No organisation name: data goes to ~/.local/share/tandem, not ~/.local/share/tandem/tandem.
    QCoreApplication::setApplicationName(QStringLiteral("tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGui(argc, argv)) {
        QApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
        QApplication::setDesktopFileName(QStringLiteral("im.tandem.Tandem"));
        // On a HiDPI screen Qt 5 scales only when asked, and draws icons at 1x unless high-DPI
        // pixmaps are on: with both, the window follows the screen's scale and the SVG icons are
        // drawn at its resolution.
        QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
        QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setWindowIcon(QIcon::fromTheme(
            QStringLiteral("im.tandem.Tandem"), QIcon(QStringLiteral(":/icons/im.tandem.Tandem.svg"))));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The language first, quietly: --help and the errors of the command line speak it.
    UiLanguage::install(app.get(), CommandLine::parse(QCoreApplication::arguments(), false).language);
    const CommandLine cli = CommandLine::parse(QCoreApplication::arguments());
    switch (cli.mode) {
    case CommandLine::Mode::Exit:
        return cli.exitCode;
    case CommandLine::Mode::Gui:
        return GuiMode::run(cli.profileDir, cli.openUri);
    case CommandLine::Mode::Headless:
        return HeadlessMode::run(cli.profileDir);
    case CommandLine::Mode::Account:
        return AccountCommand::run(cli.profileDir, cli.subcommandArguments);
    case CommandLine::Mode::Ctl:
        return CtlCommand::run(cli.profileDir, cli.subcommandArguments);
    case CommandLine::Mode::Repair:
        return RepairCommand::run(cli.profileDir, cli.subcommandArguments);
    }
    return 0;
}
