#pragma once

#include "coordinator/RequestCodec.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QVector>
#include <functional>

namespace Tandem {

class MessageStore;

/// The anchor's side of a sibling's catch-up (PROTOCOL.md §9.3): answers a `catch-up` request with
/// a page of what this device stored of the room after the sibling's cursor, as the groupchat
/// stanzas the room sent, oldest first. While this device is still filling its own gap in that
/// room (after a failover, from the room's archive), the answer waits for it, so a sibling never
/// gets an incomplete page of the window no device was in the room.
class CatchUpServer : public QObject
{
    Q_OBJECT
public:
    struct Page
    {
        QVector<QByteArray> stanzas; ///< HistoryStanza XML, oldest first
        QString next; ///< the cursor of the next page; empty when this page ends the room's history
        QString error; ///< a condition token; the page is empty then
    };
    using Busy = std::function<bool(const QString &room)>;

    static constexpr int DefaultPageSize = 50;
    static constexpr int DefaultWaitMs = 30000;

    /// `busy(room)` tells whether this device is still filling its own gap in `room`.
    CatchUpServer(const QString &accountJid, MessageStore *store, Busy busy, QObject *parent = nullptr);

    /// Answers `request` (action CatchUp) through `done`, later, never from within this call.
    void serve(const Request &request, std::function<void(const Page &)> done);
    /// Why a page may not be sent now (a condition token), or empty: it may. Asked when the page
    /// is ready, not when the request came: the anchor must still hold the rooms under the term
    /// the request was served under (`sameTerm`), and still be in the room.
    static QString refusal(bool holdsRooms, bool sameTerm, bool inRoom);
    /// This device's own gap fill of `room` has ended: serve the requests that waited for it.
    void roomCaughtUp(const QString &room);
    /// How long a request may wait for our own gap fill before it is served as things are.
    void setWaitLimit(int ms) { m_waitMs = ms; }

private:
    struct Waiting
    {
        Request request;
        std::function<void(const Page &)> done;
    };
    void answer(const Request &request, std::function<void(const Page &)> done);

    QString m_account;
    MessageStore *m_store;
    Busy m_busy;
    int m_waitMs = DefaultWaitMs;
    QHash<QString, QVector<Waiting>> m_waiting; ///< per room
};

} // namespace Tandem
