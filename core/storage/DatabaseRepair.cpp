#include "storage/DatabaseRepair.h"

#include "common/Logging.h"
#include "storage/DatabaseOpener.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqliteConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <limits>

namespace Tandem {

namespace {

constexpr qint64 maxRowId = std::numeric_limits<qint64>::max();
constexpr qint64 minRowId = std::numeric_limits<qint64>::min();

const QStringList companions { QStringLiteral("-wal"), QStringLiteral("-shm") };

// Computed from the messages by the repair itself (or by the idle indexer): copying them could
// only bring damage along.
bool isDerived(const QString &table)
{
    static const QSet<QString> derived { QStringLiteral("message_keys"),
        QStringLiteral("message_keys_recent"), QStringLiteral("search_pending"),
        QStringLiteral("store_meta") };
    return derived.contains(table) || table.startsWith(QLatin1String("messages_fts"));
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    QStringList columns;
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    return columns;
}

/// Copies one table's readable rows from \a src to \a dst.
class TableCopy
{
public:
    TableCopy(sqlite3 *src, sqlite3 *dst, const QString &table, const QString &where, bool withoutRowid)
        : m_src(src)
        , m_dst(dst)
        , m_table(table)
        , m_where(where)
        , m_withoutRowid(withoutRowid)
    {
        m_report.table = table;
    }

    DatabaseRepair::TableReport run()
    {
        const QStringList srcColumns = columnsOf(m_src, m_table);
        for (const QString &c : columnsOf(m_dst, m_table)) {
            if (srcColumns.contains(c))
                m_columns << quoted(c);
        }
        if (m_columns.isEmpty()) {
            // Not in the damaged file's schema (or its schema page cannot be read).
            if (!srcColumns.isEmpty() || !tableExistsInSource())
                return m_report;
            m_report.unreadable.append({ 0, 0 });
            return m_report;
        }
        const QByteArray insert = QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                      .arg(quoted(m_table), m_columns.join(QLatin1Char(',')),
                                          QString(QStringLiteral("?,")).repeated(m_columns.size()).chopped(1))
                                      .toUtf8();
        if (sqlite3_prepare_v2(m_dst, insert.constData(), -1, &m_insert, nullptr) != SQLITE_OK) {
            qCWarning(lcStorage) << "Repair: cannot write" << m_table << "-" << sqlite3_errmsg(m_dst);
            m_report.unreadable.append({ 0, 0 });
        } else if (m_withoutRowid) {
            copyInOrder();
        } else {
            copyByRowId();
        }
        sqlite3_finalize(m_insert);
        return m_report;
    }

private:
    bool tableExistsInSource()
    {
        sqlite3_stmt *st = nullptr;
        const int rc = sqlite3_prepare_v2(
            m_src, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &st, nullptr);
        const QByteArray name = m_table.toUtf8();
        sqlite3_bind_text(st, 1, name.constData(), name.size(), SQLITE_TRANSIENT);
        // An unreadable schema counts as "there": the rows may exist, we cannot tell.
        const bool exists = rc != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE;
        sqlite3_finalize(st);
        return exists;
    }

    QString condition() const
    {
        return m_where.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(m_where);
    }

    /// Inserts the current row of \a st, whose first column is \a firstColumn.
    bool insertRow(sqlite3_stmt *st, int firstColumn)
    {
        for (int i = 0; i < m_columns.size(); ++i)
            sqlite3_bind_value(m_insert, i + 1, sqlite3_column_value(st, firstColumn + i));
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_clear_bindings(m_insert);
        // A row whose overflow pages are damaged reads as NULLs, which its constraints refuse.
        return rc == SQLITE_DONE && sqlite3_changes(m_dst) == 1;
    }

    void copyInOrder()
    {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE 1%3")
                                   .arg(m_columns.join(QLatin1Char(',')), quoted(m_table), condition())
                                   .toUtf8();
        int rc = sqlite3_prepare_v2(m_src, sql.constData(), -1, &st, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (insertRow(st, 0))
                ++m_report.copied;
            rc = SQLITE_OK;
        }
        if (rc != SQLITE_DONE)
            m_report.unreadable.append({ 0, 0 });
        sqlite3_finalize(st);
    }

