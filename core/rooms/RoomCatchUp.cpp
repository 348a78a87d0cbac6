#include "rooms/RoomCatchUp.h"

#include "Logging.h"
#include "rooms/AnchorCatchUp.h"
#include "rooms/RoomArchive.h"

#include <QXmppClient.h>

namespace Tandem {

RoomCatchUp::RoomCatchUp(
    QXmppClient *client, const QString &accountJid, MessageStore *store, NickOf ownNick, QObject *parent)
    : QObject(parent)
    , m_account(accountJid)
    , m_store(store)
    , m_ownNick(std::move(ownNick))
    , m_archive(new RoomArchive(accountJid, store))
    , m_anchor(new AnchorCatchUp(this))
{
    client->addExtension(m_archive);
}

void RoomCatchUp::markGap(const QString &room)
{
    if (m_pending.contains(room))
        return;
    m_pending.insert(room, {});
    // Database jobs run in order: this reads the store before any message that arrives after
    // the (re)join is written, so the cursor marks exactly where the gap starts.
    RoomCursor::read(m_store, m_account, room, this, [this, room](const RoomCursor &cursor) {
        auto it = m_pending.find(room);
        if (it == m_pending.end())
            return;
        it->cursorKnown = true;
        it->cursor = cursor;
        if (it->roomBack)
            roomIsBack(room, it->liveFrom);
    });
}

void RoomCatchUp::roomIsBack(const QString &room, const QDateTime &liveFrom)
{
    auto it = m_pending.find(room);
    if (it == m_pending.end())
        return;
    if (!it->roomBack)
        it->liveFrom = liveFrom;
    it->roomBack = true;
    if (!it->cursorKnown)
        return; // the cursor's answer continues here
    const Gap gap = m_pending.take(room);
    m_fetching.insert(room);
    if (!m_viaAnchor || !m_anchor->hasSender()) {
        fetchFromArchive(room, gap.cursor);
        return;
    }
    m_anchor->fetch(
        room, gap.cursor, gap.liveFrom, [this, room, cursor = gap.cursor](const AnchorCatchUp::Result &r) {
            if (r.error.isEmpty()) {
                qCInfo(lcSession) << m_account << "caught up" << room << "from the anchor:" << r.messages
                                  << "messages in" << r.pages << "pages" << (r.complete ? "(complete)" : "");
                finished(room, r.messages, r.complete);
                return;
            }
            // An anchor that cannot serve (an older one, or one that changed meanwhile): the room's
            // own archive still has what the room said.
            qCInfo(lcSession) << m_account << "anchor cannot serve the catch-up of" << room << ":" << r.error
                              << "; asking the room's archive";
            fetchFromArchive(room, cursor);
        });
}

void RoomCatchUp::fetchFromArchive(const QString &room, const RoomCursor &cursor)
{
    m_archive->fetchSince(room, cursor.stanzaId, cursor.stanzaTime, m_ownNick(room),
        [this, room](const RoomArchive::FetchResult &r) {
            qCInfo(lcSession) << m_account << "caught up" << room << ":" << r.stored << "new of" << r.fetched
                              << (r.complete ? QStringLiteral("(complete)") : r.error);
            finished(room, r.stored, r.complete);
        });
}

void RoomCatchUp::finished(const QString &room, int stored, bool complete)
{
    m_fetching.remove(room);
    Q_EMIT caughtUp(room, stored, complete);
}

} // namespace Tandem
