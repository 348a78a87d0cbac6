#include "session/ReadStateSync.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "storage/ConversationStateStore.h"
#include "storage/MessageEvents.h"

namespace Tandem {

ReadStateSync::ReadStateSync(MessageEvents *events, DisplayedSync0490 *sync, IsRoom isRoom, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_sync(sync)
    , m_isRoom(std::move(isRoom))
{
    connect(sync, &DisplayedSync0490::displayedReceived, this, &ReadStateSync::receive);
    connect(events, &MessageEvents::conversationStateChanged, this, &ReadStateSync::onStateChanged);
    connect(events, &MessageEvents::messageAdded, this,
        [this](const Message &message) { onMessagesArrived(message.conversation); });
    connect(events, &MessageEvents::historyAdded, this, [this](const QVector<Message> &messages) {
        QString last;
        for (const Message &m : messages) {
            if (m.conversation != last)
                onMessagesArrived(last = m.conversation);
        }
    });
}

bool ReadStateSync::isSynchronised(const DisplayedPosition &position) const
{
    if (!Jid::resource(position.conversation).isEmpty() || position.stanzaId.isEmpty())
        return false;
    // A room names its messages itself; a chat's names come from the account's own archive. A
    // room this device does not know yet (the fetch on connecting comes before the bookmarks) may
    // still be one: its position waits for the messages it names.
    const QString account = Jid::bare(m_events->account());
    if (m_isRoom && m_isRoom(position.conversation))
        return position.by == position.conversation;
    return position.by == account || position.by == position.conversation;
}

void ReadStateSync::receive(const DisplayedPosition &position)
{
    if (!m_events || !isSynchronised(position)) {
        qCWarning(lcSession) << "ignoring a displayed position of" << position.conversation << "assigned by"
                             << position.by;
        return;
    }
    m_known.insert(position.conversation, position.stanzaId);
    m_pending.insert(position.conversation, Pending { position, {} });
    m_pending[position.conversation].age.start();
    tryApply(position.conversation);
}

void ReadStateSync::tryApply(const QString &conversation)
{
    const auto it = m_pending.constFind(conversation);
    if (it == m_pending.constEnd())
        return;
    const DisplayedPosition position = it->position;
    m_events->markReadByStanzaId(conversation, position.by, position.stanzaId, [this, position](bool found) {
        const auto current = m_pending.find(position.conversation);
        if (current == m_pending.end() || !(current->position == position))
            return; // a newer position came meanwhile
        if (found) {
            m_pending.erase(current);
            ++m_applied;
            Q_EMIT applied(position);
        } else if (current->age.hasExpired(pendingLifetimeMs)) {
            qCInfo(lcSession) << "gave up waiting for" << position.stanzaId << "in" << position.conversation;
            m_pending.erase(current);
        }
    });
}

void ReadStateSync::onMessagesArrived(const QString &conversation)
{
    if (m_pending.contains(conversation))
        tryApply(conversation);
}

void ReadStateSync::onStateChanged(const QString &conversation)
{
    if (!m_events || !Jid::resource(conversation).isEmpty())
        return;
    m_events->conversationState()->state(
        m_events->account(), conversation, this, [this, conversation](const ConversationState &state) {
            DisplayedPosition position { conversation, state.read.stanzaId, state.read.stanzaIdBy };
            if (!isSynchronised(position) || m_known.value(conversation) == position.stanzaId)
                return; // nothing to name it by, an echo of what we heard, or not the read position
            if (const auto it = m_pending.constFind(conversation); it != m_pending.constEnd()) {
                if (!it->age.hasExpired(pendingLifetimeMs))
                    return; // another client read further than what we have: let it stand
                m_pending.remove(conversation);
            }
            m_known.insert(conversation, position.stanzaId);
            if (m_sync)
                m_sync->publish(position);
            ++m_published;
            Q_EMIT published(position);
        });
}

} // namespace Tandem
