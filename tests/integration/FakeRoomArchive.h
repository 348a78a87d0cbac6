// A room archive that lies, for RoomArchive's tests: scripted MAM answers injected into a plain
// client (repeated cursors, pages never complete, forged results), and one that never answers.
#pragma once

#include "ArchiveQueryLog.h"

#include <QDateTime>
#include <QDomDocument>
#include <QTest>
#include <QVector>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppLogger.h>
#include <QXmppUtils.h>

#include <functional>

namespace Tandem::Test {

inline const QString Liar = QStringLiteral("liar@conference.localhost");

/// One result the fake archive sends back.
struct Item
{
    QString id;
    QString body;
    QString from = Liar; ///< the result's sender (the archive)
    QString queryId; ///< empty: the query's
    QString room = Liar; ///< the archived message's room
};

/// The fake archive's answer to one query.
struct Page
{
    QVector<Item> items;
    bool complete = false;
    QString last; ///< empty: no <last>
    int count = 1000000; ///< RSM count: always a lie
};

using Script = std::function<Page(const ArchiveQuery &, int pageIndex)>;

/// Plays the room archive `Liar`: watches alice's outgoing stanzas and answers each archive query
/// by handing the client's extensions a scripted reply, queued before the query even leaves the
/// socket, so Prosody's own answer (the room does not exist) always comes later and is ignored.
class FakeRoomArchive : public QueryLog
{
public:
    FakeRoomArchive(QXmppClient *client, Script script)
        : QueryLog(client, Liar, [this](const ArchiveQuery &q, int index) { answer(q, m_script(q, index)); })
        , m_client(client)
        , m_script(std::move(script))
    { }

private:
    void answer(const ArchiveQuery &q, const Page &page)
    {
        const QString stamp = QXmppUtils::datetimeToString(QDateTime::currentDateTimeUtc());
        for (const Item &item : page.items) {
            inject(QStringLiteral(
                "<message xmlns='jabber:client' from='%1' to='alice@localhost/home'>"
                "<result xmlns='urn:xmpp:mam:2' queryid='%2' id='%3'>"
                "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='%4'/>"
                "<message xmlns='jabber:client' type='groupchat' from='%5/mallory' id='m-%3'>"
                "<body>%6</body></message></forwarded></result></message>")
                       .arg(item.from, item.queryId.isEmpty() ? q.queryId : item.queryId, item.id, stamp,
                           item.room, item.body));
        }
        QString set = QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'>");
        if (!page.items.isEmpty())
            set += QStringLiteral("<first>%1</first>").arg(page.items.first().id);
        if (!page.last.isEmpty())
            set += QStringLiteral("<last>%1</last>").arg(page.last);
        set += QStringLiteral("<count>%1</count></set>").arg(page.count);
        inject(QStringLiteral(
            "<iq xmlns='jabber:client' type='result' id='%1' from='%2' to='alice@localhost/home'>"
            "<fin xmlns='urn:xmpp:mam:2'%3>%4</fin></iq>")
                   .arg(q.iqId, Liar, page.complete ? QStringLiteral(" complete='true'") : QString(), set));
    }

    void inject(const QString &xml)
    {
        const QDomElement stanza = element(xml);
        QVERIFY(!stanza.isNull());
        Test::inject(m_client, stanza);
    }

    QXmppClient *m_client;
    Script m_script;
};

/// Swallows IQ replies from one JID ahead of every other extension: an archive that never answers.
class DropRepliesFrom : public QXmppClientExtension
{
public:
    explicit DropRepliesFrom(const QString &from)
        : m_from(from)
    { }
    bool handleStanza(const QDomElement &stanza) override
    {
        return stanza.tagName() == QLatin1String("iq") && stanza.attribute(QStringLiteral("from")) == m_from;
    }

private:
    QString m_from;
};

inline Item item(const QString &id)
{
    Item i;
    i.id = id;
    i.body = QStringLiteral("body of ") + id;
    return i;
}

} // namespace Tandem::Test
