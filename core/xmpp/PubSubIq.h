// XEP-0060: Publish-Subscribe — the publisher requests Tandem sends to PEP nodes (XEP-0163).
#pragma once

#include <QPair>
#include <QVector>
#include <QXmppIq.h>

#include <functional>

namespace Tandem {

namespace Ns {
constexpr auto PubSub = "http://jabber.org/protocol/pubsub";
constexpr auto PubSubEvent = "http://jabber.org/protocol/pubsub#event";
constexpr auto PubSubPublishOptions = "http://jabber.org/protocol/pubsub#publish-options";
} // namespace Ns

/// A pubsub request: fetch a node's items, publish one item (with publish-options, XEP-0060
/// §7.1.5, so the server creates or checks the node's configuration in the same round-trip),
/// or retract one item. Without setTo() it goes to the account's own PEP service. Only
/// serializes; the reply is read from the DOM by whoever tracks it (see IqTracker).
class PubSubIq : public QXmppIq
{
public:
    using PayloadWriter = std::function<void(QXmlStreamWriter *)>;
    using Options = QVector<QPair<QString, QString>>; ///< field var without "pubsub#" → value

    static PubSubIq requestItems(const QString &node);
    static PubSubIq publish(const QString &node, const QString &itemId, PayloadWriter payload,
        const Options &publishOptions = {});
    /// \a notify asks the server to tell subscribers (XEP-0060 §7.2.2.1); the default is not to.
    static PubSubIq retract(const QString &node, const QString &itemId, bool notify);

    /// XEP-0223's configuration of a node of private data (bookmarks, read positions): every item
    /// kept, never sent on presence (clients fetch), readable by the account only.
    static const Options &privateNodeOptions();
    /// Whether a pubsub event's \a from is the PEP service of \a accountJid: its bare JID, or no
    /// 'from' at all (RFC 6120 §8.1.2.1). A full JID, even one of ours, is not; anyone may send
    /// a message that looks like a push.
    static bool isOwnPepService(const QString &from, const QString &accountJid);

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    enum class Action { Items, Publish, Retract };
    PubSubIq(QXmppIq::Type type, Action action, const QString &node);

    Action m_action;
    QString m_node;
    QString m_itemId;
    PayloadWriter m_payload;
    Options m_options;
    bool m_notify = false;
};

} // namespace Tandem
