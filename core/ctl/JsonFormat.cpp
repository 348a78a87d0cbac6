#include "ctl/JsonFormat.h"

#include "session/Account.h"

#include <QJsonValue>
#include <QXmppRosterManager.h>

namespace Tandem::JsonFormat {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString kindName(Message::Kind kind)
{
    switch (kind) {
    case Message::Kind::Chat:
        return QStringLiteral("chat");
    case Message::Kind::GroupChat:
        return QStringLiteral("groupchat");
    case Message::Kind::GroupChatPrivate:
        return QStringLiteral("groupchat-private");
    }
    return {};
}
} // namespace

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString deliveryState(Message::DeliveryState state)
{
    switch (state) {
    case Message::DeliveryState::Received:
        return QStringLiteral("received");
    case Message::DeliveryState::Pending:
        return QStringLiteral("pending");
    case Message::DeliveryState::Sent:
        return QStringLiteral("sent");
    case Message::DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case Message::DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject message(const Message &m)
{
    return {
        { QStringLiteral("id"), m.rowId },
        { QStringLiteral("conversation"), m.conversation },
        { QStringLiteral("kind"), kindName(m.kind) },
        { QStringLiteral("direction"),
          m.direction == Message::Direction::Incoming ? QStringLiteral("in") : QStringLiteral("out") },
        { QStringLiteral("sender"), m.sender },
        { QStringLiteral("body"), m.body },
        { QStringLiteral("time"), timestamp(m.serverTime) },
        { QStringLiteral("state"), deliveryState(m.state) },
        { QStringLiteral("origin_id"), orNull(m.originId) },
        { QStringLiteral("stanza_id"), orNull(m.stanzaId) },
        { QStringLiteral("replaces"), orNull(m.replacesId) },
    };
}

QJsonObject account(const Account &a)
{
    QJsonValue error = QJsonValue::Null;
    if (a.lastError().isError())
        error = QJsonObject { { QStringLiteral("code"), a.lastError().code() },
                              { QStringLiteral("message"), a.lastError().message() } };
    return {
        { QStringLiteral("jid"), a.jid() },
        { QStringLiteral("full_jid"), a.fullJid() },
        { QStringLiteral("state"), Account::stateName(a.state()) },
        { QStringLiteral("error"), error },
        { QStringLiteral("roster_size"), a.client()->rosterManager().getRosterBareJids().size() },
    };
}

} // namespace Tandem::JsonFormat
