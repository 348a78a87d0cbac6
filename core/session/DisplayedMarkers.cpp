#include "session/DisplayedMarkers.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "session/ReadStateSync.h"
#include "storage/ConversationStateStore.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QXmppMessage.h>

namespace Tandem {

DisplayedMarkers::DisplayedMarkers(MessageEvents *events, ReadStateSync *read, Send send, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_send(std::move(send))
{
    connect(read, &ReadStateSync::published, this, &DisplayedMarkers::onPublished);
}

void DisplayedMarkers::onPublished(const DisplayedPosition &position)
{
    // A chat is named by the account archive's ids; a room by its own.
    if (!m_enabled || !m_events || position.by != Jid::bare(m_events->account()))
        return;
    const QString conversation = position.conversation;
    const QString account = m_events->account();
    MessageStore *store = m_events->store();
    m_events->conversationState()->state(account, conversation, this, [=](const ConversationState &state) {
        if (state.read.isNull() || !m_events)
            return;
        store->around(account, conversation, state.read.rowId, lookBack, 0, this,
            [this, conversation](const QVector<Message> &messages, const StorageError &error) {
                if (error.isError())
                    return;
                for (int i = messages.size() - 1; i >= 0; --i) {
                    const Message &m = messages.at(i);
                    if (m.direction != Message::Direction::Incoming || m.kind != Message::Kind::Chat
                        || m.messageId.isEmpty())
                        continue;
                    if (m_marked.value(conversation) == m.messageId)
                        return;
                    QXmppMessage marker;
                    marker.setTo(conversation);
                    marker.setType(QXmppMessage::Chat);
                    marker.setMarker(QXmppMessage::Displayed);
                    marker.setMarkerId(m.messageId);
                    if (m_send(marker)) {
                        m_marked.insert(conversation, m.messageId);
                        ++m_sent;
                    }
                    return;
                }
            });
    });
}

} // namespace Tandem
