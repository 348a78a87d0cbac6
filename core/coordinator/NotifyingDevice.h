#pragma once

#include "coordinator/DeviceActivity.h"

#include <QList>
#include <QString>
#include <optional>

namespace Tandem {

/// Which of an account's Tandem devices shows a new message's notification (PROTOCOL.md §16.4).
/// Pure: every device computes it from the same reported data, so when their views agree exactly
/// one of them notifies while any is active, and every desktop device does while none is.
class NotifyingDevice
{
public:
    /// One device's activity as reported; `device` is its resource (or full JID: any stable id
    /// every device spells the same way).
    struct Report
    {
        QString device;
        DeviceActivity activity;
    };

    /// Whether the device `self` notifies. `selfActiveSince` is its own ActivityTracker's
    /// activeSince() (grace included); `siblings` what the others last reported; `desktop` is false
    /// for a headless device, which never notifies.
    static bool notifiesHere(const QString &self, bool desktop, std::optional<qint64> selfActiveSince,
        const QList<Report> &siblings);
    /// The device that notifies while some device is active: the latest `since` (the device the
    /// user came to last), ties broken by the smaller id (ordinal, never locale-aware). Empty when
    /// no device is active.
    static QString notifier(const QList<Report> &devices);
    /// The latest `since` among the active `siblings`: ActivityTracker::input()'s second argument.
    static std::optional<qint64> latestActiveSince(const QList<Report> &siblings);
};

} // namespace Tandem
