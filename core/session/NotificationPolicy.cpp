#include "session/NotificationPolicy.h"

#include "storage/MentionMatch.h"

namespace Tandem {

namespace {

bool isNews(MessageEvents::Origin origin)
{
    switch (origin) {
    case MessageEvents::Origin::Live:
    case MessageEvents::Origin::Relay:
    case MessageEvents::Origin::Carbon:
        return true;
    case MessageEvents::Origin::Composed:
    case MessageEvents::Origin::Archive:
        return false;
    }
    return false;
}

} // namespace

NotificationLevel NotificationPolicy::effectiveLevel(
    NotificationLevel level, Message::Kind kind, RoomVisibility visibility)
{
    if (level != NotificationLevel::Default)
        return level;
    if (kind != Message::Kind::GroupChat)
        return NotificationLevel::All;
    // A non-public room is a small circle, where every message is meant for us; a public one (or
    // one we know nothing about) can be busy, so only what names us interrupts.
    return visibility == RoomVisibility::NonPublic ? NotificationLevel::All : NotificationLevel::Mentions;
}

NotificationPolicy::Verdict NotificationPolicy::weighMessage(const Message &m, MessageEvents::Origin origin)
{
    if (m.direction != Message::Direction::Incoming || m.fromArchive || !isNews(origin))
        return Verdict::NotNews;
    if (!m.replacesId.isEmpty())
        return Verdict::Correction;
    if (m.body.trimmed().isEmpty())
        return Verdict::Empty;
    return Verdict::Notify;
}

NotificationPolicy::Verdict NotificationPolicy::decide(const NotificationInput &input)
{
    const Message &m = input.message;
    if (const Verdict verdict = weighMessage(m, input.origin); verdict != Verdict::Notify)
        return verdict;
    if (input.inView)
        return Verdict::InView;
    if (!input.notifyingDevice)
        return Verdict::OtherDevice;
    if (input.state.isMuted(input.nowMs))
        return Verdict::Muted;
    switch (effectiveLevel(input.state.notification, m.kind, input.roomVisibility)) {
    case NotificationLevel::None:
        return Verdict::LevelNone;
    case NotificationLevel::Mentions:
        return MentionMatch::mentions(m.body, input.state.nick) ? Verdict::Notify : Verdict::NotMentioned;
    case NotificationLevel::All:
    case NotificationLevel::Default:
        break;
    }
    return Verdict::Notify;
}

} // namespace Tandem
