#include "coordinator/RelaySequence.h"

namespace Tandem {

void RelaySequence::retain(const QSet<QString> &present)
{
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_streams.erase(it);
    }
    for (auto it = m_reports.begin(); it != m_reports.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_reports.erase(it);
    }
}

bool RelaySequence::siblingReported(const QString &sibling, const QString &anchor, quint64 term)
{
    const QPair<QString, quint64> report(anchor, term);
    const auto it = m_reports.find(sibling);
    if (it != m_reports.end() && *it == report)
        return false;
    m_reports.insert(sibling, report);
    // Its mirrors were reset, and it will catch up anew: the stream starts over but for the seq
    // (a sibling accepts any seq as the first of a new stream).
    if (auto stream = m_streams.find(sibling); stream != m_streams.end()) {
        stream->snapshotted = false;
        stream->firstLive.clear();
    }
    return true;
}

QStringList RelaySequence::needsSnapshot(const QStringList &siblings) const
{
    QStringList out;
    for (const QString &sibling : siblings) {
        if (!m_streams.value(sibling).snapshotted)
            out << sibling;
    }
    return out;
}

} // namespace Tandem
