#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

class QXmppClient;

namespace Tandem {

class MessageStore;
class RoomArchive;

/// Fills the gaps in what this device stored of its rooms, from each room's archive (XEP-0313):
/// told when a gap may start (before a rejoin, at a disconnect, on a change of anchor), it notes
/// where the store ends; told when the room is held again, it fetches everything after that.
class RoomCatchUp : public QObject
{
    Q_OBJECT
public:
    using NickOf = std::function<QString(const QString &room)>;

    RoomCatchUp(QXmppClient *client, const QString &accountJid, MessageStore *store, NickOf ownNick,
        QObject *parent = nullptr);

    /// A gap may open for `room` now. A pending earlier mark is kept: it covers the longer gap.
    void markGap(const QString &room);
    /// The room is held again (by us or the anchor we follow): fetch the gap, if one is marked.
    void roomIsBack(const QString &room);
    void forgetAll() { m_pending.clear(); }

Q_SIGNALS:
    void caughtUp(const QString &room, int stored, bool complete);

private:
    struct Gap
    {
        bool cursorKnown = false;
        bool roomBack = false;
        QString stanzaId;
        QDateTime serverTime;
    };

    QString m_account;
    MessageStore *m_store;
    NickOf m_ownNick;
    RoomArchive *m_archive;
    QHash<QString, Gap> m_pending;
};

} // namespace Tandem
