#pragma once

#include <QObject>
#include <QTimer>

class QDomElement;
class QXmppClient;

namespace Tandem {

/// A sibling's watch on the anchor it follows (PROTOCOL.md §6.5): pings it (XEP-0199) at an
/// interval and reports it gone when it does not answer in time, or when the server answers
/// for it that the session no longer exists. A crashed anchor's session can linger on the server
/// (stream-management hibernation) long after its process died, with no unavailable presence.
class AnchorLiveness : public QObject
{
    Q_OBJECT
public:
    /// Intervals from TANDEM_ANCHOR_PING_MS and TANDEM_ANCHOR_PING_TIMEOUT_MS (15 s, 10 s).
    explicit AnchorLiveness(QObject *parent = nullptr);

    void setClient(QXmppClient *client) { m_client = client; }
    /// Watches `anchor` (a full JID); an empty one stops watching.
    void watch(const QString &anchor);
    /// The answer to our ping, if `iq` is one: consumed (true) or not ours (false).
    bool handleIq(const QDomElement &iq);

Q_SIGNALS:
    void anchorGone(const QString &anchor);

private:
    void ping();

    QXmppClient *m_client = nullptr;
    QString m_anchor;
    QTimer m_interval;
    QTimer m_timeout;
    QString m_pingId;
    QString m_pinged;
};

} // namespace Tandem
