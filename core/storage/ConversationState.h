// What the user did with one conversation: how far it is read, pinned, muted, the draft.
#pragma once

#include <QMetaType>
#include <QString>

#include <limits>

namespace Tandem {

/// The last read message of a conversation, as a place in its history order (server time, row
/// id). Its stanza-id and the JID that assigned it are kept when known: they name the position
/// to other clients of the account (XEP-0490 "displayed"), where the row id means nothing.
struct ReadPosition
{
    qint64 serverTimeMs = -1; ///< -1: nothing read yet
    qint64 rowId = 0;
    QString stanzaId;
    QString stanzaIdBy;

    bool isNull() const { return serverTimeMs < 0; }
};

/// How much of a conversation may notify. Default leaves it to the kind of conversation.
enum class NotificationLevel { Default, All, Mentions, None };

/// The state of one (account, conversation); a conversation never touched has the defaults.
struct ConversationState
{
    /// mutedUntilMs for "until I unmute".
    static constexpr qint64 mutedForever = std::numeric_limits<qint64>::max();

    ReadPosition read;
    bool pinned = false;
    qint64 mutedUntilMs = 0; ///< ms since the epoch; 0: not muted
    QString draft;
    QString nick; ///< the account's own nick, in a room: what a mention is
    NotificationLevel notification = NotificationLevel::Default;
    bool closed = false; ///< closed and nothing newer since

    bool isMuted(qint64 nowMs) const { return mutedUntilMs > nowMs; }
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::ConversationState)
Q_DECLARE_METATYPE(Tandem::NotificationLevel)
