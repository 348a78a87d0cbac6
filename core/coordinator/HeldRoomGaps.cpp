#include "coordinator/HeldRoomGaps.h"

#include <utility>

namespace Tandem {

CatchUp::Actions HeldRoomGaps::expelled(const QString &room)
{
    if (m_takingOver && !m_expelledWhileTakingOver.contains(room))
        m_expelledWhileTakingOver << room;
    // A gap marked for our join keeps its cursor (it starts earlier); otherwise this one starts
    // where our store of the room ends now.
    CatchUp::Actions out = m_gaps->markGap(room);
    const CatchUp::Actions fetch = m_gaps->roomIsBack(room);
    out.insert(out.end(), fetch.begin(), fetch.end());
    return out;
}

void HeldRoomGaps::takeoverStarted()
{
    m_takingOver = true;
    m_expelledWhileTakingOver.clear();
}

CatchUp::Actions HeldRoomGaps::ready()
{
    m_takingOver = false;
    CatchUp::Actions out;
    for (const QString &room : std::exchange(m_expelledWhileTakingOver, {})) {
        const CatchUp::Actions fetch = expelled(room);
        out.insert(out.end(), fetch.begin(), fetch.end());
    }
    return out;
}

void HeldRoomGaps::stoodDown()
{
    m_takingOver = false;
    m_expelledWhileTakingOver.clear();
}

} // namespace Tandem
