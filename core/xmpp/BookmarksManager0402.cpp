#include "xmpp/BookmarksManager0402.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "xmpp/IqTracker.h"
#include "xmpp/LegacyBookmarks0048.h"
#include "xmpp/PubSubIq.h"

#include <QTimer>
#include <QXmppBookmarkManager.h>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>

namespace Tandem {

namespace {

QString bookmarksNode()
{
    return QString::fromLatin1(Ns::Bookmarks);
}

} // namespace

BookmarksManager0402::BookmarksManager0402(QXmppBookmarkManager *legacyManager)
    : m_legacyManager(legacyManager)
{
    qRegisterMetaType<Tandem::RoomBookmark>();
}

BookmarksManager0402::~BookmarksManager0402() = default;

std::optional<RoomBookmark> BookmarksManager0402::bookmark(const QString &roomJid) const
{
    const int i = indexOf(roomJid);
    return i < 0 ? std::nullopt : std::optional<RoomBookmark>(m_bookmarks.at(i));
}

void BookmarksManager0402::setForceLegacy(bool force)
{
    m_forceLegacy = force;
    if (force)
        setBackend(Backend::Legacy);
    else if (m_backend == Backend::Legacy)
        setBackend(Backend::Unknown);
}

QStringList BookmarksManager0402::discoveryFeatures() const
{
    // XEP-0163 §4: advertising "+notify" in our caps subscribes this resource to pushes.
    return { bookmarksNode() + QStringLiteral("+notify") };
}

void BookmarksManager0402::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_tracker = IqTracker::of(client);
    if (!m_legacyManager)
        m_legacyManager = client->findExtension<QXmppBookmarkManager>();
    // Deferred: QXmppClient emits connected() before it sends the initial presence, and the
    // server should see our caps (+notify) before it answers our first fetch.
    connect(client, &QXmppClient::connected, this,
        [this] { QTimer::singleShot(0, this, &BookmarksManager0402::onConnected); });
    if (client->isConnected())
        QTimer::singleShot(0, this, &BookmarksManager0402::onConnected);
}

void BookmarksManager0402::onConnected()
{
    if (!client()->isConnected())
        return;
    // Another connection may reach a reconfigured server: find out again.
    if (!m_forceLegacy)
        setBackend(Backend::Unknown);
    refresh();
}

void BookmarksManager0402::refresh()
{
    whenBackendKnown([this] {
        if (m_backend == Backend::Pep)
            fetchPep();
        else
            legacy()->fetch();
    });
}

void BookmarksManager0402::setBookmark(const RoomBookmark &bookmark)
{
    QString why;
    if (!Jid::isValidBare(bookmark.jid, &why)) {
        fail(tr("Cannot bookmark '%1'").arg(bookmark.jid), why);
        return;
    }
    whenBackendKnown([this, bookmark] {
        RoomBookmark stored = bookmark;
        // Same room in another spelling: replace that item instead of adding a twin.
        if (const int i = indexOf(bookmark.jid); i >= 0)
            stored.jid = m_bookmarks.at(i).jid;
        if (m_backend == Backend::Pep)
            publishPep(stored);
        else
            legacy()->set(stored);
    });
}

void BookmarksManager0402::removeBookmark(const QString &roomJid)
{
    whenBackendKnown([this, roomJid] {
        const int i = indexOf(roomJid);
        const QString itemId = i >= 0 ? m_bookmarks.at(i).jid : roomJid;
        if (m_backend == Backend::Pep)
            retractPep(itemId);
        else
            legacy()->remove(itemId);
    });
}

void BookmarksManager0402::whenBackendKnown(std::function<void()> action)
{
    // Offline, XEP-0048 writes would only fail after QXmppBookmarkManager's silence times out.
    if (!client() || !client()->isConnected()) {
        fail(tr("Bookmarks"), tr("not connected"));
        return;
    }
    if (m_backend != Backend::Unknown) {
        action();
        return;
    }
    m_waiting.append(std::move(action));
    discover();
}

