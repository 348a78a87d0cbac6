#include "rooms/RoomArchive.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "storage/SqliteConnection.h"
#include "storage/Statement.h"
#include "xmpp/ClaimedTime.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Mam0313.h"
#include "xmpp/MessageBody.h"
#include "xmpp/MessageConverter.h"

#include <QSet>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace Tandem {

namespace {

QString modeName(RoomArchive::Mode mode)
{
    switch (mode) {
    case RoomArchive::Mode::AfterId:
        return QStringLiteral("after-id");
    case RoomArchive::Mode::SinceTime:
        return QStringLiteral("since-time");
    case RoomArchive::Mode::LastPage:
        return QStringLiteral("last-page");
    }
    return {};
}

} // namespace

struct RoomArchive::Fetch
{
    QString room;
    QString nick;
    QDateTime afterTime;
    FetchResult result;
    Done done;
    bool finished = false;

    QDateTime start; ///< SinceTime: the start filter
    QString cursor; ///< RSM <after> of the next page
    QSet<QString> cursors; ///< every <after> sent: a repeated <last> means the archive loops
    QSet<QString> seen; ///< result ids received in this fetch

    // The page in flight.
    QString queryId;
    QVector<Message> page;
    int pageReceived = 0; ///< results accepted from the room, repeats included
    int pageNew = 0; ///< results not seen before in this fetch
    bool overflow = false; ///< more results than asked for
};

RoomArchive::RoomArchive(MessageEvents *events, QObject *parent)
    : m_account(events->account())
    , m_events(events)
    , m_store(events->store())
{
    setParent(parent);
    qRegisterMetaType<Tandem::Message>();
    qRegisterMetaType<QVector<Tandem::Message>>();
}

RoomArchive::~RoomArchive() = default;

void RoomArchive::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    // Ensure the tracker exists now: inserting it later, from within a stanza callback, is not allowed.
    IqTracker::of(client);
}

void RoomArchive::setMaxPages(int pages)
{
    m_maxPages = std::max(1, pages);
}

void RoomArchive::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 250);
}

void RoomArchive::setIqTimeout(int ms)
{
    m_iqTimeoutMs = std::max(1, ms);
}

void RoomArchive::setTimeMargin(int seconds)
{
    m_timeMarginSecs = std::max(0, seconds);
}

void RoomArchive::fetchSince(const QString &room, const QString &afterStanzaId, const QDateTime &afterTime,
    const QString &ownNick, Done done)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->room = Jid::bare(room);
    fetch->nick = ownNick;
    fetch->afterTime = afterTime;
    fetch->done = std::move(done);
    ++m_fetchCount;

    QString invalid;
    if (!Jid::isValidBare(fetch->room) || !Jid::resource(room).isEmpty())
        invalid = QStringLiteral("not a room address: %1").arg(room);
    else if (!client())
        invalid = QStringLiteral("the archive is not attached to a client");
    else if (!m_store)
        invalid = QStringLiteral("no message store");
    if (!invalid.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, fetch, invalid] { finish(fetch, invalid); }, Qt::QueuedConnection);
        return;
    }

    if (!afterStanzaId.isEmpty()) {
        fetch->result.mode = Mode::AfterId;
        fetch->cursor = afterStanzaId;
    } else if (afterTime.isValid()) {
        fetch->result.mode = Mode::SinceTime;
    } else {
        fetch->result.mode = Mode::LastPage;
    }
    requestPage(fetch);
}

