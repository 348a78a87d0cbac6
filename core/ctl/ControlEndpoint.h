#pragma once

#include <QObject>

namespace Tandem {

class ControlCommands;
class ControlServer;
class Instance;

/// The control socket of a running Instance: a ControlServer on the profile's socket path,
/// answering with ControlCommands, closed when the instance shuts down. The GUI and
/// `--headless` entry points each start one from Instance::start(), before the accounts.
class ControlEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit ControlEndpoint(Instance *instance, QObject *parent = nullptr);
    ~ControlEndpoint() override;

    /// The caller must hold the profile lock (see ControlServer::listen()).
    bool listen(QString *error);
    void close();

Q_SIGNALS:
    /// A second GUI start on this profile asked the running one to show itself, and maybe to
    /// open an xmpp: URI.
    void raiseRequested(const QString &uri);

private:
    ControlServer *m_server;
    ControlCommands *m_commands;
};

} // namespace Tandem
