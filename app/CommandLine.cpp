#include "CommandLine.h"

#include "UiLanguage.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString commandsHelp()
{
    // translate() with the context spelled out: lupdate files a free function's tr() nowhere.
    return QCoreApplication::translate("CommandLine",
        "Tandem: an XMPP client whose group chats belong to the account, not to each device.\n"
        "\n"
        "Commands:\n"
        "  (none)                      Start the desktop client.\n"
        "  xmpp:JID                    Start the desktop client (or raise it) and open the conversation\n"
        "                              with JID; a ?query part (?join, ?message) is ignored.\n"
        "  account add JID --password-file FILE [--host H] [--port P] [--ca-file PEM]\n"
        "              [--password-store auto|keychain|file]\n"
        "                              Add an account to the profile without the GUI. The password\n"
        "                              goes to the system keychain, or with 'auto' and no keychain,\n"
        "                              to a file readable only by you (with a warning).\n"
        "  account list                The accounts of the profile.\n"
        "  ctl status [--json]\n"
        "                              State of the running instance of the profile.\n"
        "  ctl send JID TEXT [--json]\n"
        "                              Send a message through the running instance.\n"
        "  ctl history JID [--limit N] [--json]\n"
        "                              The last N messages (default 50) of a conversation or room.\n"
        "  ctl search QUERY [--in JID] [--limit N] [--json]\n"
        "                              Search the messages of all conversations, or of one. Words\n"
        "                              must all occur; \"a phrase\" in quotes; word* for a prefix.\n"
        "  ctl read JID [--up-to ID] [--json]\n"
        "                              Mark a conversation read (up to message ID), on every\n"
        "                              device of the account (XEP-0490).\n"
        "  ctl unread [--json]\n"
        "                              The conversations with unread messages, and mentions.\n"
        "  ctl export JID [--format text|json] [--output FILE] [--json]\n"
        "                              A whole conversation, oldest first, to standard output or FILE\n"
        "                              (--json is short for --format json).\n"
        "  ctl rooms [--json]\n"
        "                              The rooms this account is in, with state and occupant count\n"
        "                              (and whether this device hides them).\n"
        "  ctl join ROOM [--nick N] [--password P] [--json]\n"
        "                              Join a room (a new room is created as an instant room).\n"
        "  ctl leave ROOM [--json]\n"
        "                              Leave a room.\n"
        "  ctl hide ROOM [--json]\n"
        "                              Hide a room on this device only (still kept for the account).\n"
        "  ctl show ROOM [--json]\n"
        "                              Show a hidden room on this device again.\n"
        "  ctl occupants ROOM [--json]\n"
        "                              Who is in a room.\n"
        "  ctl nick ROOM NICK [--json]\n"
        "                              Change the account's nickname in a room.\n"
        "  ctl subject ROOM [TEXT] [--json]\n"
        "                              Set (or, without TEXT, clear) a room's subject.\n"
        "  ctl correct JID ID TEXT [--json]\n"
        "                              Correct your message ID (its origin_id) in a chat or room.\n"
        "  ctl anchor [--json]\n"
        "                              Make this device the account's anchor (the one in the rooms).\n"
        "  ctl active [--json]\n"
        "                              Count the user as active on this device now: it notifies alone.\n"
        "  ctl notifications [--json]\n"
        "                              What this device notified; which devices the user is active on.\n"
        "  repair                      When the message database is damaged (Tandem says so): rename\n"
        "                              it aside, unchanged, and copy every message that can still be\n"
        "                              read into a new one; the next start fetches the rest from the\n"
        "                              server archives. Only while Tandem is not running.\n"
        "  A room address works wherever a contact address does (ctl send ROOM TEXT).\n"
        "  Every ctl command takes --account JID (default: the profile's first account), and\n"
        "  --json prints its answer in the stable JSON form documented in the README.\n"
        "\n"
        "'tandem ctl' talks to the Tandem already running on the same profile; it exits with 1\n"
        "when none runs or the command fails, with 2 on a usage error. Data lives in the profile\n"
        "directory (default: %1).")
        .arg(Tandem::Profile::defaultDirectory());
}
} // namespace

