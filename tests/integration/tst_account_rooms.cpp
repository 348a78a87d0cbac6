// Account-level rooms end to end: three Tandem processes of alice (one --headless, so the
// anchor) and bob as a plain client. Bob's messages reach every alice device once; a sibling's
// message reaches bob once; nick, subject and private messages work from every device; a forged
// relay is dropped everywhere. Exits: tst_room_exits; anchor changes: tst_room_handover.
#include "AccountRoomsWorld.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"

#include <QSet>
#include <QSignalSpy>
#include <QUuid>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
} // namespace

class TestAccountRooms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void electionPicksTheAlwaysOnDevice();
    void messagesReachEveryDeviceOnce();
    void siblingSendsThroughTheAnchor();
    void nickAndSubjectEverywhere();
    void siblingNickSubjectAndCorrection();
    void plainClientOnTheAccountIsUnaffected();
    void privateMessagesBothWays();
    void forgedRelayIsDropped();

private:
    QString room(const QString &name) const { return m_w->room(name); }
    QXmppMucRoom *bobCreates(const QString &name) { return m_w->bobCreates(name); }
    int bobReceived(const QString &body) const { return m_w->bobReceived(body); }

    std::unique_ptr<AccountRoomsWorld> m_w;
};

void TestAccountRooms::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
}

void TestAccountRooms::cleanupTestCase()
{
    m_w.reset();
}

void TestAccountRooms::electionPicksTheAlwaysOnDevice()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    const QString anchor
        = m_w->alice->coordinator(QStringLiteral("home"))[QStringLiteral("anchor")].toString();
    for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") }) {
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(d), QStringLiteral("sibling"), 15000);
        QCOMPARE(m_w->alice->coordinator(d)[QStringLiteral("anchor")].toString(), anchor);
    }
}

void TestAccountRooms::messagesReachEveryDeviceOnce()
{
    QXmppMucRoom *hall = bobCreates(QStringLiteral("hall"));
    const QJsonObject joined
        = m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), room(QStringLiteral("hall")) });
    QCOMPARE(joined[QStringLiteral("state")].toString(), QStringLiteral("joined"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->room(d, room(QStringLiteral("hall")))[QStringLiteral("occupants")].toInt(), 2, 15000);
    // Bob sees alice once, however many devices she has.
    QTRY_COMPARE_WITH_TIMEOUT(hall->participants().size(), 2, 5000);

    QStringList bodies;
    for (int i = 1; i <= 3; ++i) {
        bodies << QStringLiteral("bob says %1").arg(i);
        hall->sendMessage(bodies.last());
    }
    QString why;
    QVERIFY2(m_w->exactlyOnce(alices, room(QStringLiteral("hall")), bodies, 10000, &why), qPrintable(why));
}

void TestAccountRooms::siblingSendsThroughTheAnchor()
{
    const QString hall = room(QStringLiteral("hall"));
    m_w->alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("send"), hall, QStringLiteral("from the laptop") });
    QTRY_COMPARE_WITH_TIMEOUT(bobReceived(QStringLiteral("from the laptop")), 1, 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->count(d, hall, QStringLiteral("from the laptop")), 1, 10000);
    auto laptopState = [&] {
        for (const QJsonValue &v : m_w->alice->history(QStringLiteral("laptop"), hall)) {
            if (v.toObject()[QStringLiteral("body")].toString() == QLatin1String("from the laptop"))
                return v.toObject()[QStringLiteral("state")].toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(laptopState(), QStringLiteral("delivered"), 10000);
    QTest::qWait(1000);
    QCOMPARE(bobReceived(QStringLiteral("from the laptop")), 1);
}

void TestAccountRooms::nickAndSubjectEverywhere()
{
    const QString hall = room(QStringLiteral("hall"));
    QXmppMucRoom *bobHall = m_w->bobMuc->rooms().first();
    bobHall->setNickName(QStringLiteral("robert"));
    bobHall->setSubject(QStringLiteral("Tea at five"));
    for (const QString &d : alices) {
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("subject")].toString(),
            QStringLiteral("Tea at five"), 10000);
        auto nicks = [&] {
            QStringList list;
            for (const QJsonValue &v :
                m_w->alice->ctl(d, { QStringLiteral("occupants"), hall })[QStringLiteral("occupants")]
                    .toArray())
                list << v.toObject()[QStringLiteral("nick")].toString();
            list.sort();
            return list;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            nicks(), (QStringList { QStringLiteral("alice"), QStringLiteral("robert") }), 10000);
    }
}