void RoomArchive::requestPage(const FetchPtr &fetch)
{
    if (fetch->finished)
        return;
    if (fetch->result.pages >= m_maxPages) {
        finish(fetch, QStringLiteral("stopped after %1 pages (the limit)").arg(fetch->result.pages));
        return;
    }

    Mam0313::QueryIq iq;
    iq.setTo(fetch->room);
    iq.queryId = QXmppUtils::generateStanzaUuid();
    iq.max = m_pageSize;
    switch (fetch->result.mode) {
    case Mode::AfterId:
        iq.after = fetch->cursor;
        break;
    case Mode::SinceTime:
        if (!fetch->start.isValid()) {
            const qint64 secs = fetch->afterTime.toSecsSinceEpoch() - m_timeMarginSecs;
            fetch->start = QDateTime::fromSecsSinceEpoch(std::max<qint64>(0, secs), Qt::UTC);
        }
        iq.start = fetch->start;
        iq.after = fetch->cursor;
        break;
    case Mode::LastPage:
        iq.before = QString(); // `<before/>`: the newest page
        break;
    }
    if (!iq.after.isEmpty())
        fetch->cursors.insert(iq.after);

    fetch->queryId = iq.queryId;
    fetch->page.clear();
    fetch->pageReceived = 0;
    fetch->pageNew = 0;
    fetch->overflow = false;
    m_active.insert(iq.queryId, fetch);

    const QString queryId = iq.queryId;
    IqTracker::of(client())->send(
        iq, this,
        [this, fetch, queryId](const IqResponse &response) { onPageAnswered(fetch, queryId, response); },
        m_iqTimeoutMs);
}

bool RoomArchive::handleStanza(const QDomElement &stanza)
{
    const auto result = Mam0313::parseResult(stanza);
    if (!result)
        return false;
    const auto it = m_active.constFind(result->queryId);
    if (it == m_active.constEnd())
        return false; // not ours (another archive user, or a query that is over)
    Fetch &fetch = **it;
    // A room's archive answers from the room's bare JID. An occupant (room/nick) or anyone
    // else who learned the query id must not be able to inject history.
    if (!Jid::resource(result->from).isEmpty() || Jid::bare(result->from) != fetch.room) {
        qCWarning(lcSession) << "dropping an archive result for" << fetch.room << "from" << result->from;
        return true;
    }
    acceptResult(fetch, *result);
    return true;
}

void RoomArchive::acceptResult(Fetch &fetch, const Mam0313::Result &result)
{
    if (fetch.pageReceived >= m_pageSize) {
        fetch.overflow = true;
        return;
    }
    const QString &id = result.id;
    if (id.isEmpty()) {
        qCWarning(lcSession) << "dropping an archive result without id from" << fetch.room;
        return;
    }
    ++fetch.pageReceived;
    if (fetch.seen.contains(id))
        return;
    fetch.seen.insert(id);
    ++fetch.pageNew;
    ++fetch.result.fetched;

    if (result.message.isNull())
        return;
    QXmppMessage stanza = MessageBody::parse(result.message);
    // The archive's stamp is when the room received it; a stamp inside the message is the sender's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    stanza.setStamp(result.stamp.isValid() ? result.stamp : ClaimedTime::clamp(stanza.stamp(), now));
    auto message = MessageConverter::fromGroupChatStanza(stanza, m_account, fetch.room, fetch.nick, now);
    if (!message)
        return; // subject, bodiless or not from an occupant of this room
    // The archive id is the stanza-id the room stamped (XEP-0313 §5.1.2), whatever the copy carries.
    message->stanzaId = id;
    message->stanzaIdBy = fetch.room;
    message->fromArchive = true;
    fetch.page.append(*message);
}