bool CommandLine::needsGui(int argc, char **argv)
{
    // No QCoreApplication yet: the arguments as it would decode them.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine cli = parse(arguments, false);
    if (cli.mode == Mode::Gui)
        return true;
    // Qt's own window options (-platform, -style...) are not ours: QApplication takes them out
    // of argv before our parser runs, so they still mean the desktop client.
    static const QStringList qtGuiOptions { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("reverse"),
        QStringLiteral("session"), QStringLiteral("style"), QStringLiteral("stylesheet"),
        QStringLiteral("widgetcount"), QStringLiteral("display"), QStringLiteral("geometry") };
    return cli.mode == Mode::Exit && cli.exitCode == 2 && arguments.size() > 1
        && std::any_of(arguments.begin() + 1, arguments.end(), [](const QString &arg) {
               QString name = arg;
               while (name.startsWith(QLatin1Char('-')))
                   name.remove(0, 1);
               return arg.startsWith(QLatin1Char('-')) && qtGuiOptions.contains(name);
           });
}

CommandLine CommandLine::parse(const QStringList &arguments, bool report)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption profileOption({ QStringLiteral("p"), QStringLiteral("profile") },
        tr("Use the profile in DIR (one profile is one device)."), tr("DIR"));
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
        tr("Run without a window, as an always-on device (for a home "
           "server). Stops cleanly on SIGTERM or SIGINT."));
    const QString languages = UiLanguage::available().join(QStringLiteral(", "));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        tr("Speak LANG instead of the desktop's language: %1.").arg(languages), tr("LANG"));
    parser.addOption(profileOption);
    parser.addOption(headlessOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("account, ctl or repair; see the list above."),
        QStringLiteral("[command [arguments...]]"));

    const bool parsed = parser.parse(arguments);
    // Before the verdict on the rest: a usage error then speaks the language asked for.
    const QString language = parser.value(languageOption);
    result.language = UiLanguage::canonical(language);
    if (!parsed) {
        if (report)
            std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
                qPrintable(tr("Run 'tandem --help' for usage.")));
        result.mode = Mode::Exit;
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(languageOption) && result.language.isEmpty()) {
        if (report)
            std::fprintf(stderr, "%s\n%s\n",
                qPrintable(
                    tr("Unknown language '%1' for --lang; Tandem speaks %2.").arg(language, languages)),
                qPrintable(tr("Run 'tandem --help' for usage.")));
        result.mode = Mode::Exit;
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(helpOption)) {
        if (report)
            std::fputs(qPrintable(parser.helpText()), stdout);
        result.mode = Mode::Exit;
        return result;
    }
    if (parser.isSet(versionOption)) {
        if (report)
            std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
        result.mode = Mode::Exit;
        return result;
    }
    result.profileDir
        = parser.isSet(profileOption) ? parser.value(profileOption) : Tandem::Profile::defaultDirectory();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        result.mode = parser.isSet(headlessOption) ? Mode::Headless : Mode::Gui;
        return result;
    }
    const QString &command = positional.first();
    if (command.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive) && positional.size() == 1) {
        result.mode = parser.isSet(headlessOption) ? Mode::Headless : Mode::Gui;
        result.openUri = command;
        return result;
    }
    result.subcommandArguments
        = QStringList { arguments.first() + QLatin1Char(' ') + command } + positional.mid(1);
    if (command == QLatin1String("ctl")) {
        result.mode = Mode::Ctl;
    } else if (command == QLatin1String("account")) {
        result.mode = Mode::Account;
    } else if (command == QLatin1String("repair")) {
        result.mode = Mode::Repair;
    } else {
        if (report)
            std::fprintf(stderr, "%s\n",
                qPrintable(tr("Unknown command '%1'. Run 'tandem --help' for usage.").arg(command)));
        result.mode = Mode::Exit;
        result.exitCode = 2;
    }
    return result;
}
