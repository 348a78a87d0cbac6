#include "ctl/ControlClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLocalSocket>

namespace Tandem {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::ControlClient", text);
}
} // namespace

ControlClient::ControlClient(const QString &socketPath)
    : m_socketPath(socketPath)
{
}

bool ControlClient::request(const QString &command, const QJsonObject &args, QJsonObject *response,
                            QString *error, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(int(qMin<qint64>(deadline.remainingTime(), 5000)))) {
        *error = tr("No running Tandem for this profile (nothing listens on %1).").arg(m_socketPath);
        return false;
    }
    const QJsonObject request { { QStringLiteral("command"), command }, { QStringLiteral("args"), args } };
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime()))) {
        *error = tr("Could not send the request: %1").arg(socket.errorString());
        return false;
    }
    QByteArray line;
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            *error = socket.state() == QLocalSocket::ConnectedState
                ? tr("Tandem did not answer within %1 seconds.").arg(timeoutMs / 1000)
                : tr("Tandem closed the connection without answering.");
            return false;
        }
    }
    line = socket.readLine();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *error = tr("Tandem sent a malformed answer: %1").arg(parseError.errorString());
        return false;
    }
    *response = doc.object();
    return true;
}

} // namespace Tandem
