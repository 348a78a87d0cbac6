// The answers of the running instance as `tandem ctl` prints them: text for people, or --json.
#include "CtlPrinting.h"

#include "CtlCommands.h"
#include "ExportTarget.h"
#include "ctl/ControlClient.h"
#include "ctl/JsonFormat.h"
#include "ctl/StatusText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>
#include <memory>

using namespace Tandem;

namespace CtlCommand {

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
    if (const QString error = s[QStringLiteral("error")].toString(); !error.isEmpty())
        std::printf("%s\n", qPrintable(tr("Error: %1").arg(error)));
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
        if (room[QStringLiteral("hidden")].toBool())
            line += QStringLiteral(" ") + tr("(hidden on this device)");
        std::printf("%s\n", qPrintable(line));
    }
}

void printOccupants(const QJsonObject &r)
{
    for (const QJsonValue &v : r[QStringLiteral("occupants")].toArray()) {
        const QJsonObject o = v.toObject();
        std::printf("%s (%s, %s)\n", qPrintable(o[QStringLiteral("nick")].toString()),
            qPrintable(o[QStringLiteral("role")].toString()),
            qPrintable(o[QStringLiteral("affiliation")].toString()));
    }
}

void printRoomState(const QJsonObject &r)
{
    std::printf("%s: %s\n",
        qPrintable(r[QStringLiteral("jid")].toString(r[QStringLiteral("room")].toString())),
        qPrintable(StatusText::roomState(r[QStringLiteral("state")].toString())));
}

void printRoomHidden(const QJsonObject &r)
{
    std::printf("%s: %s\n", qPrintable(r[QStringLiteral("room")].toString()),
        qPrintable(
            r[QStringLiteral("hidden")].toBool() ? tr("hidden on this device") : tr("shown on this device")));
}

void printMessage(const QJsonObject &sent)
{
    const QJsonObject m = sent[QStringLiteral("message")].toObject();
    std::printf("%s\n",
        qPrintable(
            tr("Message %1 to %2: %3")
                .arg(m[QStringLiteral("origin_id")].toString(), m[QStringLiteral("conversation")].toString(),
                    StatusText::deliveryState(m[QStringLiteral("state")].toString()))));
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

void printRead(const QJsonObject &r)
{
    const int unread = r[QStringLiteral("unread")].toInt();
    std::printf("%s\n",
        qPrintable(QCoreApplication::translate("CtlCommand", "%1: %n unread", nullptr, unread)
                       .arg(r[QStringLiteral("conversation")].toString())));
}

void printUnread(const QJsonObject &r)
{
    const QJsonArray list = r[QStringLiteral("conversations")].toArray();
    if (list.isEmpty())
        std::printf("%s\n", qPrintable(tr("Nothing unread.")));
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        const int unread = c[QStringLiteral("unread")].toInt();
        const int mentions = c[QStringLiteral("mentions")].toInt();
        QString line = QCoreApplication::translate("CtlCommand", "%1  %n unread", nullptr, unread)
                           .arg(c[QStringLiteral("conversation")].toString());
        if (mentions > 0)
            line += QStringLiteral(", ")
                + QCoreApplication::translate("CtlCommand", "%n mention(s)", nullptr, mentions);
        std::printf("%s\n", qPrintable(line));
    }
}

namespace {

QString activityText(const QJsonObject &a)
{
    const QString state = a[QStringLiteral("state")].toString();
    const QString since = QDateTime::fromString(a[QStringLiteral("since")].toString(), Qt::ISODateWithMs)
                              .toLocalTime()
                              .toString(QStringLiteral("HH:mm:ss"));
    if (state == QLatin1String("active"))
        return tr("active since %1").arg(since);
    if (state == QLatin1String("idle"))
        return tr("idle since %1").arg(since);
    return tr("no activity reported");
}

} // namespace

void printActivity(const QJsonObject &r)
{
    std::printf("%s\n",
        qPrintable(tr("This device: %1").arg(activityText(r[QStringLiteral("activity")].toObject()))));
}

void printNotifications(const QJsonObject &r)
{
    printActivity(r);
    for (const QJsonValue &v : r[QStringLiteral("accounts")].toArray()) {
        const QJsonObject a = v.toObject();
        std::printf("%s: %s\n", qPrintable(a[QStringLiteral("jid")].toString()),
            qPrintable(a[QStringLiteral("notifies_here")].toBool() ? tr("notifies on this device")
                                                                   : tr("another device notifies")));
        for (const QJsonValue &s : a[QStringLiteral("siblings")].toArray())
            std::printf("  %s: %s\n", qPrintable(s.toObject()[QStringLiteral("jid")].toString()),
                qPrintable(activityText(s.toObject())));
        for (const QJsonValue &n : a[QStringLiteral("notifications")].toArray()) {
            const QJsonObject o = n.toObject();
            std::printf("  [%s] %s (#%lld)\n",
                qPrintable(QDateTime::fromString(o[QStringLiteral("at")].toString(), Qt::ISODateWithMs)
                               .toLocalTime()
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                qPrintable(o[QStringLiteral("conversation")].toString()),
                qint64(o[QStringLiteral("row_id")].toDouble()));
        }
    }
}

int exportConversation(const QString &socketPath, QJsonObject request, bool json, const QString &outputPath)
{
    QString openError;
    const std::unique_ptr<QFileDevice> out = ExportTarget::open(outputPath, &openError);
    if (!out)
        return fail(openError);
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
    // A device or FIFO is written straight: its write errors (ENOSPC on /dev/full) are the
    // export's, and standard output's show when it is flushed.
    if (!out->flush() || out->error() != QFileDevice::NoError)
        return fail(tr("Writing the export failed: %1").arg(out->errorString()));
    if (auto *save = qobject_cast<QSaveFile *>(out.get())) {
        if (!save->commit())
            return fail(tr("Cannot write %1: %2").arg(outputPath, save->errorString()));
    }
    if (!out->fileName().isEmpty()) { // not standard output
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "CtlCommand", "Exported %n message(s) to %1.", nullptr, int(count))
                           .arg(outputPath)));
    }
    return 0;
}

} // namespace CtlCommand
