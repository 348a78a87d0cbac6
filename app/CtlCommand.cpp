// `tandem ctl`: the command line parsed, checked against the command's row (CtlCommands.cpp),
// sent to the running instance and the answer printed.
#include "CtlCommand.h"

#include "CtlCommands.h"
#include "CtlPrinting.h"
#include "ctl/ControlClient.h"
#include "profile/Profile.h"

#include <cstdio>

using namespace Tandem;

namespace CtlCommand {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "tandem ctl: %s\n", qPrintable(message));
    return code;
}

Options makeOptions()
{
    return {
        QCommandLineOption(QStringLiteral("json"), tr("Print the stable JSON form.")),
        QCommandLineOption(
            QStringLiteral("limit"), tr("How many messages (default 50)."), tr("N"), QStringLiteral("50")),
        QCommandLineOption(
            QStringLiteral("account"), tr("Act as account JID (default: the profile's first)."), tr("JID")),
        QCommandLineOption(QStringLiteral("nick"), tr("Nickname to join with."), tr("NICK")),
        QCommandLineOption(QStringLiteral("password"), tr("Room password."), tr("PASSWORD")),
        QCommandLineOption(QStringLiteral("in"), tr("search: only in this conversation or room."), tr("JID")),
        QCommandLineOption(QStringLiteral("format"), tr("export: text (default) or json."), tr("FORMAT"),
            QStringLiteral("text")),
        QCommandLineOption(
            QStringLiteral("output"), tr("export: write to FILE instead of standard output."), tr("FILE")),
        QCommandLineOption(QStringLiteral("up-to"),
            tr("read: only up to this message (its id in 'ctl history --json')."), tr("ID")),
    };
}

QList<QCommandLineOption> Options::all() const
{
    return { json, limit, account, nick, password, in, format, output, upTo };
}

namespace {

// The options of search and export mean nothing to the other commands: rather than ignore
// them, say so. Checked before the command is looked up, so an unknown command gets this
// message too.
QString misplacedOption(const Invocation &call)
{
    const QString command = call.args.value(0);
    if (command != QLatin1String("search") && call.isSet(call.options.in))
        return tr("--in only applies to 'search'.");
    if (command != QLatin1String("export")
        && (call.isSet(call.options.format) || call.isSet(call.options.output)))
        return tr("--format and --output only apply to 'export'.");
    if (command != QLatin1String("read") && call.isSet(call.options.upTo))
        return tr("--up-to only applies to 'read'.");
    return {};
}

int askAndPrint(const Invocation &call, const Command &command, const QJsonObject &request)
{
    const Profile profile(call.profileDir);
    QJsonObject response;
    QString error;
    if (!ControlClient(profile.controlSocketPath())
             .request(QLatin1String(command.name), request, &response, &error))
        return fail(error);
    if (!response[QStringLiteral("ok")].toBool())
        return fail(response[QStringLiteral("error")].toString());
    const QJsonValue result = response[QStringLiteral("result")];
    if (call.isSet(call.options.json))
        printJson(result);
    else if (command.print)
        command.print(result.toObject());
    return 0;
}

} // namespace

int run(const QString &profileDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Control the running Tandem of a profile. 'tandem --help' describes every command.")
        + QStringLiteral("\n\n") + commandsHelp());
    parser.addHelpOption();
    const Options options = makeOptions();
    parser.addOptions(options.all());
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("One of the commands above, with its arguments."));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const Invocation call { parser, options, parser.positionalArguments(), profileDir };
    if (const QString error = misplacedOption(call); !error.isEmpty())
        return fail(error, 2);
    const QString name = call.args.value(0);
    const Command *command = findCommand(name);
    if (!command) {
        return fail(name.isEmpty() ? tr("Missing command. Run 'tandem ctl --help'.")
                                   : tr("Unknown command '%1'. Run 'tandem ctl --help'.").arg(name),
            2);
    }
    if (!command->count.allows(call.args.size() - 1))
        return fail(tr("Usage: tandem ctl %1").arg(synopsis(*command)), 2);
    QJsonObject request;
    if (parser.isSet(options.account))
        request[QStringLiteral("account")] = parser.value(options.account);
    if (command->request) {
        if (const QString error = command->request(call, request); !error.isEmpty())
            return fail(error, 2);
    }
    return command->exchange ? command->exchange(call, request) : askAndPrint(call, *command, request);
}

} // namespace CtlCommand
