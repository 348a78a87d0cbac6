#include "xmpp/ReconnectPolicy.h"

#include <algorithm>

namespace Tandem {

ReconnectPolicy::ReconnectPolicy(Duration initial, Duration maximum)
    : m_initial(initial)
    , m_maximum(std::max(initial, maximum))
{ }

ReconnectPolicy::Duration ReconnectPolicy::nextDelay(double random01)
{
    random01 = std::clamp(random01, 0.0, 1.0);
    // Cap the exponent before shifting so long outages cannot overflow.
    const int exponent = std::min(m_attempt, 30);
    const auto ceiling = std::min<long long>(m_initial.count() << exponent, m_maximum.count());
    ++m_attempt;
    const auto half = ceiling / 2;
    return Duration(half + static_cast<long long>(static_cast<double>(ceiling - half) * random01));
}

} // namespace Tandem
