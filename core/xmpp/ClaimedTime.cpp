#include "xmpp/ClaimedTime.h"

namespace Tandem::ClaimedTime {

namespace {
// RFC 3920's year; the epoch that a zeroed stamp parses to lies well before it.
const QDateTime earliestPlausible(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

QDateTime clamp(const QDateTime &claimed, const QDateTime &receivedAt)
{
    const QDateTime received = receivedAt.toUTC();
    if (!claimed.isValid() || claimed > received || claimed < earliestPlausible)
        return received;
    return claimed.toUTC();
}

} // namespace Tandem::ClaimedTime
