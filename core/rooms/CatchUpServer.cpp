#include "rooms/CatchUpServer.h"

#include "common/Logging.h"
#include "coordinator/HistoryStanza.h"
#include "storage/Database.h"
#include "storage/MessageQueries.h"
#include "storage/MessageStore.h"

#include <QTimer>
#include <algorithm>
#include <limits>

namespace Tandem {

namespace {
constexpr qint64 timeMarginMs = 120 * 1000;

// The cursor is ours alone (the sibling echoes it): the position in our store's history order.
QString encodeCursor(const HistoryCursor &cursor)
{
    return QStringLiteral("%1:%2").arg(cursor.serverTimeMs).arg(cursor.rowId);
}

std::optional<HistoryCursor> decodeCursor(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okTime = false;
    bool okRow = false;
    const HistoryCursor cursor { parts[0].toLongLong(&okTime), parts[1].toLongLong(&okRow) };
    if (!okTime || !okRow || cursor.serverTimeMs < 0 || cursor.rowId < 0)
        return std::nullopt;
    return cursor;
}
} // namespace

CatchUpServer::CatchUpServer(const QString &accountJid, MessageStore *store, Busy busy, QObject *parent)
    : QObject(parent)
    , m_account(accountJid)
    , m_store(store)
    , m_busy(std::move(busy))
{ }

void CatchUpServer::serve(const Request &request, std::function<void(const Page &)> done)
{
    if (m_busy && m_busy(request.room)) {
        m_waiting[request.room].append({ request, std::move(done) });
        const QString room = request.room;
        const QString id = request.id;
        QTimer::singleShot(m_waitMs, this, [this, room, id] {
            auto &queue = m_waiting[room];
            for (int i = 0; i < queue.size(); ++i) {
                if (queue[i].request.id == id) {
                    qCWarning(lcCoordinator)
                        << "own catch-up of" << room << "still running: serving what we have";
                    Waiting w = queue.takeAt(i);
                    answer(w.request, std::move(w.done));
                    break;
                }
            }
            if (queue.isEmpty())
                m_waiting.remove(room);
        });
        return;
    }
    answer(request, std::move(done));
}

QString CatchUpServer::refusal(bool holdsRooms, bool sameTerm, bool inRoom)
{
    if (!holdsRooms || !sameTerm)
        return QStringLiteral("not-anchor");
    // Serve only what we saw as an occupant: a room we left or were kicked from has a hole in
    // our store that a successor's session may not have; the sibling asks the room's archive.
    if (!inRoom)
        return QStringLiteral("item-not-found");
    return {};
}

void CatchUpServer::roomCaughtUp(const QString &room)
{
    const QVector<Waiting> queue = m_waiting.take(room);
    for (const Waiting &w : queue)
        answer(w.request, w.done);
}

void CatchUpServer::answer(const Request &request, std::function<void(const Page &)> done)
{
    const int pageSize = request.max > 0 ? request.max : DefaultPageSize;
    auto fail = [this, done](const QString &condition) {
        QMetaObject::invokeMethod(
            this,
            [done, condition] {
                done(Page { {}, {}, condition });
            },
            Qt::QueuedConnection);
    };
    const qint64 until = request.until.isValid() ? request.until.toMSecsSinceEpoch() : -1;
    auto sendPage = [done, pageSize, until](QVector<Message> messages, bool hasMore) {
        Page page;
        if (hasMore && messages.size() > pageSize)
            messages.resize(pageSize);
        if (hasMore && !messages.isEmpty())
            page.next = encodeCursor(HistoryCursor::from(messages.last()));
        // From `until` on, the sibling had the messages live. Only messages without the room's
        // stanza-id need leaving out (the sibling could not tell them from its own copies); the
        // others are kept, since archive stamps and our clock need not agree.
        if (until >= 0) {
            messages.erase(std::remove_if(messages.begin(), messages.end(),
                               [until](const Message &m) {
                                   return m.stanzaId.isEmpty() && m.serverTime.toMSecsSinceEpoch() >= until;
                               }),
                messages.end());
        }
        for (const Message &m : messages) {
            const QByteArray xml = HistoryStanza::fromMessage(m);
            if (!xml.isEmpty())
                page.stanzas.append(xml);
        }
        done(page);
    };
    auto pageAfter = [this, request, pageSize, sendPage, fail](const HistoryCursor &after) {
        m_store->historyAfter(m_account, request.room, pageSize + 1, after, this,
            [sendPage, pageSize, fail](const QVector<Message> &messages, const StorageError &error) {
                if (error.isError()) {
                    fail(QStringLiteral("internal-server-error"));
                    return;
                }
                sendPage(messages, messages.size() > pageSize);
            });
    };

    if (!request.cursor.isEmpty()) {
        const auto cursor = decodeCursor(request.cursor);
        if (!cursor) {
            fail(QStringLiteral("bad-request"));
            return;
        }
        pageAfter(*cursor);
        return;
    }
    const QString account = m_account;
    const QString room = request.room;
    const QString after = request.after;
    m_store->database()->run(
        this,
        [account, room, after](SqliteConnection &c) -> std::optional<HistoryCursor> {
            if (after.isEmpty())
                return std::nullopt;
            return MessageQueries::positionOfStanzaId(c, account, room, room, after);
        },
        [this, request, pageSize, pageAfter, sendPage, fail](const std::optional<HistoryCursor> &found) {
            if (!found && !request.after.isEmpty()) {
                // The sibling has a message of the room we never stored: our copy may have a hole
                // right there (it held the room while we did not, or our store starts later), and
                // serving after its time would hide it (found by tests/sim). The room's archive
                // knows the stanza-id: the sibling asks it.
                fail(QStringLiteral("item-not-found"));
            } else if (found) {
                // Rows filled from the room's archive carry the room's stamps (whole seconds, the
                // server's clock), live ones our own: a margin keeps the first from sorting before
                // the sibling's cursor. They all carry stanza-ids, so the overlap costs bytes only.
                pageAfter({ found->serverTimeMs - timeMarginMs, 0 });
            } else if (request.since.isValid()) {
                // The sibling's newest message, in times both stores share (a relayed message is
                // stored under the time the anchor stamped on its relay): strictly after it.
                pageAfter({ request.since.toMSecsSinceEpoch(), std::numeric_limits<qint64>::max() });
            } else {
                // A device with nothing of the room gets its recent history, like a join would.
                // Not cut at `until`: rows we filled from the room's archive carry the room's
                // stamps and may sort after our first live relay without ever having been relayed
                // (found by tests/sim); sendPage() leaves out only what the sibling cannot match.
                m_store->history(m_account, request.room, pageSize, HistoryCursor(), this,
                    [sendPage, fail](const QVector<Message> &messages, const StorageError &error) {
                        if (error.isError())
                            fail(QStringLiteral("internal-server-error"));
                        else
                            sendPage(messages, false);
                    });
            }
        });
}

} // namespace Tandem