    /// Whether some row after \a after can be reached without reading a damaged page.
    bool reachable(qint64 after)
    {
        if (!m_probe) {
            const QByteArray sql
                = QStringLiteral("SELECT rowid FROM %1 WHERE rowid > ?1 ORDER BY rowid LIMIT 1")
                      .arg(quoted(m_table))
                      .toUtf8();
            if (sqlite3_prepare_v2(m_src, sql.constData(), -1, &m_probe, nullptr) != SQLITE_OK)
                return false;
        }
        sqlite3_bind_int64(m_probe, 1, after);
        const int rc = sqlite3_step(m_probe);
        sqlite3_reset(m_probe);
        return rc == SQLITE_ROW || rc == SQLITE_DONE;
    }

    /// The smallest rowid past \a last from which reading works again (rows up to it are lost),
    /// or maxRowId when none does. A damaged leaf fails every seek into its range, so the search
    /// doubles its step until a seek lands past the leaf, then halves back to the leaf's end.
    qint64 skipDamage(qint64 last)
    {
        qint64 step = 1;
        qint64 good = maxRowId;
        while (true) {
            const qint64 at = last > maxRowId - step ? maxRowId : last + step;
            if (reachable(at)) {
                good = at;
                break;
            }
            if (at == maxRowId)
                return maxRowId;
            step = step > maxRowId / 2 ? maxRowId : step * 2;
        }
        qint64 bad = step == 1 ? last : last + step / 2; // known unreachable
        while (good - bad > 1) {
            const qint64 mid = bad + (good - bad) / 2;
            (reachable(mid) ? good : bad) = mid;
        }
        return good;
    }

    void copyByRowId()
    {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ?1%3 ORDER BY rowid")
                                   .arg(m_columns.join(QLatin1Char(',')), quoted(m_table), condition())
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_src, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            m_report.unreadable.append({ 0, 0 });
            return;
        }
        qint64 last = minRowId;
        while (true) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, last);
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                last = sqlite3_column_int64(st, 0);
                if (insertRow(st, 1))
                    ++m_report.copied;
                else
                    m_report.unreadable.append({ last, last });
            }
            if (rc == SQLITE_DONE || last == maxRowId)
                break;
            const qint64 resume = skipDamage(last);
            m_report.unreadable.append({ last == minRowId ? 0 : last + 1, resume });
            qCWarning(lcStorage) << "Repair:" << m_table << "rows after" << last << "up to" << resume
                                 << "cannot be read:" << sqlite3_errmsg(m_src);
            if (resume == maxRowId)
                break;
            last = resume;
        }
        sqlite3_finalize(st);
        sqlite3_finalize(m_probe);
        m_probe = nullptr;
    }

    sqlite3 *m_src;
    sqlite3 *m_dst;
    QString m_table;
    QString m_where;
    bool m_withoutRowid;
    QStringList m_columns;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_probe = nullptr;
    DatabaseRepair::TableReport m_report;
};

void removeWithCompanions(const QString &file)
{
    QFile::remove(file);
    for (const QString &suffix : companions)
        QFile::remove(file + suffix);
}