void BookmarksManager0402::discover()
{
    if (m_discovering)
        return;
    m_discovering = true;
    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setQueryType(QXmppDiscoveryIq::InfoQuery);
    iq.setTo(Jid::bare(client()->configuration().jid()));
    m_tracker->send(iq, this, [this](const IqResponse &response) {
        m_discovering = false;
        if (response.outcome == IqResponse::Outcome::Result) {
            QXmppDiscoveryIq info;
            info.parse(response.stanza);
            const bool compat = info.features().contains(QString::fromLatin1(Ns::BookmarksCompat));
            setBackend(compat && !m_forceLegacy ? Backend::Pep : Backend::Legacy);
        } else if (response.outcome == IqResponse::Outcome::Error) {
            // An account that cannot even answer disco#info has no PEP to speak of.
            setBackend(Backend::Legacy);
        } else {
            m_waiting.clear();
            fail(tr("Cannot find out how the server stores bookmarks"), response.describe());
            return;
        }
        // On XEP-0048 the actions may add QXmppBookmarkManager to the client, which must not
        // happen while the client is dispatching this very reply to its extensions.
        const auto run = [this] {
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &action : waiting)
                action();
        };
        if (m_backend == Backend::Legacy)
            QTimer::singleShot(0, this, run);
        else
            run();
    });
}

void BookmarksManager0402::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    qCInfo(lcSession) << "bookmarks of" << (client() ? client()->configuration().jidBare() : QString())
                      << "use"
                      << (backend == Backend::Pep             ? "XEP-0402"
                                 : backend == Backend::Legacy ? "XEP-0048"
                                                              : "?");
    m_backend = backend;
}

void BookmarksManager0402::fetchPep()
{
    m_tracker->send(PubSubIq::requestItems(bookmarksNode()), this, [this](const IqResponse &response) {
        if (response.isError("item-not-found")) {
            // The node only exists once something was published: no bookmarks yet.
            replaceAll({});
            Q_EMIT bookmarksReceived();
            return;
        }
        if (response.isError("feature-not-implemented") || response.isError("service-unavailable")) {
            // Announced but not working after all: XEP-0048 is all we have.
            qCWarning(lcSession) << "XEP-0402 fetch failed:" << response.describe()
                                 << "- falling back to XEP-0048";
            setBackend(Backend::Legacy);
            QTimer::singleShot(0, this, [this] { legacy()->fetch(); }); // see discover()
            return;
        }
        if (!response.isResult()) {
            fail(tr("Cannot fetch the bookmarks"), response.describe());
            return;
        }
        QVector<RoomBookmark> fetched;
        const QDomElement items = response.stanza.firstChildElement(QStringLiteral("pubsub"))
                                      .firstChildElement(QStringLiteral("items"));
        for (QDomElement item = items.firstChildElement(QStringLiteral("item")); !item.isNull();
             item = item.nextSiblingElement(QStringLiteral("item"))) {
            QString why;
            if (auto bookmark = RoomBookmark::fromItem(item, &why))
                fetched.append(*bookmark);
            else
                qCWarning(lcSession) << "ignoring bookmark item:" << why;
        }
        replaceAll(fetched);
        Q_EMIT bookmarksReceived();
    });
}

void BookmarksManager0402::publishPep(const RoomBookmark &bookmark)
{
    auto payload = [bookmark](QXmlStreamWriter *writer) { bookmark.toXml(writer); };
    const auto iq = PubSubIq::publish(bookmarksNode(), bookmark.jid, payload, PubSubIq::privateNodeOptions());
    m_tracker->send(iq, this, [this, bookmark](const IqResponse &response) {
        if (response.isResult())
            upsert(bookmark); // usually a no-op: the server pushed the event before its reply
        else if (response.applicationCondition == QLatin1String("precondition-not-met"))
            fail(tr("Cannot save the bookmark of %1").arg(bookmark.jid),
                tr("the bookmarks node exists with a configuration other than XEP-0402's (%1)")
                    .arg(response.describe()));
        else
            fail(tr("Cannot save the bookmark of %1").arg(bookmark.jid), response.describe());
    });
}

void BookmarksManager0402::retractPep(const QString &itemId)
{
    // notify: without it the other devices would not hear of the removal (XEP-0060 default).
    m_tracker->send(PubSubIq::retract(bookmarksNode(), itemId, /*notify=*/true), this,
        [this, itemId](const IqResponse &response) {
            // Not found: another device removed it first, which is what we wanted.
            if (response.isResult() || response.isError("item-not-found"))
                erase(itemId);
            else
                fail(tr("Cannot remove the bookmark of %1").arg(itemId), response.describe());
        });
}

