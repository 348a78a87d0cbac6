// XEP-0280 Message Carbons, and the received 1:1 messages: handed on as elements, not as
// QXmppMessage, which keeps one body of several (see MessageBody).
#pragma once

#include <QDomElement>
#include <QXmppClientExtension.h>

namespace Tandem {

/// The last extension of a client: takes every <message/> the extensions before it left (chats,
/// receipts, errors, chat states) and the carbons of the account's own server, and hands each on
/// with its element. A carbon from anyone else is forged (XEP-0280 §11) and dropped. Enables
/// carbons on request.
class ChatMessageReceiver : public QXmppClientExtension
{
    Q_OBJECT
public:
    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

    /// Asks the server for carbons: needed on each new session (a resumed one keeps them).
    void enableCarbons();

Q_SIGNALS:
    /// A message addressed to this session (or to the bare JID).
    void messageReceived(const QDomElement &message);
    /// A copy of a message another session of the account sent (`sent`) or received.
    void carbonReceived(const QDomElement &message, bool sent);
};

} // namespace Tandem
