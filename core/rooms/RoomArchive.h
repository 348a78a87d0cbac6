// Fills a room's gap from the room's own archive (XEP-0313 served by the MUC service), e.g. after
// a failover, when the new anchor joined without history replay.
#pragma once

#include "storage/Message.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QVector>
#include <QXmppClientExtension.h>

#include <functional>
#include <memory>

namespace Tandem {

class MessageEvents;
class MessageStore;
struct IqResponse;
namespace Mam0313 {
struct Result;
}

/// Fetches room archives for one account (added once to its QXmppClient) and stores what it gets
/// through MessageStore::storeBatch(), which drops copies of messages already stored live.
///
/// A fetch pages forward (RSM `<after>`) from the newest stanza-id the caller knows, or, when the
/// archive does not know that id (item-not-found), from the caller's time with a `start` filter;
/// when the caller knows nothing it takes only the archive's last page (`<before/>`). Each page is
/// stored before the next one is asked for. Every fetch ends, and its callback runs exactly once
/// (unless the RoomArchive is destroyed first): on `<fin complete='true'>`, on an error, on a
/// per-request timeout, after maxPages() pages, or as soon as the archive misbehaves (an empty
/// page that is not the last, a missing or repeated `<last>`, a page of results already seen,
/// more results than asked for). RSM counts are ignored.
///
/// Results are accepted only from the room's bare JID and only for the query id of a page in
/// flight; anything else is dropped. Must sit before any QXmppMamManager in the client's
/// extensions (QXmpp's manager swallows every archive result).
class RoomArchive : public QXmppClientExtension
{
    Q_OBJECT
public:
    /// How a fetch queried the archive (the fallback, if it happened, included).
    enum class Mode {
        AfterId, ///< forward from the given stanza-id
        SinceTime, ///< forward from the given time (start filter)
        LastPage, ///< only the newest page
    };

    struct FetchResult
    {
        int fetched = 0; ///< distinct archive results received from the room
        int stored = 0; ///< of them, new rows in the store (the rest were already stored)
        /// The store now holds the room's archive up to its newest message (for LastPage: the
        /// newest page was fetched). False when the fetch stopped early; `error` says why.
        bool complete = false;
        QString error; ///< empty when complete
        int pages = 0; ///< pages the archive answered
        Mode mode = Mode::AfterId;
    };
    using Done = std::function<void(const FetchResult &)>;

    static constexpr int DefaultMaxPages = 200;
    static constexpr int DefaultPageSize = 50; ///< Prosody's mod_muc_mam serves at most 50
    static constexpr int DefaultIqTimeoutMs = 30000;
    static constexpr int DefaultTimeMarginSecs = 120;

    /// What a fetch stores is reported through \a events, as history.
    explicit RoomArchive(MessageEvents *events, QObject *parent = nullptr);
    ~RoomArchive() override;

    /// Fetches what \a room archived after \a afterStanzaId (a stanza-id the room stamped), or,
    /// if the archive does not know it, since \a afterTime; with neither, only the last page.
    /// \a ownNick marks our own messages as outgoing. \a done runs later, never from within
    /// this call.
    void fetchSince(const QString &room, const QString &afterStanzaId, const QDateTime &afterTime,
        const QString &ownNick, Done done);

    /// Upper bound of pages per fetch (at least 1).
    void setMaxPages(int pages);
    int maxPages() const { return m_maxPages; }
    /// RSM `<max>` asked for per page (1..250).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    /// Time allowed for each page's answer.
    void setIqTimeout(int ms);
    int iqTimeout() const { return m_iqTimeoutMs; }
    /// A time-filtered fetch starts this much before the given time (whole seconds, rounded
    /// down): archive stamps have second precision and the given time may be a local receive
    /// time. The overlap costs only duplicates, which the store drops.
    void setTimeMargin(int seconds);
    int timeMargin() const { return m_timeMarginSecs; }

    /// Fetches still running.
    int activeFetches() const { return m_fetchCount; }

    /// \cond
    bool handleStanza(const QDomElement &stanza) override;
    /// \endcond

protected:
    void setClient(QXmppClient *client) override;

private:
    struct Fetch;
    using FetchPtr = std::shared_ptr<Fetch>;

    void requestPage(const FetchPtr &fetch);
    void onPageAnswered(const FetchPtr &fetch, const QString &queryId, const IqResponse &response);
    void storePage(const FetchPtr &fetch, QVector<Message> messages, const QString &stopError, bool more);
    void finish(const FetchPtr &fetch, const QString &error);
    void acceptResult(Fetch &fetch, const Mam0313::Result &result);

    QString m_account;
    MessageEvents *m_events;
    QPointer<MessageStore> m_store;
    QHash<QString, FetchPtr> m_active; ///< by query id of the page in flight
    int m_fetchCount = 0;
    int m_maxPages = DefaultMaxPages;
    int m_pageSize = DefaultPageSize;
    int m_iqTimeoutMs = DefaultIqTimeoutMs;
    int m_timeMarginSecs = DefaultTimeMarginSecs;
};

} // namespace Tandem
