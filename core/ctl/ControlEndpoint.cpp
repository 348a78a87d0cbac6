#include "ctl/ControlEndpoint.h"

#include "account/Instance.h"
#include "ctl/ControlCommands.h"
#include "ctl/ControlServer.h"
#include "profile/Profile.h"

namespace Tandem {

ControlEndpoint::ControlEndpoint(Instance *instance, QObject *parent)
    : QObject(parent)
    , m_server(new ControlServer(instance->profile()->controlSocketPath(), this))
    , m_commands(new ControlCommands(instance, this))
{
    m_server->setHandler([this](const QJsonObject &request, ControlServer::Reply reply) {
        m_commands->handle(request, std::move(reply));
    });
    connect(m_commands, &ControlCommands::raiseRequested, this, &ControlEndpoint::raiseRequested);
    // Nothing new may reach accounts that are saying goodbye.
    connect(instance, &Instance::shuttingDown, this, &ControlEndpoint::close);
}

ControlEndpoint::~ControlEndpoint() = default;

bool ControlEndpoint::listen(QString *error)
{
    return m_server->listen(error);
}

void ControlEndpoint::close()
{
    m_server->close();
}

} // namespace Tandem
