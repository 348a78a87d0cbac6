#pragma once

#include <QString>
#include <QtGlobal>

namespace Tandem {

/// The part a device plays in its account's coordination (the `role` attribute of `<device/>`).
/// Offline is local only: it is never advertised.
enum class DeviceRole { Offline, Sibling, Anchor, Solo };

QString toString(DeviceRole role);
/// "anchor", "sibling", "solo"; anything else (including "offline") gives Sibling, the role that
/// claims nothing, so a malformed attribute can never make a device look like an anchor.
DeviceRole deviceRoleFromString(const QString &text);

/// What one Tandem session advertises about itself in its presence
/// (`<device xmlns='urn:tandem:coord:0'/>`, see PROTOCOL.md §Discovery). A plain value type: the
/// relay codec converts it to and from XML, the election compares and ranks it.
struct DeviceInfo
{
    /// The session's full JID (bare JID of the account + the device's stable resource).
    QString fullJid;
    /// An always-on device (typically `tandem --headless`) is the natural anchor.
    bool alwaysOn = false;
    /// The user's preference; `ctl anchor` raises it above every other device's.
    qint64 preference = 0;
    /// Process start time in milliseconds since the epoch (UTC). Advertised with millisecond
    /// precision (Qt::ISODateWithMs) so that every device ranks from exactly the same value.
    qint64 since = 0;
    /// role anchor/solo: the term of its claim; role sibling: the term of the anchor it follows
    /// (or followed last, when `anchor` is empty).
    quint64 term = 0;
    /// role anchor/solo: its own full JID; role sibling: the anchor it follows, or empty.
    QString anchor;
    DeviceRole role = DeviceRole::Sibling;
    /// role anchor only: still joining the rooms during a takeover (`state='joining'`).
    bool joining = false;

    /// True when this presence claims the rooms (role anchor or solo).
    bool claims() const { return role == DeviceRole::Anchor || role == DeviceRole::Solo; }
    /// The resource part of fullJid: the final tie-break of the ranking.
    QString resource() const;

    /// The ranking every device computes identically from advertised data: always-on first,
    /// then higher preference, then earlier `since` (longest uptime), then resource ascending.
    /// A strict weak order that is total over distinct resources, so exactly one device is best.
    static bool ranksAbove(const DeviceInfo &a, const DeviceInfo &b);

    /// Orders anchor claims: a higher term wins; at equal terms (a split view) the better-ranked
    /// device wins. True when `a`'s claim beats `b`'s.
    static bool claimBeats(const DeviceInfo &a, const DeviceInfo &b);

    bool operator==(const DeviceInfo &other) const;
    bool operator!=(const DeviceInfo &other) const { return !(*this == other); }
};

/// A one-line description for logs and test failure messages.
QString toString(const DeviceInfo &info);

} // namespace Tandem
