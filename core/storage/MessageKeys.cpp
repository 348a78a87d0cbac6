#include "storage/MessageKeys.h"

#include "storage/IdKey.h"
#include "storage/KeyFilter.h"
#include "storage/Message.h"
#include "storage/SqliteConnection.h"

#include <algorithm>
#include <memory>

namespace Tandem {

namespace {
const QString lookUpSql = QStringLiteral("SELECT message FROM message_keys_all WHERE key = ?1");
const QString allKeysSql = QStringLiteral("SELECT key FROM message_keys_all");
const QString countSql = QStringLiteral("SELECT (SELECT count(*) FROM message_keys), "
                                        "(SELECT count(*) FROM message_keys_recent)");
const QString mergeSql = QStringLiteral("INSERT OR IGNORE INTO message_keys (key, message) "
                                        "SELECT key, message FROM message_keys_recent");
const QString clearRecentSql = QStringLiteral("DELETE FROM message_keys_recent");

// message_keys_recent is merged into message_keys once it holds this many keys, or a quarter
// of what message_keys holds if that is more: a transaction then writes back the pages of a
// table a fraction of the size, and a merge (a pass over the big table) is rare.
constexpr qint64 mergeFromKeys = 1 << 16;
constexpr int mergeRatio = 4;

/// How many keys each table holds, counted once per connection and kept up to date by this
/// file (deletes are not counted: the figures only decide when to merge).
struct TableSizes
{
    bool known = false;
    qint64 main = 0;
    qint64 recent = 0;
};

/// Rows add()ed in the current transaction, not yet in the table.
struct KeyBuffer
{
    QVector<std::pair<qint64, qint64>> rows;
    QMultiHash<qint64, qint64> byKey;

    void clear()
    {
        rows.clear();
        byKey.clear();
    }
};

// Below this many keys a lookup probes the index directly: loading the filter (a scan of the
// whole key table) pays off for catch-ups, not for a live message now and then.
constexpr int filterFromKeys = 64;

/// The connection's KeyFilter, once a batch large enough asked for it.
struct FilterState
{
    std::unique_ptr<KeyFilter> filter;
};

/// Builds the filter from the table (~0.1 s per million keys), sized for twice what it holds.
StorageError loadFilter(SqliteConnection &connection, FilterState &state)
{
    state.filter.reset();
    StorageError error;
    const qint64 count
        = connection.queryInt64(QStringLiteral("SELECT count(*) FROM message_keys_all"), &error);
    if (error.isError())
        return error;
    auto filter = std::make_unique<KeyFilter>(2 * count);
    Statement &st = connection.cached(allKeysSql);
    while (st.step())
        filter->add(st.columnInt64(0));
    error = st.error();
    st.reset();
    if (error.isError())
        return error;
    // Keys of this transaction not yet in the table.
    for (const auto &row : qAsConst(connection.state<KeyBuffer>().rows))
        filter->add(row.first);
    state.filter = std::move(filter);
    return {};
}
const QString insertSql
    = QStringLiteral("INSERT OR IGNORE INTO message_keys_recent (key, message) VALUES (?1, ?2)");

StorageError insert(SqliteConnection &connection, QVector<std::pair<qint64, qint64>> rows)
{
    std::sort(rows.begin(), rows.end());
    Statement &st = connection.cached(insertSql);
    for (const auto &[key, message] : qAsConst(rows)) {
        if (StorageError error = st.bind(1, key).bind(2, message).execAndReset(); error.isError())
            return error;
    }
    return {};
}

StorageError merge(SqliteConnection &connection, TableSizes &sizes)
{
    if (StorageError error = connection.cached(mergeSql).execAndReset(); error.isError())
        return error;
    if (StorageError error = connection.cached(clearRecentSql).execAndReset(); error.isError())
        return error;
    sizes.main += sizes.recent;
    sizes.recent = 0;
    return {};
}

StorageError flush(SqliteConnection &connection)
{
    KeyBuffer &buffer = connection.state<KeyBuffer>();
    const QVector<std::pair<qint64, qint64>> rows = std::move(buffer.rows);
    buffer.clear();
    TableSizes &sizes = connection.state<TableSizes>();
    if (!sizes.known) {
        Statement &st = connection.cached(countSql);
        if (st.step()) {
            sizes.main = st.columnInt64(0);
            sizes.recent = st.columnInt64(1);
        }
        const StorageError error = st.error();
        st.reset();
        if (error.isError())
            return error;
        sizes.known = true;
    }
    if (StorageError error = insert(connection, rows); error.isError())
        return error;
    sizes.recent += rows.size();
    if (sizes.recent >= std::max(mergeFromKeys, sizes.main / mergeRatio))
        return merge(connection, sizes);
    return {};
}

} // namespace

MessageKeys::Of MessageKeys::of(const QByteArray &idKey, const Message &m)
{
    Of keys;
    if (!m.originId.isNull())
        keys.origin = IdKey::origin(idKey, m.account, m.conversation, m.originId);
    if (!m.stanzaId.isNull())
        keys.stanza = IdKey::stanza(idKey, m.account, m.conversation, m.stanzaIdBy, m.stanzaId);
    return keys;
}

QHash<qint64, QVector<qint64>> MessageKeys::lookUp(
    SqliteConnection &connection, QVector<qint64> keys, StorageError *error)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QHash<qint64, QVector<qint64>> found;
    FilterState &filterState = connection.state<FilterState>();
    if (keys.size() >= filterFromKeys && (!filterState.filter || filterState.filter->isFull())) {
        if (StorageError e = loadFilter(connection, filterState); e.isError()) {
            *error = e;
            return {};
        }
    }
    const KeyFilter *filter = filterState.filter.get();
    Statement &st = connection.cached(lookUpSql);
    for (const qint64 key : qAsConst(keys)) {
        if (filter && !filter->mayContain(key))
            continue;
        st.bind(1, key);
        while (st.step())
            found[key].append(st.columnInt64(0));
        if (st.hasError()) {
            *error = st.error();
            st.reset();
            return {};
        }
        st.reset();
    }
    const KeyBuffer &buffer = connection.state<KeyBuffer>();
    if (!buffer.byKey.isEmpty()) {
        for (const qint64 key : qAsConst(keys)) {
            for (auto it = buffer.byKey.constFind(key); it != buffer.byKey.constEnd() && it.key() == key;
                 ++it)
                found[key].append(it.value());
        }
    }
    *error = {};
    return found;
}

void MessageKeys::add(SqliteConnection &connection, const QVector<std::pair<qint64, qint64>> &rows)
{
    if (rows.isEmpty())
        return;
    KeyBuffer &buffer = connection.state<KeyBuffer>();
    KeyFilter *filter = connection.state<FilterState>().filter.get();
    for (const auto &row : rows) {
        buffer.rows.append(row);
        buffer.byKey.insert(row.first, row.second);
        if (filter)
            filter->add(row.first);
    }
    // On a rollback the counts may be off too: they are read again.
    connection.deferToCommit(QStringLiteral("message_keys"), flush, [](SqliteConnection &c) {
        c.state<KeyBuffer>().clear();
        c.state<TableSizes>().known = false;
    });
}

} // namespace Tandem
