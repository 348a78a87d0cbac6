#pragma once

#include "xmpp/StreamError.h"

#include <QXmppClientExtension.h>

#include <optional>

class QXmppClient;

namespace Tandem {

/// What the server allows on this stream, and its verdict when we break it.
///
/// It reads the XEP-0478 limit the stream features announce (the largest stanza the server
/// takes) and the <stream:error/> that ends a stream, which QXmpp 1.4 reduces to "undefined
/// condition". When the server blames a stanza of ours (policy-violation, stanza-too-big), it
/// empties QXmpp's queue of unacknowledged stanzas before QXmpp reconnects: QXmpp would send
/// that queue again on the next session (XEP-0198), the offending stanza with it, and be thrown
/// out again, for ever. Messages among what is dropped are the outbox's to send again.
class StreamPolicy : public QXmppClientExtension
{
    Q_OBJECT
public:
    /// Creates the extension and inserts it as the first extension of \a client, which owns it,
    /// in front of those that take stream features for themselves (StreamResumption).
    static StreamPolicy *install(QXmppClient *client);

    /// The largest stanza in bytes the server announced on the current stream, if it did.
    std::optional<qint64> announcedMaxStanzaBytes() const { return m_announced; }

    bool handleStanza(const QDomElement &element) override;

Q_SIGNALS:
    /// The server announced (or changed) its stanza size limit; 0: the stream announces none.
    void limitAnnounced(qint64 maxStanzaBytes);
    /// The server ended the stream for \a error; QXmpp reports the disconnection right after.
    void streamErrorReceived(const Tandem::StreamError &error);

private:
    StreamPolicy() = default;

    std::optional<qint64> m_announced;
};

} // namespace Tandem
