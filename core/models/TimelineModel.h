#pragma once

#include "models/MessageSpans.h"
#include "storage/Message.h"
#include "storage/MessageStoreTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <optional>

namespace Tandem {

class MessageEvents;

/// One conversation of one account as a bounded window of its messages, oldest first, paged by
/// keyset (server time, row id) from the account's MessageStore in both directions and kept up to
/// date by its MessageEvents. The window never holds more than maxRows() messages: growing past
/// it drops the far end, so however long the history, memory stays flat.
///
/// Row 0 may be a status row (RowKindRole): LoadingOlder while an older page is on its way,
/// EndOfHistory once the oldest stored message is in the window; no status row otherwise.
/// Corrections (XEP-0308) are not rows: they rewrite the body of the row they correct. A room's
/// events (Message::Kind::RoomEvent) are rows of kind RoomEvent among its messages.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RowKindRole = Qt::UserRole + 1, ///< RowKind as int
        BodyRole,
        SenderRole,
        TimeRole, ///< server time, UTC
        DirectionRole, ///< Message::Direction as int
        DeliveryStateRole, ///< Message::DeliveryState as int
        MessageIdRole,
        RowIdRole, ///< the store's row id (qint64)
        EditedRole, ///< bool: a correction replaced the body
        FirstOfDayRole, ///< bool: a day separator goes before this row
        GroupedWithPreviousRole, ///< bool: same sender as the row before, same day, within 5 minutes
        MarkerRole, ///< bool: the "new messages" line goes before this row
        SpansRole, ///< QVector<MessageSpan>: the body's links and mentions of our nick
        MentionsMeRole, ///< bool: someone else's message naming our nick
        ShownBodyRole, ///< the body as drawn: a huge one is cut short, with a note saying so
        /// QString: what a RoomEvent row says, in the user's language ("carol joined"); empty
        /// for other rows
        SystemTextRole,
        /// QString: why an outgoing message could not be sent (DeliveryState Failed), in words;
        /// empty for other rows. Qt::ToolTipRole says the same to the user.
        FailureRole,
    };
    Q_ENUM(Role)
    /// RoomEvent: a join, leave, kick, ban, nick or subject change, one quiet line
    /// (SystemTextRole); never grouped with its neighbours.
    enum class RowKind { Message, LoadingOlder, EndOfHistory, RoomEvent };
    Q_ENUM(RowKind)

    /// Beyond this many characters a body is shown cut short: laying out megabytes of text would
    /// stall the window, and nobody reads them in a chat. BodyRole keeps all of it (to copy).
    static constexpr int maxShownCharacters = 8000;

    explicit TimelineModel(QObject *parent = nullptr);

    /// Shows `conversation` of the account whose messages `events` reports, opened at its newest
    /// page. The only reset besides openAt()/openAtEnd(). Null `events`: shows nothing.
    void setConversation(MessageEvents *events, const QString &conversation);
    QString conversation() const { return m_conversation; }

    /// Messages per page (default 100); the window holds at most three pages.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    int maxRows() const { return 3 * m_pageSize; }

    /// Reloads the window around message `rowId` (one keyset query) and emits positioned() with
    /// its row.
    void openAt(qint64 rowId);
    /// Reloads the window at the newest page and emits positioned() with the last row.
    void openAtEnd();
    /// Whether an older page can be asked for now (not at the oldest, nothing loading).
    bool canFetchOlder() const;
    /// Loads the next older page, behind a LoadingOlder status row. Older pages are asked for
    /// explicitly rather than through canFetchMore()/fetchMore(): Qt's views call those when the
    /// bottom of the list is reached, which in a timeline is the newest end.
    void fetchOlder();
    /// Loads the next newer page when the window is not at the live end.
    void fetchNewer();

    bool atOldest() const { return m_atOldest; }
    bool atLiveEnd() const { return m_atEnd; }
    bool isLoading() const { return m_loadingOlder || m_loadingNewer || m_opening; }
    /// The "new messages" line goes before this message (0: none).
    void setFirstUnreadRowId(qint64 rowId);
    qint64 firstUnreadRowId() const { return m_firstUnread; }
    /// Our nick in this conversation (a room's): what SpansRole and MentionsMeRole look for.
    void setOwnNick(const QString &nick);
    /// Row of the message `rowId` in the window, or -1.
    int rowOf(qint64 rowId) const;
    /// Row of our newest message when the window is at the live end (what Up in an empty
    /// composer corrects), or -1.
    int lastOutgoingRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A window was opened (openAt(), openAtEnd(), a new conversation): scroll to `row`.
    void positioned(int row);
    /// A page (older or newer) went into the window.
    void pageLoaded();
    /// A live message arrived while the window was not at the live end.
    void newerAvailable();

private:
    struct Row
    {
        Message message;
        bool edited = false;
        /// Found when first asked for, dropped when the body or the nick changes.
        mutable std::optional<QVector<MessageSpan>> spans;
    };
    const QVector<MessageSpan> &spansOf(const Row &row) const;
    static QString shownBody(const QString &body);
    using Page = QVector<Message>;

    void open(qint64 rowId);
    void resetWith(const Page &page, bool atOldest, bool atEnd, int positionRow);
    void olderArrived(const Page &page);
    void newerArrived(const Page &page);
    void liveArrived(const Message &message);
    void historyArrived(const QVector<Message> &messages);
    void stateChanged(const QString &conversation, const QString &messageId, Message::DeliveryState state);
    void failureChanged(const QString &conversation, const QString &messageId, const QString &reason);
    /// Applies the corrections of `page` to it and to the window; returns the messages that are rows.
    Page withoutCorrections(const Page &page);
    bool applyCorrection(const Message &correction);
    void insertMessages(int at, const Page &messages);
    void removeMessages(int first, int count);
    void setStatus(bool loadingOlder, bool atOldest);
    int offset() const { return statusKind() == RowKind::Message ? 0 : 1; }
    RowKind statusKind() const;
    void layoutChanged(int messageIndex);
    bool contains(qint64 rowId) const;
    bool firstOfDay(int messageIndex) const;
    bool grouped(int messageIndex) const;

    QPointer<MessageEvents> m_events;
    QString m_conversation;
    QVector<Row> m_rows;
    int m_pageSize = 100;
    bool m_atOldest = false;
    bool m_atEnd = false;
    bool m_loadingOlder = false;
    bool m_loadingNewer = false;
    bool m_opening = false;
    qint64 m_firstUnread = 0;
    QString m_ownNick;
    QSet<qint64> m_editedInPage; ///< rows of the page being added that a correction in it rewrote
    quint64 m_generation = 0; ///< drops answers meant for a window no longer shown
};

} // namespace Tandem
