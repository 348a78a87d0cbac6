#pragma once

#include "xmpp/RoomMirror.h"

#include <QString>

namespace Tandem {

struct RoomBookmark;

/// Why the account left a room, kept in the room's bookmark next to autojoin='false' (PROTOCOL.md
/// §11): `<left xmlns='urn:tandem:coord:0' reason='banned'/>` inside the XEP-0402
/// `<extensions/>`, which every client must preserve. Every device, restarted or new, then shows
/// the leave, the ban or the destruction, not only the ones that lived through it. XEP-0048
/// bookmarks have no extensions: there the reason stays with the devices that saw it.
namespace BookmarkExit {

/// The reason `bookmark` records; None if it records none, or wants the room (autojoin).
RoomMirror::LeaveReason read(const RoomBookmark &bookmark);
/// `extensionsXml` (RoomBookmark::extensionsXml) with our `<left/>` set to `reason` (None:
/// removed); every other client's extension kept as it was.
QString write(const QString &extensionsXml, RoomMirror::LeaveReason reason);

} // namespace BookmarkExit

} // namespace Tandem
