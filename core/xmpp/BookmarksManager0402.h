// XEP-0402: PEP Native Bookmarks — the account's room list, kept in sync across its devices.
#pragma once

#include "xmpp/Bookmark0402.h"

#include <QPointer>
#include <QVector>
#include <QXmppClientExtension.h>

#include <functional>
#include <memory>
#include <optional>

class QXmppBookmarkManager;

namespace Tandem {

class IqTracker;
class LegacyBookmarks0048;

/// The account's room bookmarks. Uses XEP-0402 (one PEP item per room, pushed to every device
/// that advertises `urn:xmpp:bookmarks:1+notify`) when the account's disco#info announces
/// `urn:xmpp:bookmarks:1#compat`, i.e. the server also keeps XEP-0048 clients in sync; otherwise
/// falls back to XEP-0048 through QXmpp's QXmppBookmarkManager (see LegacyBookmarks0048).
///
/// Add it to the client before connecting (its +notify feature goes into the entity caps sent
/// with the initial presence). It fetches the list after every connection. The legacy
/// QXmppBookmarkManager is the one passed in, else one already on the client, else one this
/// manager adds to the client (which then owns it) the first time the fallback is needed, so
/// servers with XEP-0402 never get its private-storage request.
///
/// Only pubsub events from the account's own bare JID are believed: anyone can send us a
/// message that looks like a bookmark push.
class BookmarksManager0402 : public QXmppClientExtension
{
    Q_OBJECT
public:
    enum class Backend { Unknown, Pep, Legacy };
    Q_ENUM(Backend)

    explicit BookmarksManager0402(QXmppBookmarkManager *legacyManager = nullptr);
    ~BookmarksManager0402() override;

    /// The last known list (kept while offline); new bookmarks are appended.
    QVector<RoomBookmark> bookmarks() const { return m_bookmarks; }
    std::optional<RoomBookmark> bookmark(const QString &roomJid) const;
    Backend backend() const { return m_backend; }
    /// Use XEP-0048 even where XEP-0402 is available (tests; servers with a broken XEP-0402).
    /// Set it before connecting.
    void setForceLegacy(bool force);

    // These three report failures with errorOccurred(), at once when offline.
    /// Fetches the whole list; bookmarksReceived() follows (or errorOccurred()).
    void refresh();
    /// Adds or replaces the bookmark of bookmark.jid (matched case-insensitively).
    void setBookmark(const RoomBookmark &bookmark);
    void removeBookmark(const QString &roomJid);

    /// \cond
    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;
    /// \endcond

Q_SIGNALS:
    /// A complete fetch finished; bookmarks() is the server's list.
    void bookmarksReceived();
    /// A bookmark was added or changed, whatever the cause: another device's push, our own
    /// confirmed write, or a difference a fetch revealed. Emitted once per actual change.
    void bookmarkChanged(const Tandem::RoomBookmark &bookmark);
    void bookmarkRemoved(const QString &roomJid);
    void errorOccurred(const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    void onConnected();
    void whenBackendKnown(std::function<void()> action);
    void discover();
    void setBackend(Backend backend);
    void fetchPep();
    void publishPep(const RoomBookmark &bookmark);
    void retractPep(const QString &itemId);
    void handleEvent(const QDomElement &event);
    void onLegacyReceived(const QVector<RoomBookmark> &bookmarks);
    LegacyBookmarks0048 *legacy();

    void replaceAll(const QVector<RoomBookmark> &bookmarks);
    void upsert(const RoomBookmark &bookmark);
    void erase(const QString &roomJid);
    int indexOf(const QString &roomJid) const;
    void fail(const QString &what, const QString &why);

    QPointer<QXmppBookmarkManager> m_legacyManager;
    std::unique_ptr<LegacyBookmarks0048> m_legacy;
    IqTracker *m_tracker = nullptr;
    Backend m_backend = Backend::Unknown;
    bool m_forceLegacy = false;
    bool m_discovering = false;
    QVector<std::function<void()>> m_waiting;
    QVector<RoomBookmark> m_bookmarks;
};

} // namespace Tandem
