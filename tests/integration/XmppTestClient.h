// A plain QXmppClient logged in to the test server: a "foreign" client (bob on Conversations,
// say) that Tandem must interoperate with.
#pragma once

#include "ProsodyFixture.h"

#include <QDomElement>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppConfiguration.h>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>
#include <QXmppMucManager.h>
#include <memory>

namespace Tandem::Test {

inline QXmppConfiguration clientConfig(
    const ProsodyFixture &server, const QString &user, const QString &resource)
{
    QXmppConfiguration config;
    config.setJid(user + QLatin1Char('@') + server.domain());
    config.setPassword(QStringLiteral("pw-") + user);
    config.setResource(resource);
    config.setHost(server.host());
    config.setPort(server.port());
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setCaCertificates(
        QSslConfiguration::systemCaCertificates() + QSslCertificate::fromPath(server.caFile()));
    config.setAutoReconnectionEnabled(false);
    return config;
}

/// Connects and waits (bounded) until the resource is bound.
inline bool connectClient(
    QXmppClient &client, const ProsodyFixture &server, const QString &user, const QString &resource)
{
    // QXmpp 1.4 keeps a stale stream-resumption flag after the server dropped the stream, and
    // its resume attempt then hangs the login; disconnecting first clears it.
    client.disconnectFromServer();
    client.connectToServer(clientConfig(server, user, resource));
    return QTest::qWaitFor([&] { return client.isConnected(); }, 15000);
}

/// Swallows, while armed, the stanzas named `tag` ("presence", "message") that the room `room`
/// (or an occupant of it) sends, and with `type` set only those of that type. Insert it first
/// (QXmppClient::insertExtension(0, …)): a room can then forget us, or say what we never hear.
class DeafTo : public QXmppClientExtension
{
public:
    DeafTo(const QString &room, const QString &tag, const QString &type = {}, bool armed = true)
        : armed(armed)
        , m_room(room)
        , m_tag(tag)
        , m_type(type)
    { }
    bool handleStanza(const QDomElement &stanza) override
    {
        const QString from = stanza.attribute(QStringLiteral("from"));
        return armed && stanza.tagName() == m_tag
            && (m_type.isEmpty() || stanza.attribute(QStringLiteral("type")) == m_type)
            && (from == m_room || from.startsWith(m_room + QLatin1Char('/')));
    }
    bool armed;

private:
    QString m_room;
    QString m_tag;
    QString m_type;
};

/// Registers each of `users` with the password clientConfig() logs in with ("pw-" and the name).
inline bool registerUsers(ProsodyFixture &server, const QStringList &users, QString *error = nullptr)
{
    for (const QString &user : users) {
        if (!server.registerUser(user, QStringLiteral("pw-") + user, error))
            return false;
    }
    return true;
}

/// Gives `client` a QXmppMucManager and logs it in as `user`: a plain client that takes part in
/// rooms (bob, in most tests). Returns the manager, or nullptr if the login failed.
inline QXmppMucManager *connectMucClient(
    QXmppClient &client, const ProsodyFixture &server, const QString &user, const QString &resource)
{
    auto *muc = new QXmppMucManager;
    client.addExtension(muc);
    return connectClient(client, server, user, resource) ? muc : nullptr;
}

/// Joins `roomJid` as `nick` through `muc` (added to `client`), creating the room if it is new:
/// the empty owner form accepts the defaults (an instant room, XEP-0045 §10.1.2).
inline QXmppMucRoom *createRoom(
    QXmppClient &client, QXmppMucManager *muc, const QString &roomJid, const QString &nick)
{
    QXmppMucRoom *room = muc->addRoom(roomJid);
    room->setNickName(nick);
    QSignalSpy joined(room, &QXmppMucRoom::joined);
    room->join();
    joined.wait(10000);
    QXmppMucOwnerIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(roomJid);
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    iq.setForm(form);
    client.sendPacket(iq);
    QTest::qWait(300);
    return room;
}

} // namespace Tandem::Test
