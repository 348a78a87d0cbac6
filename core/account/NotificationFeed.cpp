#include "account/NotificationFeed.h"

#include "account/Account.h"
#include "account/Coordinator.h"
#include "profile/HiddenRooms.h"
#include "rooms/RoomService.h"
#include "storage/ConversationStateStore.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/RoomDirectory.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "tandem.notify", QtInfoMsg)

namespace Tandem {

namespace {

// A notification bubble shows a few lines; the conversation has the rest.
constexpr int maxTextLength = 300;
constexpr int keptNotifications = 100;

} // namespace

NotificationFeed::NotificationFeed(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account->jid())
    , m_events(account->messageEvents())
    , m_coordinator(account->coordinator())
{
    connect(m_events, &MessageEvents::messageAdded, this, &NotificationFeed::onMessageAdded);
    connect(m_events, &MessageEvents::conversationStateChanged, this, &NotificationFeed::onStateChanged);
    // What Default means in a room depends on whether it is public: asked once per join (a room's
    // configuration can change between joins), here or on a sibling alike.
    auto *directory = new RoomDirectory(account->client(), this);
    connect(directory, &RoomDirectory::roomDescribed, this,
        [this](const QString &room, bool known, bool isPublic) {
            setRoomVisibility(room,
                known ? (isPublic ? RoomVisibility::Public : RoomVisibility::NonPublic)
                      : RoomVisibility::Unknown);
        });
    connect(account->rooms(), &RoomService::roomEvent, this,
        [directory](const QString &room, const RoomMirror::Event &event) {
            if (event.type == RoomMirror::Event::Type::Joined)
                directory->describeRoom(room);
        });
}

void NotificationFeed::setRoomVisibility(const QString &room, RoomVisibility visibility)
{
    m_visibility.insert(room, visibility);
}

QString NotificationFeed::title(const Message &message)
{
    const QString room = message.conversation.section(QLatin1Char('@'), 0, 0);
    switch (message.kind) {
    case Message::Kind::GroupChat:
        return tr("%1 in %2").arg(message.sender, room);
    case Message::Kind::GroupChatPrivate:
        return tr("%1 (private, in %2)").arg(message.conversation.section(QLatin1Char('/'), 1), room);
    case Message::Kind::Chat:
        break;
    }
    return message.conversation;
}

QString NotificationFeed::text(const Message &message)
{
    const QString body = message.body.trimmed();
    if (body.size() <= maxTextLength)
        return body;
    return body.left(maxTextLength - 1) + QChar(0x2026);
}

void NotificationFeed::onMessageAdded(const Message &message, MessageEvents::Origin origin)
{
    if (!m_events || !m_events->conversationState() || isHidden(message.conversation))
        return;
    // Most messages stop here without a look at the store: ours, history, corrections.
    if (NotificationPolicy::weighMessage(message, origin) != NotificationPolicy::Verdict::Notify)
        return;
    NotificationInput input;
    input.message = message;
    input.origin = origin;
    m_events->conversationState()->state(
        m_account, message.conversation, this, [this, input](const ConversationState &state) mutable {
            input.state = state;
            input.roomVisibility = m_visibility.value(input.message.conversation, RoomVisibility::Unknown);
            input.inView = m_inView && m_inView(input.message.conversation);
            input.nowMs = QDateTime::currentMSecsSinceEpoch();
            input.notifyingDevice = !m_coordinator || m_coordinator->notifiesHere();
            const auto verdict = NotificationPolicy::decide(input);
            if (verdict != NotificationPolicy::Verdict::Notify) {
                qCDebug(lcNotify) << "no notification for" << input.message.rowId << "verdict"
                                  << int(verdict);
                return;
            }
            const Message &m = input.message;
            m_shown.insert(m.conversation, m.rowId);
            m_recent.append({ m.conversation, m.rowId, input.nowMs });
            if (m_recent.size() > keptNotifications)
                m_recent.removeFirst();
            Q_EMIT notificationDue(m_account, m.conversation, title(m), text(m), m.rowId);
        });
}

void NotificationFeed::setHiddenRooms(const HiddenRooms *hidden)
{
    m_hidden = hidden;
}

bool NotificationFeed::isHidden(const QString &conversation) const
{
    return m_hidden && m_hidden->isHidden(m_account, conversation);
}

void NotificationFeed::onStateChanged(const QString &conversation)
{
    if (!m_events || !m_events->store() || !m_shown.contains(conversation))
        return;
    m_events->store()->conversations(
        m_account, this, [this, conversation](const QVector<ConversationSummary> &list) {
            if (!m_shown.contains(conversation))
                return;
            qint64 unread = 0; // a closed conversation is not listed: nothing is waiting there
            for (const ConversationSummary &summary : list) {
                if (summary.conversation == conversation)
                    unread = summary.unreadCount;
            }
            if (unread > 0)
                return;
            m_shown.remove(conversation);
            for (Shown &shown : m_recent) {
                if (shown.conversation == conversation)
                    shown.withdrawn = true;
            }
            Q_EMIT withdrawn(conversation);
        });
}

} // namespace Tandem
