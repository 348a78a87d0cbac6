#pragma once

#include "coordinator/DeviceInfo.h"

#include <QString>
#include <variant>
#include <vector>

namespace Tandem {

/// What AnchorElection asks its host to do. The election never touches the network itself, so
/// it stays a pure, deterministic function of its inputs: the host (the coordinator service)
/// carries the actions out in the order given.
namespace Election {

/// Hold the rooms and relay to the siblings under `term`. Join every room first when not holding
/// them already (failover); when already holding them (solo → anchor, end of a takeover, a term
/// bump) only the relaying changes.
struct BecomeAnchor
{
    quint64 term = 0;
};

/// Make-before-break takeover: join every room now while the old anchor still holds them, and
/// call AnchorElection::joinedAllRooms() once every join has completed (succeeded or failed). Do
/// not relay yet: the siblings still follow the old anchor until we announce that we are ready.
struct StartTakeover
{
    quint64 term = 0;
};

/// Tell the old anchor `to` that we hold the rooms under `term`, so it can leave them.
struct SendHandover
{
    QString to;
    quint64 term = 0;
};

/// We no longer hold the rooms (stepped down, or abandoned a takeover): leave every room without
/// touching bookmarks, and stop relaying. After AnchorElection::disconnected() it only means
/// "forget the room state": the server has already ended the occupancy.
struct LeaveRooms
{
};

/// Send requests to, and accept relays from, `fullJid` under `term`. An empty fullJid means there
/// is no anchor right now (a failover is under way): no request can be sent until one appears.
struct FollowAnchor
{
    QString fullJid;
    quint64 term = 0;
};

/// Hold the rooms without relaying: no Tandem sibling is online.
struct BecomeSolo
{
    quint64 term = 0;
};

/// Send our presence again with this `<device/>` element: what we advertise has changed.
struct PublishPresence
{
    DeviceInfo device;
};

using Action = std::variant<BecomeAnchor, StartTakeover, SendHandover, LeaveRooms, FollowAnchor, BecomeSolo,
    PublishPresence>;
using Actions = std::vector<Action>;

/// "BecomeAnchor term=3" and so on: for logs and test failure messages.
QString toString(const Action &action);
QString toString(const Actions &actions);

} // namespace Election

} // namespace Tandem
