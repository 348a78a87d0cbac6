#include "session/ChatArchiveSync.h"

#include "profile/Jid.h"
#include "session/ChatArchiveConverter.h"
#include "session/MessageConverter.h"
#include "storage/ArchiveRangeQueries.h"
#include "storage/Database.h"
#include "storage/MessageQueries.h"
#include "storage/MessageStore.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Mam0313.h"

#include <QLoggingCategory>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace Tandem {

namespace {

Q_LOGGING_CATEGORY(lcChatArchive, "tandem.archive", QtInfoMsg)

/// What one database job did with a page: its messages, then the ranges that now include it.
struct PageWrite
{
    QVector<StoreResult> results;
    StorageError error;
};

struct LoadedRanges
{
    QVector<ArchiveRange> ranges;
    StorageError error;
};

} // namespace

ChatArchiveSync::ChatArchiveSync(const QString &accountJid, MessageStore *store, QObject *parent)
    : m_account(accountJid)
    , m_store(store)
{
    setParent(parent);
    qRegisterMetaType<Tandem::Message>();
    qRegisterMetaType<QVector<Tandem::Message>>();
    qRegisterMetaType<Tandem::ChatArchiveSync::State>();
    load();
}

ChatArchiveSync::~ChatArchiveSync() = default;

void ChatArchiveSync::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    // Ensure the tracker exists now: inserting it later, from within a stanza callback, is not allowed.
    IqTracker::of(client);
    // Connected here, when added to the client, so that the first query goes out before any
    // handler connected later (and QXmppClient itself) sends the initial presence.
    connect(client, &QXmppClient::connected, this, &ChatArchiveSync::start);
}

void ChatArchiveSync::setWindowSize(int messages)
{
    m_windowSize = std::max(1, messages);
}

void ChatArchiveSync::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 250);
}

void ChatArchiveSync::setMaxPages(int pages)
{
    m_maxPages = std::max(1, pages);
}

void ChatArchiveSync::setIqTimeout(int ms)
{
    m_iqTimeoutMs = std::max(1, ms);
}

QString ChatArchiveSync::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Synced:
        return QStringLiteral("synced");
    case State::Interrupted:
        return QStringLiteral("interrupted");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void ChatArchiveSync::load()
{
    Database *database = m_store ? m_store->database() : nullptr;
    if (!database) {
        m_loaded = true;
        return;
    }
    const QString account = m_account;
    database->run(
        this,
        [account](SqliteConnection &c) {
            LoadedRanges loaded;
            loaded.ranges = ArchiveRangeQueries::load(c, account, account, &loaded.error);
            return loaded;
        },
        [this](const LoadedRanges &loaded) {
            // Without ranges the next sync takes the recent window again; the store drops the repeats.
            if (loaded.error.isError())
                qCWarning(lcChatArchive)
                    << m_account << "cannot read archive ranges:" << loaded.error.message();
            m_ranges = FetchedRanges(loaded.ranges);
            m_loaded = true;
            if (m_startPending) {
                m_startPending = false;
                start();
            }
        });
}

void ChatArchiveSync::start()
{
    if (!client() || !client()->isConnected())
        return;
    // A page still being stored would move the ranges under the new sync's feet.
    if (!m_loaded || m_running || m_storing) {
        qCDebug(lcChatArchive) << m_account << "sync deferred";
        m_startPending = true;
        return;
    }
    begin();
}

void ChatArchiveSync::begin()
{
    m_running = true;
    ++m_generation;
    m_stats = {};
    m_attempted.clear();
    m_cursors.clear();
    m_seen.clear();
    m_windowDone = false;
    m_needWindow = false;
    m_tailDone = false;
    m_state = State::Syncing;
    next();
}

