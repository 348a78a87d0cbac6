#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace Tandem::Sim {

/// The simulated clock, event queue, randomness and trace of one seeded run: everything a
/// simulation needs to be a deterministic function of its seed. Events at the same instant run in
/// the order they were scheduled.
class SimScheduler
{
public:
    using Time = std::chrono::milliseconds;

    explicit SimScheduler(std::uint64_t seed);

    Time now() const { return m_now; }
    /// Runs `run` at `when` (never before now()). A *background* event (a periodic ping) does
    /// not keep the system from being quiet.
    void at(Time when, std::function<void()> run, bool background = false);
    void after(Time delay, std::function<void()> run, bool background = false)
    {
        at(m_now + delay, std::move(run), background);
    }
    /// Runs events, background ones included, until no foreground event is pending (true),
    /// `keepGoing` turns false, or the next event lies past `limit` (false: never quiet).
    bool runUntilQuiet(Time limit, const std::function<bool()> &keepGoing);

    std::mt19937_64 &rng() { return m_rng; }
    int pick(int low, int high); ///< uniform in [low, high]
    Time between(Time low, Time high);
    bool oneIn(int n) { return n > 0 && pick(1, n) == 1; }
    /// A network delay up to `max`: mostly short, sometimes congested, rarely stalled.
    Time networkDelay(Time max);

    /// Tracing keeps the last lines for a failure report; verbose also prints every line.
    void setTracing(bool tracing, bool verbose)
    {
        m_tracing = tracing || verbose;
        m_verbose = verbose;
    }
    bool tracing() const { return m_tracing; }
    /// Adds "12.345s <line>" to the trace (a no-op unless tracing).
    void trace(const std::string &line);
    std::string recentTrace() const;

private:
    struct Event
    {
        Time at;
        std::uint64_t order;
        std::function<void()> run;
        bool background;
        bool operator>(const Event &o) const { return at != o.at ? at > o.at : order > o.order; }
    };

    std::mt19937_64 m_rng;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
    Time m_now { 0 };
    std::uint64_t m_scheduled = 0;
    std::size_t m_foreground = 0;
    bool m_tracing = false;
    bool m_verbose = false;
    std::deque<std::string> m_trace;
};

} // namespace Tandem::Sim