bool BookmarksManager0402::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")
        || stanza.attribute(QStringLiteral("type")) == QLatin1String("error"))
        return false;
    const QDomElement event = stanza.firstChildElement(QStringLiteral("event"));
    if (event.isNull() || event.namespaceURI() != QLatin1String(Ns::PubSubEvent))
        return false;
    const QDomElement action = event.firstChildElement();
    if (action.attribute(QStringLiteral("node")) != bookmarksNode())
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    // Anything but our own PEP service, even another resource of ours, must not edit our room list.
    if (!PubSubIq::isOwnPepService(from, client()->configuration().jid())) {
        qCWarning(lcSession) << "ignoring bookmarks event from" << from
                             << "- only our own account may send it";
        return false;
    }
    // Genuine, but while on XEP-0048 the list comes from private storage only.
    if (m_backend != Backend::Legacy)
        handleEvent(action);
    return true;
}

void BookmarksManager0402::handleEvent(const QDomElement &action)
{
    const QString kind = action.tagName();
    if (kind == QLatin1String("purge") || kind == QLatin1String("delete")) {
        replaceAll({});
        return;
    }
    if (kind != QLatin1String("items"))
        return;
    bool refetch = false;
    for (QDomElement child = action.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.tagName() == QLatin1String("retract")) {
            erase(child.attribute(QStringLiteral("id")));
        } else if (child.tagName() == QLatin1String("item")) {
            QString why;
            if (auto bookmark = RoomBookmark::fromItem(child, &why))
                upsert(*bookmark);
            else if (child.firstChildElement().isNull()
                && Jid::isValidBare(child.attribute(QStringLiteral("id"))))
                refetch = true; // a notification without payload: fetch to learn what changed
            else
                qCWarning(lcSession) << "ignoring pushed bookmark:" << why;
        }
    }
    if (refetch)
        refresh();
}

LegacyBookmarks0048 *BookmarksManager0402::legacy()
{
    if (!m_legacy) {
        if (!m_legacyManager) // someone may have added one since setClient()
            m_legacyManager = client()->findExtension<QXmppBookmarkManager>();
        if (!m_legacyManager) {
            m_legacyManager = new QXmppBookmarkManager;
            client()->addExtension(m_legacyManager); // the client owns it from now on
        }
        m_legacy = std::make_unique<LegacyBookmarks0048>(client(), m_legacyManager);
        connect(
            m_legacy.get(), &LegacyBookmarks0048::received, this, &BookmarksManager0402::onLegacyReceived);
        connect(m_legacy.get(), &LegacyBookmarks0048::failed, this,
            [this](const QString &why) { fail(tr("Bookmarks (XEP-0048)"), why); });
    }
    return m_legacy.get();
}

void BookmarksManager0402::onLegacyReceived(const QVector<RoomBookmark> &bookmarks)
{
    // QXmppBookmarkManager also fetches by itself on every connection; ignore that on XEP-0402.
    if (m_backend != Backend::Legacy)
        return;
    replaceAll(bookmarks);
    Q_EMIT bookmarksReceived();
}

void BookmarksManager0402::replaceAll(const QVector<RoomBookmark> &bookmarks)
{
    QVector<QString> gone;
    for (const RoomBookmark &old : qAsConst(m_bookmarks)) {
        const bool kept = std::any_of(bookmarks.begin(), bookmarks.end(),
            [&](const RoomBookmark &b) { return Jid::bare(b.jid) == Jid::bare(old.jid); });
        if (!kept)
            gone.append(old.jid);
    }
    for (const QString &jid : gone)
        erase(jid);
    for (const RoomBookmark &bookmark : bookmarks)
        upsert(bookmark); // also folds items differing only in case into one
}

void BookmarksManager0402::upsert(const RoomBookmark &bookmark)
{
    const int i = indexOf(bookmark.jid);
    if (i >= 0 && m_bookmarks.at(i) == bookmark)
        return;
    if (i >= 0)
        m_bookmarks[i] = bookmark;
    else
        m_bookmarks.append(bookmark);
    Q_EMIT bookmarkChanged(bookmark);
}

void BookmarksManager0402::erase(const QString &roomJid)
{
    const int i = indexOf(roomJid);
    if (i < 0)
        return;
    Q_EMIT bookmarkRemoved(m_bookmarks.takeAt(i).jid);
}

int BookmarksManager0402::indexOf(const QString &roomJid) const
{
    const QString key = Jid::bare(roomJid);
    for (int i = 0; i < m_bookmarks.size(); ++i) {
        if (Jid::bare(m_bookmarks.at(i).jid) == key)
            return i;
    }
    return -1;
}

void BookmarksManager0402::fail(const QString &what, const QString &why)
{
    qCWarning(lcSession) << what << why;
    Q_EMIT errorOccurred(tr("%1: %2").arg(what, why));
}

} // namespace Tandem