QString asideName(const QString &filePath, const QDateTime &now)
{
    const QString base
        = filePath + QStringLiteral(".damaged-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

} // namespace

DatabaseRepair::Result DatabaseRepair::repair(const QString &filePath, const QDateTime &now)
{
    Result result;
    if (!QFileInfo(filePath).isFile()) {
        result.error = StorageError::cannotOpen(filePath, tr("There is no database file to repair."));
        return result;
    }
    const QString fresh = filePath + QStringLiteral(".repairing");
    removeWithCompanions(fresh); // what an interrupted repair left

    sqlite3 *src = nullptr;
    if (const int rc = sqlite3_open_v2(QFile::encodeName(filePath).constData(), &src,
            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        rc != SQLITE_OK) {
        result.error = StorageError::fromSqlite(rc, QString::fromUtf8(sqlite3_errstr(rc)), filePath);
        sqlite3_close_v2(src);
        return result;
    }
    sqlite3_db_config(src, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_busy_timeout(src, 1000);

    SqliteConnection dst;
    const DatabaseOpener::Result opened = DatabaseOpener::open(dst, fresh, builtinMigrations());
    StorageError error = opened.error;
    if (!error.isError())
        error = dst.execScript(QStringLiteral("PRAGMA foreign_keys = OFF; BEGIN"));
    if (error.isError()) {
        sqlite3_close_v2(src);
        dst.close();
        removeWithCompanions(fresh);
        result.error = error;
        return result;
    }

    // The tables of the new schema, messages first: whether any were lost decides what else goes.
    QVector<QPair<QString, bool>> tables; // name, WITHOUT ROWID
    {
        Statement st = dst.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name = 'messages' DESC, rowid"));
        while (st.step()) {
            if (!isDerived(st.columnText(0)))
                tables.append({ st.columnText(0),
                    st.columnText(1).contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive) });
        }
    }
    bool messagesLost = false;
    for (const auto &[table, withoutRowid] : qAsConst(tables)) {
        QString where;
        if (messagesLost && table == QLatin1String("archive_ranges")) {
            result.archiveRecordDropped = true;
            continue;
        }
        if (messagesLost && table == QLatin1String("account_state"))
            where = QStringLiteral("key NOT LIKE 'archive-start-seen:%'");
        const TableReport report = TableCopy(src, dst.handle(), table, where, withoutRowid).run();
        if (table == QLatin1String("messages") && !report.complete())
            messagesLost = true;
        result.tables.append(report);
    }
    sqlite3_close_v2(src);

    // The derived tables, as migration 0004 first filled them; the search index fills itself
    // from search_pending while the storage thread is idle.
    error = dst.execScript(QStringLiteral(
        "INSERT OR IGNORE INTO message_keys (key, message) "
        "SELECT tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'), 'o', account, "
        "conversation, origin_id), id FROM messages WHERE origin_id IS NOT NULL "
        "UNION SELECT tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'), 's', account, "
        "conversation, stanza_id_by, stanza_id), id FROM messages WHERE stanza_id IS NOT NULL; "
        "INSERT OR IGNORE INTO search_pending (message) SELECT id FROM messages WHERE kind <> 3; "
        "COMMIT; PRAGMA foreign_keys = ON;"));
    dst.close();
    if (!error.isError())
        error = IntegrityCheck::check(fresh);
    if (error.isError()) {
        removeWithCompanions(fresh);
        result.error = error;
        return result;
    }

    // Renamed, never copied or rewritten: the damaged bytes stay as they were, -wal included.
    result.damagedCopy = asideName(filePath, now);
    if (!QFile::rename(filePath, result.damagedCopy)) {
        removeWithCompanions(fresh);
        result.error = StorageError::cannotOpen(
            filePath, tr("It could not be renamed to “%1”.").arg(result.damagedCopy));
        result.damagedCopy.clear();
        return result;
    }
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(filePath + suffix)
            && !QFile::rename(filePath + suffix, result.damagedCopy + suffix)) {
            // Put the file back with its log rather than separate them.
            QFile::rename(result.damagedCopy, filePath);
            removeWithCompanions(fresh);
            result.error = StorageError::cannotOpen(filePath,
                tr("Its file “%1” could not be renamed.").arg(QDir::toNativeSeparators(filePath + suffix)));
            result.damagedCopy.clear();
            return result;
        }
    }
    if (!QFile::rename(fresh, filePath)) {
        result.error = StorageError::cannotOpen(filePath,
            tr("The damaged file is now “%1”, but the new database “%2” could not take its place; "
               "rename it yourself.")
                .arg(QDir::toNativeSeparators(result.damagedCopy), QDir::toNativeSeparators(fresh)));
        return result;
    }
    qCInfo(lcStorage).noquote() << "Repaired" << filePath << "- damaged file kept as" << result.damagedCopy;
    return result;
}

QString DatabaseRepair::Result::summary() const
{
    if (error.isError())
        return tr("Nothing was repaired: %1").arg(error.message());
    qint64 messages = 0;
    int lostStretches = 0;
    QStringList otherLost;
    for (const TableReport &t : tables) {
        if (t.table == QLatin1String("messages")) {
            messages = t.copied;
            lostStretches = t.unreadable.size();
        } else if (!t.complete()) {
            otherLost << t.table;
        }
    }
    QStringList lines;
    lines << tr("The damaged database was renamed to “%1”. It has not been changed; delete it once "
                "you are content with the repair.")
                 .arg(QDir::toNativeSeparators(damagedCopy));
    lines << tr(
        "A new database took its place, with the %n message(s) that could be read.", nullptr, int(messages));
    if (lostStretches > 0) {
        lines << tr("%n stretch(es) of messages could not be read: their pages are damaged. Tandem "
                    "fetches them again from the server archives on its next start, where the "
                    "server keeps an archive.",
            nullptr, lostStretches);
    }
    if (!otherLost.isEmpty())
        lines << tr("Some records of these tables could not be read either: %1.")
                     .arg(otherLost.join(QStringLiteral(", ")));
    if (lostStretches == 0 && otherLost.isEmpty())
        lines << tr("Every row could be read: nothing was lost.");
    lines << tr("The search index is rebuilt in the background.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tandem
