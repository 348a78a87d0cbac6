#pragma once

#include "storage/ConversationState.h"
#include "storage/Message.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QVector>
#include <functional>

namespace Tandem {

class ConversationStateStore;
class MessageStore;

/// The one source of an account's message events. Whatever way a message took into the store —
/// written on this device, live, as a carbon, relayed by the anchor, or from an archive — the code
/// that stored it reports it here, and the item models and ctl listen here only. Changes to a
/// stored message (its delivery state) and to a conversation's state (read position, pin, mute,
/// draft, nick) are written through this object, so that each change is announced once, whoever
/// made it.
class MessageEvents : public QObject
{
    Q_OBJECT
public:
    /// How a message reached this device.
    enum class Origin {
        Composed, ///< written on this device
        Live, ///< from the server as it happened: a chat or room message
        Carbon, ///< a copy of what another session of the account sent or received (XEP-0280)
        /// Through the account's coordinator: relayed by the anchor from a room, a sibling's
        /// message the anchor sent for it, or a page of the anchor's catch-up
        Relay,
        Archive, ///< fetched from a server archive (XEP-0313)
    };
    Q_ENUM(Origin)

    MessageEvents(const QString &account, MessageStore *store, QObject *parent = nullptr);

    QString account() const { return m_account; }
    MessageStore *store() const { return m_store; }
    /// Where the conversations' state is read; write it through the methods below.
    ConversationStateStore *conversationState() const { return m_state; }

    using Done = std::function<void(const Message &message, const StorageError &error)>;
    /// The pipeline of our own messages: stores `message` (pending), hands the stored row to
    /// `send`, which returns whether it left on the stream (it is then stored as sent), reports it
    /// as `origin`, then calls `done`. One that cannot be stored is reported as a failure and is
    /// never sent: nothing leaves that the store does not have.
    void storeOutgoing(const Message &message, Origin origin, QObject *context,
        std::function<bool(const Message &stored)> send, Done done);

    /// `message` is new to the store and just happened (never a duplicate).
    void reportAdded(const Message &message, Origin origin);
    /// `messages` are new to the store and happened earlier: a page of an archive or a catch-up.
    void reportHistory(const QVector<Message> &messages, Origin origin);
    /// `error` kept a message out of the store.
    void reportFailure(const StorageError &error);
    /// Writes `state` for the message whose message-id or origin-id is `messageId`, and announces
    /// it once the store says it changed something (MessageStore::setDeliveryState()).
    void setDeliveryState(
        const QString &conversation, const QString &messageId, Message::DeliveryState state);
    /// The longest body, in UTF-8 bytes, this account may send: MessageLimits' unless the
    /// server announced a smaller one (XEP-0478) or refused a smaller message.
    int maxBodyBytes() const;
    /// What the server's announced stanza limit leaves for a body; 0: it announced none.
    void setAnnouncedMaxBodyBytes(int bytes);
    /// A body of `bytes` + 1 was too big for the server: never allow more again.
    void learnMaxBodyBytes(int bytes);

    /// Marks the message failed for `reason` (in words, shown to the user), and announces
    /// deliveryStateChanged() and deliveryFailed() once the store says it changed something.
    void failDelivery(const QString &conversation, const QString &messageId, const QString &reason);

    /// Conversation state writes: each announces conversationStateChanged() once it changed
    /// something. The read position never moves backwards.
    /// \a done, if given, learns whether the position moved.
    void markRead(const QString &conversation, qint64 upToRowId, std::function<void(bool changed)> done = {});
    void markAllRead(const QString &conversation, std::function<void(bool changed)> done = {});
    /// The read position another client of the account published (XEP-0490's stanza-id).
    /// \a found, if given, learns whether that message is stored here yet.
    void markReadByStanzaId(const QString &conversation, const QString &by, const QString &stanzaId,
        std::function<void(bool found)> found = {});
    void setPinned(const QString &conversation, bool pinned);
    /// ms since the epoch; 0 unmutes, ConversationState::mutedForever mutes until unmuted.
    void setMutedUntil(const QString &conversation, qint64 mutedUntilMs);
    void setDraft(const QString &conversation, const QString &draft);
    /// The account's nick in room \a conversation: what a mention of it is.
    void setRoomNick(const QString &conversation, const QString &nick);
    void setNotificationLevel(const QString &conversation, NotificationLevel level);
    /// Takes the conversation off the list until something newer arrives in it.
    void closeConversation(const QString &conversation);

Q_SIGNALS:
    void messageAdded(const Tandem::Message &message, Tandem::MessageEvents::Origin origin);
    /// Older than what was shown: each goes in at its time, and none is news to notify.
    void historyAdded(const QVector<Tandem::Message> &messages, Tandem::MessageEvents::Origin origin);
    void deliveryStateChanged(
        const QString &conversation, const QString &messageId, Tandem::Message::DeliveryState state);
    /// After deliveryStateChanged() to Failed through failDelivery(): why.
    void deliveryFailed(const QString &conversation, const QString &messageId, const QString &reason);
    void storageFailed(const Tandem::StorageError &error);
    /// A state write above changed \a conversation's state.
    void conversationStateChanged(const QString &conversation);

private:
    void announceIfChanged(const QString &conversation, bool changed);

    QString m_account;
    MessageStore *m_store;
    ConversationStateStore *m_state = nullptr;
    int m_announcedMaxBodyBytes = 0;
    int m_learnedMaxBodyBytes = 0;
};

} // namespace Tandem
