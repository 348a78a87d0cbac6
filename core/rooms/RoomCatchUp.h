#pragma once

#include "coordinator/CatchUpGaps.h"
#include "coordinator/HeldRoomGaps.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

class QXmppClient;

namespace Tandem {

class AnchorCatchUp;
class MessageEvents;
class MessageStore;
class RoomArchive;

/// Fills the gaps in what this device stored of its rooms: carries out what CatchUpGaps (the
/// pure bookkeeping, PROTOCOL.md §9.2) asks — read where the store of a room ends, fetch what
/// follows — and tells it how each fetch ended. A device holding the room reads the room's archive
/// (XEP-0313, §9.4); a sibling asks the anchor's store (§9.3) and falls back to the room's archive
/// if the anchor cannot answer.
class RoomCatchUp : public QObject
{
    Q_OBJECT
public:
    using NickOf = std::function<QString(const QString &room)>;

    RoomCatchUp(QXmppClient *client, MessageEvents *events, NickOf ownNick, QObject *parent = nullptr);

    AnchorCatchUp *anchorCatchUp() const { return m_anchor; }
    /// The gaps, for RelayReceiver: it marks them as the relay stream tells it to.
    CatchUpGaps *gaps() { return &m_gaps; }
    /// Sibling (true) or holding the rooms (false): where gaps are fetched from.
    void setViaAnchor(bool viaAnchor) { m_viaAnchor = viaAnchor; }

    /// The holder's side of the gaps: fed with our own occupancy's events and the takeover, its
    /// answers go to execute().
    HeldRoomGaps *held() { return &m_held; }
    /// Carries out `actions`. `liveFrom`: on a sibling, the anchor's stamp on the relay that
    /// caused them; what the anchor stored from then on reached us live, so a fetch from the
    /// anchor ends there.
    void execute(const CatchUp::Actions &actions, const QDateTime &liveFrom = {});
    /// Keeps the open gaps in `file` (CoordinatorState), starting from what it holds: a fetch cut
    /// short by a restart resumes from where its gap started. Call before connecting.
    void persistIn(const QString &file);

    /// A gap of `room` is marked and about to be fetched, or being fetched. A gap whose fetch
    /// failed (a room without an archive) stays open, but nothing is under way to fill it.
    bool isCatchingUp(const QString &room) const { return m_gaps.isOpen(room) && !m_failed.contains(room); }

Q_SIGNALS:
    /// The gap of `room` is closed (`complete`) or stays open until the room is back again.
    void caughtUp(const QString &room, int stored, bool complete);

private:
    void fetch(const CatchUp::Fetch &fetch);
    void fetchFromArchive(const CatchUp::Fetch &fetch);
    void fetchEnded(const CatchUp::Fetch &fetch, int stored, bool complete);
    void saveGaps();

    QString m_account;
    MessageStore *m_store;
    NickOf m_ownNick;
    RoomArchive *m_archive;
    AnchorCatchUp *m_anchor;
    bool m_viaAnchor = false;
    CatchUpGaps m_gaps;
    HeldRoomGaps m_held { &m_gaps };
    QHash<QString, QDateTime> m_liveFrom; ///< per open gap, the first live relay after it
    QSet<QString> m_failed; ///< open gaps whose last fetch did not complete
    QString m_stateFile;
    QHash<QString, CatchUpCursor> m_savedGaps;
};

} // namespace Tandem
