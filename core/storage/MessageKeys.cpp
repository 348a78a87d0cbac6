#include "storage/MessageKeys.h"

#include "storage/IdKey.h"
#include "storage/KeyFilter.h"
#include "storage/Message.h"
#include "storage/SqliteConnection.h"

#include <algorithm>
#include <memory>

namespace Tandem {

namespace {
const QString lookUpSql = QStringLiteral("SELECT message FROM message_keys WHERE key = ?1");
const QString allKeysSql = QStringLiteral("SELECT key FROM message_keys");
const QString keyCountSql = QStringLiteral("SELECT count(*) FROM message_keys");

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
    const qint64 count = connection.queryInt64(keyCountSql, &error);
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
const QString insertSql = QStringLiteral("INSERT OR IGNORE INTO message_keys (key, message) VALUES (?1, ?2)");

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

StorageError flush(SqliteConnection &connection)
{
    KeyBuffer &buffer = connection.state<KeyBuffer>();
    const QVector<std::pair<qint64, qint64>> rows = std::move(buffer.rows);
    buffer.clear();
    return insert(connection, rows);
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
    connection.deferToCommit(
        QStringLiteral("message_keys"), flush, [](SqliteConnection &c) { c.state<KeyBuffer>().clear(); });
}

} // namespace Tandem
