// The conversation list with read state over a large archive: how long MessageStore's
// conversations() (newest message, message count, unread and mention counts, pin, mute and draft
// of every conversation) takes at 1,000,000 messages in 50 conversations. No server involved.
#include "storage/Database.h"
#include "storage/MessageQueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

using namespace Tandem;

namespace {

const QString account = QStringLiteral("alice@localhost");

bool generate(const QString &file, qint64 messages, int conversations, int unreadPerConversation)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    // Rooms are the first fifth of the conversations; a third of all messages are our own.
    const QString sql = QStringLiteral(
        "BEGIN; WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
        "INSERT INTO messages (account, conversation, kind, direction, sender, body, server_ts, local_ts) "
        "SELECT '%3', 'c' || (i % %2) || '@localhost', (i % %2) < %2 / 5, i % 3 = 0, 'someone', "
        "'message ' || i || CASE WHEN i % 7 = 0 THEN ' for alice' ELSE ' about malice' END, "
        "1700000000000 + i * 1000, 1700000000000 + i * 1000 FROM n; "
        "DELETE FROM search_pending; COMMIT;")
                            .arg(messages)
                            .arg(conversations)
                            .arg(account);
    char *error = nullptr;
    bool ok = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        QTextStream(stderr) << "generate: " << error << "\n";
    sqlite3_free(error);
    // Everything read up to the newest unreadPerConversation messages of each conversation.
    const QString read = QStringLiteral(
        "INSERT INTO conversation_state (account, conversation, read_ts, read_id, nick) "
        "SELECT account, conversation, server_ts, id, 'alice' FROM (SELECT account, conversation, server_ts, "
        "id, row_number() OVER (PARTITION BY conversation ORDER BY server_ts DESC, id DESC) AS r "
        "FROM messages) WHERE r = %1 + 1 "
        "ON CONFLICT (account, conversation) DO UPDATE SET read_ts = excluded.read_ts, read_id = "
        "excluded.read_id, nick = excluded.nick")
                             .arg(unreadPerConversation);
    ok = ok && sqlite3_exec(db, read.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error)
        QTextStream(stderr) << "read state: " << error << "\n";
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

template<typename Job> auto runAndWait(Database &db, Job job)
{
    using Result = std::invoke_result_t<Job &, SqliteConnection &>;
    Result result {};
    QEventLoop loop;
    QObject context;
    db.run(&context, std::move(job), [&](const Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the conversation list over a large archive."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Tiny run for CI: 20,000 messages."));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages in all (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption unreadOption(QStringLiteral("unread"),
        QStringLiteral("Unread messages per conversation (default 200)."), QStringLiteral("n"));
    parser.addOptions({ quickOption, messagesOption, unreadOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const qint64 messages = quick ? 20000 : std::max<qint64>(1000, parser.value(messagesOption).toLongLong());
    const qint64 total = parser.isSet(messagesOption) || quick ? messages : 1000000;
    const int conversations = 50;
    const int unread = parser.isSet(unreadOption) ? parser.value(unreadOption).toInt() : 200;

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("messages.sqlite"));
    QTextStream out(stdout);
    {
        Database db;
        QEventLoop loop;
        QObject::connect(&db, &Database::opened, &loop, &QEventLoop::quit);
        QObject::connect(&db, &Database::openFailed, &loop, &QEventLoop::quit);
        db.open(file);
        loop.exec();
    }
    QElapsedTimer timer;
    timer.start();
    if (!generate(file, total, conversations, unread))
        return 1;
    QTextStream(stderr) << "generated " << total << " messages in " << timer.elapsed() << " ms\n";

    Database db;
    {
        QEventLoop loop;
        QObject::connect(&db, &Database::opened, &loop, &QEventLoop::quit);
        QObject::connect(&db, &Database::openFailed, &loop, &QEventLoop::quit);
        db.open(file);
        loop.exec();
    }
    QVector<double> times;
    QVector<ConversationSummary> list;
    for (int run = 0; run < (quick ? 2 : 7); ++run) {
        struct Timed
        {
            QVector<ConversationSummary> list;
            double ms = 0;
        };
        const Timed t = runAndWait(db, [](SqliteConnection &c) {
            QElapsedTimer clock;
            clock.start();
            Timed r;
            r.list = MessageQueries::conversations(c, account);
            r.ms = clock.nsecsElapsed() / 1e6;
            return r;
        });
        times << t.ms;
        list = t.list;
    }
    const double first = times.first();
    std::sort(times.begin(), times.end());
    qint64 unreadSum = 0, mentionSum = 0;
    for (const ConversationSummary &s : qAsConst(list)) {
        unreadSum += s.unreadCount;
        mentionSum += s.mentionCount;
    }
    out << "| messages | conversations | unread | mentions | first ms | median ms | min ms |\n";
    out << "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    out << "| " << total << " | " << list.size() << " | " << unreadSum << " | " << mentionSum << " | "
        << QString::number(first, 'f', 1) << " | " << QString::number(times.at(times.size() / 2), 'f', 1)
        << " | " << QString::number(times.first(), 'f', 1) << " |\n";
    out.flush();
    return list.size() == conversations ? 0 : 1;
}
