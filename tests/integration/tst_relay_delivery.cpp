// RFC 6121 §8.5.3 against a real Prosody: why relays are type='headline'. A relay addressed to
// a sibling's full JID that is no longer online must vanish — never reach another session of
// the account (a plain client) nor its offline storage — where a chat message would.
#include "ProsodyFixture.h"
#include "XmppTestClient.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"

#include <QUuid>
#include <QXmppMessage.h>

using namespace Tandem;
using namespace Tandem::Test;

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

    QXmppClient anchor;
    QXmppClient plain;
    QStringList accountGot; // whatever any session of the account receives
    connect(&plain, &QXmppClient::messageReceived, this,
        [&accountGot](const QXmppMessage &m) { accountGot << m.body(); });
    connect(&anchor, &QXmppClient::messageReceived, this,
        [&accountGot](const QXmppMessage &m) { accountGot << m.body(); });
    QVERIFY(connectClient(anchor, server, QStringLiteral("alice"), QStringLiteral("anchor")));
    QVERIFY(connectClient(plain, server, QStringLiteral("alice"), QStringLiteral("plain")));

    const QString room = QStringLiteral("tea@") + server.mucDomain();
    Relay relay;
    relay.term = 1;
    relay.seq = 1;
    relay.room = room;
    relay.from = QStringLiteral("alice@localhost/anchor");
    relay.to = QStringLiteral("alice@localhost/gone-sibling"); // not online
    relay.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    relay.kind = Relay::Kind::Message;
    relay.stanza = "<message xmlns='jabber:client' type='groupchat' from='" + room.toUtf8()
        + "/bob' id='r1'><body>relayed body</body></message>";
    const QByteArray xml = RelayCodec::encodeRelay(relay);
    QVERIFY(!xml.isEmpty());
    QVERIFY(xml.contains("type=\"headline\"") || xml.contains("type='headline'"));
    anchor.sendPacket(RawStanza(xml));

    // The control: the same addressing with type='chat' falls back to the bare JID and reaches
    // a session of the account (Prosody picks a top resource, here the sender's own).
    QXmppMessage chat;
    chat.setType(QXmppMessage::Chat);
    chat.setTo(QStringLiteral("alice@localhost/gone-sibling"));
    chat.setBody(QStringLiteral("chat control"));
    anchor.sendPacket(chat);
    QTRY_VERIFY_WITH_TIMEOUT(accountGot.contains(QStringLiteral("chat control")), 5000);
    QTest::qWait(500);
    QCOMPARE(accountGot, QStringList { QStringLiteral("chat control") });

    // Nor was it kept for later: a session logging in now gets no offline copy of the relay.
    plain.disconnectFromServer();
    anchor.disconnectFromServer();
    QXmppClient later;
    QStringList laterGot;
    connect(&later, &QXmppClient::messageReceived, this,
        [&laterGot](const QXmppMessage &m) { laterGot << m.body(); });
    QVERIFY(connectClient(later, server, QStringLiteral("alice"), QStringLiteral("later")));
    QTest::qWait(1500);
    QVERIFY2(!laterGot.contains(QStringLiteral("relayed body")), qPrintable(laterGot.join(QLatin1Char(','))));
    later.disconnectFromServer();
}

QTEST_GUILESS_MAIN(TestRelayDelivery)
#include "tst_relay_delivery.moc"
