#include "CtlCommand.h"

#include "CtlCommands.h"
#include "CtlPrinting.h"
#include "ctl/ControlClient.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <cstdio>

using namespace Tandem;

namespace CtlCommand {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "tandem ctl: %s\n", qPrintable(message));
    return code;
}

int run(const QString &profileDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Control the running Tandem of a profile. 'tandem --help' describes every command."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the stable JSON form."));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("How many messages (default 50)."), tr("N"), QStringLiteral("50"));
    const QCommandLineOption account(
        QStringLiteral("account"), tr("Act as account JID (default: the profile's first)."), tr("JID"));
    const QCommandLineOption nick(QStringLiteral("nick"), tr("Nickname to join with."), tr("NICK"));
    const QCommandLineOption password(QStringLiteral("password"), tr("Room password."), tr("PASSWORD"));
    const QCommandLineOption in(
        QStringLiteral("in"), tr("search: only in this conversation or room."), tr("JID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("export: text (default) or json."),
        tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("export: write to FILE instead of standard output."), tr("FILE"));
    parser.addOptions({ json, limit, account, nick, password, in, format, output });
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("status | send JID TEXT | history JID | rooms | join ROOM | leave ROOM | "
           "occupants ROOM | nick ROOM NICK | subject ROOM TEXT | correct JID ID TEXT | anchor | "
           "search QUERY | export JID"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    // The options of search and export mean nothing to the other commands.
    if (command != QLatin1String("search") && parser.isSet(in))
        return fail(tr("--in only applies to 'search'."), 2);
    if (command != QLatin1String("export") && (parser.isSet(format) || parser.isSet(output)))
        return fail(tr("--format and --output only apply to 'export'."), 2);
    QJsonObject request;
    if (parser.isSet(account))
        request[QStringLiteral("account")] = parser.value(account);
    if (command == QLatin1String("status")) {
        if (args.size() != 1)
            return fail(tr("Usage: tandem ctl status [--json]"), 2);
    } else if (command == QLatin1String("send")) {
        if (args.size() < 3)
            return fail(tr("Usage: tandem ctl send JID TEXT"), 2);
        request[QStringLiteral("to")] = args.at(1);
        request[QStringLiteral("body")] = args.mid(2).join(QLatin1Char(' '));
    } else if (command == QLatin1String("history")) {
        if (args.size() != 2)
            return fail(tr("Usage: tandem ctl history JID [--limit N] [--json]"), 2);
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n < 1)
            return fail(tr("--limit takes a positive number."), 2);
        request[QStringLiteral("conversation")] = args.at(1);
        request[QStringLiteral("limit")] = n;
    } else if (command == QLatin1String("nick")) {
        if (args.size() != 3)
            return fail(tr("Usage: tandem ctl nick ROOM NICK"), 2);
        request[QStringLiteral("room")] = args.at(1);
        request[QStringLiteral("nick")] = args.at(2);
    } else if (command == QLatin1String("subject")) {
        if (args.size() < 2)
            return fail(tr("Usage: tandem ctl subject ROOM [TEXT]"), 2);
        request[QStringLiteral("room")] = args.at(1);
        request[QStringLiteral("subject")] = args.mid(2).join(QLatin1Char(' '));
    } else if (command == QLatin1String("correct")) {
        if (args.size() < 4)
            return fail(tr("Usage: tandem ctl correct JID MESSAGE-ID TEXT"), 2);
        request[QStringLiteral("to")] = args.at(1);
        request[QStringLiteral("id")] = args.at(2);
        request[QStringLiteral("body")] = args.mid(3).join(QLatin1Char(' '));
    } else if (command == QLatin1String("anchor")) {
        if (args.size() != 1)
            return fail(tr("Usage: tandem ctl anchor"), 2);
    } else if (command == QLatin1String("rooms")) {
        if (args.size() != 1)
            return fail(tr("Usage: tandem ctl rooms [--json]"), 2);
    } else if (command == QLatin1String("join")) {
        if (args.size() != 2)
            return fail(tr("Usage: tandem ctl join ROOM [--nick N] [--password P]"), 2);
        request[QStringLiteral("room")] = args.at(1);
        if (parser.isSet(nick))
            request[QStringLiteral("nick")] = parser.value(nick);
        if (parser.isSet(password))
            request[QStringLiteral("password")] = parser.value(password);
    } else if (command == QLatin1String("leave") || command == QLatin1String("occupants")) {
        if (args.size() != 2)
            return fail(tr("Usage: tandem ctl %1 ROOM").arg(command), 2);
        request[QStringLiteral("room")] = args.at(1);
    } else if (command == QLatin1String("search")) {
        if (args.size() < 2)
            return fail(tr("Usage: tandem ctl search QUERY [--in JID] [--limit N] [--json]"), 2);
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n < 1)
            return fail(tr("--limit takes a positive number."), 2);
        request[QStringLiteral("query")] = args.mid(1).join(QLatin1Char(' '));
        request[QStringLiteral("limit")] = n;
        if (parser.isSet(in))
            request[QStringLiteral("conversation")] = parser.value(in);
    } else if (command == QLatin1String("export")) {
        if (args.size() != 2)
            return fail(tr("Usage: tandem ctl export JID [--format text|json] [--output FILE]"), 2);
        const QString f = parser.value(format);
        if (f != QLatin1String("text") && f != QLatin1String("json"))
            return fail(tr("--format is text or json."), 2);
        request[QStringLiteral("conversation")] = args.at(1);
        Profile profile(profileDir);
        // --json is accepted as a shorthand for --format json.
        return exportConversation(profile.controlSocketPath(), request,
            f == QLatin1String("json") || parser.isSet(json), parser.value(output));
    } else if (command == QLatin1String("raise")) {
    } else {
        return fail(command.isEmpty() ? tr("Missing command. Run 'tandem ctl --help'.")
                                      : tr("Unknown command '%1'. Run 'tandem ctl --help'.").arg(command),
            2);
    }

    Profile profile(profileDir);
    QJsonObject response;
    QString error;
    if (!ControlClient(profile.controlSocketPath()).request(command, request, &response, &error))
        return fail(error);
    if (!response[QStringLiteral("ok")].toBool())
        return fail(response[QStringLiteral("error")].toString());
    const QJsonValue result = response[QStringLiteral("result")];
    if (parser.isSet(json)) {
        printJson(result);
    } else if (command == QLatin1String("status")) {
        printStatus(result.toObject());
    } else if (command == QLatin1String("history")) {
        printHistory(result.toObject());
    } else if (command == QLatin1String("rooms")) {
        printRooms(result.toObject());
    } else if (command == QLatin1String("search")) {
        printSearch(result.toObject());
    } else if (command == QLatin1String("occupants")) {
        printOccupants(result.toObject());
    } else if (command == QLatin1String("join") || command == QLatin1String("leave")) {
        printRoomState(result.toObject());
    } else if (command == QLatin1String("send") || command == QLatin1String("correct")) {
        printMessage(result.toObject());
    }
    return 0;
}

} // namespace CtlCommand
