#pragma once

#include "storage/Message.h"

#include <QObject>
#include <functional>

class QXmppMessage;

namespace Tandem {

class MessageStore;

/// Re-sends, after every (re)connection, the 1:1 messages this device wrote that no receipt has
/// confirmed yet. The peer de-duplicates by origin-id, so sending twice is harmless while
/// sending never would lose the message (a server restart drops what it had queued).
///
/// Only this device re-sends its own messages: the account's other devices' messages are here
/// as sent carbons, and sending those again would deliver them twice to clients that do not
/// de-duplicate.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Sender = std::function<bool(const QXmppMessage &)>;
    enum class Action { Resend, Skip };

    /// `device` is this device's full JID, the sender of the messages it wrote.
    Outbox(MessageStore *store, const QString &account, const QString &device, Sender sender,
        QObject *parent = nullptr);

    void flush();

    /// What flush() does with one unconfirmed outgoing message.
    static Action decide(const Message &message, const QString &device);

Q_SIGNALS:
    void flushed(int count);

private:
    MessageStore *m_store;
    QString m_account;
    QString m_device;
    Sender m_sender;
    bool m_flushing = false;
    bool m_flushAgain = false;
};

} // namespace Tandem
