// XEP-0048: Bookmarks in XEP-0049 private XML storage — the fallback when XEP-0402 is missing.
#pragma once

#include "xmpp/Bookmark0402.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <functional>

class QXmppBookmarkConference;
class QXmppBookmarkManager;
class QXmppBookmarkSet;
class QXmppClient;

namespace Tandem {

/// Room bookmarks through QXmpp's QXmppBookmarkManager. XEP-0048 stores all bookmarks as one
/// document, so every change is read-modify-write of the whole set; edits are queued and sent
/// one at a time (the QXmpp manager tracks only one pending write, and two concurrent writes
/// would each drop the other's change).
///
/// Limits inherited from QXmpp 1.4: QXmppBookmarkConference has no password, so passwords are
/// neither read nor written (and a write drops passwords other clients stored); a failed write
/// is swallowed by QXmppBookmarkManager, so it is reported as "not confirmed" after a timeout;
/// changes by other devices are only seen on the next fetch (no XEP-0048 PEP notifications).
class LegacyBookmarks0048 : public QObject
{
    Q_OBJECT
public:
    /// \a manager must already be one of \a client's extensions.
    LegacyBookmarks0048(QXmppClient *client, QXmppBookmarkManager *manager, QObject *parent = nullptr);

    void fetch();
    void set(const RoomBookmark &bookmark);
    void remove(const QString &roomJid);

    static RoomBookmark fromConference(const QXmppBookmarkConference &conference);
    static QXmppBookmarkConference toConference(const RoomBookmark &bookmark);

Q_SIGNALS:
    /// The whole list, after a fetch or a confirmed write (also after QXmpp's own fetch on connect).
    void received(const QVector<Tandem::RoomBookmark> &bookmarks);
    void failed(const QString &message);

private:
    using Edit = std::function<void(QList<QXmppBookmarkConference> &)>;

    void onManagerReceived(const QXmppBookmarkSet &set);
    void runNext();
    void abort(const QString &message);

    QPointer<QXmppBookmarkManager> m_manager;
    QVector<Edit> m_queue;
    QTimer m_timeout;
    bool m_fetching = false;
    bool m_writing = false;
};

} // namespace Tandem
