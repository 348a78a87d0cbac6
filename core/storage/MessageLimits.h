// How long a message we send may be.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Tandem {

/// Servers end the stream of a client that sends a stanza over their limit (Prosody's is
/// 256 KiB): such a message would take the account down on every reconnect. Tandem refuses a
/// body over a conservative limit before it is stored or sent, and says why; the composer warns as
/// the user types. TANDEM_MAX_BODY_BYTES overrides the limit (tests, servers with larger ones).
class MessageLimits
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::MessageLimits)

public:
    static constexpr int defaultMaxBodyBytes = 200 * 1024;

    /// The limit in UTF-8 bytes.
    static int maxBodyBytes();
    /// The largest body that fits, with room for its envelope and for an anchor's relay of it,
    /// in a stanza of at most `maxStanzaBytes` (a server's XEP-0478 limit); 0 for 0.
    static int bodyBytesWithin(qint64 maxStanzaBytes);
    /// Why `body` cannot be sent under a limit of `maxBytes`, in words; empty when it can.
    static QString refusal(const QString &body, int maxBytes = maxBodyBytes());
};

} // namespace Tandem
