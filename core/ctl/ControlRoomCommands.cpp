// ControlCommands for rooms (join, leave, hide, show, occupants, nick, subject, anchor), kept
// apart from the chat, history and search commands of ControlCommands.cpp, which also dispatches
// them all.
#include "ctl/ControlCommands.h"

#include "account/Account.h"
#include "account/Coordinator.h"
#include "account/Instance.h"
#include "ctl/JsonFormat.h"
#include "ctl/StatusText.h"
#include "profile/HiddenRooms.h"
#include "profile/Jid.h"
#include "rooms/JoinAttempt.h"
#include "rooms/RoomService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace Tandem {

void ControlCommands::sendToRoom(
    Account *account, const QString &room, const QString &body, ControlServer::Reply reply)
{
    account->rooms()->sendMessage(room, body, [reply](const Message &m, const StorageError &error) {
        if (error.isError())
            reply(ControlServer::failure(tr("The message was not sent: %1").arg(error.message())));
        else
            reply(ControlServer::success(
                QJsonObject { { QStringLiteral("message"), JsonFormat::message(m) } }));
    });
}

void ControlCommands::rooms(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    QJsonArray list;
    for (const QString &jid : account->rooms()->allRooms()) {
        QJsonObject room = JsonFormat::room(account->rooms()->shown(jid));
        room.insert(QStringLiteral("hidden"), m_instance->hiddenRooms()->isHidden(account->jid(), jid));
        list.append(room);
    }
    reply(ControlServer::success(
        QJsonObject { { QStringLiteral("role"), toString(account->coordinator()->role()) },
            { QStringLiteral("rooms"), list } }));
}

void ControlCommands::join(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString room = Jid::bare(args.value(QStringLiteral("room")).toString());
    QString why;
    if (!Jid::isValidBare(room, &why)) {
        reply(ControlServer::failure(tr("Invalid room address '%1': %2").arg(room, why)));
        return;
    }
    // Answer when the room says yes or no, not before: a refused join must reach the user.
    JoinAttempt *attempt = JoinAttempt::start(account->rooms(), room,
        args.value(QStringLiteral("nick")).toString(), args.value(QStringLiteral("password")).toString());
    connect(attempt, &JoinAttempt::joined, this, [account, reply](const QString &joined) {
        reply(ControlServer::success(JsonFormat::room(account->rooms()->shown(joined))));
    });
    connect(attempt, &JoinAttempt::refused, this, [reply](const QString &refused, const QString &condition) {
        reply(ControlServer::failure(
            tr("Could not join %1: %2").arg(refused, StatusText::joinError(condition))));
    });
    connect(attempt, &JoinAttempt::timedOut, this, [reply](const QString &late) {
        reply(ControlServer::failure(tr("No answer from %1 yet; Tandem keeps trying.").arg(late)));
    });
}

void ControlCommands::leave(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString room = Jid::bare(args.value(QStringLiteral("room")).toString());
    if (!account->rooms()->rooms().contains(room)) {
        reply(ControlServer::failure(tr("Not in room %1.").arg(room)));
        return;
    }
    account->rooms()->leave(room);
    reply(ControlServer::success(QJsonObject {
        { QStringLiteral("room"), room }, { QStringLiteral("state"), QStringLiteral("left") } }));
}

void ControlCommands::hide(const QJsonObject &args, ControlServer::Reply reply)
{
    setHidden(args, true, std::move(reply));
}

void ControlCommands::show(const QJsonObject &args, ControlServer::Reply reply)
{
    setHidden(args, false, std::move(reply));
}

void ControlCommands::setHidden(const QJsonObject &args, bool hidden, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString room = Jid::bare(args.value(QStringLiteral("room")).toString());
    QString why;
    if (!Jid::isValidBare(room, &why)) {
        reply(ControlServer::failure(tr("Invalid room address '%1': %2").arg(room, why)));
        return;
    }
    HiddenRooms *rooms = m_instance->hiddenRooms();
    // Only a room of the account can be hidden; one hidden before the account left it can
    // still be shown, so that no setting is stuck.
    const bool known
        = account->rooms()->allRooms().contains(room) || account->rooms()->knownRooms().contains(room);
    if (hidden && !known) {
        reply(ControlServer::failure(tr("Not in room %1.").arg(room)));
        return;
    }
    if (!hidden && !known && !rooms->isHidden(account->jid(), room)) {
        reply(ControlServer::failure(tr("Not in room %1.").arg(room)));
        return;
    }
    rooms->setHidden(account->jid(), room, hidden);
    reply(ControlServer::success(
        QJsonObject { { QStringLiteral("room"), room }, { QStringLiteral("hidden"), hidden } }));
}

void ControlCommands::occupants(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString room = Jid::bare(args.value(QStringLiteral("room")).toString());
    const RoomMirror *mirror = account->rooms()->mirror(room);
    if (!mirror) {
        reply(ControlServer::failure(tr("Not in room %1.").arg(room)));
        return;
    }
    QJsonArray list;
    for (const RoomMirror::Occupant &o : mirror->occupants())
        list.append(QJsonObject { { QStringLiteral("nick"), o.nick },
            { QStringLiteral("jid"), o.realJid.isEmpty() ? QJsonValue() : QJsonValue(o.realJid) },
            { QStringLiteral("role"), o.role }, { QStringLiteral("affiliation"), o.affiliation } });
    reply(ControlServer::success(
        QJsonObject { { QStringLiteral("room"), room }, { QStringLiteral("occupants"), list } }));
}

void ControlCommands::anchor(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    account->coordinator()->preferAsAnchor();
    reply(ControlServer::success(JsonFormat::coordinator(*account)));
}

QString ControlCommands::heldRoom(
    Account *account, const QJsonObject &args, ControlServer::Reply &reply) const
{
    const QString room = Jid::bare(args.value(QStringLiteral("room")).toString());
    if (!account->rooms()->rooms().contains(room)) {
        reply(ControlServer::failure(tr("Not in room %1.").arg(room)));
        return {};
    }
    return room;
}

namespace {
/// Turns a RoomService completion into a ctl reply. `words`: the refusal's condition in words.
std::function<void(const QString &)> answer(
    ControlServer::Reply reply, QString (*words)(const QString &condition) = nullptr)
{
    return [reply, words](const QString &error) {
        if (error.isEmpty())
            reply(ControlServer::success(QJsonObject {}));
        else
            reply(ControlServer::failure(QCoreApplication::translate("Tandem::ControlCommands", "Refused: %1")
                                             .arg(words ? words(error) : error)));
    };
}

/// Why a room refused a subject, in words.
QString subjectRefusal(const QString &condition)
{
    if (condition == QLatin1String("forbidden"))
        return QCoreApplication::translate(
            "Tandem::ControlCommands", "only moderators may change the subject of this room");
    return condition;
}
} // namespace

void ControlCommands::nick(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return; // accountFor() replied
    const QString room = heldRoom(account, args, reply);
    const QString nick = args.value(QStringLiteral("nick")).toString().trimmed();
    if (room.isEmpty())
        return;
    if (nick.isEmpty()) {
        reply(ControlServer::failure(tr("The nickname is empty.")));
        return;
    }
    // The room answers a nick change like a join: "conflict" when the nick is taken.
    account->rooms()->changeNick(room, nick, answer(std::move(reply), &StatusText::joinError));
}

void ControlCommands::subject(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return; // accountFor() replied
    const QString room = heldRoom(account, args, reply);
    if (room.isEmpty())
        return;
    account->rooms()->setSubject(
        room, args.value(QStringLiteral("subject")).toString(), answer(std::move(reply), &subjectRefusal));
}

} // namespace Tandem
