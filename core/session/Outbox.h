#pragma once

#include "storage/Message.h"

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <functional>

class QXmppMessage;

namespace Tandem {

class MessageEvents;

/// Re-sends, after every (re)connection, the 1:1 messages this device wrote that no receipt has
/// confirmed yet. The peer de-duplicates by origin-id, so sending twice is harmless while
/// sending never would lose the message (a server restart drops what it had queued).
///
/// Two limits keep that from going on forever: only this device re-sends its own messages
/// (the account's other devices store theirs as sent carbons, and sending those again would
/// deliver them twice to clients that do not de-duplicate), and after `giveUpAfter` without a
/// receipt a message is marked failed, which the user sees; a receipt that comes later still
/// marks it delivered.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Sender = std::function<bool(const QXmppMessage &)>;
    enum class Action { Resend, Skip, GiveUp };

    /// A week: long enough for a contact back from a few days offline to acknowledge, short
    /// enough that a contact whose client never sends receipts is not written to forever.
    static constexpr std::chrono::hours defaultGiveUpAfter { 24 * 7 };

    /// `device` is this device's full JID, the sender of the messages it wrote. Giving up on a
    /// message is written and announced through `events`.
    Outbox(MessageEvents *events, const QString &device, Sender sender, QObject *parent = nullptr);

    void flush();

    /// What flush() does with one unconfirmed outgoing message.
    static Action decide(const Message &message, const QString &device, const QDateTime &now,
        std::chrono::milliseconds giveUpAfter = defaultGiveUpAfter);

Q_SIGNALS:
    void flushed(int count);

private:
    MessageEvents *m_events;
    QString m_device;
    Sender m_sender;
    bool m_flushing = false;
    bool m_flushAgain = false;
};

} // namespace Tandem
