#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace Tandem {

class Profile;

/// The rooms this device hides, per account: a device-only choice (work rooms on the home laptop
/// only, a noisy room not on the desktop). Hiding changes nothing on the account: the room stays
/// in its bookmarks, the anchor keeps holding it and every device keeps storing its messages, so
/// showing it again finds its history complete. Only what this device shows and notifies leaves
/// it out. Kept in the profile (Profile::hiddenRooms); without a profile only in memory.
class HiddenRooms : public QObject
{
    Q_OBJECT
public:
    explicit HiddenRooms(Profile *profile, QObject *parent = nullptr);

    /// Whether `room` (a bare JID) of `account` is hidden on this device; never a private chat
    /// (room/nick) of it.
    bool isHidden(const QString &account, const QString &room) const;
    /// The hidden rooms of `account`, sorted.
    QStringList rooms(const QString &account) const;
    /// Hides or shows `room`; saved at once. False when it already was so.
    bool setHidden(const QString &account, const QString &room, bool hidden);

Q_SIGNALS:
    void changed(const QString &account, const QString &room, bool hidden);

private:
    const QSet<QString> &of(const QString &account) const;

    Profile *m_profile;
    mutable QHash<QString, QSet<QString>> m_rooms; ///< account → rooms, read once per account
};

} // namespace Tandem