void RoomArchive::onPageAnswered(const FetchPtr &fetch, const QString &queryId, const IqResponse &response)
{
    m_active.remove(queryId);
    if (fetch->finished)
        return;
    QVector<Message> messages = std::move(fetch->page);
    fetch->page.clear();

    if (!response.isResult()) {
        // The archive does not know our id (expired, or another room incarnation): take the time.
        if (response.isError("item-not-found") && fetch->result.mode == Mode::AfterId
            && fetch->result.pages == 0) {
            fetch->result.mode = fetch->afterTime.isValid() ? Mode::SinceTime : Mode::LastPage;
            qCInfo(lcSession) << fetch->room << "archive does not know" << fetch->cursor << "- fetching"
                              << modeName(fetch->result.mode);
            fetch->cursor.clear();
            fetch->cursors.clear();
            requestPage(fetch);
            return;
        }
        finish(fetch, QStringLiteral("archive query failed: %1").arg(response.describe()));
        return;
    }
    ++fetch->result.pages;

    const Mam0313::Fin fin = Mam0313::parseFin(response.stanza);
    if (!fin.present) {
        finish(fetch, QStringLiteral("the archive's answer has no <fin>"));
        return;
    }

    QString stopError;
    bool more = false;
    if (fetch->overflow) {
        stopError = QStringLiteral("the archive sent more than %1 results in a page").arg(m_pageSize);
    } else if (fetch->result.mode == Mode::LastPage || fin.complete) {
        // done
    } else if (fetch->pageReceived == 0) {
        stopError = QStringLiteral("the archive sent an empty page but says there is more");
    } else if (fin.last.isEmpty()) {
        stopError = QStringLiteral("the archive did not say where its page ended (no <last>)");
    } else if (fetch->cursors.contains(fin.last)) {
        stopError = QStringLiteral("the archive repeated the page cursor %1").arg(fin.last);
    } else if (fetch->pageNew == 0) {
        stopError = QStringLiteral("the archive repeated a page");
    } else {
        more = true;
        fetch->cursor = fin.last;
    }
    storePage(fetch, std::move(messages), stopError, more);
}

void RoomArchive::storePage(
    const FetchPtr &fetch, QVector<Message> messages, const QString &stopError, bool more)
{
    auto next = [this, fetch, stopError, more] {
        if (!stopError.isEmpty())
            finish(fetch, stopError);
        else if (more)
            requestPage(fetch);
        else
            finish(fetch, {});
    };
    if (messages.isEmpty()) {
        // Continue from the event loop, as after storing.
        QMetaObject::invokeMethod(this, next, Qt::QueuedConnection);
        return;
    }
    if (!m_store) {
        finish(fetch, QStringLiteral("no message store"));
        return;
    }
    m_store->storeBatch(messages, this, [this, fetch, messages, next](const QVector<StoreResult> &results) {
        if (fetch->finished)
            return;
        QVector<Message> inserted;
        QString storageError;
        for (int i = 0; i < results.size() && i < messages.size(); ++i) {
            if (results[i].inserted) {
                Message m = messages[i];
                m.rowId = results[i].rowId;
                inserted.append(m);
            } else if (results[i].error.isError() && storageError.isEmpty()) {
                storageError = results[i].error.message();
            }
        }
        fetch->result.stored += inserted.size();
        m_events->reportHistory(inserted, MessageEvents::Origin::Archive);
        if (!storageError.isEmpty())
            finish(fetch, QStringLiteral("storing archived messages failed: %1").arg(storageError));
        else
            next();
    });
}

void RoomArchive::finish(const FetchPtr &fetch, const QString &error)
{
    if (fetch->finished)
        return;
    fetch->finished = true;
    --m_fetchCount;
    if (!fetch->queryId.isEmpty())
        m_active.remove(fetch->queryId);
    fetch->result.error = error;
    fetch->result.complete = error.isEmpty();
    if (error.isEmpty()) {
        qCInfo(lcSession) << fetch->room << "archive:" << fetch->result.fetched << "fetched,"
                          << fetch->result.stored << "new," << fetch->result.pages << "pages,"
                          << modeName(fetch->result.mode);
    } else {
        qCWarning(lcSession) << fetch->room << "archive fetch stopped:" << error << "-"
                             << fetch->result.fetched << "fetched," << fetch->result.stored << "new,"
                             << fetch->result.pages << "pages";
    }
    if (fetch->done) {
        const Done done = std::move(fetch->done);
        done(fetch->result);
    }
}

} // namespace Tandem
