#include "ctl/ControlServer.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace Tandem {

namespace {
// A request line longer than this is not a ctl command; drop the client instead of buffering.
constexpr qint64 maxRequestBytes = 1 << 20;

} // namespace

ControlServer::ControlServer(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
}

ControlServer::~ControlServer()
{
    close();
}

bool ControlServer::listen(QString *error)
{
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

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void ControlServer::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maxRequestBytes);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    QPointer<QLocalSocket> guard(socket);
    Reply reply = [guard](const QJsonObject &response) {
        if (!guard)
            return; // the client gave up waiting
        guard->write(QJsonDocument(response).toJson(QJsonDocument::Compact) + '\n');
        guard->flush();
        guard->disconnectFromServer();
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reply(failure(tr("Malformed request: %1").arg(parseError.errorString())));
        return;
    }
    if (!m_handler) {
        reply(failure(tr("Tandem is still starting.")));
        return;
    }
    m_handler(doc.object(), std::move(reply));
}

} // namespace Tandem
