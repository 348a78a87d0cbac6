#include "rooms/HistoryCopy.h"

#include "storage/Database.h"
#include "storage/MessageQueries.h"
#include "storage/MessageStore.h"
#include "storage/SqliteConnection.h"
#include "storage/Statement.h"

namespace Tandem::HistoryCopy {

void store(MessageStore *store, const Message &message, QObject *context,
    std::function<void(const StoreResult &)> done)
{
    if (!message.stanzaId.isEmpty() || !message.originId.isEmpty() || !store->database()) {
        store->store(message, context, std::move(done));
        return;
    }
    // Look-up and insert in one job: jobs run one at a time, so a second copy arriving meanwhile
    // cannot slip in between. Grouped, like MessageStore::store(): reported once committed.
    store->database()->runGrouped(
        context,
        [message](SqliteConnection &c) {
            // As MessageQueries stores them: the body sanitized, no sender as an empty one.
            int replaced = 0;
            const QString body = MessageQueries::sanitizedText(message.body, &replaced);
            const QString sender = message.sender.isNull() ? QStringLiteral("") : message.sender;
            static const QString sql = QStringLiteral(
                "SELECT id FROM messages WHERE account = ?1 AND conversation = ?2 AND server_ts = ?3 "
                "AND sender = ?4 AND body = ?5 LIMIT 1");
            Statement &st = c.cached(sql);
            st.bind(1, message.account)
                .bind(2, message.conversation)
                .bind(3, message.serverTime.toMSecsSinceEpoch())
                .bind(4, sender)
                .bind(5, body.isNull() ? QStringLiteral("") : body);
            StoreResult result;
            if (st.step())
                result.rowId = st.columnInt64(0);
            result.error = st.error();
            st.reset();
            if (result.rowId || result.error.isError())
                return result;
            return MessageQueries::store(c, message);
        },
        [done = std::move(done)](StoreResult result, const StorageError &commitError) {
            if (commitError.isError())
                result = { false, 0, result.error.isError() ? result.error : commitError };
            if (done)
                done(result);
        });
}

} // namespace Tandem::HistoryCopy
