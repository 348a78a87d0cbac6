#include "coordinator/CatchUpGaps.h"

namespace Tandem {

CatchUpGaps::CatchUpGaps(const QHash<QString, CatchUpCursor> &persisted)
{
    restore(persisted);
}

void CatchUpGaps::restore(const QHash<QString, CatchUpCursor> &persisted)
{
    for (auto it = persisted.cbegin(); it != persisted.cend(); ++it) {
        if (m_gaps.contains(it.key()))
            continue;
        Gap gap;
        gap.cursorKnown = true;
        gap.fetches = 1; // a fetch may have stored part of it before the restart
        gap.cursor = it.value();
        m_gaps.insert(it.key(), gap);
    }
}

CatchUp::Actions CatchUpGaps::markGap(const QString &room)
{
    if (auto it = m_gaps.find(room); it != m_gaps.end()) {
        if (it->fetch != 0)
            it->markedAgain = true;
        return {};
    }
    m_gaps.insert(room, Gap());
    return { CatchUp::ReadCursor { room } };
}

CatchUp::Actions CatchUpGaps::cursorRead(const QString &room, const CatchUpCursor &cursor)
{
    auto it = m_gaps.find(room);
    if (it == m_gaps.end() || it->cursorKnown)
        return {};
    it->cursorKnown = true;
    it->cursor = cursor;
    return startIfReady(room);
}

CatchUp::Actions CatchUpGaps::roomIsBack(const QString &room)
{
    auto it = m_gaps.find(room);
    if (it == m_gaps.end())
        return {};
    it->roomBack = true;
    return startIfReady(room);
}

CatchUp::Actions CatchUpGaps::startIfReady(const QString &room)
{
    Gap &gap = m_gaps[room];
    if (!gap.cursorKnown || !gap.roomBack || gap.fetch != 0)
        return {};
    gap.fetch = m_nextFetch++;
    gap.markedAgain = false;
    const bool fromOldest = gap.cursor.isNull() && gap.fetches > 0;
    ++gap.fetches;
    return { CatchUp::Fetch { gap.fetch, room, gap.cursor, fromOldest } };
}

CatchUp::Actions CatchUpGaps::fetchEnded(quint64 id, bool complete)
{
    for (auto it = m_gaps.begin(); it != m_gaps.end(); ++it) {
        if (it->fetch != id || id == 0)
            continue;
        it->fetch = 0;
        if (complete && !it->markedAgain) {
            m_gaps.erase(it);
            return {};
        }
        // Fetched again from the same cursor: at once if only a new mark keeps it open (the room
        // is still back), else when the room is back again.
        if (!complete)
            it->roomBack = false;
        it->markedAgain = false;
        return startIfReady(it.key());
    }
    return {};
}

void CatchUpGaps::abandonFetches()
{
    for (Gap &gap : m_gaps) {
        if (gap.fetch == 0)
            continue;
        gap.fetch = 0;
        gap.roomBack = false;
        gap.markedAgain = false;
    }
}

QStringList CatchUpGaps::openRooms() const
{
    QStringList rooms = m_gaps.keys();
    rooms.sort();
    return rooms;
}

QHash<QString, CatchUpCursor> CatchUpGaps::persistent() const
{
    QHash<QString, CatchUpCursor> out;
    for (auto it = m_gaps.cbegin(); it != m_gaps.cend(); ++it) {
        if (it->cursorKnown)
            out.insert(it.key(), it->cursor);
    }
    return out;
}

} // namespace Tandem
