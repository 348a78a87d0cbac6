// XEP-0333 displayed markers: a contact learns how far its messages were read.
#pragma once

#include "xmpp/DisplayedSync0490.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QXmppMessage;

namespace Tandem {

class MessageEvents;
class ReadStateSync;

/// Sends the contact of a 1:1 chat a `<displayed/>` marker for the newest of its messages the
/// user read, each time the read position moves on this device (ReadStateSync::published):
/// a position applied from another device is that device's to mark, so one read sends one
/// marker, from where it was read. Rooms never get markers (every occupant would see them). Off
/// with the account setting AccountConfig::sendDisplayedMarkers.
class DisplayedMarkers : public QObject
{
    Q_OBJECT
public:
    using Send = std::function<bool(const QXmppMessage &)>;

    DisplayedMarkers(MessageEvents *events, ReadStateSync *read, Send send, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    qint64 sentCount() const { return m_sent; }

    /// How many messages before the read position are looked at for the contact's newest one.
    static constexpr int lookBack = 20;

private:
    void onPublished(const DisplayedPosition &position);

    QPointer<MessageEvents> m_events;
    Send m_send;
    bool m_enabled = true;
    QHash<QString, QString> m_marked; ///< conversation → message id last marked
    qint64 m_sent = 0;
};

} // namespace Tandem
