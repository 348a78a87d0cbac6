#include "CtlCommand.h"

#include "ctl/ControlClient.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace Tandem;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CtlCommand", text);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "tandem ctl: %s\n", qPrintable(message));
    return code;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
}

void printStatus(const QJsonObject &s)
{
    std::printf("%s\n", qPrintable(tr("Tandem %1 (%2), pid %3, profile %4")
                                       .arg(s[QStringLiteral("version")].toString(), s[QStringLiteral("mode")].toString())
                                       .arg(s[QStringLiteral("pid")].toInt())
                                       .arg(s[QStringLiteral("profile")].toString())));
    const QJsonArray accounts = s[QStringLiteral("accounts")].toArray();
    if (accounts.isEmpty())
        std::printf("%s\n", qPrintable(tr("No account configured: use 'tandem account add'.")));
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        const QJsonObject c = a[QStringLiteral("coordinator")].toObject();
        QString line = QStringLiteral("  %1  %2, %3").arg(a[QStringLiteral("full_jid")].toString(),
                                                           a[QStringLiteral("state")].toString(),
                                                           c[QStringLiteral("role")].toString());
        if (!c[QStringLiteral("anchor")].toString().isEmpty() && c[QStringLiteral("role")].toString() == QLatin1String("sibling"))
            line += tr(" of %1").arg(c[QStringLiteral("anchor")].toString());
        const QJsonObject error = a[QStringLiteral("error")].toObject();
        if (!error.isEmpty())
            line += QStringLiteral(" — ") + error[QStringLiteral("message")].toString();
        std::printf("%s\n", qPrintable(line));
    }
}

void printRooms(const QJsonObject &r)
{
    const QJsonArray rooms = r[QStringLiteral("rooms")].toArray();
    if (rooms.isEmpty())
        std::printf("%s\n", qPrintable(tr("No rooms. Join one with: tandem ctl join ROOM")));
    for (const QJsonValue &v : rooms) {
        const QJsonObject room = v.toObject();
        if (room[QStringLiteral("state")].toString() == QLatin1String("left")) {
            std::printf("%s  %s\n", qPrintable(room[QStringLiteral("jid")].toString()),
                        qPrintable(tr("left (%1)").arg(room[QStringLiteral("left_reason")].toString())));
            continue;
        }
        std::printf("%s  %s as %s, %d occupants%s\n", qPrintable(room[QStringLiteral("jid")].toString()),
                    qPrintable(room[QStringLiteral("state")].toString()), qPrintable(room[QStringLiteral("nick")].toString()),
                    room[QStringLiteral("occupants")].toInt(),
                    room[QStringLiteral("subject")].toString().isEmpty()
                        ? ""
                        : qPrintable(QStringLiteral(" — ") + room[QStringLiteral("subject")].toString()));
    }
}

void printHistory(const QJsonObject &h)
{
    for (const QJsonValue &v : h[QStringLiteral("messages")].toArray()) {
        const QJsonObject m = v.toObject();
        const QDateTime time = QDateTime::fromString(m[QStringLiteral("time")].toString(), Qt::ISODateWithMs);
        const bool out = m[QStringLiteral("direction")].toString() == QLatin1String("out");
        std::printf("[%s] %s %s: %s\n", qPrintable(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                    out ? "→" : "←", qPrintable(m[QStringLiteral("sender")].toString()),
                    qPrintable(m[QStringLiteral("body")].toString()));
    }
}
} // namespace

namespace CtlCommand {

int run(const QString &profileDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Control the running Tandem of a profile: status, send, history."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the stable JSON form."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many messages (default 50)."), tr("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Act as account JID (default: the profile's first)."), tr("JID"));
    const QCommandLineOption nick(QStringLiteral("nick"), tr("Nickname to join with."), tr("NICK"));
    const QCommandLineOption password(QStringLiteral("password"), tr("Room password."), tr("PASSWORD"));
    parser.addOptions({ json, limit, account, nick, password });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("status | send JID TEXT | history JID | rooms | join ROOM | leave ROOM | "
                                    "occupants ROOM | nick ROOM NICK | subject ROOM TEXT | correct JID ID TEXT | anchor"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
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
    } else if (command == QLatin1String("occupants")) {
        for (const QJsonValue &v : result.toObject()[QStringLiteral("occupants")].toArray()) {
            const QJsonObject o = v.toObject();
            std::printf("%s (%s, %s)\n", qPrintable(o[QStringLiteral("nick")].toString()),
                        qPrintable(o[QStringLiteral("role")].toString()),
                        qPrintable(o[QStringLiteral("affiliation")].toString()));
        }
    } else if (command == QLatin1String("join") || command == QLatin1String("leave")) {
        const QJsonObject r = result.toObject();
        std::printf("%s: %s\n", qPrintable(r[QStringLiteral("jid")].toString(r[QStringLiteral("room")].toString())),
                    qPrintable(r[QStringLiteral("state")].toString()));
    } else if (command == QLatin1String("send") || command == QLatin1String("correct")) {
        const QJsonObject m = result.toObject()[QStringLiteral("message")].toObject();
        std::printf("%s\n", qPrintable(tr("Message %1 to %2: %3")
                                           .arg(m[QStringLiteral("origin_id")].toString(),
                                                m[QStringLiteral("conversation")].toString(),
                                                m[QStringLiteral("state")].toString())));
    }
    return 0;
}

} // namespace CtlCommand
