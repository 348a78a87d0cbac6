#include "ctl/JsonFormat.h"

#include "account/Account.h"
#include "account/Coordinator.h"
#include "rooms/RoomService.h"
#include "xmpp/RoomMirror.h"

#include <QCoreApplication>

#include <QJsonArray>
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
    case Message::Kind::RoomEvent:
        return QStringLiteral("room-event");
    }
    return {};
}

int rosterSize(const Account &a)
{
    const auto *roster = a.client()->findExtension<QXmppRosterManager>();
    return roster ? int(roster->getRosterBareJids().size()) : 0;
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
        { QStringLiteral("failure"), orNull(m.failure) },
    };
}

QJsonObject searchHit(const SearchHit &hit)
{
    return {
        { QStringLiteral("id"), hit.rowId },
        { QStringLiteral("conversation"), hit.conversation },
        { QStringLiteral("kind"), kindName(hit.kind) },
        { QStringLiteral("direction"),
            hit.direction == Message::Direction::Incoming ? QStringLiteral("in") : QStringLiteral("out") },
        { QStringLiteral("sender"), hit.sender },
        { QStringLiteral("time"), timestamp(hit.serverTime) },
        { QStringLiteral("snippet"), hit.snippet },
        { QStringLiteral("score"), hit.score },
    };
}

QJsonValue cursor(const HistoryCursor &c)
{
    if (c.isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("time_ms"), c.serverTimeMs }, { QStringLiteral("id"), c.rowId } };
}

HistoryCursor cursorFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue time = o.value(QStringLiteral("time_ms"));
    const QJsonValue id = o.value(QStringLiteral("id"));
    // Bytes from the socket: a number that is no whole qint64 (1e308, 0.5) names no row, and
    // converting it would be undefined.
    auto whole = [](const QJsonValue &v) {
        const double d = v.toDouble();
        return v.isDouble() && d >= -9.0e15 && d <= 9.0e15 && d == double(qint64(d));
    };
    if (!whole(time) || !whole(id))
        return {};
    return { qint64(time.toDouble()), qint64(id.toDouble()) };
}

QString messageAsText(const QJsonObject &m)
{
    QString body = m.value(QStringLiteral("body")).toString();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    body.replace(QLatin1Char('\n'), QLatin1String("\n    "));
    return QLatin1Char('[') + m.value(QStringLiteral("time")).toString() + QLatin1String("] ")
        + m.value(QStringLiteral("sender")).toString() + QLatin1String(": ") + body + QLatin1Char('\n');
}

QJsonObject room(const RoomMirror &r)
{
    static const char *const states[] = { "idle", "joining", "joined", "left" };
    return {
        { QStringLiteral("jid"), r.room() },
        { QStringLiteral("state"), QString::fromLatin1(states[int(r.state())]) },
        { QStringLiteral("nick"), r.ownNick() },
        { QStringLiteral("subject"), r.subject() },
        { QStringLiteral("occupants"), r.occupants().size() },
        { QStringLiteral("left_reason"), orNull(RoomMirror::reasonName(r.leaveReason())) },
    };
}

QJsonObject coordinator(const Account &a)
{
    const Coordinator *c = a.coordinator();
    QJsonArray siblings;
    for (const DeviceInfo &d : c->siblings())
        siblings.append(QJsonObject { { QStringLiteral("jid"), d.fullJid },
            { QStringLiteral("role"), toString(d.role) }, { QStringLiteral("always_on"), d.alwaysOn } });
    QJsonArray rooms;
    for (const QString &jid : a.rooms()->rooms())
        rooms.append(room(a.rooms()->shown(jid)));
    return {
        { QStringLiteral("role"), toString(c->role()) },
        { QStringLiteral("anchor"), orNull(c->anchor()) },
        { QStringLiteral("term"), qint64(c->term()) },
        { QStringLiteral("siblings"), siblings },
        { QStringLiteral("rooms"), rooms },
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
        { QStringLiteral("resumed"), a.lastConnectResumed() },
        { QStringLiteral("error"), error },
        { QStringLiteral("roster_size"), rosterSize(a) },
        { QStringLiteral("coordinator"), coordinator(a) },
    };
}

} // namespace Tandem::JsonFormat
