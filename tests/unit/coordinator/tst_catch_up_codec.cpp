// Catch-up from the anchor (PROTOCOL.md §9.3) on the wire: the request, the paged ack, the
// history relay, and the stanza a stored message is written back as.
#include "coordinator/HistoryStanza.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "storage/Message.h"
#include "xmpp/MessageConverter.h"

#include <QDomDocument>
#include <QTest>
#include <QXmppMessage.h>

using namespace Tandem;

namespace {
const QString own = QStringLiteral("alice@example.org");
const QString anchor = QStringLiteral("alice@example.org/home");
const QString sibling = QStringLiteral("alice@example.org/laptop");
const QString room = QStringLiteral("room@conference.example.org");

QDomElement root(const QByteArray &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, true))
        qWarning("not well-formed: %s", xml.constData());
    return document.documentElement();
}

QByteArray requestXml(const QByteArray &attributes)
{
    return "<message xmlns='jabber:client' type='headline' from='alice@example.org/laptop' "
           "to='alice@example.org/home'><request xmlns='urn:tandem:coord:0' term='3' id='c1' "
           "action='catch-up' room='room@conference.example.org' "
        + attributes + "/></message>";
}

Message storedRoomMessage()
{
    Message m;
    m.account = own;
    m.conversation = room;
    m.kind = Message::Kind::GroupChat;
    m.sender = QStringLiteral("bob");
    m.messageId = QStringLiteral("m-17");
    m.originId = QStringLiteral("o-17");
    m.stanzaId = QStringLiteral("s-17");
    m.stanzaIdBy = room;
    m.body = QStringLiteral("fish & <chips>");
    m.serverTime = QDateTime(QDate(2026, 11, 25), QTime(9, 30, 12, 345), Qt::UTC);
    m.replacesId = QStringLiteral("m-16");
    return m;
}
} // namespace

class TestCatchUpCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestRoundTrip()
    {
        Request request;
        request.term = 3;
        request.id = QStringLiteral("c1");
        request.action = Request::Action::CatchUp;
        request.room = room;
        request.after = QStringLiteral("s-9");
        request.since = QDateTime(QDate(2026, 11, 25), QTime(8, 0, 0, 250), Qt::UTC);
        request.until = QDateTime(QDate(2026, 11, 25), QTime(9, 0, 0, 1), Qt::UTC);
        request.cursor = QStringLiteral("1764057600250:42");
        request.max = 50;
        request.from = sibling;
        request.anchor = anchor;
        QString why;
        const auto decoded
            = RequestCodec::decodeRequest(root(RequestCodec::encodeRequest(request)), own, &why);
        QVERIFY2(decoded, qPrintable(why));
        QCOMPARE(decoded->action, Request::Action::CatchUp);
        QCOMPARE(decoded->after, request.after);
        QCOMPARE(decoded->since, request.since);
        QCOMPARE(decoded->until, request.until);
        QCOMPARE(decoded->cursor, request.cursor);
        QCOMPARE(decoded->max, 50);

        // Nothing is required: a device with nothing stored asks for the recent history.
        const auto bare = RequestCodec::decodeRequest(root(requestXml("")), own, &why);
        QVERIFY2(bare, qPrintable(why));
        QCOMPARE(bare->max, 0);
        QVERIFY(!bare->since.isValid());
    }

    void requestRejected_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("max 0") << QByteArray("max='0'") << QStringLiteral("max");
        QTest::newRow("max too large") << QByteArray("max='201'") << QStringLiteral("max");
        QTest::newRow("max negative") << QByteArray("max='-5'") << QStringLiteral("max");
        QTest::newRow("since not a time") << QByteArray("since='yesterday'") << QStringLiteral("since");
        QTest::newRow("until not a time")
            << QByteArray("until='2026-13-01T00:00:00Z'") << QStringLiteral("until");
        // Zone-less, Qt would read the anchor's local time (found by fuzz_request_codec).
        QTest::newRow("since without a zone")
            << QByteArray("since='2026-11-25T10:00:01.2'") << QStringLiteral("since");
        QTest::newRow("until without a zone")
            << QByteArray("until='2026-11-25T10:00:01.200'") << QStringLiteral("until");
    }

    void requestRejected()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!RequestCodec::decodeRequest(root(requestXml(attributes)), own, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void pagedAck()
    {
        Ack ack { QStringLiteral("c1"), anchor, sibling };
        ack.count = 50;
        ack.next = QStringLiteral("1764057600250:42");
        QString why;
        auto decoded = RequestCodec::decodeResponse(root(RequestCodec::encodeAck(ack)), own, &why);
        QVERIFY2(decoded && std::holds_alternative<Ack>(*decoded), qPrintable(why));
        QCOMPARE(std::get<Ack>(*decoded).count, 50);
        QCOMPARE(std::get<Ack>(*decoded).next, ack.next);

        ack.count = 0; // the last page may be empty; no next: up to date
        ack.next.clear();
        decoded = RequestCodec::decodeResponse(root(RequestCodec::encodeAck(ack)), own, &why);
        QVERIFY2(decoded, qPrintable(why));
        QCOMPARE(std::get<Ack>(*decoded).count, 0);
        QVERIFY(std::get<Ack>(*decoded).next.isEmpty());

        // A plain ack is not a page.
        decoded = RequestCodec::decodeResponse(
            root(RequestCodec::encodeAck(Ack { QStringLiteral("c2"), anchor, sibling })), own, &why);
        QCOMPARE(std::get<Ack>(*decoded).count, -1);

        const QByteArray badCount
            = "<message xmlns='jabber:client' type='headline' from='alice@example.org/home' "
              "to='alice@example.org/laptop'><ack xmlns='urn:tandem:coord:0' id='c1' "
              "count='many'/></message>";
        QVERIFY(!RequestCodec::decodeResponse(root(badCount), own, &why));
        QVERIFY2(why.contains(QStringLiteral("count")), qPrintable(why));
    }

    void historyRelayIsMarked()
    {
        Relay relay;
        relay.term = 3;
        relay.seq = 9;
        relay.room = room;
        relay.from = anchor;
        relay.to = sibling;
        relay.id = QStringLiteral("h1");
        relay.delay = QDateTime::currentDateTimeUtc();
        relay.stanza = HistoryStanza::fromMessage(storedRoomMessage());
        relay.history = true;
        QString why;
        const QByteArray xml = RelayCodec::encodeRelay(relay, &why);
        QVERIFY2(!xml.isEmpty(), qPrintable(why));
        auto decoded = RelayCodec::decodeRelay(root(xml), own, &why);
        QVERIFY2(decoded, qPrintable(why));
        QVERIFY(decoded->history);

        relay.history = false;
        decoded = RelayCodec::decodeRelay(root(RelayCodec::encodeRelay(relay)), own, &why);
        QVERIFY2(decoded, qPrintable(why));
        QVERIFY(!decoded->history);
    }

    // The sibling reads a history stanza with the converter of live room messages: every id that
    // de-duplicates, the sender and the room's time must come out as the anchor stored them.
    void historyStanzaConvertsBack()
    {
        const Message stored = storedRoomMessage();
        const QByteArray xml = HistoryStanza::fromMessage(stored);
        QVERIFY(!xml.isEmpty());
        QXmppMessage stanza;
        stanza.parse(root(xml));
        const auto converted = MessageConverter::fromGroupChatStanza(
            stanza, own, room, QStringLiteral("alice"), QDateTime::currentDateTimeUtc());
        QVERIFY(converted);
        QCOMPARE(converted->conversation, room);
        QCOMPARE(converted->sender, stored.sender);
        QCOMPARE(converted->body, stored.body);
        QCOMPARE(converted->messageId, stored.messageId);
        QCOMPARE(converted->originId, stored.originId);
        QCOMPARE(converted->stanzaId, stored.stanzaId);
        QCOMPARE(converted->stanzaIdBy, room);
        QCOMPARE(converted->replacesId, stored.replacesId);
        QCOMPARE(converted->serverTime, stored.serverTime);
        QCOMPARE(converted->direction, Message::Direction::Incoming);

        // Our own delivered message comes back as ours.
        Message mine = stored;
        mine.sender = QStringLiteral("alice");
        mine.direction = Message::Direction::Outgoing;
        mine.state = Message::DeliveryState::Delivered;
        QXmppMessage own;
        own.parse(root(HistoryStanza::fromMessage(mine)));
        const auto ours = MessageConverter::fromGroupChatStanza(
            own, ::own, room, QStringLiteral("alice"), QDateTime::currentDateTimeUtc());
        QVERIFY(ours);
        QCOMPARE(ours->direction, Message::Direction::Outgoing);
    }

    void historyStanzaLeavesOutWhatTheRoomDidNotSay()
    {
        Message pending = storedRoomMessage();
        pending.direction = Message::Direction::Outgoing;
        pending.state = Message::DeliveryState::Sent; // not reflected yet: the room may not have it
        QVERIFY(HistoryStanza::fromMessage(pending).isEmpty());
        Message pm = storedRoomMessage();
        pm.kind = Message::Kind::GroupChatPrivate;
        pm.conversation = room + QStringLiteral("/bob");
        QVERIFY(HistoryStanza::fromMessage(pm).isEmpty());
        Message chat = storedRoomMessage();
        chat.kind = Message::Kind::Chat;
        QVERIFY(HistoryStanza::fromMessage(chat).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatchUpCodec)
#include "tst_catch_up_codec.moc"
