#include "profile/Jid.h"

#include <gtest/gtest.h>

namespace Jid = Tandem::Jid;

TEST(Jid, AcceptsOrdinaryAddresses)
{
    for (const char *jid : { "alice@localhost", "a.b-c_d@example.org", "ünïcode@例え.jp" })
        EXPECT_TRUE(Jid::isValidBare(QString::fromUtf8(jid))) << jid;
}

TEST(Jid, RejectsMalformedWithAReason)
{
    for (const char *jid : { "", "alice", "@localhost", "alice@", "alice@@x", "a@b@c", "al ice@x",
             "alice@x/res", "a<b@x", "alice@.x", "alice@x..y" }) {
        QString why;
        EXPECT_FALSE(Jid::isValidBare(QString::fromUtf8(jid), &why)) << jid;
        EXPECT_FALSE(why.isEmpty()) << jid;
    }
}

TEST(Jid, BareAndResource)
{
    EXPECT_EQ(Jid::bare(QStringLiteral("Alice@LocalHost/Tandem/x")).toStdString(), "alice@localhost");
    EXPECT_EQ(Jid::resource(QStringLiteral("alice@localhost/Tandem/x")).toStdString(), "Tandem/x");
    EXPECT_TRUE(Jid::resource(QStringLiteral("alice@localhost")).isEmpty());
}
