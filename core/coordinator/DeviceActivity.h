#pragma once

#include <QString>
#include <QtGlobal>

namespace Tandem {

/// What a Tandem device last reported of its user (the `<activity/>` child of `<device/>`,
/// PROTOCOL.md §16): active since a time, idle since the last input, or nothing known. Stamps are
/// the reporter's wall clock in ms since the epoch (UTC), so every device compares the same numbers.
struct DeviceActivity
{
    enum class State { Unknown, Active, Idle };

    State state = State::Unknown;
    /// Active: when the user became active here (or came back here from another device); Idle:
    /// the last input here.
    qint64 sinceMs = 0;

    bool isActive() const { return state == State::Active; }
    bool operator==(const DeviceActivity &o) const { return state == o.state && sinceMs == o.sinceMs; }
    bool operator!=(const DeviceActivity &o) const { return !(*this == o); }
};

/// "active", "idle" or "unknown": the wire and JSON spelling.
QString toString(DeviceActivity::State state);

} // namespace Tandem
