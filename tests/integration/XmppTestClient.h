// A plain QXmppClient logged in to the test server: a "foreign" client (bob on Conversations,
// say) that Tandem must interoperate with.
#pragma once

#include "ProsodyFixture.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
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

} // namespace Tandem::Test
