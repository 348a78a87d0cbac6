#include "rooms/RoomEventRow.h"

#include <QCryptographicHash>

namespace Tandem {

namespace {

const QString idPrefix = QStringLiteral("room-event:");

std::optional<RoomEventRow::Type> typeOf(const RoomMirror::Event &event)
{
    using E = RoomMirror::Event::Type;
    using R = RoomMirror::LeaveReason;
    switch (event.type) {
    case E::OccupantJoined:
        return RoomEventRow::Type::Joined;
    case E::OccupantLeft:
    case E::Left:
        if (event.reason == R::Kicked)
            return RoomEventRow::Type::Kicked;
        if (event.reason == R::Banned)
            return RoomEventRow::Type::Banned;
        // Our own exits otherwise (a leave, a lost connection) are not the room's news.
        if (event.type == E::Left)
            return std::nullopt;
        return RoomEventRow::Type::Left;
    case E::NickChanged:
        return RoomEventRow::Type::NickChanged;
    case E::SubjectChanged:
        return RoomEventRow::Type::SubjectChanged;
    default:
        return std::nullopt;
    }
}

Message rowOf(
    const QString &account, const QString &room, RoomEventRow::Type type, const RoomMirror::Event &event)
{
    using Type = RoomEventRow::Type;
    Message m;
    m.account = account;
    m.conversation = room;
    m.kind = Message::Kind::RoomEvent;
    m.direction = Message::Direction::Incoming;
    m.sender = event.nick;
    m.body = type == Type::NickChanged                             ? event.newNick
        : type == Type::AccountJoined || type == Type::AccountLeft ? QString()
                                                                   : event.detail;
    m.serverTime = event.at.toUTC();
    m.localTime = m.serverTime;
    // The stamp is the stanza's arrival (the anchor's, on a sibling), the same on every replay.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : { room, RoomEventRow::typeName(type), event.nick, event.newNick, event.detail,
             QString::number(m.serverTime.toMSecsSinceEpoch()) }) {
        hash.addData(part.toUtf8());
        hash.addData("\0", 1);
    }
    m.originId = idPrefix + RoomEventRow::typeName(type) + QLatin1Char(':')
        + QString::fromLatin1(hash.result().toHex());
    return m;
}

} // namespace

std::optional<Message> RoomEventRow::fromEvent(
    const QString &account, const QString &room, const RoomMirror::Event &event)
{
    if (event.silent || !event.at.isValid())
        return std::nullopt;
    const auto type = typeOf(event);
    if (!type)
        return std::nullopt;
    return rowOf(account, room, *type, event);
}

std::optional<Message> RoomEventRow::fromAccountEvent(
    const QString &account, const QString &room, const RoomMirror::Event &event)
{
    if (!event.at.isValid())
        return std::nullopt;
    using E = RoomMirror::Event::Type;
    if (event.type == E::Joined)
        return rowOf(account, room, Type::AccountJoined, event);
    if (event.type == E::Left && event.reason == RoomMirror::LeaveReason::SelfLeave)
        return rowOf(account, room, Type::AccountLeft, event);
    return std::nullopt;
}

std::optional<RoomEventRow::Parsed> RoomEventRow::parse(const Message &row)
{
    if (row.kind != Message::Kind::RoomEvent || !row.originId.startsWith(idPrefix))
        return std::nullopt;
    const auto type = typeFromName(row.originId.mid(idPrefix.size()).section(QLatin1Char(':'), 0, 0));
    if (!type)
        return std::nullopt;
    return Parsed { *type, row.sender, row.body };
}

QString RoomEventRow::typeName(Type type)
{
    switch (type) {
    case Type::Joined:
        return QStringLiteral("joined");
    case Type::Left:
        return QStringLiteral("left");
    case Type::Kicked:
        return QStringLiteral("kicked");
    case Type::Banned:
        return QStringLiteral("banned");
    case Type::NickChanged:
        return QStringLiteral("nick");
    case Type::SubjectChanged:
        return QStringLiteral("subject");
    case Type::AccountJoined:
        return QStringLiteral("account-joined");
    case Type::AccountLeft:
        return QStringLiteral("account-left");
    }
    return {};
}

std::optional<RoomEventRow::Type> RoomEventRow::typeFromName(const QString &name)
{
    for (Type t : { Type::Joined, Type::Left, Type::Kicked, Type::Banned, Type::NickChanged,
             Type::SubjectChanged, Type::AccountJoined, Type::AccountLeft }) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

} // namespace Tandem
