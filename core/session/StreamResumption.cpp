#include "session/StreamResumption.h"

#include "common/Logging.h"

#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppOutgoingClient.h>
#include <utility>

namespace Tandem {

namespace {

const QString nsStream = QStringLiteral("http://etherx.jabber.org/streams");
const QString nsStreamManagement = QStringLiteral("urn:xmpp:sm:3");

constexpr int defaultAnswerTimeoutMs = 15000;

// The only place that reaches into QXmpp: three protected members of QXmppStream /
// QXmppOutgoingClient, through pointers to members formed in a derived class (legal C++, no
// private headers). Never instantiated.
struct StreamPeek : QXmppOutgoingClient
{
    // XEP-0198 `h`: how many stanzas QXmpp has received on the session.
    static unsigned inboundCount(QXmppOutgoingClient *stream)
    {
        return (stream->*(&StreamPeek::lastIncomingSequenceNumber))();
    }
    // The server has handled our stanzas up to `h`: QXmpp need not resend those.
    static void acknowledge(QXmppOutgoingClient *stream, unsigned h)
    {
        (stream->*(&StreamPeek::setAcknowledgedSequenceNumber))(h);
    }
    // Processes `element` as if the server had sent it.
    static void feed(QXmppOutgoingClient *stream, const QDomElement &element)
    {
        (stream->*(&StreamPeek::handleStanza))(element);
    }
};

// An empty <stream:features/>: QXmpp finds nothing left to negotiate and marks the session
// started (its "otherwise we are done" path).
QDomElement emptyFeatures()
{
    static QDomDocument doc = [] {
        QDomDocument d;
        d.setContent(QStringLiteral("<stream:stream xmlns:stream='%1' xmlns='jabber:client'>"
                                    "<stream:features/></stream:stream>")
                         .arg(nsStream),
            true);
        return d;
    }();
    return doc.documentElement().firstChildElement();
}

bool isStreamManagement(const QDomElement &element, const char *tag)
{
    return element.namespaceURI() == nsStreamManagement && element.tagName() == QLatin1String(tag);
}

} // namespace

StreamResumption::StreamResumption()
{
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(defaultAnswerTimeoutMs);
    connect(&m_answerTimer, &QTimer::timeout, this, &StreamResumption::handleTimeout);
}

StreamResumption *StreamResumption::install(QXmppClient *client)
{
    auto *extension = new StreamResumption;
    // First, so that QXmpp's own handling (and every other extension) comes after ours.
    client->insertExtension(0, extension);
    return extension;
}

void StreamResumption::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    // A stream that dies while our <resume/> waits: the next connection tries again.
    connect(client, &QXmppClient::disconnected, this, [this] {
        m_answerTimer.stop();
        m_pending = false;
        m_features = {};
    });
}

void StreamResumption::forget()
{
    if (!m_id.isEmpty())
        qCDebug(lcSession) << m_jid << "forgets its resumable session";
    m_id.clear();
    m_jid.clear();
}

QString StreamResumption::who()
{
    return client() ? client()->configuration().jid() : QString();
}

QXmppOutgoingClient *StreamResumption::stream()
{
    return client() ? client()->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly)
                    : nullptr;
}

bool StreamResumption::handleStanza(const QDomElement &element)
{
    if (m_replaying)
        return false;
    if (isStreamManagement(element, "enabled"))
        return handleEnabled(element);
    if (element.tagName() == QLatin1String("features") && element.namespaceURI() == nsStream)
        return handleFeatures(element);
    if (m_pending && isStreamManagement(element, "resumed"))
        return handleResumed();
    if (m_pending && isStreamManagement(element, "failed"))
        return handleFailed(element);
    return false;
}

bool StreamResumption::handleEnabled(const QDomElement &enabled)
{
    // QXmpp 1.4 drops the id: keep it ourselves. QXmpp still turns on acknowledgements.
    const QString resume = enabled.attribute(QStringLiteral("resume"));
    const bool resumable = resume == QLatin1String("true") || resume == QLatin1String("1");
    m_id = resumable ? enabled.attribute(QStringLiteral("id")) : QString();
    m_jid = client()->configuration().jid();
    qCDebug(lcSession) << m_jid
                       << (m_id.isEmpty() ? "stream management enabled, not resumable"
                                          : "stream management enabled, resumable");
    return false;
}

