#include "CtlCommand.h"

#include "ctl/ControlClient.h"
#include "ctl/JsonFormat.h"
#include "ctl/StatusText.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>
#include <memory>

using namespace Tandem;

// Helpers inside the named namespace, so that lupdate files their tr() under "CtlCommand".
namespace CtlCommand {
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
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
}

void printStatus(const QJsonObject &s)
{
    std::printf("%s\n",
        qPrintable(tr("Tandem %1 (%2), pid %3, profile %4")
                       .arg(s[QStringLiteral("version")].toString(), s[QStringLiteral("mode")].toString())
                       .arg(s[QStringLiteral("pid")].toInt())
                       .arg(s[QStringLiteral("profile")].toString())));
    const QJsonArray accounts = s[QStringLiteral("accounts")].toArray();
    if (accounts.isEmpty())
        std::printf("%s\n", qPrintable(tr("No account configured: use 'tandem account add'.")));
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        const QJsonObject c = a[QStringLiteral("coordinator")].toObject();
        QString line = tr("  %1  %2, %3")
                           .arg(a[QStringLiteral("full_jid")].toString(),
                               StatusText::accountState(a[QStringLiteral("state")].toString()),
                               StatusText::role(c[QStringLiteral("role")].toString()));
        if (!c[QStringLiteral("anchor")].toString().isEmpty()
            && c[QStringLiteral("role")].toString() == QLatin1String("sibling"))
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
                qPrintable(tr("left (%1)")
                               .arg(StatusText::leftReason(room[QStringLiteral("left_reason")].toString()))));
            continue;
        }
        // The count in a variable of its own: lupdate misses a translate() whose count argument
        // holds a string literal.
        const int occupants = room[QStringLiteral("occupants")].toInt();
        QString line
            = QCoreApplication::translate("CtlCommand", "%1  %2 as %3, %n occupant(s)", nullptr, occupants)
                  .arg(room[QStringLiteral("jid")].toString(),
                      StatusText::roomState(room[QStringLiteral("state")].toString()),
                      room[QStringLiteral("nick")].toString());
        if (!room[QStringLiteral("subject")].toString().isEmpty())
            line += QStringLiteral(" — ") + room[QStringLiteral("subject")].toString();
        std::printf("%s\n", qPrintable(line));
    }
}

void printHistory(const QJsonObject &h)
{
    for (const QJsonValue &v : h[QStringLiteral("messages")].toArray()) {
        const QJsonObject m = v.toObject();
        const QDateTime time = QDateTime::fromString(m[QStringLiteral("time")].toString(), Qt::ISODateWithMs);
        const bool out = m[QStringLiteral("direction")].toString() == QLatin1String("out");
        std::printf("[%s] %s %s: %s\n",
            qPrintable(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), out ? "→" : "←",
            qPrintable(m[QStringLiteral("sender")].toString()),
            qPrintable(m[QStringLiteral("body")].toString()));
    }
}
void printSearch(const QJsonObject &r)
{
    const QJsonArray hits = r[QStringLiteral("hits")].toArray();
    if (hits.isEmpty())
        std::printf("%s\n", qPrintable(tr("No messages found.")));
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        const QDateTime time = QDateTime::fromString(h[QStringLiteral("time")].toString(), Qt::ISODateWithMs);
        QString snippet = h[QStringLiteral("snippet")].toString();
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        std::printf("[%s] %s  %s: %s  (#%lld)\n",
            qPrintable(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            qPrintable(h[QStringLiteral("conversation")].toString()),
            qPrintable(h[QStringLiteral("sender")].toString()), qPrintable(snippet),
            qint64(h[QStringLiteral("id")].toDouble()));
    }
}

