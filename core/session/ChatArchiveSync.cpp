#include "session/ChatArchiveSync.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "session/ChatArchiveConverter.h"
#include "storage/ArchiveRangeQueries.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Mam0313.h"
#include "xmpp/MessageConverter.h"

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace Tandem {

ChatArchiveSync::ChatArchiveSync(MessageEvents *events, QObject *parent)
    : m_account(events->account())
    , m_events(events)
    , m_store(events->store())
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
    if (m_ranges.isEmpty() && m_startSeen && !m_tailDone && !m_windowDone) {
        // The archive was empty when this device first looked, so all it holds now came later:
        // page forward from its start. A window would keep only the newest of them, and those
        // sent while this device was offline reach it from the archive alone.
        m_fetch = {};
        m_tailDone = true;
        requestPage();
        return;
    }
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
    Mam0313::QueryIq iq = m_fetch.query(m_account, m_pageSize);
    iq.queryId = QXmppUtils::generateStanzaUuid();
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

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_page.extend(result.id, result.stamp, now);

    const auto converted = ChatArchiveConverter::fromOwnArchive(result, m_account, now);
    if (!converted.rejected.isEmpty()) {
        qCWarning(lcChatArchive) << m_account << "dropping archived message:" << converted.rejected;
        ++m_stats.rejected;
    }
    if (converted.message) {
        m_page.messages.append(*converted.message);
        // The window too: a message kept offline while no device was online reaches a device
        // only from the archive, and its sender waits for this receipt. A repeat is harmless.
        m_page.receipts.append(converted.receiptRequested);
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
    // Nothing stored yet and nothing in the archive: remembered, or the next sync would take
    // a window again and skip whatever arrives meanwhile beyond it.
    const bool foundEmpty = m_fetch.window && m_fetch.pages == 1 && m_ranges.isEmpty()
        && m_page.first.isNull() && fin.present && fin.complete && !m_startSeen;
    const ChatArchivePageOutcome outcome
        = judgeChatArchivePage(m_fetch, m_page, fin, m_ranges, m_cursors, m_seen);
    store(outcome.ranges, outcome.stopError, outcome.more, foundEmpty);
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
