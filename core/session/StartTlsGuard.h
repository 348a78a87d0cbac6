#pragma once

#include <QXmppClientExtension.h>

namespace Tandem {

/// STARTTLS (RFC 6120 §5): tells why a login ended when the server offers no encryption.
///
/// Tandem always requires TLS. When the first <stream:features/> lack <starttls/>, QXmpp 1.4
/// only logs a warning and closes the stream: the owner would see a plain disconnect,
/// indistinguishable from a network failure, and retry for ever. This extension sees the
/// features first (it is inserted in front of QXmpp's own TLS handling) and reports them.
class StartTlsGuard : public QXmppClientExtension
{
    Q_OBJECT
public:
    /// Creates the extension and inserts it as the first extension of \a client, which owns it.
    static StartTlsGuard *install(QXmppClient *client);

    bool handleStanza(const QDomElement &element) override;

Q_SIGNALS:
    /// The server offered no STARTTLS on an unencrypted stream; QXmpp disconnects right after.
    void tlsUnavailable();

private:
    StartTlsGuard() = default;
};

} // namespace Tandem
