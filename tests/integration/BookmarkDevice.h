// The world of the bookmark and IQ tracker tests: resources that are plain QXmppClients with
// Tandem's XEP-0402 bookmarks manager, against a real Prosody.
#pragma once

#include "ProsodyFixture.h"
#include "XmppTestClient.h"
#include "xmpp/BookmarksManager0402.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>

#include <memory>

namespace Tandem::Test {

constexpr int Wait = 10000; ///< ms for one answer from the server

inline QString room(const char *local)
{
    return QString::fromLatin1(local) + QStringLiteral("@conference.localhost");
}

// Swallows every IQ request without answering: a peer that never replies.
class BlackHole : public QXmppClientExtension
{
public:
    bool handleStanza(const QDomElement &stanza) override
    {
        const QString type = stanza.attribute(QStringLiteral("type"));
        return stanza.tagName() == QLatin1String("iq")
            && (type == QLatin1String("get") || type == QLatin1String("set"));
    }
};

// One resource: a plain QXmppClient (what Tandem's Account wraps) with the bookmarks manager.
struct BookmarkDevice
{
    BookmarkDevice(const ProsodyFixture &server, const QString &user, const QString &resource,
        bool withManager = true, bool forceLegacy = false)
        : config(clientConfig(server, user, resource))
    {
        if (withManager) {
            bookmarks = new BookmarksManager0402;
            bookmarks->setForceLegacy(forceLegacy);
            client.addExtension(bookmarks);
            received = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::bookmarksReceived);
            changed = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::bookmarkChanged);
            removed = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::bookmarkRemoved);
            errors = std::make_unique<QSignalSpy>(bookmarks, &BookmarksManager0402::errorOccurred);
        }
    }

    ~BookmarkDevice() { client.disconnectFromServer(); } // no session left hibernating (XEP-0198)

    // Connected, and (with a manager) the first fetch done: by then the server knows our caps,
    // because the fetch is only sent after the initial presence. The first fetch signals every
    // stored bookmark as changed; the spies start counting after it.
    bool start()
    {
        client.connectToServer(config);
        if (!QTest::qWaitFor([this] { return client.isConnected(); }, 15000))
            return false;
        if (!bookmarks)
            return true;
        if (!QTest::qWaitFor([this] { return received->size() > 0; }, Wait))
            return false;
        if (changed->size() != bookmarks->bookmarks().size())
            return false;
        changed->clear();
        removed->clear();
        return true;
    }

    bool refreshed()
    {
        const int before = received->size();
        bookmarks->refresh();
        return QTest::qWaitFor([&] { return received->size() > before; }, Wait);
    }

    QString fullJid() const { return config.jidBare() + QLatin1Char('/') + config.resource(); }

    QXmppConfiguration config;
    QXmppClient client;
    BookmarksManager0402 *bookmarks = nullptr; // owned by client
    std::unique_ptr<QSignalSpy> received, changed, removed, errors;
};

inline RoomBookmark changedAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).first().value<RoomBookmark>();
}

inline QXmppMessage forgedEvent(const QString &to, const QString &eventXml)
{
    QDomDocument doc;
    doc.setContent(eventXml, true);
    QXmppMessage message;
    message.setTo(to);
    message.setType(QXmppMessage::Headline);
    message.setExtensions({ QXmppElement(doc.documentElement()) });
    return message;
}

/// A server with the users every bookmark test uses (alice, bob, dave, erin, frank; "pw-USER").
inline std::unique_ptr<ProsodyFixture> startBookmarkServer()
{
    auto server = std::make_unique<ProsodyFixture>();
    QString error;
    if (!server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    for (const char *user : { "alice", "bob", "dave", "erin", "frank" }) {
        if (!server->registerUser(
                QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
    }
    return server;
}

} // namespace Tandem::Test