void TestAccountRooms::siblingNickSubjectAndCorrection()
{
    const QString hall = room(QStringLiteral("hall"));
    QXmppMucRoom *bobHall = m_w->bobMuc->rooms().first();
    auto bobSees = [bobHall](const QString &nick) {
        const QStringList participants = bobHall->participants(); // a copy: one list, one range
        return std::any_of(participants.cbegin(), participants.cend(),
            [&](const QString &jid) { return jid.endsWith(QLatin1Char('/') + nick); });
    };
    m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("nick"), hall, QStringLiteral("ally") });
    QTRY_VERIFY_WITH_TIMEOUT(bobSees(QStringLiteral("ally")), 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->room(d, hall)[QStringLiteral("nick")].toString(), QStringLiteral("ally"), 10000);
    m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("nick"), hall, QStringLiteral("alice") });
    QTRY_VERIFY_WITH_TIMEOUT(bobSees(QStringLiteral("alice")), 10000);
    // A nick the room refuses (bob's, "robert" by now) is answered with the room's reason once it
    // has answered; the account stays in under its nick everywhere, with no leave and rejoin.
    const auto taken
        = runTandem({ QStringLiteral("--profile"), m_w->alice->device(QStringLiteral("laptop")).profile,
            QStringLiteral("ctl"), QStringLiteral("nick"), hall, QStringLiteral("robert") });
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains("the nickname is taken"), taken.err.constData());
    QTest::qWait(1000);
    for (const QString &d : alices) {
        const QJsonObject r = m_w->alice->room(d, hall);
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("joined"));
        QCOMPARE(r[QStringLiteral("nick")].toString(), QStringLiteral("alice"));
    }

    // Only moderators may change the subject here: refused, in words, until bob makes alice an
    // admin.
    const auto forbidden
        = runTandem({ QStringLiteral("--profile"), m_w->alice->device(QStringLiteral("laptop")).profile,
            QStringLiteral("ctl"), QStringLiteral("subject"), hall, QStringLiteral("Not yet") });
    QCOMPARE(forbidden.exitCode, 1);
    QVERIFY2(forbidden.err.contains("only moderators may change the subject"), forbidden.err.constData());
    QXmppMucItem admin;
    admin.setJid(QStringLiteral("alice@localhost"));
    admin.setAffiliation(QXmppMucItem::AdminAffiliation);
    bobHall->setPermissions({ admin });
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice
                                  ->ctl(QStringLiteral("desktop"),
                                      { QStringLiteral("occupants"), hall })[QStringLiteral("occupants")]
                                  .toArray()[0]
                                  .toObject()[QStringLiteral("affiliation")]
                                  .toString(),
        QStringLiteral("admin"), 10000);
    m_w->alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("subject"), hall, QStringLiteral("Set from the laptop") });
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->subject(), QStringLiteral("Set from the laptop"), 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("subject")].toString(),
            QStringLiteral("Set from the laptop"), 10000);

    const QJsonObject sent = m_w->alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("send"), hall, QStringLiteral("teh typo") });
    const QString id = sent[QStringLiteral("message")].toObject()[QStringLiteral("origin_id")].toString();
    QTRY_COMPARE_WITH_TIMEOUT(bobReceived(QStringLiteral("teh typo")), 1, 10000);
    QStringList replaced;
    connect(bobHall, &QXmppMucRoom::messageReceived, this, [&replaced](const QXmppMessage &m) {
        if (!m.replaceId().isEmpty())
            replaced << m.replaceId();
    });
    m_w->alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("correct"), hall, id, QStringLiteral("the typo") });
    QTRY_COMPARE_WITH_TIMEOUT(replaced, QStringList { id }, 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->count(d, hall, QStringLiteral("the typo")), 1, 10000);
    disconnect(bobHall, &QXmppMucRoom::messageReceived, this, nullptr);
    connect(bobHall, &QXmppMucRoom::messageReceived, this,
        [this](const QXmppMessage &m) { m_w->bobBodies << m.body(); });
}

