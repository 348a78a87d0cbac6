#include "rooms/RoomCursor.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/SqliteConnection.h"
#include "storage/Statement.h"

namespace Tandem {

namespace {
QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

namespace {

void readEnd(MessageStore *store, const QString &account, const QString &room, QObject *context,
    std::function<void(const CatchUpCursor &)> done, bool oldest)
{
    if (!done)
        return;
    const QString conversation = Jid::bare(room);
    if (!store || !store->database()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    store->database()->run(
        context,
        [account, conversation, oldest](SqliteConnection &c) {
            // Both walk messages_history (one way or the other); the other filters are per row.
            static const QString stamped[2] = {
                QStringLiteral(
                    "SELECT stanza_id, server_ts FROM messages WHERE account = ?1 AND conversation "
                    "= ?2 AND stanza_id_by = ?2 AND stanza_id IS NOT NULL ORDER BY server_ts DESC, "
                    "id DESC LIMIT 1"),
                QStringLiteral(
                    "SELECT stanza_id, server_ts FROM messages WHERE account = ?1 AND conversation "
                    "= ?2 AND stanza_id_by = ?2 AND stanza_id IS NOT NULL ORDER BY server_ts, id "
                    "LIMIT 1"),
            };
            // Only another occupant's message: ours carry the time of the device that wrote them
            // (its own clock, and a failed one was never in the room), so the anchor would serve
            // after a time its store does not share (found by tests/sim). Nor a room event: the
            // anchor serves no such rows, and one stored live must not hide a gap before it.
            static const QString other[2] = {
                QStringLiteral("SELECT server_ts FROM messages WHERE account = ?1 AND conversation = ?2 AND "
                               "direction = 0 AND kind <> 3 ORDER BY server_ts DESC, id DESC LIMIT 1"),
                QStringLiteral("SELECT server_ts FROM messages WHERE account = ?1 AND conversation = ?2 AND "
                               "direction = 0 AND kind <> 3 ORDER BY server_ts, id LIMIT 1"),
            };
            CatchUpCursor cursor;
            Statement &st = c.cached(stamped[oldest ? 1 : 0]);
            st.bind(1, account).bind(2, conversation);
            if (st.step()) {
                cursor.stanzaId = st.columnText(0);
                cursor.serverTime = utc(st.columnInt64(1));
            }
            if (st.hasError())
                qCWarning(lcStorage) << "stanza-id cursor of" << conversation << ":" << st.error().message();
            st.reset();
            Statement &nt = c.cached(other[oldest ? 1 : 0]);
            nt.bind(1, account).bind(2, conversation);
            if (nt.step())
                cursor.newestTime = utc(nt.columnInt64(0));
            if (nt.hasError())
                qCWarning(lcStorage) << "message cursor of" << conversation << ":" << nt.error().message();
            nt.reset();
            return cursor;
        },
        std::move(done));
}

} // namespace

void RoomCursor::read(MessageStore *store, const QString &account, const QString &room, QObject *context,
    std::function<void(const CatchUpCursor &)> done)
{
    readEnd(store, account, room, context, std::move(done), false);
}

void RoomCursor::readOldest(MessageStore *store, const QString &account, const QString &room,
    QObject *context, std::function<void(const CatchUpCursor &)> done)
{
    readEnd(store, account, room, context, std::move(done), true);
}

} // namespace Tandem
