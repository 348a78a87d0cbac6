// The invariants ElectionSimulation checks, after every event and at every quiescence, and the
// failure reporting. See ElectionSimulation.h.
#include "ElectionSimulation.h"

#include <QSet>
#include <algorithm>
#include <iostream>
#include <sstream>

namespace Tandem::Sim {

namespace {
constexpr std::size_t TraceLines = 400;

std::string str(const QString &s)
{
    return s.toStdString();
}
} // namespace

std::string formatSeconds(Time t)
{
    std::ostringstream out;
    out << t.count() / 1000 << '.' << (t.count() % 1000) / 100 << (t.count() % 100) / 10 << t.count() % 10
        << 's';
    return out.str();
}

bool ElectionSimulation::live(const Device &d) const
{
    return d.running && d.connected && d.election;
}

void ElectionSimulation::checkContinuous()
{
    std::vector<std::pair<int, quint64>> ready;
    for (const auto &d : m_devices) {
        if (!d->election)
            continue;
        if (d->holdsRooms != d->election->holdsRooms())
            fail(d->name() + ": the actions say " + (d->holdsRooms ? "in" : "out of")
                + " the rooms, the election says otherwise");
        if (live(*d) && d->election->holdsRooms() && !d->election->joining())
            ready.emplace_back(d->index, d->election->claimTerm());
        watchHandoverTimeout(*d);
    }
    std::map<std::tuple<int, int, quint64>, Time> still;
    for (std::size_t i = 0; i < ready.size(); ++i) {
        for (std::size_t j = i + 1; j < ready.size(); ++j) {
            if (ready[i].second != ready[j].second)
                continue;
            const auto key = std::make_tuple(ready[i].first, ready[j].first, ready[i].second);
            const auto seen = m_equalTerms.find(key);
            const Time since = seen == m_equalTerms.end() ? m_now : seen->second;
            still[key] = since;
            if (m_now - since > m_p.convergenceBound())
                fail("dev" + std::to_string(ready[i].first) + " and dev" + std::to_string(ready[j].first)
                    + " have both been anchor under term " + std::to_string(ready[i].second) + " since "
                    + formatSeconds(since));
        }
    }
    m_equalTerms = std::move(still);
}

void ElectionSimulation::watchHandoverTimeout(Device &d)
{
    const AnchorElection &e = *d.election;
    const DeviceInfo mine = e.advertised();
    const QList<DeviceInfo> view = e.siblings();
    const bool facing = live(d) && e.holdsRooms() && !e.joining()
        && std::any_of(view.cbegin(), view.cend(), [&mine](const DeviceInfo &s) {
               return s.claims() && s.joining && DeviceInfo::claimBeats(s, mine);
           });
    if (!facing) {
        d.facingJoiningSince.reset();
        d.countedPastTimeout = false;
        return;
    }
    if (!d.facingJoiningSince)
        d.facingJoiningSince = m_now;
    if (!d.countedPastTimeout && m_now - *d.facingJoiningSince >= m_p.election.handoverTimeout) {
        d.countedPastTimeout = true;
        ++m_result.stats.keptPastHandoverTimeout;
        trace(formatSeconds(m_now) + " " + d.name() + " keeps the rooms past the handover timeout");
    }
}

void ElectionSimulation::checkQuiescent()
{
    if (!m_result.ok)
        return;
    ++m_result.stats.checkedQuiescences;
    std::vector<Device *> online;
    for (const auto &d : m_devices) {
        if (live(*d))
            online.push_back(d.get());
    }
    if (online.empty())
        return;
    std::vector<Device *> anchors;
    for (Device *d : online) {
        if (d->election->joining())
            return fail(d->name() + " is still joining after quiescence");
        if (d->election->holdsRooms())
            anchors.push_back(d);
    }
    if (anchors.size() != 1)
        return fail("after quiescence " + std::to_string(anchors.size()) + " anchors among "
            + std::to_string(online.size()) + " online devices");
    const Device &anchor = *anchors.front();
    const AnchorElection &a = *anchor.election;
    const DeviceRole expected = online.size() == 1 ? DeviceRole::Solo : DeviceRole::Anchor;
    if (a.role() != expected)
        return fail(
            anchor.name() + " should be " + str(toString(expected)) + " but is " + str(toString(a.role())));
    for (Device *d : online) {
        const AnchorElection &e = *d->election;
        if (d->holdsRooms != (d == &anchor))
            return fail(d->name() + ": room occupancy does not match the election");
        if (e.anchor() != anchor.fullJid || e.term() != a.term())
            return fail(d->name() + " follows " + str(e.anchor()) + " term " + std::to_string(e.term())
                + ", not " + anchor.name() + " term " + std::to_string(a.term()));
        if (d != &anchor && e.role() != DeviceRole::Sibling)
            return fail(d->name() + " should be a sibling");
        if (DeviceInfo::ranksAbove(e.advertised(), a.advertised()))
            return fail(d->name() + " ranks above the anchor " + anchor.name() + " after hold-down");
        // The server and the election agree on who is online, with up-to-date presence.
        QSet<QString> seen;
        for (const DeviceInfo &s : e.siblings()) {
            seen.insert(s.fullJid);
            const auto other = std::find_if(
                online.begin(), online.end(), [&s](const Device *o) { return o->fullJid == s.fullJid; });
            if (other == online.end())
                return fail(d->name() + " still sees " + str(s.fullJid));
            if (s != (*other)->election->advertised())
                return fail(d->name() + " has stale presence of " + str(s.fullJid));
        }
        if (seen.size() != static_cast<int>(online.size()) - 1)
            return fail(d->name() + " does not see every online sibling");
    }
    trace(formatSeconds(m_now) + " quiescent: " + anchor.name() + " is " + str(toString(a.role()))
        + " under term " + std::to_string(a.term()) + " for " + std::to_string(online.size()) + " online");
}

void ElectionSimulation::fail(const std::string &why)
{
    if (!m_result.ok)
        return;
    m_result.ok = false;
    std::ostringstream out;
    out << "seed " << m_seed << " at " << formatSeconds(m_now) << ": " << why << "\n--- last "
        << m_trace.size() << " trace lines ---\n";
    for (const auto &line : m_trace)
        out << line << '\n';
    m_result.failure = out.str();
}

void ElectionSimulation::trace(const std::string &line)
{
    if (!m_tracing)
        return;
    if (m_verbose)
        std::cout << line << '\n';
    m_trace.push_back(line);
    if (m_trace.size() > TraceLines)
        m_trace.pop_front();
}

} // namespace Tandem::Sim
