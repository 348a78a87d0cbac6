// The outbox's rules on their own: what it sends again, when it gives up and why, which message
// a "stanza too big" stream error blames, and how much body a server's announced limit leaves.
#include "session/Outbox.h"
#include "storage/MessageLimits.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

const QString Device = QStringLiteral("alice@localhost/laptop");
const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

Message outgoing(const QString &body, int attempts = 0)
{
    Message m;
    m.kind = Message::Kind::Chat;
    m.direction = Message::Direction::Outgoing;
    m.state = Message::DeliveryState::Sent;
    m.sender = Device;
    m.body = body;
    m.localTime = Now.addSecs(-60);
    m.sendAttempts = attempts;
    return m;
}

} // namespace

TEST(OutboxRules, ResendsUntilTheBudgetIsSpent)
{
    EXPECT_EQ(Outbox::decide(outgoing(QStringLiteral("hi")), Device, Now), Outbox::Action::Resend);
    EXPECT_EQ(Outbox::decide(outgoing(QStringLiteral("hi"), Outbox::resendBudget - 1), Device, Now),
        Outbox::Action::Resend);
    const Message spent = outgoing(QStringLiteral("hi"), Outbox::resendBudget);
    EXPECT_EQ(Outbox::decide(spent, Device, Now), Outbox::Action::GiveUp);
    EXPECT_TRUE(Outbox::givenUpBecause(spent).contains(QString::number(Outbox::resendBudget + 1)));
}

TEST(OutboxRules, AWeekWithoutReceiptIsGivenUpEverywhere)
{
    Message old = outgoing(QStringLiteral("hi"));
    old.localTime = Now.addDays(-8);
    EXPECT_EQ(Outbox::decide(old, Device, Now), Outbox::Action::GiveUp);
    old.sender = QStringLiteral("alice@localhost/desktop");
    EXPECT_EQ(Outbox::decide(old, Device, Now), Outbox::Action::GiveUp);
    EXPECT_TRUE(Outbox::givenUpBecause(old).contains(QLatin1String("week")));
}

TEST(OutboxRules, AnotherDevicesAndRoomMessagesAreLeftAlone)
{
    Message other = outgoing(QStringLiteral("hi"));
    other.sender = QStringLiteral("alice@localhost/desktop");
    EXPECT_EQ(Outbox::decide(other, Device, Now), Outbox::Action::Skip);
    Message room = outgoing(QStringLiteral("hi"));
    room.kind = Message::Kind::GroupChat;
    EXPECT_EQ(Outbox::decide(room, Device, Now), Outbox::Action::Skip);
}

TEST(OutboxRules, TheLargestLargeMessageIsBlamedForAStanzaTooBig)
{
    const Message small = outgoing(QStringLiteral("hi"));
    const Message large = outgoing(QString(20000, QLatin1Char('x')));
    Message larger = outgoing(QString(30000, QChar(0x00e9))); // 2 bytes each in UTF-8
    larger.messageId = QStringLiteral("larger");
    Message incoming = outgoing(QString(90000, QLatin1Char('y')));
    incoming.direction = Message::Direction::Incoming;
    // Written on another device: it never went out on this device's stream.
    Message otherDevice = outgoing(QString(80000, QLatin1Char('w')));
    otherDevice.sender = QStringLiteral("alice@localhost/desktop");

    const auto blamed = Outbox::oversized({ small, large, larger, incoming, otherDevice }, Device);
    ASSERT_TRUE(blamed.has_value());
    EXPECT_EQ(blamed->messageId, QStringLiteral("larger"));
    // Too small to have been it: nothing is blamed rather than an innocent message.
    EXPECT_FALSE(Outbox::oversized(
        { small, outgoing(QString(Outbox::smallestOversizedBody - 1, QLatin1Char('z'))) }, Device)
                     .has_value());
    EXPECT_FALSE(Outbox::oversized({}, Device).has_value());
    // A room message names only a nick: any of the account's may have been it.
    Message room = outgoing(QString(70000, QLatin1Char('r')));
    room.kind = Message::Kind::GroupChat;
    room.sender = QStringLiteral("alice");
    room.messageId = QStringLiteral("room");
    EXPECT_EQ(Outbox::oversized({ large, room }, Device)->messageId, QStringLiteral("room"));
}

TEST(OutboxRules, AnAnnouncedLimitLeavesRoomForTheEnvelope)
{
    EXPECT_EQ(MessageLimits::bodyBytesWithin(0), 0);
    EXPECT_EQ(MessageLimits::bodyBytesWithin(262144), 262144 - 8192);
    EXPECT_EQ(MessageLimits::bodyBytesWithin(10000), 5000);
    EXPECT_TRUE(MessageLimits::refusal(QString(5000, QLatin1Char('a')), 5000).isEmpty());
    EXPECT_FALSE(MessageLimits::refusal(QString(5001, QLatin1Char('a')), 5000).isEmpty());
}
