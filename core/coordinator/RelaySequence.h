#pragma once

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Tandem {

/// The anchor's side of each sibling's relay stream (PROTOCOL.md §7, §9.1): the `seq` of the next
/// relay to that sibling and whether it still needs the rooms' snapshot. Pure bookkeeping that
/// replaces Coordinator::m_sentSeq and m_snapshotted, which share one life cycle:
///
/// - restart() at every BecomeAnchor: every sibling's stream starts again at seq 1, with a
///   snapshot, because siblings reset their own count when they follow the new claim;
/// - forget() (or retain()) when a sibling's session ends: if it comes back, its new session
///   knows nothing of the old stream, so it gets seq 1 and a snapshot again.
///
/// - siblingReported() with every `<device/>` of a sibling: when the anchor it reports following
///   changes, it has reset its room mirrors (RelayReceiver starts a new stream), so it needs the
///   snapshot again — even if it is back to us under the same term (it briefly followed another
///   claim in a split view, or lost us to a ping), which neither restart() nor forget() see.
///
/// A sibling that is not tracked yet is simply new: next() starts it at 1 and
/// needsSnapshot() reports it.
class RelaySequence
{
public:
    /// We (again) announce ourselves anchor: every stream starts over.
    void restart() { m_streams.clear(); }
    /// The seq to put on the next relay to `sibling`: 1, 2, 3, …
    quint64 next(const QString &sibling) { return ++m_streams[sibling].seq; }
    /// The seq of the last relay sent to `sibling`; 0 if none since restart() or forget().
    quint64 last(const QString &sibling) const { return m_streams.value(sibling).seq; }
    /// The sibling's session ended: a new one starts a new stream.
    void forget(const QString &sibling)
    {
        m_streams.remove(sibling);
        m_reports.remove(sibling);
    }
    /// The sibling's presence says it follows `anchor` under `term`. Returns true if that changed
    /// since its previous presence: it then needs the snapshot again (its seq goes on: a
    /// sibling accepts any seq as the first of a new stream).
    bool siblingReported(const QString &sibling, const QString &anchor, quint64 term);
    /// Forgets every sibling not in `present` (the election's view after a batch of actions).
    void retain(const QSet<QString> &present);

    /// Of `siblings`, those that have not had the snapshot of this stream yet, in the given order.
    QStringList needsSnapshot(const QStringList &siblings) const;
    /// The snapshot (possibly empty: no joined room) has been relayed to `sibling`.
    void snapshotSent(const QString &sibling) { m_streams[sibling].snapshotted = true; }

    /// A live stanza of `room`, stamped `stamp`, went to `sibling` in this stream.
    void relayed(const QString &sibling, const QString &room, const QDateTime &stamp)
    {
        Stream &stream = m_streams[sibling];
        if (!stream.firstLive.contains(room))
            stream.firstLive.insert(room, stamp);
    }
    /// The stamp of the first live relay of `room` to `sibling` in this stream (invalid: none).
    /// Everything we store from then on reaches the sibling live, so a catch-up page for it ends
    /// there (PROTOCOL.md §9.3).
    QDateTime firstRelayed(const QString &sibling, const QString &room) const
    {
        return m_streams.value(sibling).firstLive.value(room);
    }

private:
    struct Stream
    {
        quint64 seq = 0;
        bool snapshotted = false;
        QHash<QString, QDateTime> firstLive; ///< per room
    };
    QHash<QString, Stream> m_streams;
    QHash<QString, QPair<QString, quint64>> m_reports; ///< (anchor, term) each sibling follows
};

} // namespace Tandem
