// Seeded simulations of who notifies a new message across one account (NotificationSimulation.h).
//
//   TANDEM_SIM_SEEDS=100000 ./test_notification_sim    more seeds than CI runs
//   TANDEM_SIM_SEED=417 TANDEM_SIM_TRACE=1 ./test_notification_sim
//                                                       replay one seed with its full trace
#include "NotificationSimulation.h"

#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>

using namespace Tandem;
using namespace Tandem::Sim;

namespace {

std::uint64_t envNumber(const char *name, std::uint64_t fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? std::strtoull(value, nullptr, 10) : fallback;
}

NotificationSimStats runSeeds(const char *label, std::uint64_t firstSeed, const NotificationSimParameters &p)
{
    const char *single = std::getenv("TANDEM_SIM_SEED");
    const bool replay = single && *single;
    const std::uint64_t first = replay ? std::strtoull(single, nullptr, 10) : firstSeed;
    const std::uint64_t count = replay ? 1 : envNumber("TANDEM_SIM_SEEDS", 1000);
    const auto started = std::chrono::steady_clock::now();
    NotificationSimStats total;
    int failures = 0;
    for (std::uint64_t seed = first; seed < first + count; ++seed) {
        NotificationSimulation sim(seed, p);
        sim.setVerbose(envNumber("TANDEM_SIM_TRACE", 0) != 0);
        const NotificationSimResult result = sim.run();
        total += result.stats;
        if (!result.ok) {
            ADD_FAILURE() << "[" << label << "] " << result.failure << "replay: TANDEM_SIM_SEED=" << seed
                          << " TANDEM_SIM_TRACE=1 ./test_notification_sim --gtest_filter='*" << label << "*'";
            if (++failures == 3)
                break;
        }
    }
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    std::cout << "[" << label << "] seeds " << first << ".." << first + count - 1 << " in " << ms.count()
              << " ms: " << total.messages << " messages (" << total.history << " archive or catch-up), "
              << total.whileActive << " live while a device was active (" << total.settledWhileActive
              << " with settled views, exactly one notifier each; " << total.duplicates
              << " notified twice while a report was in flight), " << total.noneActive
              << " while none was (every desktop notified); " << total.reports << " reports for "
              << total.inputs << " inputs\n";
    return total;
}

} // namespace

// The defaults: a 2-minute window, reports within 2 s, clocks up to 3 s apart.
TEST(NotificationSimulation, DefaultParameters)
{
    const NotificationSimStats s = runSeeds("DefaultParameters", 1, {});
    if (!std::getenv("TANDEM_SIM_SEED")) {
        EXPECT_GT(s.settledWhileActive, s.whileActive / 2);
        EXPECT_GT(s.noneActive, 0u);
        EXPECT_GT(s.history, 0u);
    }
}

// A short window and slow reports: devices go idle and come back all the time, and reports take
// up to 4 s of the 5 s grace.
TEST(NotificationSimulation, ShortWindowSlowReports)
{
    NotificationSimParameters p;
    p.activity.windowMs = 15000;
    p.activity.refreshMs = 3000;
    p.maxReportLatency = std::chrono::milliseconds(4000);
    runSeeds("ShortWindowSlowReports", 700001, p);
}
