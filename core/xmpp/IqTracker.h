// RFC 6120 §8.2.3: every IQ get/set is answered by exactly one result or error — matched here.
#pragma once

#include <QDomElement>
#include <QHash>
#include <QPointer>
#include <QXmppClientExtension.h>
#include <QXmppIq.h>
#include <QXmppUtils.h>

#include <functional>
#include <type_traits>

class QTimer;

namespace Tandem {

/// How one IQ request ended.
struct IqResponse
{
    enum class Outcome {
        Result, ///< type='result'
        Error, ///< type='error': see condition()
        Timeout, ///< no answer in time; the request may or may not have been executed
        Disconnected, ///< the stream closed first; the outcome is unknown
        NotSent, ///< the client was not connected
    };

    Outcome outcome = Outcome::NotSent;
    QDomElement stanza; ///< The received `<iq/>` for Result and Error, else null.
    QString errorType; ///< "cancel", "modify", "auth", "wait", "continue" (Error only)
    QString condition; ///< RFC 6120 defined condition, e.g. "item-not-found" (Error only)
    QString applicationCondition; ///< e.g. XEP-0060's "precondition-not-met", if any
    QString text; ///< The error's human-readable text, if any

    bool isResult() const { return outcome == Outcome::Result; }
    bool isError(const char *definedCondition) const
    {
        return outcome == Outcome::Error && condition == QLatin1String(definedCondition);
    }
    /// One line for logs and error signals.
    QString describe() const;
};

/// Sends IQ requests and calls back once per request with its result, error, timeout or
/// disconnection. One per QXmppClient, reused by every manager (IqTracker::of()); it sits first
/// among the client's extensions because QXmpp's own managers swallow replies they recognise
/// (QXmppDiscoveryManager takes every disco#info result). It only consumes replies to its own
/// requests, and only from the entity the request was addressed to: QXmpp 1.4 ids are a
/// predictable counter, so ids are replaced by random ones and the sender is checked.
class IqTracker : public QXmppClientExtension
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IqResponse &)>;
    static constexpr int DefaultTimeoutMs = 30000;

    /// The client's tracker, created and inserted first in line if it has none yet.
    static IqTracker *of(QXmppClient *client);

    /// Sends \a iq (a get or set; any QXmppIq subclass, copied, its id replaced) and later calls
    /// \a callback exactly once, never from within send(). If \a context is given and destroyed
    /// first, the callback is dropped. Returns the id used.
    ///
    /// A reply's callback runs while QXmppClient hands the stanza to its extensions, so that
    /// replies and pushes are applied in stream order; it must not add or remove extensions.
    template<typename Iq>
    QString send(Iq iq, QObject *context, Callback callback, int timeoutMs = DefaultTimeoutMs)
    {
        static_assert(std::is_base_of_v<QXmppIq, Iq>, "IqTracker sends IQs only");
        iq.setId(QXmppUtils::generateStanzaUuid());
        sendPrepared(iq, context, std::move(callback), timeoutMs);
        return iq.id();
    }

    int pendingCount() const { return m_pending.size(); }

    /// \cond
    bool handleStanza(const QDomElement &stanza) override;
    /// \endcond

protected:
    void setClient(QXmppClient *client) override;

private:
    struct Pending
    {
        QString to;
        bool hasContext = false;
        QPointer<QObject> context;
        Callback callback;
        QTimer *timer = nullptr;
    };

    void sendPrepared(const QXmppIq &iq, QObject *context, Callback callback, int timeoutMs);
    void finish(const QString &id, IqResponse response);
    void failAll(IqResponse::Outcome outcome);
    bool isFromAddressee(const QString &from, const QString &to);
    static void deliver(Pending &pending, const IqResponse &response);

    QHash<QString, Pending> m_pending;
};

} // namespace Tandem