void ChatArchiveSync::next()
{
    if (!m_running)
        return;
    if ((m_ranges.isEmpty() || m_needWindow) && !m_windowDone) {
        m_fetch = {};
        m_fetch.window = true;
        m_fetch.remaining = m_windowSize;
        m_windowDone = true;
        m_needWindow = false;
        requestPage();
        return;
    }
    // After a window the live stream carries on from its end; older gaps wait for the next sync.
    if (m_windowDone) {
        finish(State::Synced);
        return;
    }
    for (const ArchiveGap &gap : m_ranges.gaps()) {
        // Each gap once per sync; the gap up to now moves as it is filled, so it is tracked apart.
        if (gap.toNow() ? m_tailDone : m_attempted.contains(gap.after.id))
            continue;
        if (gap.toNow())
            m_tailDone = true;
        else
            m_attempted.insert(gap.after.id);
        m_fetch = {};
        m_fetch.gap = gap;
        m_fetch.cursor = gap.after.id;
        requestPage();
        return;
    }
    finish(State::Synced);
}

void ChatArchiveSync::requestPage()
{
    if (m_stats.queries >= m_maxPages) {
        finish(State::Interrupted, QStringLiteral("stopped after %1 pages (the limit)").arg(m_stats.queries));
        return;
    }
    // Not even handed to QXmpp while disconnected: with stream management it would queue the
    // query and send it again on resumption, and the server would answer a page nobody awaits.
    if (!client() || !client()->isConnected()) {
        finish(State::Interrupted, QStringLiteral("not connected"));
        return;
    }
    Mam0313::QueryIq iq;
    iq.setTo(m_account);
    iq.queryId = QXmppUtils::generateStanzaUuid();
    iq.max = m_pageSize;
    if (m_fetch.window) {
        iq.max = std::min(m_pageSize, m_fetch.remaining);
        iq.before = m_fetch.cursor; // empty: the archive's newest page
    } else {
        iq.after = m_fetch.cursor;
        // A hole ends at the next range; `end` is inclusive and stamps have second precision,
        // so the whole second of its first entry is included (repeats are dropped by the store).
        if (!m_fetch.gap.toNow())
            iq.end = QDateTime::fromSecsSinceEpoch(m_fetch.gap.before.timeMs / 1000 + 1, Qt::UTC);
    }
    if (!m_fetch.cursor.isEmpty())
        m_cursors.insert(m_fetch.cursor);
    m_page = {};
    m_page.queryId = iq.queryId;
    m_page.max = iq.max;
    ++m_stats.queries;
    ++m_fetch.pages;
    const int generation = m_generation;
    const QString queryId = iq.queryId;
    IqTracker::of(client())->send(
        iq, this,
        [this, generation, queryId](
            const IqResponse &response) { onAnswered(generation, queryId, response); },
        m_iqTimeoutMs);
}

bool ChatArchiveSync::handleStanza(const QDomElement &stanza)
{
    if (m_page.queryId.isEmpty() || stanza.tagName() != QLatin1String("message"))
        return false;
    const auto result = Mam0313::parseResult(stanza);
    if (!result || result->queryId != m_page.queryId)
        return false; // not ours (another archive user, or a query that is over)
    // Our own archive answers from our bare JID, or without 'from' (RFC 6120 §10.3.3). Anyone
    // else who learned the query id must not be able to inject history.
    if (!result->from.isEmpty()
        && (!Jid::resource(result->from).isEmpty() || Jid::bare(result->from) != Jid::bare(m_account))) {
        qCWarning(lcChatArchive) << m_account << "dropping an archive result from" << result->from;
        ++m_stats.rejected;
        return true;
    }
    accept(*result);
    return true;
}

void ChatArchiveSync::accept(const Mam0313::Result &result)
{
    if (m_page.received >= m_page.max) {
        m_page.overflow = true;
        return;
    }
    if (result.id.isEmpty()) {
        qCWarning(lcChatArchive) << m_account << "dropping an archive result without id";
        ++m_stats.rejected;
        return;
    }
    ++m_page.received;
    if (m_seen.contains(result.id)) {
        qCDebug(lcChatArchive) << m_account << "archive repeated result" << result.id;
        return;
    }
    m_seen.insert(result.id);
    ++m_page.fresh;
    ++m_stats.fetched;

    // Range boundaries are the results actually received, never the RSM <first>/<last> claims.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 timeMs = result.stamp.isValid()
        ? result.stamp.toMSecsSinceEpoch()
        : (m_page.last.isNull() ? now.toMSecsSinceEpoch() : m_page.last.timeMs);
    const ArchivePoint point { result.id, timeMs };
    if (m_page.first.isNull())
        m_page.first = point;
    m_page.last = point;

    const auto converted = ChatArchiveConverter::fromOwnArchive(result, m_account, now);
    if (!converted.rejected.isEmpty()) {
        qCWarning(lcChatArchive) << m_account << "dropping archived message:" << converted.rejected;
        ++m_stats.rejected;
    }
    if (converted.message) {
        m_page.messages.append(*converted.message);
        m_page.receipts.append(converted.receiptRequested && !m_fetch.window);
    }
}

