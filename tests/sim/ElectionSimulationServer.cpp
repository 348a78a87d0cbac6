// The simulated server of ElectionSimulation: sessions, presence broadcast among the account's
// resources, routing with random delays in order per sender and recipient.
#include "ElectionSimulation.h"

namespace Tandem::Sim {

void ElectionSimulation::bind(Device &d)
{
    if (m_sessions.count(d.index)) {
        // Same resource again: the server replaces the old session (Prosody's default
        // conflict resolution), which ends it with unavailable presence first.
        trace(formatSeconds(m_now) + " server replaces the old session of " + d.name());
        serverUnavailable(d.index);
    }
    Session s;
    s.id = m_nextSession++;
    m_sessions[d.index] = s;
}

void ElectionSimulation::serverPresence(Device &d, const DeviceInfo &info)
{
    Session &s = m_sessions.at(d.index);
    const bool initial = !s.presence;
    s.presence = info;
    for (const auto &[index, other] : m_sessions) {
        if (index != d.index)
            deliver(d.index, index, [this, info](Device &r) {
                feed(r, "presence",
                    [this, info](AnchorElection &e) { return e.siblingAvailable(info, m_now); });
            });
    }
    if (!initial)
        return;
    // RFC 6121 §4.4.2: a newly available resource gets the presence of the account's others.
    for (const auto &[index, other] : m_sessions) {
        if (index == d.index || !other.presence)
            continue;
        const DeviceInfo theirs = *other.presence;
        deliver(index, d.index, [this, theirs](Device &r) {
            feed(r, "presence",
                [this, theirs](AnchorElection &e) { return e.siblingAvailable(theirs, m_now); });
        });
    }
}

void ElectionSimulation::serverUnavailable(int device)
{
    m_sessions.erase(device);
    const QString jid = m_devices[device]->fullJid;
    for (const auto &[index, other] : m_sessions) {
        deliver(device, index, [this, jid](Device &r) {
            feed(r, "unavailable",
                [this, jid](AnchorElection &e) { return e.siblingUnavailable(jid, m_now); });
        });
    }
}

void ElectionSimulation::deliver(int from, int to, std::function<void(Device &)> handler)
{
    const auto session = m_sessions.find(to);
    if (session == m_sessions.end() || session->second.zombie)
        return; // nobody there: a headline to an offline full JID is discarded (RFC 6121 §8.5.3)
    const int id = session->second.id;
    Time &last = m_lastDelivery[{ from, to }];
    last = std::max(m_now + delay(), last); // in order per sender and recipient (RFC 6120 §10.1)
    at(last, [this, to, id, handler = std::move(handler)] {
        Device &r = *m_devices[to];
        if (!r.connected || r.session != id)
            return;
        ++m_result.stats.deliveries;
        handler(r);
    });
}

} // namespace Tandem::Sim
