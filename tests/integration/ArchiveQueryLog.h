// The user's own archive (XEP-0313) seen from a test: every query a client sends it, logged from
// QXmpp's log of sent data, and fake answers handed to the client ahead of the server's.
#pragma once

#include <QDateTime>
#include <QDomDocument>
#include <QStringList>
#include <QVector>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppLogger.h>
#include <QXmppUtils.h>

#include <functional>

namespace Tandem::Test {

/// One archive query a client sent.
struct ArchiveQuery
{
    QString iqId;
    QString queryId;
    QString after; ///< RSM <after/>
    bool hasBefore = false; ///< an RSM <before/>, empty or not
    QString before;
    int max = -1;
    QString start; ///< the form's "start" field
};

/// Records every query a client sends to one archive (from QXmpp's log of sent data).
class QueryLog : public QObject
{
public:
    using Answer = std::function<void(const ArchiveQuery &, int index)>;

    /// Logs the queries \a client sends to the archive \a archive (a bare JID); \a answer, if
    /// given, is called for each, queued, so that a fake answer arrives before the server's.
    QueryLog(QXmppClient *client, const QString &archive, Answer answer = {})
        : m_archive(archive)
        , m_answer(std::move(answer))
    {
        connect(client, &QXmppLoggable::logMessage, this,
            [this](QXmppLogger::MessageType type, const QString &text) {
                if (type == QXmppLogger::SentMessage)
                    onSent(text);
            });
    }

    QVector<ArchiveQuery> queries;

    QStringList afters() const
    {
        QStringList list;
        for (const ArchiveQuery &q : queries) {
            if (!q.after.isEmpty())
                list << q.after;
        }
        return list;
    }

private:
    void onSent(const QString &text)
    {
        QDomDocument doc;
        if (!doc.setContent(text, true))
            return;
        const QDomElement iq = doc.documentElement();
        const QDomElement query = iq.firstChildElement(QStringLiteral("query"));
        if (iq.tagName() != QLatin1String("iq") || iq.attribute(QStringLiteral("to")) != m_archive
            || query.namespaceURI() != QLatin1String("urn:xmpp:mam:2"))
            return;
        ArchiveQuery q;
        q.iqId = iq.attribute(QStringLiteral("id"));
        q.queryId = query.attribute(QStringLiteral("queryid"));
        const QDomElement set = query.firstChildElement(QStringLiteral("set"));
        q.after = set.firstChildElement(QStringLiteral("after")).text();
        const QDomElement before = set.firstChildElement(QStringLiteral("before"));
        q.hasBefore = !before.isNull();
        q.before = before.text();
        q.max = set.firstChildElement(QStringLiteral("max")).text().toInt();
        const QDomElement form = query.firstChildElement(QStringLiteral("x"));
        for (QDomElement f = form.firstChildElement(QStringLiteral("field")); !f.isNull();
             f = f.nextSiblingElement(QStringLiteral("field"))) {
            if (f.attribute(QStringLiteral("var")) == QLatin1String("start"))
                q.start = f.firstChildElement(QStringLiteral("value")).text();
        }
        const int index = queries.size();
        queries.append(q);
        if (m_answer)
            QMetaObject::invokeMethod(
                this, [this, q, index] { m_answer(q, index); }, Qt::QueuedConnection);
    }

    QString m_archive;
    Answer m_answer;
};

/// What QXmppClient does with a received stanza: its extensions in order, the first taker wins.
inline void inject(QXmppClient *client, const QDomElement &element)
{
    for (QXmppClientExtension *extension : client->extensions()) {
        if (extension->handleStanza(element))
            return;
    }
}

inline QDomElement element(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}

inline QString fakeResult(const ArchiveQuery &q, const QString &id, const QString &body,
    const QString &from = QStringLiteral("alice@localhost"))
{
    return QStringLiteral(
        "<message xmlns='jabber:client' from='%1' to='alice@localhost/liar'>"
        "<result xmlns='urn:xmpp:mam:2' queryid='%2' id='%3'>"
        "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='%4'/>"
        "<message xmlns='jabber:client' type='chat' from='mallory@localhost/x' "
        "to='alice@localhost' id='m-%3'><body>%5</body></message></forwarded></result></message>")
        .arg(from, q.queryId, id, QXmppUtils::datetimeToString(QDateTime::currentDateTimeUtc()), body);
}

inline QString fakeFin(const ArchiveQuery &q, bool complete, const QString &last)
{
    return QStringLiteral("<iq xmlns='jabber:client' type='result' id='%1' from='alice@localhost' "
                          "to='alice@localhost/liar'><fin xmlns='urn:xmpp:mam:2'%2>"
                          "<set xmlns='http://jabber.org/protocol/rsm'><last>%3</last><count>99999999</count>"
                          "</set></fin></iq>")
        .arg(q.iqId, complete ? QStringLiteral(" complete='true'") : QString(), last);
}

} // namespace Tandem::Test
