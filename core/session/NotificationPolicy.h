// Whether one stored message deserves a desktop notification: the rules, without any I/O.
#pragma once

#include "storage/ConversationState.h"
#include "storage/Message.h"
#include "storage/MessageEvents.h"

namespace Tandem {

/// Whether a room is listed publicly (muc_public) or not (muc_hidden); Unknown until a
/// disco#info answer says so.
enum class RoomVisibility { Unknown, Public, NonPublic };

/// Everything the notification rules read about one message that was just stored.
struct NotificationInput
{
    Message message;
    MessageEvents::Origin origin = MessageEvents::Origin::Live;
    ConversationState state; ///< the conversation's state when the message arrived
    RoomVisibility roomVisibility = RoomVisibility::Unknown;
    /// The conversation is open in the window and the window is active: the user sees it already.
    bool inView = false;
    qint64 nowMs = 0; ///< ms since the epoch, for the mute
    /// This is the account's device that notifies now (NotifyingDevice): the user is active here
    /// or nowhere. False: another device of the account shows it.
    bool notifyingDevice = true;
};

/// Decides whether a message notifies. Only news notifies: an incoming message that arrived live,
/// relayed by the anchor or as a carbon, never history from an archive or a catch-up page, nor
/// what we wrote. Only one device of the account notifies: the one the user is active on (see
/// NotificationInput::notifyingDevice). A muted conversation, a conversation in view and level None never
/// notify; All always does; Mentions only when the body names the account's nick there (MentionMatch).
/// Default is All for 1:1 chats and private messages in a room, All for a room known to be
/// non-public, and Mentions for public rooms and rooms whose visibility is unknown.
class NotificationPolicy
{
public:
    /// Why a message does or does not notify, first matching rule wins (in this order).
    enum class Verdict {
        Notify,
        NotNews, ///< composed here, from an archive, or outgoing
        Correction, ///< corrects a message (XEP-0308): it was news when first sent
        Empty, ///< nothing to show
        InView,
        OtherDevice, ///< the user is active on another device of the account, which notifies
        Muted,
        LevelNone,
        NotMentioned, ///< the level is (or defaults to) Mentions and the body does not name us
    };

    static Verdict decide(const NotificationInput &input);
    /// The rules that read the message alone: Notify here means it may notify, depending on the
    /// conversation's state and view.
    static Verdict weighMessage(const Message &message, MessageEvents::Origin origin);
    static bool shouldNotify(const NotificationInput &input) { return decide(input) == Verdict::Notify; }
    /// The level Default stands for in a conversation of `kind` with `visibility`.
    static NotificationLevel effectiveLevel(
        NotificationLevel level, Message::Kind kind, RoomVisibility visibility);
};

} // namespace Tandem
