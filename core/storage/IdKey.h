// Compact, keyed 64-bit keys for the ids that de-duplicate messages (XEP-0359 origin- and
// stanza-ids), indexed instead of the ids themselves.
#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tandem {

class SqliteConnection;

/// A message id index keyed by the text (account, conversation, id) dirties a different leaf page
/// for nearly every stored message, since ids are random: that, not the rows, is what limited an
/// archive catch-up (tests/bench/archive/RESULTS.md). The index holds a 64-bit SipHash-2-4 of the
/// id instead, ~5 times smaller, and every lookup compares the text columns of the rows it finds,
/// so a collision costs a row read, never a wrong answer. The hash key is random per database
/// (table store_meta, migration 0004): ids come from other people, who must not be able to make
/// thousands of them collide and turn every lookup into a scan.
class IdKey
{
public:
    /// SipHash-2-4 of \a data under the 16-byte \a key (Aumasson and Bernstein, 2012).
    static quint64 sipHash24(const QByteArray &key, const QByteArray &data);

    /// Key of an origin-id (or, for chat messages without one, the message id) in a conversation.
    static qint64 origin(
        const QByteArray &key, const QString &account, const QString &conversation, const QString &originId);
    /// Key of a stanza-id, which is only unique together with the entity that assigned it.
    static qint64 stanza(const QByteArray &key, const QString &account, const QString &conversation,
        const QString &by, const QString &stanzaId);

    /// This database's hash key, read once per connection and kept by it.
    static QByteArray databaseKey(SqliteConnection &connection, StorageError *error = nullptr);

    /// Registers tandem_id_key(key, kind, part, ...) on \a connection, the same keys in SQL
    /// (migration 0004 fills existing rows with it). NULL if any part is NULL.
    static StorageError registerFunction(SqliteConnection &connection);
};

} // namespace Tandem
