#include "MigrationPhase.h"

#include "ArchiveGenerator.h"
#include "ArchiveWriter.h"
#include "storage/DatabaseOpener.h"
#include "storage/Migrations.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace Tandem::Bench {

namespace {
const QString insertSql = QStringLiteral(
    "INSERT INTO messages (account, conversation, kind, direction, sender, message_id, origin_id, "
    "stanza_id, stanza_id_by, body, server_ts, local_ts, replaces_id, state, from_archive) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
const QString indexSql = QStringLiteral("INSERT INTO messages_fts (rowid, body) VALUES (?1, ?2)");
} // namespace

QJsonObject runMigrate(const QString &path, qint64 total)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    {
        SqliteConnection c;
        const DatabaseOpener::Result opened = DatabaseOpener::open(c, path, builtinMigrations().mid(0, 3));
        if (opened.error.isError())
            return { { QStringLiteral("error"), opened.error.message() } };
        ArchiveGenerator generator(total, 200);
        while (!generator.done()) {
            c.execScript(QStringLiteral("BEGIN IMMEDIATE"));
            for (const Message &m : generator.batch(10000)) {
                Statement &st = c.cached(insertSql);
                st.bind(1, m.account)
                    .bind(2, m.conversation)
                    .bind(3, int(m.kind))
                    .bind(4, int(m.direction))
                    .bind(5, m.sender)
                    .bind(6, m.messageId)
                    .bind(7, m.originId.isEmpty() ? QString() : m.originId)
                    .bind(8, m.stanzaId)
                    .bind(9, m.stanzaIdBy)
                    .bind(10, m.body)
                    .bind(11, m.serverTime.toMSecsSinceEpoch())
                    .bind(12, m.localTime.toMSecsSinceEpoch())
                    .bind(13, m.replacesId.isEmpty() ? QString() : m.replacesId)
                    .bind(14, int(m.state))
                    .bind(15, 1);
                st.exec();
                st.reset();
                Statement &index = c.cached(indexSql);
                index.bind(1, c.lastInsertRowId()).bind(2, m.body);
                index.exec();
                index.reset();
            }
            c.execScript(QStringLiteral("COMMIT"));
        }
        c.close();
    }
    const double sizeBefore = double(QFileInfo(path).size()) / 1e6;
    SqliteConnection c;
    QElapsedTimer timer;
    timer.start();
    const DatabaseOpener::Result opened = DatabaseOpener::open(c, path, builtinMigrations());
    const double ms = msSince(timer);
    if (opened.error.isError())
        return { { QStringLiteral("error"), opened.error.message() } };
    const qint64 keys = c.queryInt64(QStringLiteral("SELECT count(*) FROM message_keys"));
    c.close();
    return { { QStringLiteral("messages"), total }, { QStringLiteral("migrate_ms"), ms },
        { QStringLiteral("keys"), keys }, { QStringLiteral("mb_before"), sizeBefore },
        { QStringLiteral("mb_after"), double(QFileInfo(path).size()) / 1e6 } };
}

} // namespace Tandem::Bench
