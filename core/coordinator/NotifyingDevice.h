#pragma once

#include "coordinator/DeviceActivity.h"

#include <QList>
#include <QString>
#include <optional>

namespace Tandem {

/// Which of an account's Tandem devices shows a new message's notification (PROTOCOL.md §16.4).
/// Pure: every device computes it from the same reported data, so when their views agree exactly
/// one of them notifies while any is active, and every desktop device does while none is. One
/// instance per device remembers when it last led: a device that loses the lead (another became
/// active, or it went idle) keeps notifying for a grace period, since the message it would miss
/// may reach the new leader before that leader's report reached it (a duplicate, not a miss).
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

    NotifyingDevice(const QString &self, bool desktop, qint64 graceMs);

    /// The view changed (a sibling's report arrived or it left, this device's own activity
    /// changed), or a message is about to be decided: re-evaluates who leads at `nowMs`.
    void update(qint64 nowMs, std::optional<qint64> selfActiveSince, const QList<Report> &siblings);
    /// Whether this device notifies a message now: it leads, or lost the lead less than the grace ago.
    bool notifiesHere(qint64 nowMs) const;
    /// It lost the lead less than the grace ago: views may disagree (for the simulation's checks).
    bool inGrace(qint64 nowMs) const { return !m_leads && m_desktop && nowMs - m_lostAtMs < m_graceMs; }

    /// Whether the device `self` leads in this view. `selfActiveSince` is its own
    /// ActivityTracker's activeSince(); `siblings` what the others last reported; `desktop` is
    /// false for a headless device, which never notifies.
    static bool leads(const QString &self, bool desktop, std::optional<qint64> selfActiveSince,
        const QList<Report> &siblings);
    /// The device that notifies while some device is active: the latest `since` (the device the
    /// user came to last), ties broken by the smaller id (ordinal, never locale-aware). Empty when
    /// no device is active.
    static QString notifier(const QList<Report> &devices);
    /// The latest `since` among the active `siblings`: ActivityTracker::input()'s second argument.
    static std::optional<qint64> latestActiveSince(const QList<Report> &siblings);

private:
    QString m_self;
    bool m_desktop;
    qint64 m_graceMs;
    bool m_leads = true; ///< alone, a desktop device leads
    qint64 m_lostAtMs = 0;
};

} // namespace Tandem
