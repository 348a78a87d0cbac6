#include "storage/MentionMatch.h"

#include "storage/SqliteConnection.h"

#include <sqlite3.h>

namespace Tandem {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

void sqlMentions(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL
        || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    const auto text = [](sqlite3_value *v) {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
    };
    const int nickBytes = sqlite3_value_bytes(argv[1]);
    sqlite3_result_int(
        context, nickBytes > 0 && MentionMatch::mentions(text(argv[0]), text(argv[1])) ? 1 : 0);
}

} // namespace

namespace {

/// Calls `found(start)` for each mention of `nick` in `body` until it returns false.
template<typename Found> void forEachMention(const QString &body, const QString &nick, Found found)
{
    if (nick.isEmpty())
        return;
    // A nick that starts or ends with a non-word character ("[bot]") has its boundary in itself.
    const bool checkBefore = isWordCharacter(nick.front());
    const bool checkAfter = isWordCharacter(nick.back());
    for (int from = body.indexOf(nick, 0, Qt::CaseInsensitive); from >= 0;
         from = body.indexOf(nick, from + 1, Qt::CaseInsensitive)) {
        const int end = from + nick.size();
        const bool startsWord = !checkBefore || from == 0 || !isWordCharacter(body.at(from - 1));
        const bool endsWord = !checkAfter || end == body.size() || !isWordCharacter(body.at(end));
        if (startsWord && endsWord && !found(from))
            return;
    }
}

} // namespace

bool MentionMatch::mentions(const QString &body, const QString &nick)
{
    bool any = false;
    forEachMention(body, nick, [&any](int) {
        any = true;
        return false;
    });
    return any;
}

QVector<QPair<int, int>> MentionMatch::ranges(const QString &body, const QString &nick)
{
    QVector<QPair<int, int>> out;
    forEachMention(body, nick, [&](int start) {
        out.append({ start, int(nick.size()) });
        return true;
    });
    return out;
}

StorageError MentionMatch::registerFunction(SqliteConnection &connection)
{
    sqlite3 *db = connection.handle();
    if (!db)
        return connection.notOpenError();
    const int rc = sqlite3_create_function_v2(db, "tandem_mentions", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
        nullptr, sqlMentions, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? StorageError() : connection.errorFor(rc);
}

} // namespace Tandem
