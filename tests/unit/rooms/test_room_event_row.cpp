// RoomEventRow: which room events become rows of the timeline, what the rows hold, and that an
// event replayed (the same relay or snapshot again) gets the same origin-id, so it is stored once.
#include "rooms/RoomEventRow.h"

#include <gtest/gtest.h>

using namespace Tandem;
using Type = RoomMirror::Event::Type;
using Reason = RoomMirror::LeaveReason;

namespace {
const QString account = QStringLiteral("alice@localhost");
const QString room = QStringLiteral("tea@conference.localhost");
const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);

RoomMirror::Event event(Type type, const QString &nick, Reason reason = Reason::None,
    const QString &detail = {}, const QString &newNick = {})
{
    RoomMirror::Event e { type, nick, newNick, reason, detail };
    e.at = at;
    return e;
}
} // namespace

TEST(RoomEventRow, KickCarriesItsReason)
{
    const auto row = RoomEventRow::fromEvent(account, room,
        event(Type::OccupantLeft, QStringLiteral("dave"), Reason::Kicked, QStringLiteral("spam")));
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->kind, Message::Kind::RoomEvent);
    EXPECT_EQ(row->conversation, room);
    EXPECT_EQ(row->sender, QStringLiteral("dave"));
    EXPECT_EQ(row->body, QStringLiteral("spam"));
    EXPECT_EQ(row->serverTime, at);
    EXPECT_TRUE(row->originId.startsWith(QStringLiteral("room-event:kicked:")));
    const auto parsed = RoomEventRow::parse(*row);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->type, RoomEventRow::Type::Kicked);
    EXPECT_EQ(parsed->nick, QStringLiteral("dave"));
    EXPECT_EQ(parsed->detail, QStringLiteral("spam"));
}

TEST(RoomEventRow, EachKindOfEvent)
{
    struct Case
    {
        RoomMirror::Event event;
        RoomEventRow::Type type;
        QString detail;
    };
    const Case cases[] = {
        { event(Type::OccupantJoined, QStringLiteral("carol")), RoomEventRow::Type::Joined, {} },
        { event(Type::OccupantLeft, QStringLiteral("carol")), RoomEventRow::Type::Left, {} },
        { event(Type::OccupantLeft, QStringLiteral("eve"), Reason::Banned, QStringLiteral("troll")),
            RoomEventRow::Type::Banned, QStringLiteral("troll") },
        { event(Type::NickChanged, QStringLiteral("bob"), Reason::None, {}, QStringLiteral("robert")),
            RoomEventRow::Type::NickChanged, QStringLiteral("robert") },
        { event(Type::SubjectChanged, QStringLiteral("alice"), Reason::None, QStringLiteral("Tea")),
            RoomEventRow::Type::SubjectChanged, QStringLiteral("Tea") },
        // Our own kick is the room's news too.
        { event(Type::Left, QStringLiteral("alice"), Reason::Kicked, QStringLiteral("behave")),
            RoomEventRow::Type::Kicked, QStringLiteral("behave") },
    };
    for (const Case &c : cases) {
        const auto row = RoomEventRow::fromEvent(account, room, c.event);
        ASSERT_TRUE(row.has_value());
        const auto parsed = RoomEventRow::parse(*row);
        ASSERT_TRUE(parsed.has_value());
        EXPECT_EQ(parsed->type, c.type);
        EXPECT_EQ(parsed->nick, c.event.nick);
        EXPECT_EQ(parsed->detail, c.detail);
    }
}

