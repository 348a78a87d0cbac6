#include "xmpp/IqTracker.h"

#include "common/Logging.h"
#include "profile/Jid.h"

#include <QCoreApplication>
#include <QTimer>
#include <QXmppClient.h>

namespace Tandem {

namespace {

constexpr auto NsStanzas = "urn:ietf:params:xml:ns:xmpp-stanzas";

void parseError(const QDomElement &iq, IqResponse *response)
{
    const QDomElement error = iq.firstChildElement(QStringLiteral("error"));
    response->errorType = error.attribute(QStringLiteral("type"));
    for (QDomElement child = error.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() == QLatin1String(NsStanzas)) {
            if (child.tagName() == QLatin1String("text"))
                response->text = child.text();
            else if (response->condition.isEmpty())
                response->condition = child.tagName();
        } else if (response->applicationCondition.isEmpty()) {
            response->applicationCondition = child.tagName();
        }
    }
    // RFC 6120 requires a condition; a server that omits it still failed the request.
    if (response->condition.isEmpty())
        response->condition = QStringLiteral("undefined-condition");
}

} // namespace

QString IqResponse::describe() const
{
    switch (outcome) {
    case Outcome::Result:
        return QStringLiteral("ok");
    case Outcome::Error: {
        QString line = condition;
        if (!applicationCondition.isEmpty())
            line += QStringLiteral(" (%1)").arg(applicationCondition);
        if (!text.isEmpty())
            line += QStringLiteral(": ") + text;
        return line;
    }
    case Outcome::Timeout:
        return QCoreApplication::translate("Tandem::IqResponse", "no answer from the server in time");
    case Outcome::Disconnected:
        return QCoreApplication::translate("Tandem::IqResponse", "disconnected before the server answered");
    case Outcome::NotSent:
        return QCoreApplication::translate("Tandem::IqResponse", "not connected");
    }
    return {};
}

IqTracker *IqTracker::of(QXmppClient *client)
{
    if (auto *existing = client->findExtension<IqTracker>())
        return existing;
    auto *tracker = new IqTracker;
    client->insertExtension(0, tracker);
    return tracker;
}

void IqTracker::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    // Replies to requests sent on a closed stream never come (stream resumption included:
    // QXmpp 1.4 re-sends unacknowledged stanzas, but the caller cannot tell), so report now.
    connect(client, &QXmppClient::disconnected, this, [this] { failAll(IqResponse::Outcome::Disconnected); });
}

void IqTracker::sendPrepared(const QXmppIq &iq, QObject *context, Callback callback, int timeoutMs)
{
    Pending pending;
    pending.to = iq.to();
    pending.hasContext = context != nullptr;
    pending.context = context;
    pending.callback = std::move(callback);
    const QString id = iq.id();

    if (!client() || !client()->sendPacket(iq)) {
        // Asynchronously, so callers never see their callback run inside send().
        QTimer::singleShot(0, this, [pending]() mutable {
            IqResponse response;
            response.outcome = IqResponse::Outcome::NotSent;
            deliver(pending, response);
        });
        return;
    }
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] {
        IqResponse response;
        response.outcome = IqResponse::Outcome::Timeout;
        finish(id, response);
    });
    pending.timer->start(timeoutMs);
    m_pending.insert(id, std::move(pending));
}

bool IqTracker::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("iq"))
        return false;
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (type != QLatin1String("result") && type != QLatin1String("error"))
        return false;
    const QString id = stanza.attribute(QStringLiteral("id"));
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!isFromAddressee(from, it->to)) {
        qCWarning(lcSession) << "ignoring IQ reply" << id << "from" << from << "- the request went to"
                             << (it->to.isEmpty() ? QStringLiteral("our account") : it->to);
        return false;
    }
    IqResponse response;
    response.stanza = stanza;
    response.outcome
        = type == QLatin1String("result") ? IqResponse::Outcome::Result : IqResponse::Outcome::Error;
    if (response.outcome == IqResponse::Outcome::Error)
        parseError(stanza, &response);
    finish(id, response);
    return true;
}

bool IqTracker::isFromAddressee(const QString &from, const QString &to)
{
    const QString ownBare = Jid::bare(client()->configuration().jid());
    const QString ownDomain = client()->configuration().domain().toLower();
    // RFC 6120 §10.3.3: a request without 'to' is handled by the server for the account; the
    // reply carries no 'from' or the account's bare JID. A reply without 'from' comes from
    // our own server, which is acceptable only for requests addressed to our account or server.
    const auto normalized = [&](const QString &jid) {
        if (jid.isEmpty())
            return ownBare;
        const QString resource = Jid::resource(jid);
        return resource.isEmpty() ? Jid::bare(jid) : Jid::bare(jid) + QLatin1Char('/') + resource;
    };
    const QString expected = normalized(to);
    const QString actual = normalized(from);
    if (actual == expected)
        return true;
    return from.isEmpty() && (expected == ownBare || expected == ownDomain);
}

void IqTracker::finish(const QString &id, IqResponse response)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (pending.timer)
        pending.timer->deleteLater();
    deliver(pending, response);
}

void IqTracker::failAll(IqResponse::Outcome outcome)
{
    // Callbacks may send new requests: detach the current ones first.
    const QList<QString> ids = m_pending.keys();
    for (const QString &id : ids) {
        IqResponse response;
        response.outcome = outcome;
        finish(id, response);
    }
}

void IqTracker::deliver(Pending &pending, const IqResponse &response)
{
    if (pending.hasContext && !pending.context)
        return;
    if (pending.callback)
        pending.callback(response);
}

} // namespace Tandem