void TestAccountRooms::plainClientOnTheAccountIsUnaffected()
{
    // Conversations or Gajim on the same account: neither a sibling nor a recipient of relays.
    QXmppClient plain;
    int received = 0;
    connect(&plain, &QXmppClient::messageReceived, this, [&received](const QXmppMessage &) { ++received; });
    QVERIFY(connectClient(plain, *m_w->server, QStringLiteral("alice"), QStringLiteral("plain-client")));
    QTest::qWait(1000);
    m_w->bobMuc->rooms().first()->sendMessage(QStringLiteral("not for the plain client"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->count(d, room(QStringLiteral("hall")), QStringLiteral("not for the plain client")), 1,
            10000);
    QTest::qWait(1000);
    QCOMPARE(received, 0);
    for (const QJsonValue &v :
        m_w->alice->coordinator(QStringLiteral("home"))[QStringLiteral("siblings")].toArray())
        QVERIFY(!v.toObject()[QStringLiteral("jid")].toString().endsWith(QLatin1String("/plain-client")));
    plain.disconnectFromServer();
}

void TestAccountRooms::privateMessagesBothWays()
{
    const QString hall = room(QStringLiteral("hall"));
    QStringList bobPrivate;
    connect(m_w->bob.get(), &QXmppClient::messageReceived, this, [&bobPrivate, hall](const QXmppMessage &m) {
        if (m.type() == QXmppMessage::Chat && m.from() == hall + QStringLiteral("/alice"))
            bobPrivate << m.body();
    });
    QXmppMessage pm;
    pm.setType(QXmppMessage::Chat);
    pm.setTo(hall + QStringLiteral("/alice"));
    pm.setBody(QStringLiteral("psst, alice"));
    m_w->bob->sendPacket(pm);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->count(d, hall + QStringLiteral("/robert"), QStringLiteral("psst, alice")), 1, 10000);

    m_w->alice->ctl(QStringLiteral("desktop"),
        { QStringLiteral("send"), hall + QStringLiteral("/robert"), QStringLiteral("psst, robert") });
    QTRY_COMPARE_WITH_TIMEOUT(bobPrivate.count(QStringLiteral("psst, robert")), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->count(QStringLiteral("desktop"), hall + QStringLiteral("/robert"),
                                  QStringLiteral("psst, robert")),
        1, 10000);
    disconnect(m_w->bob.get(), &QXmppClient::messageReceived, this, nullptr);
}

void TestAccountRooms::forgedRelayIsDropped()
{
    // Bob crafts a perfect relay to each alice device, but from his own account: every one of
    // them must drop it, as a relay and as a chat message from bob.
    const QString hall = room(QStringLiteral("hall"));
    for (const QString &d : alices) {
        Relay relay;
        relay.term = 1000;
        relay.seq = 1;
        relay.room = hall;
        relay.from = QStringLiteral("bob@localhost/plain");
        relay.to = m_w->fullJid(d);
        relay.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        relay.kind = Relay::Kind::Message;
        relay.stanza = "<message xmlns='jabber:client' type='groupchat' from='" + hall.toUtf8()
            + "/robert' id='f-" + d.toUtf8() + "'><body>forged</body></message>";
        const QByteArray xml = RelayCodec::encodeRelay(relay);
        QVERIFY(!xml.isEmpty());
        m_w->bob->sendPacket(RawStanza(xml));
    }
    // Proof that the devices got (and handled) what bob sent before: a real message behind it.
    m_w->bobMuc->rooms().first()->sendMessage(QStringLiteral("after the forgery"));
    QString why;
    QVERIFY2(m_w->exactlyOnce(alices, hall, { QStringLiteral("after the forgery") }, 10000, &why),
        qPrintable(why));
    for (const QString &d : alices) {
        QCOMPARE(m_w->alice->count(d, hall, QStringLiteral("forged")), 0);
        QCOMPARE(m_w->alice->count(d, QStringLiteral("bob@localhost"), QStringLiteral("forged")), 0);
    }
}

QTEST_GUILESS_MAIN(TestAccountRooms)
#include "tst_account_rooms.moc"
