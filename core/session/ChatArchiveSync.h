// Catches up 1:1 chats from the user's own archive (XEP-0313 on the account's bare JID).
#pragma once

#include "session/ChatArchivePaging.h"
#include "storage/FetchedRanges.h"
#include "storage/Message.h"

#include <QPointer>
#include <QSet>
#include <QVector>
#include <QXmppClientExtension.h>

namespace Tandem {

class MessageEvents;
class MessageStore;
struct IqResponse;

/// Brings the account's 1:1 conversations up to date from its server archive on every connect
/// (it starts itself on the client's `connected` signal). Added once to the account's
/// QXmppClient, before any extension that sends presence when connected.
///
/// What was fetched is kept as FetchedRanges in the database (table archive_ranges), updated
/// with every stored page, so a sync cut short continues where the last stored page ended:
/// - nothing fetched yet: only the newest window (windowSize() messages, paging back with RSM
///   `<before>`), not the whole archive; but if the archive was empty when this device first
///   looked (remembered in the database), all of it, forward from its start;
/// - else forward (RSM `<after>`) from the newest range up to the archive's end, then the
///   holes between older ranges (bounded by an `end` filter), newest first.
///
/// Archived messages go through MessageStore::storeBatch() (which drops copies already stored
/// live or by carbon), marked fromArchive, and are reported as MessageEvents::historyAdded():
/// they are history, never a notification. An incoming one that asked for a receipt (XEP-0184) is
/// acknowledged like a live one, repeats and the first window included: the receipt may be the
/// one its sender still waits for.
///
/// Robustness, as in RoomArchive: results are taken only for the query in flight and only from
/// our own archive (no `from`, or our bare JID); at most maxPages() pages per sync; a sync stops
/// on an empty page that claims more, a page of results already seen, a repeated cursor, more
/// results than asked for, or a missing `<fin/>`. RSM counts are ignored. Bad results (forged,
/// oversized) are dropped with a log line (tandem.archive), still counting as fetched.
///
/// The first query must reach the server before the initial presence: Prosody does not send
/// offline messages to a session that queried the archive first, so they arrive once, from
/// the archive, instead of also as live messages that notify.
class ChatArchiveSync : public QXmppClientExtension
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< never ran
        Syncing,
        Synced, ///< the last sync reached the archive's end (or finished the first window)
        Interrupted, ///< disconnected, timed out or hit the page limit; the next sync resumes
        Failed, ///< the archive refused or misbehaved, or storing failed
    };
    Q_ENUM(State)

    /// Counters of the current (or last) sync.
    struct RunStats
    {
        int queries = 0; ///< archive queries sent
        int pages = 0; ///< of them, answered with a result
        int fetched = 0; ///< distinct archive results received
        int stored = 0; ///< new rows in the store
        int rejected = 0; ///< results dropped as bad input
        QString error; ///< why the sync stopped early, if it did
    };

    static constexpr int DefaultWindowSize = 500;
    static constexpr int DefaultPageSize = 50; ///< Prosody's mod_mam serves at most 50
    static constexpr int DefaultMaxPages = 200;
    static constexpr int DefaultIqTimeoutMs = 30000;

    /// \a accountJid is the account's bare JID exactly as its messages are stored.
    explicit ChatArchiveSync(MessageEvents *events, QObject *parent = nullptr);
    ~ChatArchiveSync() override;

    /// Starts a sync now if connected (called on every `connected`). A sync still running, or
    /// ranges not yet read from the database, delay it until they are done.
    void start();

    /// Messages fetched on the first connect (at least 1).
    void setWindowSize(int messages);
    int windowSize() const { return m_windowSize; }
    /// RSM `<max>` asked for per page (1..250).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    /// Upper bound of pages per sync (at least 1).
    void setMaxPages(int pages);
    int maxPages() const { return m_maxPages; }
    void setIqTimeout(int ms);

    State state() const { return m_state; }
    static QString stateName(State state);
    const RunStats &lastRun() const { return m_stats; }
    /// What is stored locally; empty until loaded and while nothing was fetched.
    const FetchedRanges &ranges() const { return m_ranges; }

    /// \cond
    bool handleStanza(const QDomElement &stanza) override;
    /// \endcond

Q_SIGNALS:
    /// A page and the ranges it extends are stored; \a page counts from 1 within the sync.
    void pageStored(int page, int inserted);
    void finished(Tandem::ChatArchiveSync::State state);

protected:
    void setClient(QXmppClient *client) override;

private:
    void load();
    void begin();
    void next();
    void requestPage();
    void onAnswered(int generation, const QString &queryId, const IqResponse &response);
    void store(const FetchedRanges &ranges, const QString &stopError, bool more, bool foundEmpty = false);
    void sendReceipts(const QVector<Message> &messages);
    void finish(State state, const QString &error = {});
    void accept(const Mam0313::Result &result);

    QString m_account;
    MessageEvents *m_events;
    QPointer<MessageStore> m_store;
    FetchedRanges m_ranges;
    bool m_startSeen = false; ///< the archive was empty when nothing was stored from it yet
    bool m_loaded = false;
    bool m_running = false;
    bool m_storing = false;
    bool m_startPending = false;
    int m_generation = 0;
    State m_state = State::Idle;
    RunStats m_stats;

    ChatArchiveFetch m_fetch;
    ChatArchivePage m_page;
    bool m_windowDone = false; ///< this sync fetched a window already
    bool m_needWindow = false; ///< the archive no longer knows our newest range
    bool m_tailDone = false; ///< this sync fetched the gap up to now already
    QSet<QString> m_attempted; ///< gap starts tried in this sync
    QSet<QString> m_cursors; ///< every cursor sent in this sync
    QSet<QString> m_seen; ///< result ids received in this sync

    int m_windowSize = DefaultWindowSize;
    int m_pageSize = DefaultPageSize;
    int m_maxPages = DefaultMaxPages;
    int m_iqTimeoutMs = DefaultIqTimeoutMs;
};

} // namespace Tandem
