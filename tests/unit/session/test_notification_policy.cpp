#include "session/NotificationPolicy.h"

#include <gtest/gtest.h>

using namespace Tandem;
using Origin = MessageEvents::Origin;
using Verdict = NotificationPolicy::Verdict;

namespace {

constexpr qint64 now = 1'800'000'000'000;

NotificationInput chat(const QString &body = QStringLiteral("hello"))
{
    NotificationInput in;
    in.message.account = QStringLiteral("alice@localhost");
    in.message.conversation = QStringLiteral("bob@localhost");
    in.message.sender = QStringLiteral("bob@localhost/phone");
    in.message.kind = Message::Kind::Chat;
    in.message.body = body;
    in.nowMs = now;
    return in;
}

NotificationInput room(const QString &body, RoomVisibility visibility = RoomVisibility::Unknown)
{
    NotificationInput in = chat(body);
    in.message.conversation = QStringLiteral("lounge@conference.localhost");
    in.message.sender = QStringLiteral("bob");
    in.message.kind = Message::Kind::GroupChat;
    in.state.nick = QStringLiteral("alice");
    in.roomVisibility = visibility;
    return in;
}

NotificationInput withLevel(NotificationInput in, NotificationLevel level)
{
    in.state.notification = level;
    return in;
}

} // namespace

TEST(NotificationPolicy, OnlyLiveRelayedAndCarbonMessagesNotify)
{
    for (Origin origin : { Origin::Live, Origin::Relay, Origin::Carbon }) {
        NotificationInput in = chat();
        in.origin = origin;
        EXPECT_EQ(NotificationPolicy::decide(in), Verdict::Notify) << int(origin);
    }
    for (Origin origin : { Origin::Archive, Origin::Composed }) {
        NotificationInput in = chat();
        in.origin = origin;
        EXPECT_EQ(NotificationPolicy::decide(in), Verdict::NotNews) << int(origin);
    }
}

TEST(NotificationPolicy, ArchivedAndOutgoingMessagesNeverNotify)
{
    NotificationInput archived = chat();
    archived.message.fromArchive = true;
    EXPECT_EQ(NotificationPolicy::decide(archived), Verdict::NotNews);

    // A carbon of what another session of the account sent is ours, not news.
    NotificationInput sent = chat();
    sent.origin = Origin::Carbon;
    sent.message.direction = Message::Direction::Outgoing;
    EXPECT_EQ(NotificationPolicy::decide(sent), Verdict::NotNews);
}

TEST(NotificationPolicy, CorrectionsAndEmptyBodiesDoNotNotify)
{
    NotificationInput correction = chat(QStringLiteral("hello, fixed"));
    correction.message.replacesId = QStringLiteral("m1");
    EXPECT_EQ(NotificationPolicy::decide(correction), Verdict::Correction);
    EXPECT_EQ(NotificationPolicy::decide(chat(QStringLiteral("  \n"))), Verdict::Empty);
}

TEST(NotificationPolicy, MutedConversationsStaySilentUntilTheMuteEnds)
{
    NotificationInput in = withLevel(chat(), NotificationLevel::All);
    in.state.mutedUntilMs = now + 1000;
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::Muted);
    in.state.mutedUntilMs = ConversationState::mutedForever;
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::Muted);
    in.state.mutedUntilMs = now - 1; // expired
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::Notify);

    // Even a mention does not break through a mute.
    NotificationInput mention = room(QStringLiteral("alice: look"));
    mention.state.mutedUntilMs = now + 1000;
    EXPECT_EQ(NotificationPolicy::decide(mention), Verdict::Muted);
}

TEST(NotificationPolicy, LevelNoneNeverNotifies)
{
    EXPECT_EQ(NotificationPolicy::decide(withLevel(chat(), NotificationLevel::None)), Verdict::LevelNone);
    EXPECT_EQ(NotificationPolicy::decide(withLevel(room(QStringLiteral("alice!")), NotificationLevel::None)),
        Verdict::LevelNone);
}

