#pragma once

#include "coordinator/CatchUpGaps.h"

#include <QHash>
#include <QString>

namespace Tandem {

/// What the coordinator of one account keeps across restarts of this device (PROTOCOL.md §6.2,
/// §6.7), in a small INI file of the profile: the highest term it has seen, so a restarted device
/// never claims a term it or another device already used, and the user's anchor preference
/// (`ctl anchor`), so "make this device the anchor" survives a restart.
struct CoordinatorState
{
    quint64 highestTerm = 0;
    qint64 preference = 0;

    /// The state of `account` in `file`; zeros when there is none or it cannot be read.
    static CoordinatorState load(const QString &file, const QString &account);
    /// False (and a log line) when the file cannot be written.
    static bool save(const QString &file, const QString &account, const CoordinatorState &state);

    /// The open gaps of `account`'s rooms (CatchUpGaps::persistent()): a catch-up cut short by a
    /// restart resumes from where the gap started, not from the newest message stored since.
    static QHash<QString, CatchUpCursor> loadGaps(const QString &file, const QString &account);
    static bool saveGaps(
        const QString &file, const QString &account, const QHash<QString, CatchUpCursor> &gaps);

    bool operator==(const CoordinatorState &o) const
    {
        return highestTerm == o.highestTerm && preference == o.preference;
    }
    bool operator!=(const CoordinatorState &o) const { return !(*this == o); }
};

} // namespace Tandem
