#include "ctl/ControlServer.h"

#include "common/Logging.h"
#include "ctl/ControlConnection.h"
#include "ctl/ControlRequest.h"
#include "ctl/PeerCredentials.h"
#include "profile/PrivateDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QPointer>
#include <unistd.h>

namespace Tandem {

namespace {
// A request line longer than this is not a ctl command; drop the client instead of buffering.
constexpr qint64 maxRequestBytes = 1 << 20;

QByteArray line(const QJsonObject &response)
{
    return QJsonDocument(response).toJson(QJsonDocument::Compact);
}
} // namespace

/// QLocalServer for listening and accepting only: each accepted descriptor goes to a
/// ControlConnection instead of a QLocalSocket.
class ControlServer::Listener : public QLocalServer
{
public:
    Listener(ControlServer *owner)
        : QLocalServer(owner)
        , m_owner(owner)
    { }

protected:
    void incomingConnection(quintptr descriptor) override { m_owner->onIncoming(descriptor); }

private:
    ControlServer *m_owner;
};

ControlServer::ControlServer(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new Listener(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
}

ControlServer::~ControlServer()
{
    close();
}

bool ControlServer::listen(QString *error)
{
    QString why;
    if (!PrivateDirectory::ensure(QFileInfo(m_socketPath).absolutePath(), &why)) {
        if (error)
            *error = tr("Cannot open the control socket %1: %2").arg(m_socketPath, why);
        return false;
    }
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath)) {
        if (error)
            *error = tr("Cannot open the control socket %1: %2").arg(m_socketPath, m_server->errorString());
        return false;
    }
    qCInfo(lcCtl) << "listening on" << m_socketPath;
    return true;
}

void ControlServer::close()
{
    if (m_server->isListening()) {
        m_server->close();
        QLocalServer::removeServer(m_socketPath);
    }
}

QJsonObject ControlServer::success(const QJsonValue &result)
{
    return { { QStringLiteral("ok"), true }, { QStringLiteral("result"), result } };
}

QJsonObject ControlServer::failure(const QString &error)
{
    return { { QStringLiteral("ok"), false }, { QStringLiteral("error"), error } };
}

void ControlServer::onIncoming(quintptr descriptor)
{
    auto *connection = new ControlConnection(int(descriptor), maxRequestBytes, m_idleTimeoutMs, this);
    const std::optional<uid_t> peer = PeerCredentials::uidOf(qintptr(descriptor));
    if (!peer || *peer != ::geteuid()) {
        // The socket's mode already keeps others out; this holds even if it was loosened.
        qCWarning(lcCtl) << "refused a control connection from uid" << (peer ? qint64(*peer) : -1);
        connection->answer(
            line(failure(tr("This Tandem belongs to another user; it takes no commands from you."))));
        return;
    }
    if (m_connections.size() >= m_maxConnections) {
        qCWarning(lcCtl) << "refused a control connection: already" << m_connections.size();
        connection->answer(
            line(failure(tr("Too many control connections at once (%1); try again.").arg(m_maxConnections))));
        return;
    }
    m_connections.insert(connection);
    connect(connection, &ControlConnection::finished, this,
        [this, connection] { m_connections.remove(connection); });
    connect(connection, &ControlConnection::requestReceived, this,
        [this, connection](const QByteArray &request) { onRequest(connection, request); });
}

void ControlServer::onRequest(ControlConnection *connection, const QByteArray &bytes)
{
    QPointer<ControlConnection> guard(connection);
    Reply reply = [guard](const QJsonObject &response) {
        if (guard) // else the client gave up waiting
            guard->answer(line(response));
    };
    QString error;
    const std::optional<ControlRequest> request = ControlRequest::parse(bytes, &error);
    if (!request) {
        reply(failure(error));
        return;
    }
    if (!m_handler) {
        reply(failure(tr("Tandem is still starting.")));
        return;
    }
    m_handler(request->toJson(), std::move(reply));
}

} // namespace Tandem
