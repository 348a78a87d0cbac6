#include "ctl/ControlClient.h"

#include "ctl/PeerCredentials.h"
#include "profile/PrivateDirectory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <sys/stat.h>
#include <unistd.h>

namespace Tandem {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::ControlClient", text);
}
} // namespace

ControlClient::ControlClient(const QString &socketPath)
    : m_socketPath(socketPath)
{ }

bool ControlClient::request(const QString &command, const QJsonObject &args, QJsonObject *response,
    QString *error, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    const QString noInstance
        = tr("No running Tandem for this profile (nothing listens on %1).").arg(m_socketPath);
    // Whoever can put a socket where we look gets our commands (passwords included) and makes up
    // the answers: only a socket in a directory of our own, itself ours, served by our uid.
    QString why;
    switch (PrivateDirectory::check(QFileInfo(m_socketPath).absolutePath(), &why)) {
    case PrivateDirectory::Problem::None:
        break;
    case PrivateDirectory::Problem::Missing:
        *error = noInstance;
        return false;
    default:
        *error = tr("Refusing the control socket %1: %2").arg(m_socketPath, why);
        return false;
    }
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(m_socketPath).constData(), &info) != 0) {
        *error = noInstance;
        return false;
    }
    if (info.st_uid != ::geteuid()) {
        *error = tr("Refusing the control socket %1: it belongs to another user (uid %2).")
                     .arg(m_socketPath)
                     .arg(info.st_uid);
        return false;
    }
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(int(qMin<qint64>(deadline.remainingTime(), 5000)))) {
        *error = noInstance;
        return false;
    }
    const std::optional<uid_t> peer = PeerCredentials::uidOf(socket.socketDescriptor());
    if (!peer || *peer != ::geteuid()) {
        *error = tr("Refusing the control socket %1: it is served by another user (uid %2).")
                     .arg(m_socketPath)
                     .arg(peer ? qint64(*peer) : -1);
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
        if (deadline.hasExpired()
            || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
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
