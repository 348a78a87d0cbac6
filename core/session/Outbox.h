#pragma once

#include "storage/Message.h"
#include "xmpp/StreamError.h"

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <functional>
#include <optional>

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
/// marks it delivered. A message is also sent again at most `resendBudget` times: a message that
/// never gets through is failed in words, not sent on every reconnect for a week.
///
/// When the server ends the stream because a stanza was too big (StreamError), the culprit is
/// the largest message still unconfirmed: it is failed with the server's words and never sent
/// again, and the account's limit (MessageEvents::maxBodyBytes) drops below it.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Sender = std::function<bool(const QXmppMessage &)>;
    enum class Action { Resend, Skip, GiveUp };

    /// A week: long enough for a contact back from a few days offline to acknowledge, short
    /// enough that a contact whose client never sends receipts is not written to forever.
    static constexpr std::chrono::hours defaultGiveUpAfter { 24 * 7 };
    /// Enough for a contact's week of coming and going, few enough that a message the server
    /// refuses without saying why is not sent with every reconnect.
    static constexpr int resendBudget = 10;
    /// A body smaller than this cannot have made a stanza too big for any server (Prosody's
    /// smallest setting is 10,000 bytes).
    static constexpr int smallestOversizedBody = 4 * 1024;

    /// `device` is this device's full JID, the sender of the messages it wrote. Giving up on a
    /// message is written and announced through `events`.
    Outbox(MessageEvents *events, const QString &device, Sender sender, QObject *parent = nullptr);

    void flush();
    /// The server ended the stream for `error`: when it blames a stanza too big, fail the message
    /// that was (oversized()) and lower the account's limit below it.
    void streamRefused(const StreamError &error);

    /// What flush() does with one unconfirmed outgoing message.
    static Action decide(const Message &message, const QString &device, const QDateTime &now,
        std::chrono::milliseconds giveUpAfter = defaultGiveUpAfter);
    /// Of the unconfirmed outgoing messages `pending`, the one a stanza-too-big stream error on
    /// `device`'s stream blames: the largest, if its body is large enough to have been it. A chat
    /// message another device wrote never went out on this stream; a room message names only a
    /// nick, so any of the account's may be it.
    static std::optional<Message> oversized(const QVector<Message> &pending, const QString &device);
    /// Why decide() gave `message` up, in words.
    static QString givenUpBecause(const Message &message);

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
