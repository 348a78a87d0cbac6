#include "rooms/JoinAttempt.h"

#include "rooms/RoomService.h"

#include <QTimer>

namespace Tandem {

JoinAttempt::JoinAttempt(RoomService *rooms, const QString &room)
    : QObject(rooms)
    , m_rooms(rooms)
    , m_room(room)
{ }

JoinAttempt *JoinAttempt::start(
    RoomService *rooms, const QString &room, const QString &nick, const QString &password, int timeoutMs)
{
    auto *attempt = new JoinAttempt(rooms, room);
    connect(rooms, &RoomService::roomEvent, attempt,
        [attempt](const QString &from, const RoomMirror::Event &event) {
            if (attempt->m_done || from != attempt->m_room)
                return;
            if (event.type == RoomMirror::Event::Type::Joined) {
                attempt->finish();
                Q_EMIT attempt->joined(attempt->m_room);
            } else if (event.type == RoomMirror::Event::Type::JoinFailed
                && event.detail != QLatin1String("conflict")) {
                attempt->finish();
                Q_EMIT attempt->refused(attempt->m_room, event.detail);
            }
        });
    QTimer::singleShot(timeoutMs, attempt, [attempt] {
        if (attempt->m_done)
            return;
        attempt->finish();
        Q_EMIT attempt->timedOut(attempt->m_room);
    });
    // Answers come from the event loop, so whoever holds the pointer connects first.
    QTimer::singleShot(0, attempt, [attempt, nick, password] {
        if (attempt->m_rooms)
            attempt->m_rooms->join(attempt->m_room, nick, password);
    });
    return attempt;
}

void JoinAttempt::finish()
{
    m_done = true;
    deleteLater();
}

} // namespace Tandem
