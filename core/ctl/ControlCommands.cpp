#include "ctl/ControlCommands.h"

#include "account/Account.h"
#include "account/Instance.h"
#include "common/Logging.h"
#include "ctl/JsonFormat.h"
#include "profile/Jid.h"
#include "profile/Profile.h"
#include "rooms/RoomOccupancy.h"
#include "rooms/RoomService.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Tandem {

namespace {
constexpr int maxHistoryLimit = 10000;
constexpr int maxSearchLimit = 1000;
constexpr int defaultExportPage = 500;
constexpr int maxExportPage = 5000;
// A page stops early past this many body characters, so a few huge messages never make one
// enormous answer line.
constexpr qint64 maxExportPageChars = 4 * 1024 * 1024;

// Milliseconds from start() to each milestone (null: not reached); start_monotonic_ns lets a
// benchmark that started the process add the time before start().
QJsonObject startupJson(const StartupTimes &t)
{
    auto since = [&t](qint64 ns) { return ns ? QJsonValue(double(ns - t.start) / 1e6) : QJsonValue(); };
    return { { QStringLiteral("start_monotonic_ns"), double(t.start) },
        { QStringLiteral("database_open_ms"), since(t.databaseOpen) },
        { QStringLiteral("accounts_started_ms"), since(t.accountsStarted) },
        { QStringLiteral("connected_ms"), since(t.connected) },
        { QStringLiteral("holding_rooms_ms"), since(t.holdingRooms) },
        { QStringLiteral("last_room_joined_ms"), since(t.lastRoomJoined) },
        { QStringLiteral("rooms_joined"), t.roomsJoined } };
}
} // namespace

