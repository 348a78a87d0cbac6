// The message_keys table (migration 0004): which messages carry an origin- or stanza-id.
#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <utility>

namespace Tandem {

class SqliteConnection;
struct Message;

/// The ids that de-duplicate a message, as rows of message_keys: 64-bit keyed hashes (IdKey).
/// A key only names candidates: callers compare the text columns of the rows it names.
///
/// Looked up and inserted in key order, many at a time: consecutive keys share index pages, so a
/// batch of thousands of random ids touches each page once instead of once per id.
class MessageKeys
{
public:
    /// Origin- and stanza-id keys of \a message (normalized: empty ids are null), 0 where it has none.
    struct Of
    {
        qint64 origin = 0;
        qint64 stanza = 0;
    };
    static Of of(const QByteArray &idKey, const Message &message);

    /// The messages each of \a keys names (a key that names nothing is absent from the result),
    /// including those add()ed in the current transaction.
    static QHash<qint64, QVector<qint64>> lookUp(
        SqliteConnection &connection, QVector<qint64> keys, StorageError *error);
    /// Adds (key, message) rows when the outermost transaction commits, all of them in key order
    /// (SqliteConnection::deferToCommit()): a group of jobs sharing one transaction passes over
    /// the key index once. lookUp() sees them at once.
    static void add(SqliteConnection &connection, const QVector<std::pair<qint64, qint64>> &rows);
};

} // namespace Tandem
