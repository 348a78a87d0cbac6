#include "rooms/RoomCursor.h"

#include "Logging.h"
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

void RoomCursor::read(MessageStore *store, const QString &account, const QString &room, QObject *context,
    std::function<void(const CatchUpCursor &)> done)
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
        [account, conversation](SqliteConnection &c) {
            // Both walk messages_history backwards; the stanza_id_by filter is checked per row.
            static const QString stamped = QStringLiteral(
                "SELECT stanza_id, server_ts FROM messages WHERE account = ?1 AND conversation = ?2 "
                "AND stanza_id_by = ?2 AND stanza_id IS NOT NULL ORDER BY server_ts DESC, id DESC LIMIT 1");
            // Only another occupant's message: ours carry the time of the device that wrote them
            // (its own clock, and a failed one was never in the room), so the anchor would serve
            // after a time its store does not share (found by tests/sim).
            static const QString newest = QStringLiteral(
                "SELECT server_ts FROM messages WHERE account = ?1 AND conversation = ?2 AND direction = 0 "
                "ORDER BY server_ts DESC, id DESC LIMIT 1");
            CatchUpCursor cursor;
            Statement &st = c.cached(stamped);
            st.bind(1, account).bind(2, conversation);
            if (st.step()) {
                cursor.stanzaId = st.columnText(0);
                cursor.serverTime = utc(st.columnInt64(1));
            }
            if (st.hasError())
                qCWarning(lcStorage) << "newest stanza-id of" << conversation << ":" << st.error().message();
            st.reset();
            Statement &nt = c.cached(newest);
            nt.bind(1, account).bind(2, conversation);
            if (nt.step())
                cursor.newestTime = utc(nt.columnInt64(0));
            if (nt.hasError())
                qCWarning(lcStorage) << "newest message of" << conversation << ":" << nt.error().message();
            nt.reset();
            return cursor;
        },
        std::move(done));
}

} // namespace Tandem
