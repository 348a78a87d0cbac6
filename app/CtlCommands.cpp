// The commands of `tandem ctl`: one row each, from its usage to how its answer prints.
#include "CtlCommands.h"

#include "CtlPrinting.h"
#include "profile/Profile.h"

#include <algorithm>

namespace CtlCommand {

namespace {

QString addLimit(const Invocation &call, QJsonObject &request)
{
    bool ok = false;
    const int n = call.value(call.options.limit).toInt(&ok);
    if (!ok || n < 1)
        return tr("--limit takes a positive number.");
    request[QStringLiteral("limit")] = n;
    return {};
}

QString addRoom(const Invocation &call, QJsonObject &request)
{
    request[QStringLiteral("room")] = call.args.at(1);
    return {};
}

int exportPages(const Invocation &call, const QJsonObject &request)
{
    const Tandem::Profile profile(call.profileDir);
    // --json is accepted as a shorthand for --format json.
    return exportConversation(profile.controlSocketPath(), request,
        call.value(call.options.format) == QLatin1String("json") || call.isSet(call.options.json),
        call.value(call.options.output));
}

constexpr Command::Count none { 0, 0 };
constexpr Command::Count exactly(int n)
{
    return { n, n };
}
constexpr Command::Count atLeast(int n)
{
    return { n, Command::Count::any };
}

// Every command also takes --account and --json.
const std::vector<Command> table {
    { "status", QT_TRANSLATE_NOOP("CtlCommand", "[--json]"),
        QT_TRANSLATE_NOOP("CtlCommand", "State of the running instance of the profile."), none, nullptr,
        printStatus },
    { "send", QT_TRANSLATE_NOOP("CtlCommand", "JID TEXT"),
        QT_TRANSLATE_NOOP("CtlCommand", "Send a message through the running instance."), atLeast(2),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("to")] = call.args.at(1);
            request[QStringLiteral("body")] = call.joined(2);
            return QString();
        },
        printMessage },
    { "history", QT_TRANSLATE_NOOP("CtlCommand", "JID [--limit N] [--json]"),
        QT_TRANSLATE_NOOP("CtlCommand", "The last N messages (default 50) of a conversation or room."),
        exactly(1),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("conversation")] = call.args.at(1);
            return addLimit(call, request);
        },
        printHistory },
    { "search", QT_TRANSLATE_NOOP("CtlCommand", "QUERY [--in JID] [--limit N] [--json]"),
        QT_TRANSLATE_NOOP("CtlCommand", "Search the messages of all conversations, or of one."), atLeast(1),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("query")] = call.joined(1);
            if (call.isSet(call.options.in))
                request[QStringLiteral("conversation")] = call.value(call.options.in);
            return addLimit(call, request);
        },
        printSearch },
    { "read", QT_TRANSLATE_NOOP("CtlCommand", "JID [--up-to ID]"),
        QT_TRANSLATE_NOOP("CtlCommand", "Mark a conversation read, on every device of the account."),
        exactly(1),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("conversation")] = call.args.at(1);
            if (!call.isSet(call.options.upTo))
                return QString();
            bool ok = false;
            const qint64 id = call.value(call.options.upTo).toLongLong(&ok);
            if (!ok || id < 1)
                return tr("--up-to takes a message id, as 'ctl history --json' shows it.");
            request[QStringLiteral("up_to")] = double(id);
            return QString();
        },
        printRead },
    { "unread", QT_TRANSLATE_NOOP("CtlCommand", "[--json]"),
        QT_TRANSLATE_NOOP("CtlCommand", "The conversations with unread messages, and how many mention you."),
        none, nullptr, printUnread },
    { "export", QT_TRANSLATE_NOOP("CtlCommand", "JID [--format text|json] [--output FILE]"),
        QT_TRANSLATE_NOOP("CtlCommand", "A whole conversation, oldest first, to standard output or FILE."),
        exactly(1),
        [](const Invocation &call, QJsonObject &request) {
            const QString format = call.value(call.options.format);
            if (format != QLatin1String("text") && format != QLatin1String("json"))
                return tr("--format is text or json.");
            request[QStringLiteral("conversation")] = call.args.at(1);
            return QString();
        },
        nullptr, exportPages },
    { "rooms", QT_TRANSLATE_NOOP("CtlCommand", "[--json]"),
        QT_TRANSLATE_NOOP("CtlCommand", "The rooms this account is in, with state and occupant count."), none,
        nullptr, printRooms },
    { "join", QT_TRANSLATE_NOOP("CtlCommand", "ROOM [--nick N] [--password P]"),
        QT_TRANSLATE_NOOP("CtlCommand", "Join a room (a new room is created as an instant room)."),
        exactly(1),
        [](const Invocation &call, QJsonObject &request) {
            if (call.isSet(call.options.nick))
                request[QStringLiteral("nick")] = call.value(call.options.nick);
            if (call.isSet(call.options.password))
                request[QStringLiteral("password")] = call.value(call.options.password);
            return addRoom(call, request);
        },
        printRoomState },
    { "leave", QT_TRANSLATE_NOOP("CtlCommand", "ROOM"), QT_TRANSLATE_NOOP("CtlCommand", "Leave a room."),
        exactly(1), addRoom, printRoomState },
    { "hide", QT_TRANSLATE_NOOP("CtlCommand", "ROOM"),
        QT_TRANSLATE_NOOP("CtlCommand",
            "Hide a room on this device only: not listed, not notified, still kept for the account."),
        exactly(1), addRoom, printRoomHidden },
    { "show", QT_TRANSLATE_NOOP("CtlCommand", "ROOM"),
        QT_TRANSLATE_NOOP("CtlCommand", "Show a hidden room on this device again, with all its history."),
        exactly(1), addRoom, printRoomHidden },
    { "occupants", QT_TRANSLATE_NOOP("CtlCommand", "ROOM"),
        QT_TRANSLATE_NOOP("CtlCommand", "Who is in a room."), exactly(1), addRoom, printOccupants },
    { "nick", QT_TRANSLATE_NOOP("CtlCommand", "ROOM NICK"),
        QT_TRANSLATE_NOOP("CtlCommand", "Change the account's nickname in a room."), exactly(2),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("nick")] = call.args.at(2);
            return addRoom(call, request);
        },
        nullptr },
    { "subject", QT_TRANSLATE_NOOP("CtlCommand", "ROOM [TEXT]"),
        QT_TRANSLATE_NOOP("CtlCommand", "Set (or, without TEXT, clear) a room's subject."), atLeast(1),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("subject")] = call.joined(2);
            return addRoom(call, request);
        },
        nullptr },
    { "correct", QT_TRANSLATE_NOOP("CtlCommand", "JID MESSAGE-ID TEXT"),
        QT_TRANSLATE_NOOP(
            "CtlCommand", "Correct one of your messages (MESSAGE-ID: its origin_id) in a chat or room."),
        atLeast(3),
        [](const Invocation &call, QJsonObject &request) {
            request[QStringLiteral("to")] = call.args.at(1);
            request[QStringLiteral("id")] = call.args.at(2);
            request[QStringLiteral("body")] = call.joined(3);
            return QString();
        },
        printMessage },
    { "anchor", nullptr,
        QT_TRANSLATE_NOOP("CtlCommand", "Make this device the account's anchor (the one in the rooms)."),
        none, nullptr, nullptr },
    { "active", nullptr,
        QT_TRANSLATE_NOOP("CtlCommand",
            "Count the user as active on this device now (as a key press would): it notifies alone."),
        none, nullptr, printActivity },
    { "notifications", nullptr,
        QT_TRANSLATE_NOOP(
            "CtlCommand", "What this device notified, and which devices the user is active on."),
        none, nullptr, printNotifications },
    // The desktop client's own request (a second start sends it to bring the window up), so it
    // stays out of the list; any arguments are ignored.
    { "raise", nullptr, nullptr, atLeast(0), nullptr, nullptr },
};

} // namespace

const std::vector<Command> &commands()
{
    return table;
}

const Command *findCommand(const QString &name)
{
    const auto it = std::find_if(
        table.begin(), table.end(), [&name](const Command &c) { return name == QLatin1String(c.name); });
    return it == table.end() ? nullptr : &*it;
}

QString synopsis(const Command &command)
{
    const QString name = QLatin1String(command.name);
    return command.arguments ? name + QLatin1Char(' ') + tr(command.arguments) : name;
}

QString commandsHelp()
{
    QStringList lines { tr("Commands:") };
    for (const Command &command : table) {
        if (command.summary)
            lines << QStringLiteral("  ") + synopsis(command)
                  << QStringLiteral("      ") + tr(command.summary);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace CtlCommand
