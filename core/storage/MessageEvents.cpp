#include "storage/MessageEvents.h"

#include "storage/MessageLimits.h"

#include "storage/ConversationStateStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <algorithm>

namespace Tandem {

MessageEvents::MessageEvents(const QString &account, MessageStore *store, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_store(store)
{
    qRegisterMetaType<Tandem::Message>();
    qRegisterMetaType<QVector<Tandem::Message>>();
    qRegisterMetaType<Tandem::Message::DeliveryState>();
    qRegisterMetaType<Tandem::StorageError>();
    qRegisterMetaType<Tandem::MessageEvents::Origin>();
    if (store)
        m_state = new ConversationStateStore(store->database(), this);
}

void MessageEvents::storeOutgoing(const Message &message, Origin origin, QObject *context,
    std::function<bool(const Message &)> send, Done done)
{
    if (!m_store)
        return;
    // Every message we write passes here (chats, rooms, corrections, a sibling's through the
    // anchor): one place refuses what the server would answer by closing the stream.
    if (const QString why = MessageLimits::refusal(message.body, maxBodyBytes()); !why.isEmpty()) {
        if (done)
            done(message, StorageError(StorageError::Other, why));
        return;
    }
    m_store->store(message, context, [this, m = message, origin, send, done](const StoreResult &r) mutable {
        if (r.error.isError()) {
            reportFailure(r.error);
            if (done)
                done(m, r.error);
            return;
        }
        m.rowId = r.rowId;
        // Written without an event of its own: the message is reported with it just below.
        if (send(m)) {
            m.state = Message::DeliveryState::Sent;
            m_store->setDeliveryState(m.account, m.conversation, m.messageId, m.state);
        }
        reportAdded(m, origin);
        if (done)
            done(m, {});
    });
}

int MessageEvents::maxBodyBytes() const
{
    int limit = MessageLimits::maxBodyBytes();
    for (const int server : { m_announcedMaxBodyBytes, m_learnedMaxBodyBytes })
        if (server > 0)
            limit = std::min(limit, server);
    return limit;
}

void MessageEvents::setAnnouncedMaxBodyBytes(int bytes)
{
    m_announcedMaxBodyBytes = bytes;
}

void MessageEvents::learnMaxBodyBytes(int bytes)
{
    if (bytes > 0 && (m_learnedMaxBodyBytes <= 0 || bytes < m_learnedMaxBodyBytes))
        m_learnedMaxBodyBytes = bytes;
}

void MessageEvents::reportAdded(const Message &message, Origin origin)
{
    Q_EMIT messageAdded(message, origin);
}

void MessageEvents::reportHistory(const QVector<Message> &messages, Origin origin)
{
    if (!messages.isEmpty())
        Q_EMIT historyAdded(messages, origin);
}

void MessageEvents::reportFailure(const StorageError &error)
{
    Q_EMIT storageFailed(error);
}

void MessageEvents::setDeliveryState(
    const QString &conversation, const QString &messageId, Message::DeliveryState state)
{
    if (!m_store)
        return;
    m_store->setDeliveryState(m_account, conversation, messageId, state, this,
        [this, conversation, messageId, state](bool changed) {
            if (changed)
                Q_EMIT deliveryStateChanged(conversation, messageId, state);
        });
}

void MessageEvents::failDelivery(const QString &conversation, const QString &messageId, const QString &reason)
{
    if (!m_store)
        return;
    m_store->setDeliveryState(
        m_account, conversation, messageId, Message::DeliveryState::Failed, this,
        [this, conversation, messageId, reason](bool changed) {
            if (!changed)
                return;
            Q_EMIT deliveryStateChanged(conversation, messageId, Message::DeliveryState::Failed);
            Q_EMIT deliveryFailed(conversation, messageId, reason);
        },
        reason);
}

void MessageEvents::announceIfChanged(const QString &conversation, bool changed)
{
    if (changed)
        Q_EMIT conversationStateChanged(conversation);
}

void MessageEvents::markRead(
    const QString &conversation, qint64 upToRowId, std::function<void(bool changed)> done)
{
    if (m_state)
        m_state->markRead(m_account, conversation, upToRowId, this,
            [this, conversation, done = std::move(done)](bool changed) {
                announceIfChanged(conversation, changed);
                if (done)
                    done(changed);
            });
}

void MessageEvents::markAllRead(const QString &conversation, std::function<void(bool changed)> done)
{
    if (m_state)
        m_state->markAllRead(
            m_account, conversation, this, [this, conversation, done = std::move(done)](bool changed) {
                announceIfChanged(conversation, changed);
                if (done)
                    done(changed);
            });
}

void MessageEvents::markReadByStanzaId(const QString &conversation, const QString &by,
    const QString &stanzaId, std::function<void(bool found)> found)
{
    if (m_state)
        m_state->markReadByStanzaId(m_account, conversation, by, stanzaId, this,
            [this, conversation, found = std::move(found)](bool isStored, bool changed) {
                announceIfChanged(conversation, changed);
                if (found)
                    found(isStored);
            });
}

void MessageEvents::setPinned(const QString &conversation, bool pinned)
{
    if (m_state)
        m_state->setPinned(m_account, conversation, pinned, this,
            [this, conversation](bool changed) { announceIfChanged(conversation, changed); });
}

void MessageEvents::setMutedUntil(const QString &conversation, qint64 mutedUntilMs)
{
    if (m_state)
        m_state->setMutedUntil(m_account, conversation, mutedUntilMs, this,
            [this, conversation](bool changed) { announceIfChanged(conversation, changed); });
}

void MessageEvents::setDraft(const QString &conversation, const QString &draft)
{
    if (m_state)
        m_state->setDraft(m_account, conversation, draft, this,
            [this, conversation](bool changed) { announceIfChanged(conversation, changed); });
}

void MessageEvents::setRoomNick(const QString &conversation, const QString &nick)
{
    if (m_state)
        m_state->setNick(m_account, conversation, nick, this,
            [this, conversation](bool changed) { announceIfChanged(conversation, changed); });
}

void MessageEvents::setNotificationLevel(const QString &conversation, NotificationLevel level)
{
    if (m_state)
        m_state->setNotificationLevel(m_account, conversation, level, this,
            [this, conversation](bool changed) { announceIfChanged(conversation, changed); });
}

void MessageEvents::closeConversation(const QString &conversation)
{
    if (m_state)
        m_state->close(m_account, conversation, this,
            [this, conversation](bool changed) { announceIfChanged(conversation, changed); });
}

} // namespace Tandem