TEST(NotificationPolicy, LevelMentionsNeedsTheNickAsAWord)
{
    const auto mentions = [](const QString &body) {
        return NotificationPolicy::decide(
            withLevel(room(body, RoomVisibility::NonPublic), NotificationLevel::Mentions));
    };
    EXPECT_EQ(mentions(QStringLiteral("Alice: are you there?")), Verdict::Notify);
    EXPECT_EQ(mentions(QStringLiteral("hi alice!")), Verdict::Notify);
    EXPECT_EQ(mentions(QStringLiteral("malice aforethought")), Verdict::NotMentioned);
    EXPECT_EQ(mentions(QStringLiteral("nothing for you")), Verdict::NotMentioned);

    // Without a nick there is nothing to mention.
    NotificationInput noNick = withLevel(chat(QStringLiteral("alice?")), NotificationLevel::Mentions);
    EXPECT_EQ(NotificationPolicy::decide(noNick), Verdict::NotMentioned);
}

TEST(NotificationPolicy, LevelAllNotifiesEveryMessageOfAPublicRoom)
{
    EXPECT_EQ(NotificationPolicy::decide(withLevel(
                  room(QStringLiteral("weather talk"), RoomVisibility::Public), NotificationLevel::All)),
        Verdict::Notify);
}

TEST(NotificationPolicy, DefaultIsAllForChatsAndPrivateMessages)
{
    EXPECT_EQ(NotificationPolicy::decide(chat()), Verdict::Notify);
    NotificationInput pm = chat();
    pm.message.kind = Message::Kind::GroupChatPrivate;
    pm.message.conversation = QStringLiteral("lounge@conference.localhost/bob");
    EXPECT_EQ(NotificationPolicy::decide(pm), Verdict::Notify);
}

TEST(NotificationPolicy, DefaultInARoomDependsOnItsVisibility)
{
    const QString plain = QStringLiteral("weather talk");
    const QString mention = QStringLiteral("alice, the weather");
    EXPECT_EQ(NotificationPolicy::decide(room(plain, RoomVisibility::NonPublic)), Verdict::Notify);
    EXPECT_EQ(NotificationPolicy::decide(room(plain, RoomVisibility::Public)), Verdict::NotMentioned);
    EXPECT_EQ(NotificationPolicy::decide(room(mention, RoomVisibility::Public)), Verdict::Notify);
    // Not known: as a public room.
    EXPECT_EQ(NotificationPolicy::decide(room(plain, RoomVisibility::Unknown)), Verdict::NotMentioned);
    EXPECT_EQ(NotificationPolicy::decide(room(mention, RoomVisibility::Unknown)), Verdict::Notify);
}

TEST(NotificationPolicy, AConversationInViewDoesNotNotify)
{
    NotificationInput in = withLevel(chat(), NotificationLevel::All);
    in.inView = true;
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::InView);
    NotificationInput mention = room(QStringLiteral("alice!"));
    mention.inView = true;
    EXPECT_EQ(NotificationPolicy::decide(mention), Verdict::InView);
}

TEST(NotificationPolicy, TheMessageAloneRulesOutWhatNeverNotifies)
{
    NotificationInput in = chat();
    EXPECT_EQ(NotificationPolicy::weighMessage(in.message, Origin::Live), Verdict::Notify);
    EXPECT_EQ(NotificationPolicy::weighMessage(in.message, Origin::Archive), Verdict::NotNews);
    in.message.replacesId = QStringLiteral("m1");
    EXPECT_EQ(NotificationPolicy::weighMessage(in.message, Origin::Carbon), Verdict::Correction);
}

TEST(NotificationPolicy, EffectiveLevelKeepsAnExplicitChoice)
{
    for (NotificationLevel level :
        { NotificationLevel::All, NotificationLevel::Mentions, NotificationLevel::None })
        for (Message::Kind kind :
            { Message::Kind::Chat, Message::Kind::GroupChat, Message::Kind::GroupChatPrivate })
            EXPECT_EQ(NotificationPolicy::effectiveLevel(level, kind, RoomVisibility::NonPublic), level);
    EXPECT_TRUE(NotificationPolicy::shouldNotify(chat()));
}

TEST(NotificationPolicy, AnotherDeviceInUseNotifiesInsteadOfThisOne)
{
    NotificationInput in = room(QStringLiteral("alice: look"));
    in.notifyingDevice = false;
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::OtherDevice);
    in.notifyingDevice = true;
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::Notify);
    // History stays history, whichever device is in use.
    in.origin = Origin::Archive;
    EXPECT_EQ(NotificationPolicy::decide(in), Verdict::NotNews);
}
