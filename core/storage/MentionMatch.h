// Whether a message body mentions a nick: the rule behind mention counts.
#pragma once

#include "storage/StorageError.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace Tandem {

class SqliteConnection;

/// A mention is the nick as a whole word, in any case: "Alice:" and "hi alice!" mention alice,
/// "malice" and "alice2" do not. The nick is matched as plain text, never as a pattern, so nicks
/// with characters like '.', '*' or '(' work. A word character is a letter, a digit, a combining
/// mark or '_'.
class MentionMatch
{
public:
    static bool mentions(const QString &body, const QString &nick);
    /// Where `body` mentions `nick`: (start, length) of each whole-word, case-blind occurrence.
    static QVector<QPair<int, int>> ranges(const QString &body, const QString &nick);

    /// Registers tandem_mentions(body, nick) (an integer 0 or 1) on \a connection.
    static StorageError registerFunction(SqliteConnection &connection);
};

} // namespace Tandem
