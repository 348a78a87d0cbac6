#pragma once

#include "storage/MessageStoreTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVector>

namespace Tandem {

class HiddenRooms;
class MessageEvents;

/// The conversations of one or more accounts for the conversation list: pinned ones first, then
/// the most recently active. Each account's list is loaded from the store, and loaded again
/// whenever its MessageEvents report a message or a change of conversation state: one load at a
/// time per account, and one more after it if something happened meanwhile. A load changes rows
/// in place (role-scoped dataChanged), inserts and removes rows, and moves the rows whose place
/// changed; it never resets the model. While the reorder is held (the pointer is over the list)
/// rows keep their places and only their data changes; the order is caught up on release.
/// Rooms hidden on this device (HiddenRooms) are left out, and so out of whatever counts or
/// searches these rows (the tray's UnreadTotal, the quick switcher).
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationRole = Qt::UserRole + 1, ///< the peer, room or room/nick; also Qt::DisplayRole
        KindRole, ///< Message::Kind of the newest message, as int
        LastActivityRole, ///< QDateTime, UTC: the time shown
        LastBodyRole,
        MessageCountRole, ///< qint64
        AccountRole, ///< the account's bare JID
        DisplayNameRole, ///< what to call it: the local part of the JID, a nick for a private chat
        PreviewRole, ///< the first line of the newest message, trimmed
        UnreadCountRole, ///< qint64
        MentionCountRole, ///< qint64
        MutedRole, ///< bool: muted now
        MutedUntilRole, ///< qint64 ms since the epoch (0: not muted; see ConversationState)
        PinnedRole, ///< bool
        DraftRole, ///< the unsent text kept for it
        LastRowIdRole, ///< qint64: the newest message, what opening marks read up to
        IsRoomRole, ///< bool: a room (groupchat), which can be left
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    /// Lists the conversations of the account whose messages `events` reports, besides those of
    /// the accounts already listed. Its rows go when `events` is destroyed or removed.
    void addAccount(MessageEvents *events);
    void removeAccount(const QString &account);
    /// Lists only `events`' account (null: none).
    void setAccount(MessageEvents *events);
    /// The events of a listed account, through which its conversations' state is written.
    MessageEvents *events(const QString &account) const;
    /// Leaves out the rooms `hidden` hides, and follows its changes (null: none hidden).
    void setHiddenRooms(HiddenRooms *hidden);

    /// Keeps every row where it is (e.g. while the pointer is over the list); releasing it moves
    /// rows to where they belong now.
    void setReorderHeld(bool held);
    bool isReorderHeld() const { return m_reorderHeld; }

    /// The row of `conversation` (of any account), or -1.
    int rowOf(const QString &conversation) const;
    int rowOf(const QString &account, const QString &conversation) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The name a conversation is shown by (DisplayNameRole).
    static QString displayName(const QString &conversation, int kind);
    /// The first line of `body`, trimmed (PreviewRole).
    static QString preview(const QString &body);

Q_SIGNALS:
    /// A load from the store was applied.
    void loaded();

private:
    struct Row
    {
        QString account;
        ConversationSummary summary;
    };
    struct Feed
    {
        QPointer<MessageEvents> events;
        quint64 generation = 0;
        bool loading = false;
        bool again = false;
    };

    void reload(const QString &account);
    void apply(const QString &account, QVector<ConversationSummary> list);
    void update(int row, const ConversationSummary &summary, bool *placeChanged);
    void placeRow(int row);
    void sortByMoves();
    int sortedPosition(const Row &row, int skip) const;
    static bool lessThan(const Row &a, const Row &b);
    void scheduleMuteExpiry();

    QVector<Row> m_rows;
    QHash<QString, Feed> m_feeds;
    quint64 m_generation = 0; ///< answers for an account no longer listed are dropped
    bool m_reorderHeld = false;
    bool m_reorderPending = false;
    QTimer m_muteExpiry;
    QPointer<HiddenRooms> m_hidden;
};

} // namespace Tandem
