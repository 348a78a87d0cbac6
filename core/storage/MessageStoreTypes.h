// Value types of the MessageStore API.
#pragma once

#include "storage/Message.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Tandem {

/// Outcome of storing one message. inserted is false for a duplicate; rowId then names the row
/// that already held the message.
struct StoreResult
{
    bool inserted = false;
    qint64 rowId = 0;
    StorageError error;
};

/// Position in a conversation's history for keyset paging: messages are ordered by
/// (server time, row id), and a page holds the messages strictly before the cursor.
struct HistoryCursor
{
    qint64 serverTimeMs = -1;
    qint64 rowId = -1;

    /// The null cursor stands for "after the newest message".
    bool isNull() const { return serverTimeMs < 0 && rowId < 0; }
    static HistoryCursor from(const Message &message)
    {
        return { message.serverTime.toMSecsSinceEpoch(), message.rowId };
    }
};

/// One line of the conversation list.
struct ConversationSummary
{
    QString conversation;
    Message::Kind kind = Message::Kind::Chat; ///< kind of the newest message
    qint64 messageCount = 0;
    QDateTime lastActivity; ///< server time of the newest message, UTC
    QString lastBody;
    qint64 lastRowId = 0; ///< row id of the newest message
    qint64 unreadCount = 0; ///< incoming messages after the read position
    qint64 mentionCount = 0; ///< unread room messages that mention the account's nick there
    bool pinned = false;
    qint64 mutedUntilMs = 0; ///< see ConversationState
    QString draft;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::StoreResult)
Q_DECLARE_METATYPE(Tandem::HistoryCursor)
Q_DECLARE_METATYPE(Tandem::ConversationSummary)
