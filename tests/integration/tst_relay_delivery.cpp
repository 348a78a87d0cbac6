// RFC 6121 §8.5.3 against a real Prosody: why relays are type='headline'. A relay addressed to a
// sibling's full JID that has gone offline must vanish: reach no other session of the account (a
// plain client with carbons enabled, the sender itself), no offline storage and no archive,
// where a chat message with the same addressing reaches a session, its carbons and the archive.
#include "ProsodyFixture.h"
#include "XmppTestClient.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"
#include "xmpp/Mam0313.h"

#include <QDomDocument>
#include <QHash>
#include <QTextStream>
#include <QUuid>
#include <QXmppCarbonManager.h>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

/// Every <message/> a client receives, as XML text, whatever it carries (a relay has no outer
/// body; a carbon and an archive result wrap theirs): consumes nothing.
class MessageLog : public QXmppClientExtension
{
public:
    bool handleStanza(const QDomElement &stanza) override
    {
        if (stanza.tagName() == QLatin1String("message")) {
            QString xml;
            QTextStream out(&xml);
            stanza.save(out, 0);
            messages << xml;
        } else if (stanza.tagName() == QLatin1String("iq")) {
            answered.insert(stanza.attribute(QStringLiteral("id")), stanza.attribute(QStringLiteral("type")));
        }
        return false;
    }
    bool saw(const QString &text) const
    {
        return std::any_of(
            messages.cbegin(), messages.cend(), [&](const QString &m) { return m.contains(text); });
    }
    QStringList messages;
    QHash<QString, QString> answered; ///< IQ id → type
};

MessageLog *logOn(QXmppClient &client)
{
    auto *log = new MessageLog;
    client.insertExtension(0, log);
    return log;
}

} // namespace

class TestRelayDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayToAGoneSiblingVanishes();
};

void TestRelayDelivery::relayToAGoneSiblingVanishes()
{
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));

    // Three sessions of alice: the anchor, a plain client with carbons, and a sibling that was
    // online and has gone (cleanly: the server knows at once).
    QXmppClient anchor;
    QXmppClient plain;
    QXmppClient sibling;
    MessageLog *anchorLog = logOn(anchor);
    MessageLog *plainLog = logOn(plain);
    auto *carbons = new QXmppCarbonManager;
    plain.addExtension(carbons);
    QVERIFY(connectClient(anchor, server, QStringLiteral("alice"), QStringLiteral("anchor")));
    QVERIFY(connectClient(plain, server, QStringLiteral("alice"), QStringLiteral("plain")));
    QVERIFY(connectClient(sibling, server, QStringLiteral("alice"), QStringLiteral("sibling")));
    carbons->setCarbonsEnabled(true);
    sibling.disconnectFromServer();
    QTest::qWait(500);
    const QString gone = QStringLiteral("alice@localhost/sibling");

    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString room = QStringLiteral("tea@") + server.mucDomain();
    Relay relay;
    relay.term = 1;
    relay.seq = 1;
    relay.room = room;
    relay.from = QStringLiteral("alice@localhost/anchor");
    relay.to = gone;
    relay.id = QStringLiteral("relay-") + marker;
    relay.kind = Relay::Kind::Message;
    relay.stanza = "<message xmlns='jabber:client' type='groupchat' from='" + room.toUtf8()
        + "/bob' id='r1'><body>relayed " + marker.toUtf8() + "</body></message>";
    const QByteArray xml = RelayCodec::encodeRelay(relay);
    QVERIFY(xml.contains("type=\"headline\"") || xml.contains("type='headline'"));
    anchor.sendPacket(RawStanza(xml));

    // The control, sent behind it: the same addressing as a chat message is handled as if sent
    // to the bare JID (§8.5.2), reaches a session, and the plain client at least by carbon.
    QXmppMessage chat;
    chat.setType(QXmppMessage::Chat);
    chat.setTo(gone);
    chat.setId(QStringLiteral("chat-") + marker);
    chat.setBody(QStringLiteral("chat control ") + marker);
    anchor.sendPacket(chat);
    QTRY_VERIFY_WITH_TIMEOUT(plainLog->saw(QStringLiteral("chat control ") + marker), 5000);
    QTest::qWait(500);
    for (MessageLog *log : { anchorLog, plainLog }) {
        QVERIFY2(
            !log->saw(QStringLiteral("relay-") + marker) && !log->saw(QStringLiteral("relayed ") + marker),
            qPrintable(log->messages.join(QLatin1Char('\n'))));
    }

    // Neither stored for later: everyone goes; the plain client comes back, gets whatever the
    // server kept offline, and reads the account's archive, where the chat message is.
    anchor.disconnectFromServer();
    plain.disconnectFromServer();
    QTest::qWait(500);
    QXmppClient later;
    MessageLog *laterLog = logOn(later);
    QVERIFY(connectClient(later, server, QStringLiteral("alice"), QStringLiteral("plain")));
    Mam0313::QueryIq query;
    query.setType(QXmppIq::Set);
    query.setId(QStringLiteral("mam-") + marker);
    query.queryId = QStringLiteral("q1");
    query.max = 100;
    later.sendPacket(query);
    QTRY_VERIFY_WITH_TIMEOUT(laterLog->answered.contains(query.id()), 10000);
    QCOMPARE(laterLog->answered.value(query.id()), QStringLiteral("result"));
    QVERIFY2(laterLog->saw(QStringLiteral("chat control ") + marker),
        qPrintable(laterLog->messages.join(QLatin1Char('\n'))));
    QVERIFY2(!laterLog->saw(QStringLiteral("relayed ") + marker),
        qPrintable(laterLog->messages.join(QLatin1Char('\n'))));
    QVERIFY(!laterLog->saw(QStringLiteral("relay-") + marker));
    later.disconnectFromServer();
}

QTEST_GUILESS_MAIN(TestRelayDelivery)
#include "tst_relay_delivery.moc"