/// `ctl export`: asks the running instance for the conversation page by page (oldest first) and
/// writes each page as it arrives, so a long conversation is never held in memory at once.
/// With --output the file appears only once complete (QSaveFile); on stdout a failure leaves
/// what was written so far and exits with 1.
int exportConversation(const QString &socketPath, QJsonObject request, bool json, const QString &outputPath)
{
    std::unique_ptr<QFileDevice> out;
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly))
            return fail(tr("Cannot write to standard output."));
        out = std::move(file);
    } else {
        auto file = std::make_unique<QSaveFile>(outputPath);
        if (!file->open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(outputPath, file->errorString()));
        out = std::move(file);
    }
    auto write = [&out](const QString &text) { return out->write(text.toUtf8()) >= 0; };
    const ControlClient client(socketPath);
    bool first = true;
    qint64 count = 0;
    for (;;) {
        QJsonObject response;
        QString error;
        if (!client.request(QStringLiteral("export"), request, &response, &error))
            return fail(error);
        if (!response[QStringLiteral("ok")].toBool())
            return fail(response[QStringLiteral("error")].toString());
        const QJsonObject page = response[QStringLiteral("result")].toObject();
        if (first) {
            first = false;
            const QString account = page[QStringLiteral("account")].toString();
            const QString conversation = page[QStringLiteral("conversation")].toString();
            const QString now = JsonFormat::timestamp(QDateTime::currentDateTimeUtc());
            if (json) {
                const QJsonObject header { { QStringLiteral("format"), QStringLiteral("tandem-export") },
                    { QStringLiteral("version"), 1 }, { QStringLiteral("account"), account },
                    { QStringLiteral("conversation"), conversation },
                    { QStringLiteral("exported_at"), now } };
                QByteArray head = QJsonDocument(header).toJson(QJsonDocument::Compact);
                head.chop(1); // the closing brace: the messages array follows
                out->write(head + ",\"messages\":[\n");
            } else {
                write(tr("# Conversation %1 of %2, exported %3. Times are UTC.\n")
                          .arg(conversation, account, now));
            }
        }
        for (const QJsonValue &v : page[QStringLiteral("messages")].toArray()) {
            if (json) {
                out->write((count ? ",\n" : "") + QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            } else {
                write(JsonFormat::messageAsText(v.toObject()));
            }
            ++count;
        }
        if (out->error() != QFileDevice::NoError)
            return fail(tr("Writing the export failed: %1").arg(out->errorString()));
        const QJsonValue next = page[QStringLiteral("next")];
        if (next.isNull() || next.isUndefined())
            break;
        request[QStringLiteral("after")] = next;
    }
    if (json)
        out->write(count ? "\n]}\n" : "]}\n");
    if (auto *save = qobject_cast<QSaveFile *>(out.get())) {
        if (!save->commit())
            return fail(tr("Cannot write %1: %2").arg(outputPath, save->errorString()));
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "CtlCommand", "Exported %n message(s) to %1.", nullptr, int(count))
                           .arg(outputPath)));
    } else {
        out->flush();
    }
    return 0;
}
} // namespace

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
        for (const QJsonValue &v : result.toObject()[QStringLiteral("occupants")].toArray()) {
            const QJsonObject o = v.toObject();
            std::printf("%s (%s, %s)\n", qPrintable(o[QStringLiteral("nick")].toString()),
                qPrintable(o[QStringLiteral("role")].toString()),
                qPrintable(o[QStringLiteral("affiliation")].toString()));
        }
    } else if (command == QLatin1String("join") || command == QLatin1String("leave")) {
        const QJsonObject r = result.toObject();
        std::printf("%s: %s\n",
            qPrintable(r[QStringLiteral("jid")].toString(r[QStringLiteral("room")].toString())),
            qPrintable(StatusText::roomState(r[QStringLiteral("state")].toString())));
    } else if (command == QLatin1String("send") || command == QLatin1String("correct")) {
        const QJsonObject m = result.toObject()[QStringLiteral("message")].toObject();
        std::printf("%s\n",
            qPrintable(tr("Message %1 to %2: %3")
                           .arg(m[QStringLiteral("origin_id")].toString(),
                               m[QStringLiteral("conversation")].toString(),
                               StatusText::deliveryState(m[QStringLiteral("state")].toString()))));
    }
    return 0;
}

} // namespace CtlCommand
