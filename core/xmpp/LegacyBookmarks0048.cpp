#include "xmpp/LegacyBookmarks0048.h"

#include "common/Logging.h"
#include "profile/Jid.h"
#include "xmpp/IqTracker.h"

#include <QXmppBookmarkManager.h>
#include <QXmppBookmarkSet.h>
#include <QXmppClient.h>

namespace Tandem {

LegacyBookmarks0048::LegacyBookmarks0048(QXmppClient *client, QXmppBookmarkManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(IqTracker::DefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        abort(m_writing ? tr("the server did not confirm the bookmark change (XEP-0048)")
                        : tr("the server did not send the bookmarks (XEP-0048)"));
    });
    connect(manager, &QXmppBookmarkManager::bookmarksReceived, this, &LegacyBookmarks0048::onManagerReceived);
    connect(client, &QXmppClient::disconnected, this, [this] {
        if (m_fetching || m_writing || !m_queue.isEmpty())
            abort(tr("disconnected before the bookmarks were saved"));
    });
}

RoomBookmark LegacyBookmarks0048::fromConference(const QXmppBookmarkConference &conference)
{
    RoomBookmark bookmark;
    bookmark.jid = conference.jid();
    bookmark.name = conference.name();
    bookmark.nick = conference.nickName();
    bookmark.autojoin = conference.autoJoin();
    return bookmark;
}

QXmppBookmarkConference LegacyBookmarks0048::toConference(const RoomBookmark &bookmark)
{
    QXmppBookmarkConference conference;
    conference.setJid(bookmark.jid);
    conference.setName(bookmark.name);
    conference.setNickName(bookmark.nick);
    conference.setAutoJoin(bookmark.autojoin);
    return conference;
}

void LegacyBookmarks0048::fetch()
{
    if (m_fetching || !m_manager)
        return;
    // QXmppBookmarkManager only fetches when the stream connects; its slot is private but
    // reachable through the meta-object, which avoids a second copy of its request.
    if (!QMetaObject::invokeMethod(m_manager, "slotConnected")) {
        abort(tr("cannot ask QXmppBookmarkManager for the bookmarks"));
        return;
    }
    m_fetching = true;
    if (!m_writing)
        m_timeout.start();
}

void LegacyBookmarks0048::set(const RoomBookmark &bookmark)
{
    m_queue.append([bookmark](QList<QXmppBookmarkConference> &conferences) {
        for (auto &conference : conferences) {
            if (Jid::bare(conference.jid()) == Jid::bare(bookmark.jid)) {
                conference = toConference(bookmark);
                return;
            }
        }
        conferences.append(toConference(bookmark));
    });
    runNext();
}

void LegacyBookmarks0048::remove(const QString &roomJid)
{
    m_queue.append([roomJid](QList<QXmppBookmarkConference> &conferences) {
        conferences.erase(
            std::remove_if(conferences.begin(), conferences.end(),
                [&](const QXmppBookmarkConference &c) { return Jid::bare(c.jid()) == Jid::bare(roomJid); }),
            conferences.end());
    });
    runNext();
}

void LegacyBookmarks0048::onManagerReceived(const QXmppBookmarkSet &set)
{
    // A fetch result or the confirmation of our write: either way the set is now current.
    m_fetching = false;
    m_writing = false;
    m_timeout.stop();
    QVector<RoomBookmark> bookmarks;
    for (const QXmppBookmarkConference &conference : set.conferences()) {
        if (Jid::isValidBare(conference.jid()))
            bookmarks.append(fromConference(conference));
        else
            qCWarning(lcSession) << "ignoring XEP-0048 bookmark with invalid room JID" << conference.jid();
    }
    Q_EMIT received(bookmarks);
    runNext();
}

void LegacyBookmarks0048::runNext()
{
    if (m_writing || m_fetching || m_queue.isEmpty() || !m_manager)
        return;
    if (!m_manager->areBookmarksReceived()) {
        fetch(); // the edit is applied to the stored set, so read it first
        return;
    }
    QXmppBookmarkSet set = m_manager->bookmarks();
    QList<QXmppBookmarkConference> conferences = set.conferences();
    m_queue.takeFirst()(conferences);
    set.setConferences(conferences);
    if (!m_manager->setBookmarks(set)) {
        abort(tr("not connected"));
        return;
    }
    m_writing = true;
    m_timeout.start();
}

void LegacyBookmarks0048::abort(const QString &message)
{
    // Queued edits were based on a state we can no longer vouch for: drop them all, once.
    m_fetching = false;
    m_writing = false;
    m_timeout.stop();
    m_queue.clear();
    Q_EMIT failed(message);
}

} // namespace Tandem
