#pragma once

#include "profile/AccountConfig.h"

#include <QXmppConfiguration.h>

namespace Tandem {

/// How every connection of an account is made, whoever makes it (the Account, or an
/// AccountProbe trying a new one): STARTTLS required, certificates verified (system CAs plus
/// the account's own CA file), QXmpp's own reconnection off.
namespace ClientConfiguration {

QXmppConfiguration forAccount(const AccountConfig &account, const QString &resource, const QString &password);

/// How long a login (TCP, TLS, authentication, binding) may take before it counts as failed:
/// TANDEM_CONNECT_TIMEOUT_MS, else 30 s.
int connectTimeoutMs();

} // namespace ClientConfiguration
} // namespace Tandem
