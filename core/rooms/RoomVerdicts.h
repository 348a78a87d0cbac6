#pragma once

#include "xmpp/RoomMirror.h"

#include <QHash>
#include <QObject>
#include <QVector>
#include <functional>

namespace Tandem {

/// What a nick or subject change asked of a room waits for before it is answered (PROTOCOL.md §8,
/// §15): the room confirms it (its broadcast of the new nick or subject), refuses it (an error:
/// `conflict` for a taken nick, `forbidden` for a subject only moderators may set), puts us out
/// (`not-joined`), or says nothing within 10 s (`remote-server-timeout`, before a sibling that
/// asked gives up on the anchor). Fed with the holder's own occupancy events.
class RoomVerdicts : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Nick, Subject };
    using Done = std::function<void(const QString &error)>;
    static constexpr int defaultTimeoutMs = 10000;

    explicit RoomVerdicts(QObject *parent = nullptr, int timeoutMs = defaultTimeoutMs);

    /// Answers `done` once `room` has answered the change of `kind` to `value`.
    void await(const QString &room, Kind kind, const QString &value, Done done);
    /// `ownNick`: ours in `room` once the event is applied.
    void roomEvent(const QString &room, const RoomMirror::Event &event, const QString &ownNick);

private:
    struct Waiting
    {
        Kind kind;
        QString value;
        quint64 id = 0;
        Done done;
    };
    int m_timeoutMs;
    QHash<QString, QVector<Waiting>> m_waiting; ///< per room
    quint64 m_nextId = 1;
};

} // namespace Tandem
