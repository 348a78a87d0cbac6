#pragma once

#include <chrono>

namespace Tandem {

/// Exponential backoff with jitter for reconnection. Pure: the caller supplies the random
/// number, so tests and simulations are deterministic. Jitter keeps a fleet of clients that lost
/// the same server from reconnecting in lockstep.
class ReconnectPolicy
{
public:
    using Duration = std::chrono::milliseconds;

    explicit ReconnectPolicy(Duration initial = Duration(1000), Duration maximum = Duration(5 * 60 * 1000));

    /// Delay before the next attempt; random01 in [0, 1). The delay lies in [d/2, d] where d
    /// doubles with each failed attempt up to the maximum.
    Duration nextDelay(double random01);
    /// A connection succeeded: start again from the initial delay.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    Duration m_initial;
    Duration m_maximum;
    int m_attempt = 0;
};

} // namespace Tandem
