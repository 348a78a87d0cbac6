#include "coordinator/RequestTracker.h"

namespace Tandem {

void RequestTracker::add(const QString &id, const QString &anchor, Done done)
{
    m_pending.insert(id, { anchor, std::move(done) });
}

std::optional<RequestTracker::Done> RequestTracker::answer(const Response &response)
{
    const auto [id, from] = std::visit([](const auto &r) { return std::pair(r.id, r.from); }, response);
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->anchor != from)
        return std::nullopt;
    Done done = std::move(it->done);
    m_pending.erase(it);
    return done;
}

std::optional<RequestTracker::Done> RequestTracker::expire(const QString &id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return std::nullopt;
    Done done = std::move(it->done);
    m_pending.erase(it);
    return done;
}

} // namespace Tandem
