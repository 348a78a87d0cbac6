#include "rooms/RoomCatchUp.h"

#include "common/Logging.h"
#include "coordinator/CoordinatorState.h"
#include "rooms/AnchorCatchUp.h"
#include "rooms/RoomArchive.h"
#include "rooms/RoomCursor.h"
#include "storage/MessageEvents.h"

#include <QXmppClient.h>

namespace Tandem {

RoomCatchUp::RoomCatchUp(QXmppClient *client, MessageEvents *events, NickOf ownNick, QObject *parent)
    : QObject(parent)
    , m_account(events->account())
    , m_store(events->store())
    , m_ownNick(std::move(ownNick))
    , m_archive(new RoomArchive(events))
    , m_anchor(new AnchorCatchUp(this))
{
    client->addExtension(m_archive);
}

void RoomCatchUp::persistIn(const QString &file)
{
    m_stateFile = file;
    m_savedGaps = CoordinatorState::loadGaps(file, m_account);
    m_gaps.restore(m_savedGaps);
    if (!m_savedGaps.isEmpty())
        qCInfo(lcSession) << m_account << "catch-up gaps open since the last run:" << m_savedGaps.keys();
}

void RoomCatchUp::saveGaps()
{
    if (m_stateFile.isEmpty())
        return;
    const QHash<QString, CatchUpCursor> gaps = m_gaps.persistent();
    if (gaps != m_savedGaps && CoordinatorState::saveGaps(m_stateFile, m_account, gaps))
        m_savedGaps = gaps;
}

void RoomCatchUp::execute(const CatchUp::Actions &actions, const QDateTime &liveFrom)
{
    for (const CatchUp::Action &action : actions) {
        if (const auto *read = std::get_if<CatchUp::ReadCursor>(&action)) {
            // Database jobs run in order: this reads the store before anything of the room that
            // arrives later is written, so the cursor marks exactly where the gap starts.
            const QString room = read->room;
            m_failed.remove(room); // a new gap: a fetch will be tried
            RoomCursor::read(m_store, m_account, room, this, [this, room](const CatchUpCursor &cursor) {
                const CatchUp::Actions next = m_gaps.cursorRead(room, cursor);
                saveGaps();
                execute(next);
            });
        } else if (const auto *f = std::get_if<CatchUp::Fetch>(&action)) {
            if (liveFrom.isValid() && !m_liveFrom.contains(f->room))
                m_liveFrom.insert(f->room, liveFrom);
            m_failed.remove(f->room);
            fetch(*f);
        }
    }
}

void RoomCatchUp::fetch(const CatchUp::Fetch &f)
{
    if (f.fromOldest && f.after.isNull()) {
        RoomCursor::readOldest(m_store, m_account, f.room, this, [this, f](const CatchUpCursor &oldest) {
            CatchUp::Fetch from = f;
            from.after = oldest;
            from.fromOldest = false;
            from.afterIsOldest = !oldest.isNull();
            fetch(from);
        });
        return;
    }
    if (!m_viaAnchor || !m_anchor->hasSender()) {
        fetchFromArchive(f);
        return;
    }
    m_anchor->fetch(f.room, f.after, m_liveFrom.value(f.room), [this, f](const AnchorCatchUp::Result &r) {
        if (r.error.isEmpty()) {
            qCInfo(lcSession) << m_account << "caught up" << f.room << "from the anchor:" << r.messages
                              << "messages in" << r.pages << "pages" << (r.complete ? "(complete)" : "");
            fetchEnded(f, r.messages, r.complete);
            return;
        }
        // An anchor that cannot serve (an older one, one that left the room, or one that changed
        // meanwhile): the room's own archive still has what the room said.
        qCInfo(lcSession) << m_account << "anchor cannot serve the catch-up of" << f.room << ":" << r.error
                          << "; asking the room's archive";
        fetchFromArchive(f);
    });
}

void RoomCatchUp::fetchFromArchive(const CatchUp::Fetch &f)
{
    // See CatchUp::Fetch::afterIsOldest: by time (RoomArchive starts its margin before it).
    const QString afterId = f.afterIsOldest ? QString() : f.after.stanzaId;
    const QDateTime afterTime = f.afterIsOldest ? f.after.earliestTime() : f.after.serverTime;
    m_archive->fetchSince(
        f.room, afterId, afterTime, m_ownNick(f.room), [this, f](const RoomArchive::FetchResult &r) {
            qCInfo(lcSession) << m_account << "caught up" << f.room << ":" << r.stored << "new of"
                              << r.fetched << (r.complete ? QStringLiteral("(complete)") : r.error);
            fetchEnded(f, r.stored, r.complete);
        });
}

void RoomCatchUp::fetchEnded(const CatchUp::Fetch &f, int stored, bool complete)
{
    const CatchUp::Actions next = m_gaps.fetchEnded(f.id, complete);
    if (complete)
        m_failed.remove(f.room);
    else
        m_failed.insert(f.room);
    if (!m_gaps.isOpen(f.room))
        m_liveFrom.remove(f.room);
    saveGaps();
    Q_EMIT caughtUp(f.room, stored, complete);
    execute(next);
}

} // namespace Tandem