void ChatArchiveSync::onAnswered(int generation, const QString &queryId, const IqResponse &response)
{
    if (generation != m_generation || !m_running || queryId != m_page.queryId)
        return;
    m_page.queryId.clear(); // late results are no longer ours
    if (!response.isResult()) {
        if (response.isError("item-not-found") && !m_fetch.window && m_fetch.pages == 1) {
            if (m_fetch.gap.toNow()) {
                // Expired or wiped: take the newest window; the hole before it stays known.
                qCInfo(lcChatArchive) << m_account << "the archive no longer knows" << m_fetch.cursor
                                      << "- fetching the newest messages instead";
                m_needWindow = true;
            } else {
                qCWarning(lcChatArchive) << m_account << "cannot fill the gap after" << m_fetch.cursor
                                         << ": the archive no longer knows it";
            }
            next();
            return;
        }
        const bool lost = response.outcome == IqResponse::Outcome::Timeout
            || response.outcome == IqResponse::Outcome::Disconnected
            || response.outcome == IqResponse::Outcome::NotSent;
        finish(lost ? State::Interrupted : State::Failed,
            QStringLiteral("archive query failed: %1").arg(response.describe()));
        return;
    }
    ++m_stats.pages;
    const Mam0313::Fin fin = Mam0313::parseFin(response.stanza);
    FetchedRanges ranges = m_ranges;

    // What the page holds is recorded even when the sync stops here: it came from our archive.
    if (!m_page.first.isNull()) {
        ArchiveRange range { m_page.first, m_page.last, false };
        range.first.timeMs = std::min(range.first.timeMs, range.last.timeMs);
        if (m_fetch.window) {
            range.complete = m_fetch.pages == 1 && !m_page.overflow; // the newest page
            ranges.add(range, {}, m_fetch.cursor);
        } else {
            range.complete = m_fetch.gap.toNow() && fin.complete && !m_page.overflow;
            ranges.add(range, m_fetch.cursor);
        }
    }

    QString stopError;
    bool more = false;
    if (m_page.overflow) {
        stopError = QStringLiteral("the archive sent more than %1 results in a page").arg(m_page.max);
    } else if (!fin.present) {
        stopError = QStringLiteral("the archive's answer has no <fin>");
    } else if (m_fetch.window) {
        m_fetch.remaining -= m_page.fresh;
        if (fin.complete || m_fetch.remaining <= 0) {
            // done: the window is full, or the archive has nothing older
        } else if (m_page.received == 0) {
            stopError = QStringLiteral("the archive sent an empty page but says there is more");
        } else if (m_page.fresh == 0) {
            stopError = QStringLiteral("the archive repeated a page");
        } else if (m_cursors.contains(m_page.first.id)) {
            stopError = QStringLiteral("the archive repeated the page cursor %1").arg(m_page.first.id);
        } else {
            m_fetch.cursor = m_page.first.id;
            more = true;
        }
    } else {
        const bool reachedNext = !m_fetch.gap.toNow() && m_seen.contains(m_fetch.gap.before.id);
        if (fin.complete || reachedNext) {
            if (m_fetch.gap.toNow() && m_page.first.isNull())
                ranges.setComplete(m_fetch.cursor, true);
            else if (!m_fetch.gap.toNow())
                ranges.join(m_page.last.isNull() ? m_fetch.cursor : m_page.last.id, m_fetch.gap.before.id);
        } else if (m_page.received == 0) {
            stopError = QStringLiteral("the archive sent an empty page but says there is more");
        } else if (m_page.fresh == 0) {
            stopError = QStringLiteral("the archive repeated a page");
        } else if (m_cursors.contains(m_page.last.id)) {
            stopError = QStringLiteral("the archive repeated the page cursor %1").arg(m_page.last.id);
        } else {
            m_fetch.cursor = m_page.last.id;
            more = true;
        }
    }
    store(ranges, stopError, more);
}

