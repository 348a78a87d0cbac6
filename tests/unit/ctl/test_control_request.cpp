// A request line of the control socket (ControlRequest): what it accepts, and that whatever it
// refuses is refused in words, before any command runs.
#include "ctl/ControlRequest.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using Tandem::ControlRequest;

TEST(ControlRequest, ReadsTheCommandAndItsArguments)
{
    QString error;
    const auto request = ControlRequest::parse(R"({"command":"history","args":{"limit":20}})", &error);
    ASSERT_TRUE(request) << error.toStdString();
    EXPECT_EQ(request->command.toStdString(), "history");
    EXPECT_EQ(request->args.value(QStringLiteral("limit")).toInt(), 20);
    EXPECT_EQ(ControlRequest::parse(QJsonDocument(request->toJson()).toJson())->args, request->args);
}

TEST(ControlRequest, ArgumentsMayBeLeftOut)
{
    for (const char *line : { R"({"command":"status"})", R"({"command":"status","args":null})" }) {
        const auto request = ControlRequest::parse(line);
        ASSERT_TRUE(request) << line;
        EXPECT_TRUE(request->args.isEmpty()) << line;
    }
}

TEST(ControlRequest, RefusesWhatIsNoRequestInWords)
{
    // Arguments that are not an object used to be read as none, so that a command ran with its
    // defaults instead of being refused.
    for (const char *line : { "", "{not json", "[]", "42", R"("status")", "{}", R"({"command":""})",
             R"({"command":7})", R"({"command":["status"]})", R"({"command":"history","args":[1,2]})",
             R"({"command":"history","args":"limit=5"})", R"({"command":"history","args":3})" }) {
        QString error;
        EXPECT_FALSE(ControlRequest::parse(line, &error)) << line;
        EXPECT_TRUE(error.startsWith(QStringLiteral("Malformed request")))
            << line << ": " << error.toStdString();
    }
}
