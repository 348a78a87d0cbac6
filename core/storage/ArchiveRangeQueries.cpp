#include "storage/ArchiveRangeQueries.h"

#include "storage/MessageQueries.h"
#include "storage/SqliteConnection.h"
#include "storage/Transaction.h"

namespace Tandem {

namespace {

const QString loadSql
    = QStringLiteral("SELECT first_id, first_ts, last_id, last_ts, complete FROM archive_ranges "
                     "WHERE account = ?1 AND archive = ?2 ORDER BY first_ts, last_ts");
const QString deleteSql = QStringLiteral("DELETE FROM archive_ranges WHERE account = ?1 AND archive = ?2");
const QString insertSql = QStringLiteral(
    "INSERT INTO archive_ranges (account, archive, first_id, first_ts, last_id, last_ts, complete) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");

// account_state (migration 0001) rather than a range row: an empty archive has no ids to bound one.
const QString startSeenSql = QStringLiteral("SELECT 1 FROM account_state WHERE account = ?1 AND key = ?2");
const QString setStartSeenSql
    = QStringLiteral("INSERT OR REPLACE INTO account_state (account, key, value) VALUES (?1, ?2, '1')");

QString startSeenKey(const QString &archive)
{
    return QStringLiteral("archive-start-seen:") + archive;
}

} // namespace

QVector<ArchiveRange> ArchiveRangeQueries::load(
    SqliteConnection &connection, const QString &account, const QString &archive, StorageError *error)
{
    QVector<ArchiveRange> ranges;
    Statement &st = connection.cached(loadSql);
    st.bind(1, account).bind(2, archive);
    while (st.step()) {
        ArchiveRange r;
        r.first = { st.columnText(0), st.columnInt64(1) };
        r.last = { st.columnText(2), st.columnInt64(3) };
        r.complete = st.columnInt(4) != 0;
        ranges.append(r);
    }
    if (error)
        *error = st.error();
    if (st.hasError())
        ranges.clear();
    st.reset();
    return ranges;
}

StorageError ArchiveRangeQueries::save(SqliteConnection &connection, const QString &account,
    const QString &archive, const QVector<ArchiveRange> &ranges)
{
    // Rewritten as a whole: an archive has a handful of ranges, and merges remove rows.
    Transaction transaction(connection);
    if (transaction.error().isError())
        return transaction.error();
    Statement &del = connection.cached(deleteSql);
    del.bind(1, account).bind(2, archive);
    if (!del.exec())
        return del.error();
    for (const ArchiveRange &r : ranges) {
        Statement &st = connection.cached(insertSql);
        st.bind(1, account)
            .bind(2, archive)
            .bind(3, r.first.id)
            .bind(4, r.first.timeMs)
            .bind(5, r.last.id)
            .bind(6, r.last.timeMs)
            .bind(7, r.complete ? 1 : 0);
        if (!st.exec())
            return st.error();
    }
    return transaction.commit();
}

bool ArchiveRangeQueries::startSeen(
    SqliteConnection &connection, const QString &account, const QString &archive, StorageError *error)
{
    Statement &st = connection.cached(startSeenSql);
    st.bind(1, account).bind(2, startSeenKey(archive));
    const bool seen = st.step();
    if (error)
        *error = st.error();
    st.reset();
    return seen;
}

StorageError ArchiveRangeQueries::setStartSeen(
    SqliteConnection &connection, const QString &account, const QString &archive)
{
    Statement &st = connection.cached(setStartSeenSql);
    st.bind(1, account).bind(2, startSeenKey(archive));
    if (!st.exec())
        return st.error();
    return {};
}

ArchiveRangeQueries::PageWrite ArchiveRangeQueries::storePage(SqliteConnection &connection,
    const QString &account, const QString &archive, const QVector<Message> &messages,
    const QVector<ArchiveRange> &ranges)
{
    PageWrite write;
    if (!messages.isEmpty())
        write.results = MessageQueries::storeBatch(connection, messages);
    for (const StoreResult &r : qAsConst(write.results)) {
        if (r.error.isError()) {
            write.error = r.error;
            break;
        }
    }
    if (!write.error.isError())
        write.error = save(connection, account, archive, ranges);
    return write;
}

} // namespace Tandem
