#pragma once

#include <QtGlobal>
#include <optional>
#include <sys/types.h>

namespace Tandem {

/// Who is at the other end of a connected local socket, as the kernel tells it (SO_PEERCRED):
/// for a server, the process that connected; for a client, the one that listens.
struct PeerCredentials
{
    /// The peer's effective uid, or nothing when the kernel does not say.
    static std::optional<uid_t> uidOf(qintptr socketDescriptor);
};

} // namespace Tandem
