#include "session/AccountProbe.h"

#include "common/Logging.h"
#include "session/CertificateTrust.h"
#include "session/ClientConfiguration.h"
#include "session/StartTlsGuard.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppOutgoingClient.h>
#include <QXmppPresence.h>

namespace Tandem {

AccountProbe::AccountProbe(QObject *parent)
    : QObject(parent)
    , m_client(new QXmppClient(this))
    , m_trust(CertificateTrust::install(m_client))
    // Distinct from the device's resource: the account started right after a success must not
    // find this session still in its place.
    , m_resource(QStringLiteral("tandem-probe-%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
    qRegisterMetaType<Tandem::ConnectionError>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(ConnectionError(ConnectionError::ConnectTimeout,
            QStringLiteral("no session after %1 ms").arg(m_timeout.interval())));
    });
    connect(StartTlsGuard::install(m_client), &StartTlsGuard::tlsUnavailable, this, [this] {
        finish(ConnectionError(ConnectionError::TlsUnavailable,
            QStringLiteral("no <starttls/> in the stream features of %1").arg(m_account.jid)));
    });
    connect(m_client, &QXmppClient::connected, this, [this] { finish({}); });
    connect(m_client, &QXmppClient::error, this, [this](QXmppClient::Error error) {
        if (!m_running)
            return;
        finish(m_trust->explain(ConnectionError::classify(error, m_client->socketError(),
            m_client->xmppStreamError(), false, m_client->socketErrorString())));
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        // A stream closed before any error or success (e.g. by the server after the features).
        if (m_running)
            finish(ConnectionError(ConnectionError::ConnectionLost));
    });
}

AccountProbe::~AccountProbe()
{
    m_running = false;
    abortSocket();
}

void AccountProbe::probe(const AccountConfig &account, const QString &password)
{
    cancel();
    m_account = account;
    m_password = password;
    start();
}

void AccountProbe::retryTrusting(const QString &fingerprint)
{
    cancel();
    m_account.trustedCertificate = CertificateTrust::normalized(fingerprint);
    start();
}

void AccountProbe::cancel()
{
    m_running = false;
    m_timeout.stop();
    abortSocket();
}

void AccountProbe::start()
{
    if (m_password.isEmpty()) {
        // Not worth a round trip, and the server would answer the same.
        QTimer::singleShot(
            0, this, [this] { Q_EMIT failed(ConnectionError(ConnectionError::MissingPassword)); });
        return;
    }
    m_running = true;
    m_trust->reset();
    m_trust->setTrustedFingerprint(m_account.trustedCertificate);
    m_timeout.start(ClientConfiguration::connectTimeoutMs());
    qCInfo(lcSession) << "probing" << m_account.jid;
    // Unavailable: QXmpp sends the initial presence on login, and nobody should see the probe
    // come online.
    m_client->connectToServer(ClientConfiguration::forAccount(m_account, m_resource, m_password),
        QXmppPresence(QXmppPresence::Unavailable));
}

void AccountProbe::finish(const ConnectionError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (error.isError())
        qCInfo(lcSession) << "probe of" << m_account.jid << "failed:" << error.code() << error.detail();
    else
        qCInfo(lcSession) << "probe of" << m_account.jid << "succeeded";
    // Leaving is not part of the answer; and a connection under way (a timeout) would make the
    // next attempt's connectToServer() be ignored, so it is aborted, not closed politely.
    QTimer::singleShot(0, this, [this, error] {
        if (m_running)
            return;
        if (!error.isError() && m_client->isConnected())
            m_client->disconnectFromServer();
        abortSocket();
    });
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded();
}

void AccountProbe::abortSocket()
{
    const auto *stream = m_client->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly);
    if (QSslSocket *socket = stream ? stream->socket() : nullptr;
        socket && socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
}

} // namespace Tandem
