// XEP-0490: Message Displayed Synchronization — how far each conversation has been read, shared
// by every client of the account through one PEP node.
#pragma once

#include <QHash>
#include <QPointer>
#include <QXmppClientExtension.h>

class QDomElement;

namespace Tandem {

class IqTracker;

namespace Ns {
constexpr auto Mds = "urn:xmpp:mds:displayed:0";
constexpr auto StanzaId = "urn:xmpp:sid:0";
} // namespace Ns

/// The last displayed message of one conversation, as XEP-0490 names it: the conversation's bare
/// JID (the item id) and a stanza-id (XEP-0359) with the JID that assigned it: the room for a
/// room, the account for a 1:1 chat.
struct DisplayedPosition
{
    QString conversation;
    QString stanzaId;
    QString by;

    bool operator==(const DisplayedPosition &o) const
    {
        return conversation == o.conversation && stanzaId == o.stanzaId && by == o.by;
    }
    /// One `<item/>` of the node; nullopt-like empty conversation when it is not one.
    static DisplayedPosition fromItem(const QDomElement &item);
};

/// Publishes and receives displayed positions on the account's `urn:xmpp:mds:displayed:0` node.
/// After every connection it fetches the node (positions set while this device was away), and
/// it advertises `+notify` in its caps so the server pushes every later publication, whoever
/// made it: Tandem siblings, Gajim, Conversations. Only pushes from the account's own bare JID
/// are believed. It keeps no state beyond the connection and knows nothing of storage: the
/// account's ReadStateSync applies what it hears and tells it what the user read here.
class DisplayedSync0490 : public QXmppClientExtension
{
    Q_OBJECT
public:
    DisplayedSync0490();
    ~DisplayedSync0490() override;

    /// Publishes \a position, with the node configuration XEP-0490 §4 requires (kept, whitelisted,
    /// never sent on presence). Offline it is dropped: the next read after reconnecting
    /// publishes again, and the fetch on connecting brings the others' positions.
    void publish(const DisplayedPosition &position);
    /// Bytes of the last publish request as sent (for the figures in the docs).
    int lastPublishBytes() const { return m_lastPublishBytes; }

    /// \cond
    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;
    /// \endcond

Q_SIGNALS:
    /// A position another client (or this one, echoed) published, or one the fetch found.
    void displayedReceived(const Tandem::DisplayedPosition &position);
    void fetched();
    void errorOccurred(const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    void fetch();
    void receiveItems(const QDomElement &items);

    QPointer<IqTracker> m_tracker;
    int m_lastPublishBytes = 0;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DisplayedPosition)
