#include "rooms/BookmarkSync.h"

#include "common/Logging.h"
#include "rooms/BookmarkExit.h"
#include "rooms/RoomService.h"
#include "xmpp/BookmarksManager0402.h"

namespace Tandem {

BookmarkSync::BookmarkSync(BookmarksManager0402 *bookmarks, RoomService *rooms, QObject *parent)
    : QObject(parent)
    , m_bookmarks(bookmarks)
    , m_rooms(rooms)
{
    connect(bookmarks, &BookmarksManager0402::bookmarksReceived, this, [this] {
        for (const RoomBookmark &b : m_bookmarks->bookmarks())
            m_rooms->setListedExit(b.jid, BookmarkExit::read(b));
        publishRoomList();
        joinAutojoinRooms();
    });
    connect(bookmarks, &BookmarksManager0402::bookmarkChanged, this, &BookmarkSync::apply);
    connect(bookmarks, &BookmarksManager0402::bookmarkRemoved, this, [this](const QString &room) {
        m_rooms->setListedExit(room, RoomMirror::LeaveReason::None);
        publishRoomList();
        if (m_rooms->isHoldingLocally() && m_rooms->rooms().contains(room))
            m_rooms->leave(room);
    });
    connect(rooms, &RoomService::holdingStarted, this, &BookmarkSync::joinAutojoinRooms);
    connect(rooms, &RoomService::userJoined, this,
        [this](const QString &room, const QString &nick, const QString &password) {
            setAutojoin(room, true, nick, password);
        });
    connect(rooms, &RoomService::userLeft, this, [this](const QString &room) {
        setAutojoin(room, false, {}, {}, RoomMirror::LeaveReason::SelfLeave);
    });
    connect(
        rooms, &RoomService::roomEvent, this, [this](const QString &room, const RoomMirror::Event &event) {
            using Reason = RoomMirror::LeaveReason;
            using Type = RoomMirror::Event::Type;
            if (!m_rooms->isHoldingLocally())
                return;
            const bool final
                = (event.type == Type::Left
                      && (event.reason == Reason::Banned || event.reason == Reason::Destroyed
                          || event.reason == Reason::AffiliationLost || event.reason == Reason::MembersOnly))
                || (event.type == Type::JoinFailed && !RoomMirror::mayRejoin(event.reason, event.detail));
            if (final)
                setAutojoin(room, false, {}, {}, event.reason); // every device shows why, even restarted
        });
}

void BookmarkSync::publishRoomList()
{
    QStringList rooms;
    for (const RoomBookmark &b : m_bookmarks->bookmarks())
        rooms << b.jid.toLower();
    rooms.sort();
    m_rooms->setRoomList(rooms);
}

void BookmarkSync::joinAutojoinRooms()
{
    if (!m_rooms->isHoldingLocally())
        return;
    for (const RoomBookmark &b : m_bookmarks->bookmarks()) {
        if (b.autojoin)
            m_rooms->joinFromRoomList(b.jid, b.nick, b.password);
    }
}

void BookmarkSync::apply(const RoomBookmark &bookmark)
{
    m_rooms->setListedExit(bookmark.jid, BookmarkExit::read(bookmark)); // on every device
    publishRoomList();
    if (!m_rooms->isHoldingLocally())
        return;
    if (bookmark.autojoin)
        m_rooms->joinFromRoomList(bookmark.jid, bookmark.nick, bookmark.password);
    else if (m_rooms->rooms().contains(bookmark.jid))
        m_rooms->leave(bookmark.jid); // another client of the account cleared autojoin
}

void BookmarkSync::setAutojoin(const QString &room, bool autojoin, const QString &nick,
    const QString &password, RoomMirror::LeaveReason reason)
{
    RoomBookmark b = m_bookmarks->bookmark(room).value_or(RoomBookmark {});
    if (b.jid.isEmpty()) {
        if (!autojoin)
            return; // nothing to turn off
        b.jid = room;
    }
    const RoomMirror::LeaveReason recorded = autojoin ? RoomMirror::LeaveReason::None : reason;
    if (b.autojoin == autojoin && (nick.isEmpty() || b.nick == nick)
        && (password.isEmpty() || b.password == password) && BookmarkExit::read(b) == recorded)
        return;
    b.autojoin = autojoin;
    b.extensionsXml = BookmarkExit::write(b.extensionsXml, recorded);
    if (!nick.isEmpty())
        b.nick = nick;
    if (!password.isEmpty())
        b.password = password;
    qCInfo(lcSession) << "bookmark" << room << "autojoin" << autojoin;
    m_bookmarks->setBookmark(b);
}

} // namespace Tandem
