#include "StorageTestUtils.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringList>

#include <sqlite3.h>

namespace Tandem::Test {

OpenOutcome openAndWait(Database &db, const QString &path, int timeoutMs)
{
    OpenOutcome outcome;
    QObject context;
    QObject::connect(&db, &Database::opened, &context, [&](int version) {
        outcome = { true, true, version, {} };
    });
    QObject::connect(&db, &Database::openFailed, &context, [&](const StorageError &error) {
        outcome = { true, false, -1, error };
    });
    db.open(path);
    (void)QTest::qWaitFor([&] { return outcome.finished; }, timeoutMs);
    return outcome;
}

bool createDatabaseWithMessages(const QString &path, int count)
{
    Database db;
    MessageStore store(&db);
    if (!openAndWait(db, path).ok)
        return false;
    QVector<Message> batch;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.account = QStringLiteral("me@example.org");
        m.conversation = QStringLiteral("peer@example.org");
        m.sender = QStringLiteral("peer@example.org/phone");
        m.originId = QStringLiteral("o%1").arg(i);
        m.messageId = m.originId;
        m.body = QStringLiteral("message %1 ").arg(i) + QString(150, QLatin1Char('a' + i % 26));
        m.serverTime = QDateTime::fromMSecsSinceEpoch(1700000000000LL + i * 1000LL, Qt::UTC);
        batch.append(m);
    }
    const auto results = waitForCallback<QVector<StoreResult>>(
        [&](QObject *ctx, auto done) { store.storeBatch(batch, ctx, std::move(done)); });
    return results && results->size() == count; // ~Database checkpoints on close
}

bool damagePages(const QString &path, int firstPage, int pages)
{
    constexpr int pageSize = 4096; // SQLite's default, which Tandem keeps
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || firstPage < 2
        || (firstPage + pages - 1) * qint64(pageSize) > file.size())
        return false;
    QByteArray junk(pageSize * pages, Qt::Uninitialized);
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char(0xA5 ^ (i * 31));
    return file.seek(qint64(firstPage - 1) * pageSize) && file.write(junk) == junk.size();
}

QVector<int> leafPages(const QString &path, const QString &btree)
{
    QVector<int> pages;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db,
            "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY path", -1, &st,
            nullptr);
        const QByteArray name = btree.toUtf8();
        sqlite3_bind_text(st, 1, name.constData(), name.size(), SQLITE_TRANSIENT);
        while (st && sqlite3_step(st) == SQLITE_ROW)
            pages.append(sqlite3_column_int(st, 0));
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return pages;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

namespace {

sqlite3 *openRaw(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        qWarning("raw open of %s failed: %s", qPrintable(path), db ? sqlite3_errmsg(db) : "?");
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

} // namespace

QString schemaDump(const QString &path)
{
    sqlite3 *db = openRaw(path, SQLITE_OPEN_READWRITE);
    if (!db)
        return {};
    QStringList lines;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name", -1, &st, nullptr);
    const QRegularExpression spaces(QStringLiteral("\\s+"));
    while (st && sqlite3_step(st) == SQLITE_ROW) {
        QStringList fields;
        for (int i = 0; i < 4; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
            fields << QString::fromUtf8(text ? text : "").replace(spaces, QStringLiteral(" ")).trimmed();
        }
        lines << fields.join(QLatin1Char('|'));
    }
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    lines << QStringLiteral("user_version=%1").arg(userVersion(path));
    return lines.join(QLatin1Char('\n'));
}

int userVersion(const QString &path)
{
    sqlite3 *db = openRaw(path, SQLITE_OPEN_READWRITE);
    if (!db)
        return -1;
    sqlite3_stmt *st = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    return version;
}

bool rawExec(const QString &path, const QString &sql)
{
    sqlite3 *db = openRaw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return false;
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning("raw exec failed: %s", message);
    sqlite3_free(message);
    sqlite3_close_v2(db);
    return ok;
}

void StoreFixture::open()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    m_store = std::make_unique<MessageStore>(m_db.get());
    const OpenOutcome outcome = openAndWait(*m_db, m_dir->filePath(QStringLiteral("messages.sqlite")));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void StoreFixture::close()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

} // namespace Tandem::Test
