#pragma once

#include "ctl/ControlServer.h"

#include <QHash>
#include <QObject>

namespace Tandem {

class Account;
class Instance;

/// What `tandem ctl` can ask of a running instance: each command validates its arguments,
/// acts on the Instance and answers with the JSON documented in README.md. The room commands
/// are defined in ControlRoomCommands.cpp, those of the read state in ControlReadCommands.cpp,
/// the activity ones in ControlActivityCommands.cpp.
class ControlCommands : public QObject
{
    Q_OBJECT
public:
    ControlCommands(Instance *instance, QObject *parent = nullptr);

    void handle(const QJsonObject &request, ControlServer::Reply reply);

Q_SIGNALS:
    /// `raise`: a second GUI start asked this one to show its window (and maybe open `uri`).
    void raiseRequested(const QString &uri);

private:
    using Command = void (ControlCommands::*)(const QJsonObject &args, ControlServer::Reply reply);
    void status(const QJsonObject &args, ControlServer::Reply reply);
    void send(const QJsonObject &args, ControlServer::Reply reply);
    void history(const QJsonObject &args, ControlServer::Reply reply);
    void raise(const QJsonObject &args, ControlServer::Reply reply);
    void rooms(const QJsonObject &args, ControlServer::Reply reply);
    void join(const QJsonObject &args, ControlServer::Reply reply);
    void leave(const QJsonObject &args, ControlServer::Reply reply);
    /// `hide` / `show`: the room stays the account's; only this device stops or starts showing it.
    void hide(const QJsonObject &args, ControlServer::Reply reply);
    void show(const QJsonObject &args, ControlServer::Reply reply);
    void setHidden(const QJsonObject &args, bool hidden, ControlServer::Reply reply);
    void occupants(const QJsonObject &args, ControlServer::Reply reply);
    void anchor(const QJsonObject &args, ControlServer::Reply reply);
    void nick(const QJsonObject &args, ControlServer::Reply reply);
    void subject(const QJsonObject &args, ControlServer::Reply reply);
    void correct(const QJsonObject &args, ControlServer::Reply reply);
    void search(const QJsonObject &args, ControlServer::Reply reply);
    /// `read` and `unread`: ControlReadCommands.cpp.
    void read(const QJsonObject &args, ControlServer::Reply reply);
    void unread(const QJsonObject &args, ControlServer::Reply reply);
    /// `ctl active`: the user is active on this device now (ControlActivityCommands.cpp).
    void active(const QJsonObject &args, ControlServer::Reply reply);
    /// `ctl notifications`: what this device notified, and the activity it decided from.
    void notifications(const QJsonObject &args, ControlServer::Reply reply);
    /// One page of `ctl export`: the client asks page after page and writes them as they come.
    void exportPage(const QJsonObject &args, ControlServer::Reply reply);
    /// The conversation named in args[key] (a contact, room or room/nick), or empty after
    /// replying with an error.
    QString conversationArg(
        Account *account, const QJsonObject &args, const QString &key, ControlServer::Reply &reply) const;
    /// The account args name, with the conversation of args["conversation"] in `conversation`;
    /// null after replying with an error.
    Account *conversationOf(
        const QJsonObject &args, ControlServer::Reply &reply, QString *conversation) const;
    /// args["limit"] (`fallback` when absent) if a whole number within 1..`max`; else 0 after
    /// replying `outOfRange`.
    static int limitArg(const QJsonObject &args, int fallback, int max, const QString &outOfRange,
        ControlServer::Reply &reply);
    /// The room named in args["room"] if the account is in it; else replies with an error.
    QString heldRoom(Account *account, const QJsonObject &args, ControlServer::Reply &reply) const;
    void sendToRoom(Account *account, const QString &room, const QString &body, ControlServer::Reply reply);
    Account *accountFor(const QJsonObject &args, ControlServer::Reply &reply) const;

    Instance *m_instance;
    QHash<QString, Command> m_commands;
};

} // namespace Tandem
