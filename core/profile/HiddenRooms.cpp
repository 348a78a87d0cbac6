#include "profile/HiddenRooms.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "profile/Profile.h"

#include <algorithm>

namespace Tandem {

HiddenRooms::HiddenRooms(Profile *profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{ }

const QSet<QString> &HiddenRooms::of(const QString &account) const
{
    auto it = m_rooms.find(account);
    if (it == m_rooms.end()) {
        QSet<QString> rooms;
        if (m_profile) {
            // A hand-edited file may hold any case or a stray resource: keep what it means.
            for (const QString &room : m_profile->hiddenRooms(account)) {
                if (Jid::isValidBare(Jid::bare(room)))
                    rooms.insert(Jid::bare(room));
            }
        }
        it = m_rooms.insert(account, rooms);
    }
    return *it;
}

bool HiddenRooms::isHidden(const QString &account, const QString &room) const
{
    // A private chat (room/nick) is someone speaking to the user: it stays in sight.
    return Jid::resource(room).isEmpty() && of(account).contains(Jid::bare(room));
}

QStringList HiddenRooms::rooms(const QString &account) const
{
    QStringList list = of(account).values();
    std::sort(list.begin(), list.end());
    return list;
}

bool HiddenRooms::setHidden(const QString &account, const QString &room, bool hidden)
{
    const QString bare = Jid::bare(room);
    of(account);
    QSet<QString> &rooms = m_rooms[account];
    if (rooms.contains(bare) == hidden)
        return false;
    if (hidden)
        rooms.insert(bare);
    else
        rooms.remove(bare);
    if (m_profile)
        m_profile->setHiddenRooms(account, this->rooms(account));
    qCInfo(lcProfile) << "room" << bare << "of" << account << (hidden ? "hidden" : "shown")
                      << "on this device";
    Q_EMIT changed(account, bare, hidden);
    return true;
}

} // namespace Tandem
