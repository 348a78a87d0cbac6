#pragma once

#include "coordinator/RequestCodec.h"

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace Tandem {

/// A sibling's requests awaiting their answer (PROTOCOL.md §8): id → the anchor it was sent to and
/// what to do with the answer. An answer counts only from that anchor: an ack or error with the
/// right id from any other session (an anchor we followed before, another sibling) is ignored,
/// and the request stays pending until its own answer or its timeout. Pure: the host runs the
/// timers and calls expire().
class RequestTracker
{
public:
    using Done = std::function<void(const Response &)>;

    void add(const QString &id, const QString &anchor, Done done);
    /// The callback for `response` if it answers a pending request and comes from the anchor that
    /// request went to (it is then no longer pending); nullopt otherwise.
    std::optional<Done> answer(const Response &response);
    /// The request's time is up: its callback, if it is still pending.
    std::optional<Done> expire(const QString &id);
    bool isPending(const QString &id) const { return m_pending.contains(id); }

private:
    struct Pending
    {
        QString anchor;
        Done done;
    };
    QHash<QString, Pending> m_pending;
};

} // namespace Tandem
