#pragma once

#include "rooms/RoomCursor.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

class QXmppClient;

namespace Tandem {

class AnchorCatchUp;
class MessageStore;
class RoomArchive;

/// Fills the gaps in what this device stored of its rooms: told when a gap may start (before a
/// rejoin, at a disconnect, on a change of anchor), it notes where the store ends; told when the
/// room is held again, it fetches everything after that. A device holding the room reads the
/// room's archive (XEP-0313); a sibling asks the anchor's store first and falls back to the room's
/// archive if the anchor cannot answer.
class RoomCatchUp : public QObject
{
    Q_OBJECT
public:
    using NickOf = std::function<QString(const QString &room)>;

    RoomCatchUp(QXmppClient *client, const QString &accountJid, MessageStore *store, NickOf ownNick,
        QObject *parent = nullptr);

    AnchorCatchUp *anchorCatchUp() const { return m_anchor; }
    /// Sibling (true) or holding the rooms (false): where gaps are fetched from.
    void setViaAnchor(bool viaAnchor) { m_viaAnchor = viaAnchor; }

    /// A gap may open for `room` now. A pending earlier mark is kept: it covers the longer gap.
    void markGap(const QString &room);
    /// The room is held again (by us or the anchor we follow): fetch the gap, if one is marked.
    /// `liveFrom`: on a sibling, the anchor's stamp of the first relay after the gap; what the
    /// anchor stored from then on arrives live, so its catch-up stops there.
    void roomIsBack(const QString &room, const QDateTime &liveFrom = {});
    void forgetAll() { m_pending.clear(); }
    /// A gap of `room` is marked or being fetched.
    bool isCatchingUp(const QString &room) const
    {
        return m_pending.contains(room) || m_fetching.contains(room);
    }

Q_SIGNALS:
    void caughtUp(const QString &room, int stored, bool complete);

private:
    struct Gap
    {
        bool cursorKnown = false;
        bool roomBack = false;
        RoomCursor cursor;
        QDateTime liveFrom;
    };
    void fetchFromArchive(const QString &room, const RoomCursor &cursor);
    void finished(const QString &room, int stored, bool complete);

    QString m_account;
    MessageStore *m_store;
    NickOf m_ownNick;
    RoomArchive *m_archive;
    AnchorCatchUp *m_anchor;
    bool m_viaAnchor = false;
    QHash<QString, Gap> m_pending;
    QSet<QString> m_fetching;
};

} // namespace Tandem
