#include "ctl/PeerCredentials.h"

#include <sys/socket.h>

namespace Tandem {

std::optional<uid_t> PeerCredentials::uidOf(qintptr socketDescriptor)
{
    struct ucred credentials
    {
    };
    socklen_t length = sizeof credentials;
    if (socketDescriptor < 0
        || ::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0
        || length != sizeof credentials)
        return std::nullopt;
    return credentials.uid;
}

} // namespace Tandem
