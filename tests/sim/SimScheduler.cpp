#include "SimScheduler.h"

#include "ElectionSimulation.h" // formatSeconds()

#include <iostream>
#include <sstream>

namespace Tandem::Sim {

namespace {
// Enough to see the run-up to a failure without drowning the report.
constexpr std::size_t KeptTraceLines = 600;
} // namespace

SimScheduler::SimScheduler(std::uint64_t seed)
    : m_rng(seed)
{ }

void SimScheduler::at(Time when, std::function<void()> run, bool background)
{
    m_events.push(Event { std::max(when, m_now), m_scheduled++, std::move(run), background });
    if (!background)
        ++m_foreground;
}

bool SimScheduler::runUntilQuiet(Time limit, const std::function<bool()> &keepGoing)
{
    while (m_foreground > 0 && keepGoing()) {
        if (m_events.top().at > limit)
            return false;
        // Moved out before running: the event may schedule others.
        Event next = std::move(const_cast<Event &>(m_events.top()));
        m_events.pop();
        if (!next.background)
            --m_foreground;
        m_now = next.at;
        next.run();
    }
    return true;
}

int SimScheduler::pick(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

SimScheduler::Time SimScheduler::between(Time low, Time high)
{
    return Time(std::uniform_int_distribution<long long>(low.count(), high.count())(m_rng));
}

SimScheduler::Time SimScheduler::networkDelay(Time max)
{
    const int bucket = pick(1, 100);
    const Time lan = std::min(Time(150), max);
    const Time busy = std::min(Time(1200), max);
    if (bucket <= 88)
        return between(Time(1), lan);
    return bucket <= 97 ? between(lan, busy) : between(busy, max);
}

void SimScheduler::trace(const std::string &line)
{
    if (!m_tracing)
        return;
    std::string stamped = formatSeconds(m_now) + " " + line;
    if (m_verbose)
        std::cout << stamped << '\n';
    m_trace.push_back(std::move(stamped));
    if (m_trace.size() > KeptTraceLines)
        m_trace.pop_front();
}

std::string SimScheduler::recentTrace() const
{
    std::ostringstream out;
    out << "--- last " << m_trace.size() << " trace lines ---\n";
    for (const std::string &line : m_trace)
        out << line << '\n';
    return out.str();
}

} // namespace Tandem::Sim
