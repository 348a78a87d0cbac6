#include "storage/IntegrityCheck.h"

#include "common/Logging.h"

#include <QStringList>

#include <sqlite3.h>

namespace Tandem {

namespace {
// quick_check stops after this many problems: enough to say what is wrong, not a page of it.
constexpr int maxReportedProblems = 3;
} // namespace

IntegrityCheck::IntegrityCheck(const QString &filePath, Done done)
    : m_filePath(filePath)
    , m_done(std::move(done))
{
    m_thread = std::thread([this] {
        const StorageError damage = check(m_filePath, [this](sqlite3 *db) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_db = db;
            if (m_cancelled && db)
                sqlite3_interrupt(db);
        });
        bool cancelled = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            cancelled = m_cancelled;
        }
        if (!cancelled && m_done)
            m_done(damage);
    });
}

IntegrityCheck::~IntegrityCheck()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
        if (m_db)
            sqlite3_interrupt(m_db);
    }
    m_thread.join();
}

StorageError IntegrityCheck::check(const QString &filePath, const std::function<void(sqlite3 *)> &opened)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(
        filePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage) << "Cannot check" << filePath << "-" << sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        return {};
    }
    // Read-only, but say so: this connection must never be the one that checkpoints.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_busy_timeout(db, 1000);
    if (opened)
        opened(db);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql
        = QByteArrayLiteral("PRAGMA quick_check(") + QByteArray::number(maxReportedProblems) + ')';
    rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
    QStringList problems;
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
        rc = SQLITE_OK;
    }
    const int code = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (opened)
        opened(nullptr);
    sqlite3_close_v2(db);

    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        problems << message;
    else if (code != SQLITE_OK) {
        // Interrupted at shutdown, or busy: nothing is known about the file either way.
        qCInfo(lcStorage) << "The check of" << filePath << "did not finish:" << message;
        return {};
    }
    if (problems.isEmpty()) {
        qCInfo(lcStorage) << "Checked" << filePath << "- no damage found";
        return {};
    }
    return StorageError::damagedWhileRunning(filePath, problems.join(QStringLiteral("; ")));
}

} // namespace Tandem
