// Seeded simulations of AnchorElection across a whole account (see ElectionSimulation.h).
//
//   TANDEM_SIM_SEEDS=20000 ./test_election_sim        more seeds than CI runs
//   TANDEM_SIM_SEED=417 TANDEM_SIM_TRACE=1 ./test_election_sim --gtest_filter='*Default*'
//                                                      replay one seed with its full trace
#include "ElectionSimulation.h"

#include <QLoggingCategory>
#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>
#include <string>

using namespace Tandem;
using namespace Tandem::Sim;

namespace {

std::uint64_t envNumber(const char *name, std::uint64_t fallback)
{
    const char *value = std::getenv(name);
    if (!value || !*value)
        return fallback;
    return std::strtoull(value, nullptr, 10);
}

/// Runs `defaultSeeds` seeds (or TANDEM_SIM_SEEDS, or the single TANDEM_SIM_SEED) and reports
/// every failing seed with the command that replays it.
void runSeeds(const char *label, std::uint64_t firstSeed, std::uint64_t defaultSeeds, const SimParameters &p)
{
    // The election logs decisions at debug level and handover timeouts at info level; thousands of
    // runs would drown the output.
    QLoggingCategory::setFilterRules(QStringLiteral("tandem.coordinator=false"));
    const char *single = std::getenv("TANDEM_SIM_SEED");
    const bool replay = single && *single;
    const std::uint64_t first = replay ? std::strtoull(single, nullptr, 10) : firstSeed;
    const std::uint64_t count = replay ? 1 : envNumber("TANDEM_SIM_SEEDS", defaultSeeds);
    const bool verbose = envNumber("TANDEM_SIM_TRACE", 0) != 0;

    const auto started = std::chrono::steady_clock::now();
    SimStats total;
    int failures = 0;
    for (std::uint64_t seed = first; seed < first + count; ++seed) {
        ElectionSimulation sim(seed, p);
        sim.setVerbose(verbose);
        const SimResult result = sim.run();
        total += result.stats;
        if (!result.ok) {
            ADD_FAILURE() << "[" << label << "] " << result.failure << "replay: TANDEM_SIM_SEED=" << seed
                          << " TANDEM_SIM_TRACE=1 "
                          << "./test_election_sim --gtest_filter='*" << label << "*'";
            if (++failures == 3)
                break;
        }
    }
    const auto elapsed
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    std::cout << "[" << label << "] seeds " << first << ".." << first + count - 1 << " (" << count << ") in "
              << elapsed.count() << " ms: " << total.checkedQuiescences << " quiescent states checked, "
              << total.events << " election events, " << total.deliveries << " deliveries, " << total.claims
              << " claims, " << total.takeovers << " takeovers, " << total.handovers << " handovers, "
              << total.steppedDown << " step-downs (" << total.breaks
              << " with no other device in the rooms), " << total.crashedJoining
              << " successors lost while joining, " << total.keptPastHandoverTimeout
              << " anchors kept the rooms past the handover timeout, "
              << "slowest convergence " << total.maxConvergence.count() << " ms after the last disturbance, "
              << total.simulated.count() / 3600000 << " h simulated" << std::endl;
}

} // namespace

TEST(ElectionSimulation, DefaultParameters)
{
    runSeeds("DefaultParameters", 1, 3000, SimParameters());
}

TEST(ElectionSimulation, HoldDownShorterThanNetworkStalls)
{
    // Hold-down and settle well below the worst delays: takeovers race with stale presence.
    SimParameters p;
    p.election = AnchorElection::Config { std::chrono::milliseconds(4000), std::chrono::milliseconds(0),
        std::chrono::milliseconds(6000) };
    p.maxDelay = std::chrono::milliseconds(8000);
    p.minServerTimeout = std::chrono::milliseconds(500);
    p.maxServerTimeout = std::chrono::milliseconds(10000);
    p.roundLength = std::chrono::milliseconds(30000);
    runSeeds("HoldDownShorterThanNetworkStalls", 100001, 1500, p);
}

TEST(ElectionSimulation, SuccessorsCrashWhileJoining)
{
    // PROTOCOL.md §6.4: a successor that crashes while joining must not cost the account its
    // rooms. Many successors crash or stall mid-join, and the server takes up to twice the
    // handover timeout to notice, so old anchors routinely outlive their handover timeout.
    SimParameters p;
    p.crashWhileJoiningOneIn = 3;
    p.joinStallOneIn = 4;
    p.maxJoinTime = std::chrono::milliseconds(15000);
    p.maxServerTimeout = p.election.handoverTimeout * 2;
    runSeeds("SuccessorsCrashWhileJoining", 200001, 1500, p);
}

TEST(ElectionSimulation, SameSeedSameRun)
{
    // A failure is only worth its seed if the seed replays it exactly.
    const SimResult a = ElectionSimulation(4242).run();
    const SimResult b = ElectionSimulation(4242).run();
    EXPECT_EQ(a.stats.events, b.stats.events);
    EXPECT_EQ(a.stats.deliveries, b.stats.deliveries);
    EXPECT_EQ(a.stats.takeovers, b.stats.takeovers);
    EXPECT_EQ(a.stats.simulated, b.stats.simulated);
    EXPECT_EQ(a.ok, b.ok);
}
