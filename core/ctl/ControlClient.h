#pragma once

#include <QJsonObject>
#include <QString>

namespace Tandem {

/// The `tandem ctl` side of the control socket: one request, one response, bounded wait. Talks
/// only to a socket of the same user: in a PrivateDirectory, owned by us, and whose listener has
/// our uid (SO_PEERCRED); anything else is refused with a message saying why.
class ControlClient
{
public:
    explicit ControlClient(const QString &socketPath);

    /// Sends {"command", "args"} and waits for the response. Returns false with a
    /// human-readable error when no instance runs or it does not answer in time.
    bool request(const QString &command, const QJsonObject &args, QJsonObject *response, QString *error,
        int timeoutMs = 30000) const;

private:
    QString m_socketPath;
};

} // namespace Tandem
