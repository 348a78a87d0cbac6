// Links and mentions found in message bodies, as the timeline draws and opens them.
#include "models/MessageSpans.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

QString spanText(const QString &body, const MessageSpan &span)
{
    return body.mid(span.start, span.length);
}

} // namespace

TEST(MessageSpans, LinksLeaveSentencePunctuationOut)
{
    const QString body = QStringLiteral("see https://example.org/a?b=1. Then (www.tandem.test/x), ok?");
    const auto spans = MessageSpans::find(body, {});
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spanText(body, spans[0]), QStringLiteral("https://example.org/a?b=1"));
    EXPECT_EQ(spans[0].target, QStringLiteral("https://example.org/a?b=1"));
    EXPECT_EQ(spanText(body, spans[1]), QStringLiteral("www.tandem.test/x"));
    EXPECT_EQ(spans[1].target, QStringLiteral("https://www.tandem.test/x"));
}

TEST(MessageSpans, ALinkKeepsTheParenthesisItOpened)
{
    const QString body = QStringLiteral("(https://en.example.org/wiki/Tea_(drink))");
    const auto spans = MessageSpans::find(body, {});
    ASSERT_EQ(spans.size(), 1);
    EXPECT_EQ(spanText(body, spans[0]), QStringLiteral("https://en.example.org/wiki/Tea_(drink)"));
}

TEST(MessageSpans, XmppAndMailtoAreLinksASchemeAloneIsNot)
{
    const QString body
        = QStringLiteral("join xmpp:tea@conference.example.org?join or mailto:a@b.c; xmpp: alone");
    const auto spans = MessageSpans::find(body, {});
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0].target, QStringLiteral("xmpp:tea@conference.example.org?join"));
    EXPECT_EQ(spans[1].target, QStringLiteral("mailto:a@b.c"));
}

TEST(MessageSpans, MentionsOfTheOwnNickInOrderWithLinks)
{
    const QString body = QStringLiteral("Alice: look at https://x.test/alice, alice!");
    const auto spans = MessageSpans::find(body, QStringLiteral("alice"));
    ASSERT_EQ(spans.size(), 3);
    EXPECT_EQ(spans[0].kind, MessageSpan::Kind::Mention);
    EXPECT_EQ(spanText(body, spans[0]), QStringLiteral("Alice"));
    EXPECT_EQ(spans[1].kind, MessageSpan::Kind::Link); // the nick inside the link is the link's
    EXPECT_EQ(spans[2].kind, MessageSpan::Kind::Mention);
    EXPECT_EQ(spans[2].start, body.lastIndexOf(QStringLiteral("alice")));
}

TEST(MessageSpans, NoNickNoMentionsAndPlainTextNothing)
{
    EXPECT_TRUE(MessageSpans::find(QStringLiteral("alice was here"), {}).isEmpty());
    EXPECT_TRUE(
        MessageSpans::find(QStringLiteral("malice is not alice2"), QStringLiteral("alice")).isEmpty());
    EXPECT_TRUE(MessageSpans::find(QString(), QStringLiteral("alice")).isEmpty());
}