void ChatArchiveSync::store(const FetchedRanges &ranges, const QString &stopError, bool more)
{
    Database *database = m_store ? m_store->database() : nullptr;
    if (!database) {
        finish(State::Failed, QStringLiteral("no message store"));
        return;
    }
    const QVector<Message> messages = std::move(m_page.messages);
    const QVector<bool> receipts = std::move(m_page.receipts);
    m_page.messages.clear();
    m_page.receipts.clear();
    m_storing = true;
    // One job: the messages, then the ranges that claim them. Should the second write fail,
    // the page is fetched again next time and its messages are dropped as repeats.
    const QString account = m_account;
    const QVector<ArchiveRange> rows = ranges.ranges();
    auto job = [messages, account, rows](SqliteConnection &c) {
        PageWrite write;
        if (!messages.isEmpty())
            write.results = MessageQueries::storeBatch(c, messages);
        for (const StoreResult &r : qAsConst(write.results)) {
            if (r.error.isError()) {
                write.error = r.error;
                break;
            }
        }
        if (!write.error.isError())
            write.error = ArchiveRangeQueries::save(c, account, account, rows);
        return write;
    };
    database->run(this, job, [this, messages, receipts, ranges, stopError, more](const PageWrite &write) {
        m_storing = false;
        if (write.error.isError()) {
            finish(State::Failed,
                QStringLiteral("storing archived messages failed: %1").arg(write.error.message()));
            return;
        }
        m_ranges = ranges;
        QVector<Message> inserted;
        QVector<bool> wantReceipts;
        for (int i = 0; i < write.results.size() && i < messages.size(); ++i) {
            if (write.results[i].inserted) {
                Message m = messages[i];
                m.rowId = write.results[i].rowId;
                inserted.append(m);
                wantReceipts.append(receipts.value(i));
            }
        }
        m_stats.stored += inserted.size();
        sendReceipts(inserted, wantReceipts);
        if (!inserted.isEmpty())
            Q_EMIT messagesStored(inserted);
        Q_EMIT pageStored(m_stats.pages, inserted.size());
        if (!stopError.isEmpty())
            finish(State::Failed, stopError);
        else if (more)
            requestPage();
        else
            next();
    });
}

void ChatArchiveSync::sendReceipts(const QVector<Message> &inserted, const QVector<bool> &requested)
{
    // Only what is new here: a copy stored live was acknowledged by the live path. Without this
    // a message that reached no device live (Prosody keeps offline messages from a session that
    // queried the archive first) would never be acknowledged, and its sender would retry.
    if (!client() || !client()->isConnected())
        return;
    for (int i = 0; i < inserted.size(); ++i) {
        if (!requested.value(i))
            continue;
        QXmppMessage stanza;
        stanza.setFrom(inserted[i].sender);
        stanza.setId(inserted[i].messageId);
        client()->sendPacket(MessageConverter::receiptFor(stanza));
    }
}

void ChatArchiveSync::finish(State state, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_page.queryId.clear();
    m_state = state;
    m_stats.error = error;
    // The gap up to now always exists; the holes between ranges are what is really missing.
    const int holes = std::max(0, int(m_ranges.gaps().size()) - 1);
    if (error.isEmpty()) {
        qCInfo(lcChatArchive) << m_account << "archive synced:" << m_stats.fetched << "fetched,"
                              << m_stats.stored << "new," << m_stats.pages << "pages," << holes
                              << "holes left";
    } else {
        qCWarning(lcChatArchive) << m_account << "archive sync" << stateName(state) << ":" << error << "-"
                                 << m_stats.fetched << "fetched," << m_stats.stored << "new," << m_stats.pages
                                 << "pages";
    }
    Q_EMIT finished(state);
    if (m_startPending) {
        m_startPending = false;
        start();
    }
}

} // namespace Tandem
