#include "storage/MessageEvents.h"

#include "storage/Database.h"
#include "storage/MessageStore.h"

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
}

void MessageEvents::storeOutgoing(const Message &message, Origin origin, QObject *context,
    std::function<bool(const Message &)> send, Done done)
{
    if (!m_store)
        return;
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

} // namespace Tandem
