#include "models/RoomEventText.h"

#include "rooms/RoomEventRow.h"

namespace Tandem {

QString RoomEventText::of(const Message &row)
{
    const auto event = RoomEventRow::parse(row);
    if (!event)
        return {};
    const QString &nick = event->nick;
    const QString &detail = event->detail;
    switch (event->type) {
    case RoomEventRow::Type::Joined:
        return tr("%1 joined").arg(nick);
    case RoomEventRow::Type::Left:
        return detail.isEmpty() ? tr("%1 left").arg(nick) : tr("%1 left: %2").arg(nick, detail);
    case RoomEventRow::Type::Kicked:
        return detail.isEmpty() ? tr("%1 was kicked").arg(nick) : tr("%1 was kicked: %2").arg(nick, detail);
    case RoomEventRow::Type::Banned:
        return detail.isEmpty() ? tr("%1 was banned").arg(nick) : tr("%1 was banned: %2").arg(nick, detail);
    case RoomEventRow::Type::NickChanged:
        return tr("%1 is now %2").arg(nick, detail);
    case RoomEventRow::Type::SubjectChanged:
        if (detail.isEmpty())
            return nick.isEmpty() ? tr("The subject was cleared") : tr("%1 cleared the subject").arg(nick);
        return nick.isEmpty() ? tr("The subject is now “%1”").arg(detail)
                              : tr("%1 changed the subject to “%2”").arg(nick, detail);
    case RoomEventRow::Type::AccountJoined:
        return tr("You joined");
    case RoomEventRow::Type::AccountLeft:
        return tr("You left");
    }
    return {};
}

} // namespace Tandem