ControlCommands::ControlCommands(Instance *instance, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
{
    m_commands.insert(QStringLiteral("status"), &ControlCommands::status);
    m_commands.insert(QStringLiteral("send"), &ControlCommands::send);
    m_commands.insert(QStringLiteral("history"), &ControlCommands::history);
    m_commands.insert(QStringLiteral("raise"), &ControlCommands::raise);
    m_commands.insert(QStringLiteral("rooms"), &ControlCommands::rooms);
    m_commands.insert(QStringLiteral("join"), &ControlCommands::join);
    m_commands.insert(QStringLiteral("leave"), &ControlCommands::leave);
    m_commands.insert(QStringLiteral("hide"), &ControlCommands::hide);
    m_commands.insert(QStringLiteral("show"), &ControlCommands::show);
    m_commands.insert(QStringLiteral("occupants"), &ControlCommands::occupants);
    m_commands.insert(QStringLiteral("anchor"), &ControlCommands::anchor);
    m_commands.insert(QStringLiteral("nick"), &ControlCommands::nick);
    m_commands.insert(QStringLiteral("subject"), &ControlCommands::subject);
    m_commands.insert(QStringLiteral("correct"), &ControlCommands::correct);
    m_commands.insert(QStringLiteral("search"), &ControlCommands::search);
    m_commands.insert(QStringLiteral("read"), &ControlCommands::read);
    m_commands.insert(QStringLiteral("unread"), &ControlCommands::unread);
    m_commands.insert(QStringLiteral("export"), &ControlCommands::exportPage);
    m_commands.insert(QStringLiteral("active"), &ControlCommands::active);
    m_commands.insert(QStringLiteral("notifications"), &ControlCommands::notifications);
}

void ControlCommands::handle(const QJsonObject &request, ControlServer::Reply reply)
{
    const QString name = request.value(QStringLiteral("command")).toString();
    const auto command = m_commands.value(name);
    if (!command) {
        reply(ControlServer::failure(tr("Unknown command '%1'.").arg(name)));
        return;
    }
    qCDebug(lcCtl) << "command" << name;
    (this->*command)(request.value(QStringLiteral("args")).toObject(), std::move(reply));
}

Account *ControlCommands::accountFor(const QJsonObject &args, ControlServer::Reply &reply) const
{
    const QString jid = args.value(QStringLiteral("account")).toString();
    Account *account = m_instance->account(jid);
    if (!account)
        reply(ControlServer::failure(jid.isEmpty() ? tr("No account is configured in this profile.")
                                                   : tr("No account %1 in this profile.").arg(jid)));
    return account;
}

void ControlCommands::status(const QJsonObject &, ControlServer::Reply reply)
{
    QJsonArray accounts;
    for (const Account *a : m_instance->accounts())
        accounts.append(JsonFormat::account(*a));
    QJsonObject answer {
        { QStringLiteral("version"), QStringLiteral(TANDEM_VERSION) },
        { QStringLiteral("profile"), m_instance->profile()->directory() },
        { QStringLiteral("mode"),
            m_instance->mode() == Instance::Mode::Headless ? QStringLiteral("headless")
                                                           : QStringLiteral("gui") },
        { QStringLiteral("resource"), m_instance->profile()->resource() },
        { QStringLiteral("pid"), QCoreApplication::applicationPid() },
        { QStringLiteral("started_at"), JsonFormat::timestamp(m_instance->startedAt()) },
        { QStringLiteral("startup"), startupJson(m_instance->startupTimes()) },
        { QStringLiteral("accounts"), accounts },
    };
    // Only while something is wrong: a script tests for the key.
    if (const QString error = m_instance->storageError(); !error.isEmpty())
        answer.insert(QStringLiteral("error"), error);
    reply(ControlServer::success(answer));
}

void ControlCommands::send(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString to = args.value(QStringLiteral("to")).toString();
    const QString body = args.value(QStringLiteral("body")).toString();
    QString why;
    if (!Jid::isValidBare(Jid::bare(to), &why)) {
        reply(ControlServer::failure(tr("Invalid recipient '%1': %2").arg(to, why)));
        return;
    }
    if (body.trimmed().isEmpty()) {
        reply(ControlServer::failure(tr("The message is empty.")));
        return;
    }
    if (account->rooms()->rooms().contains(Jid::bare(to))) {
        if (Jid::resource(to).isEmpty()) {
            sendToRoom(account, Jid::bare(to), body, std::move(reply));
        } else {
            account->rooms()->sendPrivateMessage(
                Jid::bare(to), Jid::resource(to), body, [reply](const Message &m, const StorageError &error) {
                    if (error.isError())
                        reply(ControlServer::failure(error.message()));
                    else
                        reply(ControlServer::success(
                            QJsonObject { { QStringLiteral("message"), JsonFormat::message(m) } }));
                });
        }
        return;
    }
    account->sendMessage(to, body, [reply](const Message &m, const StorageError &error) {
        if (error.isError())
            reply(ControlServer::failure(tr("The message was not sent: %1").arg(error.message())));
        else
            reply(ControlServer::success(
                QJsonObject { { QStringLiteral("message"), JsonFormat::message(m) } }));
    });
}

void ControlCommands::history(const QJsonObject &args, ControlServer::Reply reply)
{
    QString conversation;
    Account *account = conversationOf(args, reply, &conversation);
    if (!account)
        return;
    const int limit = limitArg(
        args, 50, maxHistoryLimit, tr("The limit must be between 1 and %1.").arg(maxHistoryLimit), reply);
    if (!limit)
        return;
    m_instance->messages()->history(account->jid(), conversation, limit, HistoryCursor(), this,
        [reply, conversation](const QVector<Message> &messages, const StorageError &error) {
            if (error.isError()) {
                reply(ControlServer::failure(error.message()));
                return;
            }
            // What was said: a room's joins, leaves and nick changes are the timeline's (and the
            // export's), not the history's.
            QJsonArray list;
            for (const Message &m : messages) {
                if (m.kind != Message::Kind::RoomEvent)
                    list.append(JsonFormat::message(m));
            }
            reply(ControlServer::success(QJsonObject {
                { QStringLiteral("conversation"), conversation }, { QStringLiteral("messages"), list } }));
        });
}

void ControlCommands::raise(const QJsonObject &args, ControlServer::Reply reply)
{
    // The GUI that asks would leave, and nothing would appear: it must tell the user instead.
    if (m_instance->mode() == Instance::Mode::Headless) {
        QJsonObject refusal = ControlServer::failure(tr("Tandem runs headless on this profile (process %1): "
                                                        "it has no window to show.")
                                                         .arg(QCoreApplication::applicationPid()));
        refusal.insert(QStringLiteral("mode"), QStringLiteral("headless"));
        refusal.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
        reply(refusal);
        return;
    }
    Q_EMIT raiseRequested(args.value(QStringLiteral("open")).toString());
    reply(ControlServer::success(QJsonObject {}));
}

void ControlCommands::correct(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString to = Jid::bare(args.value(QStringLiteral("to")).toString());
    const QString replaceId = args.value(QStringLiteral("id")).toString();
    const QString body = args.value(QStringLiteral("body")).toString();
    if (replaceId.isEmpty() || body.trimmed().isEmpty()) {
        reply(ControlServer::failure(tr("A correction needs the id of the message and the new text.")));
        return;
    }
    auto done = [reply](const Message &m, const StorageError &error) {
        if (error.isError())
            reply(ControlServer::failure(error.message()));
        else
            reply(ControlServer::success(
                QJsonObject { { QStringLiteral("message"), JsonFormat::message(m) } }));
    };
    if (account->rooms()->rooms().contains(to))
        account->rooms()->correctMessage(to, replaceId, body, done);
    else
        account->sendMessage(to, body, done, replaceId);
}

QString ControlCommands::conversationArg(
    Account *account, const QJsonObject &args, const QString &key, ControlServer::Reply &reply) const
{
    const QString requested = args.value(key).toString();
    // A private conversation with a room occupant is named by the occupant's room/nick address.
    const bool occupant
        = !Jid::resource(requested).isEmpty() && account->rooms()->allRooms().contains(Jid::bare(requested));
    const QString conversation = occupant ? Jid::bare(requested) + QLatin1Char('/') + Jid::resource(requested)
                                          : Jid::bare(requested);
    QString why;
    if (!Jid::isValidBare(Jid::bare(conversation), &why)) {
        reply(ControlServer::failure(tr("Invalid address '%1': %2").arg(requested, why)));
        return {};
    }
    return conversation;
}

Account *ControlCommands::conversationOf(
    const QJsonObject &args, ControlServer::Reply &reply, QString *conversation) const
{
    Account *account = accountFor(args, reply);
    if (!account)
        return nullptr;
    *conversation = conversationArg(account, args, QStringLiteral("conversation"), reply);
    return conversation->isEmpty() ? nullptr : account;
}

int ControlCommands::limitArg(
    const QJsonObject &args, int fallback, int max, const QString &outOfRange, ControlServer::Reply &reply)
{
    // Absent means the default; anything else must be a whole number in range. QJsonValue::toInt()
    // would quietly turn 2147483648, 1e308 or "x" into the default.
    const QJsonValue value = args.value(QStringLiteral("limit"));
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(0);
    if (value.isDouble() && number >= 1 && number <= max && number == double(qint64(number)))
        return int(number);
    reply(ControlServer::failure(outOfRange));
    return 0;
}

void ControlCommands::search(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString query = args.value(QStringLiteral("query")).toString();
    if (query.trimmed().isEmpty()) {
        reply(ControlServer::failure(tr("Nothing to search for.")));
        return;
    }
    QString conversation;
    if (args.contains(QStringLiteral("conversation"))) {
        conversation = conversationArg(account, args, QStringLiteral("conversation"), reply);
        if (conversation.isEmpty())
            return;
    }
    const int limit = limitArg(
        args, 50, maxSearchLimit, tr("The limit must be between 1 and %1.").arg(maxSearchLimit), reply);
    if (!limit)
        return;
    m_instance->messages()->search(account->jid(), query, conversation, limit, this,
        [reply, query, conversation](const QVector<SearchHit> &hits, const StorageError &error) {
            if (error.isError()) {
                reply(ControlServer::failure(tr("The search failed: %1").arg(error.message())));
                return;
            }
            QJsonArray list;
            for (const SearchHit &hit : hits)
                list.append(JsonFormat::searchHit(hit));
            reply(ControlServer::success(QJsonObject {
                { QStringLiteral("query"), query },
                { QStringLiteral("conversation"),
                    conversation.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(conversation) },
                { QStringLiteral("hits"), list },
            }));
        });
}

void ControlCommands::exportPage(const QJsonObject &args, ControlServer::Reply reply)
{
    QString conversation;
    Account *account = conversationOf(args, reply, &conversation);
    if (!account)
        return;
    const int limit = limitArg(args, defaultExportPage, maxExportPage,
        tr("The page size must be between 1 and %1.").arg(maxExportPage), reply);
    if (!limit)
        return;
    const HistoryCursor after = JsonFormat::cursorFrom(args.value(QStringLiteral("after")));
    const QString accountJid = account->jid();
    m_instance->messages()->historyAfter(accountJid, conversation, limit, after, this,
        [reply, accountJid, conversation, limit](
            const QVector<Message> &messages, const StorageError &error) {
            if (error.isError()) {
                reply(ControlServer::failure(tr("The export failed: %1").arg(error.message())));
                return;
            }
            QJsonArray list;
            qint64 chars = 0;
            HistoryCursor last;
            for (const Message &m : messages) {
                if (!list.isEmpty() && chars + m.body.size() > maxExportPageChars)
                    break;
                chars += m.body.size();
                list.append(JsonFormat::message(m));
                last = HistoryCursor::from(m);
            }
            // A short page is the last one; a full (or cut) page names where the next one starts.
            const bool more = list.size() < messages.size() || messages.size() == limit;
            reply(ControlServer::success(QJsonObject {
                { QStringLiteral("account"), accountJid },
                { QStringLiteral("conversation"), conversation },
                { QStringLiteral("messages"), list },
                { QStringLiteral("next"), more ? JsonFormat::cursor(last) : QJsonValue(QJsonValue::Null) },
            }));
        });
}

} // namespace Tandem
