// How far each conversation is read, the same on every client of the account (XEP-0490).
#pragma once

#include "xmpp/DisplayedSync0490.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Tandem {

class MessageEvents;

/// Joins the account's read state (MessageEvents) to XEP-0490 (DisplayedSync0490), both ways.
///
/// A read position that moves here is published once; one another client published is applied
/// here, and not published back: each conversation remembers the stanza-id last heard or said,
/// and a state change that names the same one is an echo. A position whose message is not
/// stored yet (the push came before the relay or the catch-up page that brings the message)
/// waits, and is tried again as that conversation's messages arrive; meanwhile this device does
/// not publish that conversation, so it never moves the account's position back. A wait ends
/// when the message is found or after pendingLifetimeMs, whichever comes first.
///
/// Only bare-JID conversations are synchronised, named by their room's stanza-id (by = the room)
/// or, in a 1:1 chat, by the account archive's (by = the account); positions naming any other
/// assigner are ignored. A JID not (yet) known as a room may be either.
class ReadStateSync : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 pendingLifetimeMs = 5 * 60 * 1000;
    /// Whether a bare JID is one of the account's rooms (else it is a contact).
    using IsRoom = std::function<bool(const QString &jid)>;

    ReadStateSync(MessageEvents *events, DisplayedSync0490 *sync, IsRoom isRoom, QObject *parent = nullptr);

    /// Positions heard whose message is not stored here yet.
    int pendingCount() const { return m_pending.size(); }
    qint64 publishedCount() const { return m_published; }
    qint64 appliedCount() const { return m_applied; }

Q_SIGNALS:
    /// A read position moved here and went out to the account's other clients.
    void published(const Tandem::DisplayedPosition &position);
    /// A position from another client was found here and applied (the state may not have moved,
    /// if it was behind ours).
    void applied(const Tandem::DisplayedPosition &position);

private:
    struct Pending
    {
        DisplayedPosition position;
        QElapsedTimer age;
    };

    bool isSynchronised(const DisplayedPosition &position) const;
    void receive(const DisplayedPosition &position);
    void tryApply(const QString &conversation);
    void onStateChanged(const QString &conversation);
    void onMessagesArrived(const QString &conversation);

    QPointer<MessageEvents> m_events;
    QPointer<DisplayedSync0490> m_sync;
    IsRoom m_isRoom;
    QHash<QString, QString> m_known; ///< conversation → stanza-id last heard or published
    QHash<QString, Pending> m_pending;
    qint64 m_published = 0;
    qint64 m_applied = 0;
};

} // namespace Tandem
