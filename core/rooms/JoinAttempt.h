#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Tandem {

class RoomService;

/// One user's request to join a room, followed until the room says yes or no: the window's join
/// dialog and `tandem ctl join` answer the user only then, since a refused join must reach them.
/// A taken nick is not an answer (the occupancy retries with another nick on its own); no answer
/// within the timeout is one, though the account keeps trying to join.
///
/// Deletes itself after it has emitted its one answer.
class JoinAttempt : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 20000;

    /// Starts joining `room` through `rooms` (here or through the anchor) at once.
    static JoinAttempt *start(RoomService *rooms, const QString &room, const QString &nick = {},
        const QString &password = {}, int timeoutMs = DefaultTimeoutMs);

    QString room() const { return m_room; }

Q_SIGNALS:
    void joined(const QString &room);
    /// `condition`: the room's error condition (XEP-0045 §7.2), for StatusText::joinError.
    void refused(const QString &room, const QString &condition);
    void timedOut(const QString &room);

private:
    JoinAttempt(RoomService *rooms, const QString &room);
    void finish();

    QPointer<RoomService> m_rooms;
    QString m_room;
    bool m_done = false;
};

} // namespace Tandem