TEST(RoomEventRow, NotEveryEventIsARow)
{
    RoomMirror::Event initial = event(Type::OccupantJoined, QStringLiteral("bob"));
    initial.silent = true; // listed on our joining
    EXPECT_FALSE(RoomEventRow::fromEvent(account, room, initial));
    RoomMirror::Event unstamped = event(Type::OccupantJoined, QStringLiteral("bob"));
    unstamped.at = QDateTime(); // rebuilt from a snapshot
    EXPECT_FALSE(RoomEventRow::fromEvent(account, room, unstamped));
    EXPECT_FALSE(RoomEventRow::fromEvent(account, room, event(Type::Joined, QStringLiteral("alice"))));
    EXPECT_FALSE(RoomEventRow::fromEvent(
        account, room, event(Type::Left, QStringLiteral("alice"), Reason::SelfLeave)));
    EXPECT_FALSE(RoomEventRow::fromEvent(
        account, room, event(Type::Left, QStringLiteral("alice"), Reason::Disconnected)));
    EXPECT_FALSE(RoomEventRow::fromEvent(account, room, event(Type::OccupantChanged, QStringLiteral("bob"))));
    Message chat;
    chat.kind = Message::Kind::GroupChat;
    chat.originId = QStringLiteral("room-event:joined:00");
    EXPECT_FALSE(RoomEventRow::parse(chat)); // only a RoomEvent row is one
}

TEST(RoomEventRow, ReplayedEventHasTheSameId)
{
    const auto e = event(Type::OccupantJoined, QStringLiteral("carol"));
    const auto first = RoomEventRow::fromEvent(account, room, e);
    const auto again = RoomEventRow::fromEvent(account, room, e);
    EXPECT_EQ(first->originId, again->originId);
    RoomMirror::Event later = e;
    later.at = at.addSecs(60); // carol came back a minute later: another row
    EXPECT_NE(RoomEventRow::fromEvent(account, room, later)->originId, first->originId);
    EXPECT_NE(
        RoomEventRow::fromEvent(account, room, event(Type::OccupantLeft, QStringLiteral("carol")))->originId,
        first->originId);
}

TEST(RoomEventRow, AccountsOwnJoinAndLeave)
{
    const auto joined
        = RoomEventRow::fromAccountEvent(account, room, event(Type::Joined, QStringLiteral("alice")));
    ASSERT_TRUE(joined);
    EXPECT_EQ(joined->kind, Message::Kind::RoomEvent);
    EXPECT_EQ(joined->sender, QStringLiteral("alice"));
    EXPECT_TRUE(joined->body.isEmpty());
    EXPECT_TRUE(joined->originId.startsWith(QStringLiteral("room-event:account-joined:")));
    EXPECT_EQ(RoomEventRow::parse(*joined)->type, RoomEventRow::Type::AccountJoined);
    // The same join relayed to a sibling under the anchor's stamp: the same row.
    EXPECT_EQ(
        RoomEventRow::fromAccountEvent(account, room, event(Type::Joined, QStringLiteral("alice")))->originId,
        joined->originId);
    const auto left = RoomEventRow::fromAccountEvent(
        account, room, event(Type::Left, QStringLiteral("alice"), Reason::SelfLeave));
    ASSERT_TRUE(left);
    EXPECT_EQ(RoomEventRow::parse(*left)->type, RoomEventRow::Type::AccountLeft);
    EXPECT_NE(left->originId, joined->originId);

    // A lost connection, a kick, a refused join, an unstamped (snapshot) join: not the account's
    // own join or leave (a kick is fromEvent()'s).
    EXPECT_FALSE(RoomEventRow::fromAccountEvent(
        account, room, event(Type::Left, QStringLiteral("alice"), Reason::Disconnected)));
    EXPECT_FALSE(RoomEventRow::fromAccountEvent(
        account, room, event(Type::Left, QStringLiteral("alice"), Reason::Kicked)));
    EXPECT_FALSE(
        RoomEventRow::fromAccountEvent(account, room, event(Type::JoinFailed, QStringLiteral("alice"))));
    EXPECT_FALSE(
        RoomEventRow::fromAccountEvent(account, room, event(Type::OccupantJoined, QStringLiteral("bob"))));
    RoomMirror::Event snapshot = event(Type::Joined, QStringLiteral("alice"));
    snapshot.at = {};
    EXPECT_FALSE(RoomEventRow::fromAccountEvent(account, room, snapshot));
}
