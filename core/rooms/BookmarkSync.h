#pragma once

#include "xmpp/RoomMirror.h"

#include <QObject>

namespace Tandem {

class BookmarksManager0402;
class RoomService;
struct RoomBookmark;

/// Keeps the account's room list — its bookmarks (XEP-0402, or XEP-0048 on older servers) — and
/// the rooms held by this device in step, while this device holds them (solo or anchor):
/// autojoin bookmarks are joined (also after a failover or a restart), a user's join publishes
/// an autojoin bookmark, a leave clears autojoin so every device and every later anchor stays
/// out, and so does a ban, a destroyed room, lost membership or a refused join (password,
/// members-only, banned), so nothing retries them.
class BookmarkSync : public QObject
{
    Q_OBJECT
public:
    BookmarkSync(BookmarksManager0402 *bookmarks, RoomService *rooms, QObject *parent = nullptr);

private:
    void joinAutojoinRooms();
    /// Every device: RoomService learns the whole list (the rooms whose relays it accepts).
    void publishRoomList();
    void apply(const RoomBookmark &bookmark);
    /// With autojoin off, `reason` is recorded in the bookmark (BookmarkExit).
    void setAutojoin(const QString &room, bool autojoin, const QString &nick = {},
        const QString &password = {}, RoomMirror::LeaveReason reason = RoomMirror::LeaveReason::None);

    BookmarksManager0402 *m_bookmarks;
    RoomService *m_rooms;
};

} // namespace Tandem
