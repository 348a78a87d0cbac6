#include "rooms/RoomCatchUp.h"

#include "Logging.h"
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
    RoomArchive::newestCursor(
        m_store, m_account, room, this, [this, room](const RoomArchive::Cursor &cursor) {
            auto it = m_pending.find(room);
            if (it == m_pending.end())
                return;
            it->cursorKnown = true;
            it->stanzaId = cursor.stanzaId;
            it->serverTime = cursor.serverTime;
            if (it->roomBack)
                roomIsBack(room);
        });
}

void RoomCatchUp::roomIsBack(const QString &room)
{
    auto it = m_pending.find(room);
    if (it == m_pending.end())
        return;
    it->roomBack = true;
    if (!it->cursorKnown)
        return; // the cursor's answer continues here
    const Gap gap = m_pending.take(room);
    m_archive->fetchSince(
        room, gap.stanzaId, gap.serverTime, m_ownNick(room), [this, room](const RoomArchive::FetchResult &r) {
            qCInfo(lcSession) << m_account << "caught up" << room << ":" << r.stored << "new of" << r.fetched
                              << (r.complete ? QStringLiteral("(complete)") : r.error);
            Q_EMIT caughtUp(room, r.stored, r.complete);
        });
}

} // namespace Tandem