bool StreamResumption::handleFeatures(const QDomElement &features)
{
    // Only the features after authentication offer resumption; before TLS and SASL, and
    // whenever we have nothing to resume, QXmpp negotiates as usual.
    if (m_id.isEmpty() || !client()->isAuthenticated()
        || !features.firstChildElement(QStringLiteral("starttls")).isNull()
        || !features.firstChildElement(QStringLiteral("mechanisms")).isNull())
        return false;
    if (client()->configuration().jid() != m_jid) {
        qCInfo(lcSession) << m_jid << "not resumed: the account now logs in as" << who();
        forget();
        return false;
    }
    bool offered = false;
    for (auto e = features.firstChildElement(QStringLiteral("sm")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("sm")))
        offered = offered || e.namespaceURI() == nsStreamManagement;
    if (!offered) {
        qCInfo(lcSession) << m_jid << "not resumed: the server no longer offers stream management";
        forget();
        return false;
    }
    auto *s = stream();
    if (!s) {
        qCWarning(lcSession) << m_jid << "not resumed: QXmpp's stream object was not found";
        forget();
        return false;
    }

    const unsigned h = StreamPeek::inboundCount(s);
    QByteArray data;
    QXmlStreamWriter writer(&data);
    writer.writeStartElement(QStringLiteral("resume"));
    writer.writeDefaultNamespace(nsStreamManagement);
    writer.writeAttribute(QStringLiteral("h"), QString::number(h));
    writer.writeAttribute(QStringLiteral("previd"), m_id);
    writer.writeEndElement();
    if (!s->sendData(data)) {
        qCWarning(lcSession) << m_jid << "not resumed: could not send <resume/>";
        forget();
        return false;
    }
    qCInfo(lcSession) << m_jid << "resuming the previous session, h =" << h;
    // Hidden from QXmpp: it would bind a new session, or send its own <resume/>. Kept to
    // bind on this stream after all if the server refuses.
    m_features = features;
    m_pending = true;
    m_answerTimer.start();
    return true;
}

bool StreamResumption::handleResumed()
{
    m_answerTimer.stop();
    m_pending = false;
    m_features = {};
    auto *s = stream();
    if (!s) { // found a moment ago; cannot happen, but never leave the login hanging
        startAfresh();
        return true;
    }
    // QXmpp 1.4 never marks a resumed session as started, so isConnected() would stay false.
    // The empty features make it do that; the connected() it emits on the way is swallowed,
    // QXmpp emits the real one below, when it handles <resumed/> (acknowledging what the
    // server got, resending the rest, streamManagementState() == ResumedStream).
    const bool blocked = s->blockSignals(true);
    StreamPeek::feed(s, emptyFeatures());
    s->blockSignals(blocked);
    qCInfo(lcSession) << m_jid << "session resumed";
    return false;
}

bool StreamResumption::handleFailed(const QDomElement &failed)
{
    m_answerTimer.stop();
    m_pending = false;
    const QDomElement features = std::exchange(m_features, {});
    const QString condition = failed.firstChildElement().tagName();
    qCInfo(lcSession) << who() << "the server did not resume the session:" << condition
                      << "- starting a new one";
    forget();
    auto *s = stream();
    if (!s || features.isNull()) {
        startAfresh();
        Q_EMIT resumeFailed(condition);
        return true;
    }
    // The server may say how many of our stanzas the old session handled: not resent then.
    bool ok = false;
    const unsigned h = failed.attribute(QStringLiteral("h")).toUInt(&ok);
    if (ok)
        StreamPeek::acknowledge(s, h);
    // Bind a new session on this authenticated stream (XEP-0198 §5): the features we hid,
    // handed to QXmpp now. Left to itself, QXmpp 1.4 would report "connected" without binding.
    m_replaying = true;
    StreamPeek::feed(s, features);
    m_replaying = false;
    Q_EMIT resumeFailed(condition);
    return true;
}

void StreamResumption::handleTimeout()
{
    qCWarning(lcSession) << who() << "no answer to <resume/> within" << m_answerTimer.interval()
                         << "ms - reconnecting for a new session";
    startAfresh();
    Q_EMIT resumeFailed(QStringLiteral("timeout"));
}

void StreamResumption::startAfresh()
{
    m_answerTimer.stop();
    m_pending = false;
    m_features = {};
    forget();
    // The owner reconnects on disconnected(); with no id to resume that is a new session.
    // Deferred: never tear the stream down while QXmpp is still parsing what it received.
    QTimer::singleShot(0, client(), &QXmppClient::disconnectFromServer);
}

} // namespace Tandem
