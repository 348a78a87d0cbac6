// Account-level rooms end to end: three Tandem processes of alice (one --headless, so the
// anchor) and bob as a plain client. Bob's messages reach every alice device once; a sibling's
// message reaches bob once; nick, subject, leave, kick and ban show on every device; a forged
// relay is dropped; the anchor killed in the middle of 500 messages loses none.
#include "AliceDevices.h"
#include "XmppTestClient.h"
#include "coordinator/RawStanza.h"
#include "coordinator/RelayCodec.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QUuid>
#include <QXmppDataForm.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppMucManager.h>

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
    void leaveIsSeenEverywhere();
    void kickAndBanAreSeenEverywhere();
    void anchorKilledMidStreamLosesNothing();
    void lateDeviceSeesRoomsAndRecentHistory();
    void cleanStopIsSeenAtOnce();

private:
    QString room(const QString &name) const { return name + QLatin1Char('@') + m_server->mucDomain(); }
    QXmppMucRoom *bobCreates(const QString &name);
    int bobReceived(const QString &body) const;

    std::unique_ptr<ProsodyFixture> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AliceDevices> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMucManager *m_bobMuc = nullptr;
    QStringList m_bobBodies;
};

void TestAccountRooms::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));
    QVERIFY(m_server->registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), &error));
    m_alice = std::make_unique<AliceDevices>(*m_server, m_dir.path());
    // The laptop comes first and holds the rooms alone until the always-on device shows up.
    m_alice->start(QStringLiteral("laptop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("solo"), 30000);
    m_alice->start(QStringLiteral("home"), true);
    m_alice->start(QStringLiteral("desktop"), false);

    m_bob = std::make_unique<QXmppClient>();
    m_bobMuc = new QXmppMucManager;
    m_bob->addExtension(m_bobMuc);
    QVERIFY(connectClient(*m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("plain")));
}

void TestAccountRooms::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
}

QXmppMucRoom *TestAccountRooms::bobCreates(const QString &name)
{
    QXmppMucRoom *r = createRoom(*m_bob, m_bobMuc, room(name), QStringLiteral("bob"));
    connect(
        r, &QXmppMucRoom::messageReceived, this, [this](const QXmppMessage &m) { m_bobBodies << m.body(); });
    return r;
}

int TestAccountRooms::bobReceived(const QString &body) const
{
    return int(m_bobBodies.count(body));
}

void TestAccountRooms::electionPicksTheAlwaysOnDevice()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    const QString anchor = m_alice->coordinator(QStringLiteral("home"))[QStringLiteral("anchor")].toString();
    for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") }) {
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(d), QStringLiteral("sibling"), 15000);
        QCOMPARE(m_alice->coordinator(d)[QStringLiteral("anchor")].toString(), anchor);
    }
}

void TestAccountRooms::messagesReachEveryDeviceOnce()
{
    QXmppMucRoom *hall = bobCreates(QStringLiteral("hall"));
    const QJsonObject joined
        = m_alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), room(QStringLiteral("hall")) });
    QCOMPARE(joined[QStringLiteral("state")].toString(), QStringLiteral("joined"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice->room(d, room(QStringLiteral("hall")))[QStringLiteral("occupants")].toInt(), 2, 15000);
    // Bob sees alice once, however many devices she has.
    QTRY_COMPARE_WITH_TIMEOUT(hall->participants().size(), 2, 5000);

    for (int i = 1; i <= 3; ++i)
        hall->sendMessage(QStringLiteral("bob says %1").arg(i));
    for (const QString &d : alices) {
        for (int i = 1; i <= 3; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(
                m_alice->count(d, room(QStringLiteral("hall")), QStringLiteral("bob says %1").arg(i)), 1,
                10000);
    }
}

void TestAccountRooms::siblingSendsThroughTheAnchor()
{
    const QString hall = room(QStringLiteral("hall"));
    m_alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("send"), hall, QStringLiteral("from the laptop") });
    QTRY_COMPARE_WITH_TIMEOUT(bobReceived(QStringLiteral("from the laptop")), 1, 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->count(d, hall, QStringLiteral("from the laptop")), 1, 10000);
    auto laptopState = [&] {
        for (const QJsonValue &v : m_alice->history(QStringLiteral("laptop"), hall)) {
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
    QXmppMucRoom *bobHall = m_bobMuc->rooms().first();
    bobHall->setNickName(QStringLiteral("robert"));
    bobHall->setSubject(QStringLiteral("Tea at five"));
    for (const QString &d : alices) {
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->room(d, hall)[QStringLiteral("subject")].toString(),
            QStringLiteral("Tea at five"), 10000);
        auto nicks = [&] {
            QStringList list;
            for (const QJsonValue &v :
                m_alice->ctl(d, { QStringLiteral("occupants"), hall })[QStringLiteral("occupants")].toArray())
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
    QXmppMucRoom *bobHall = m_bobMuc->rooms().first();
    auto bobSees = [bobHall](const QString &nick) {
        const QStringList participants = bobHall->participants(); // a copy: one list, one range
        return std::any_of(participants.cbegin(), participants.cend(),
            [&](const QString &jid) { return jid.endsWith(QLatin1Char('/') + nick); });
    };
    m_alice->ctl(QStringLiteral("desktop"), { QStringLiteral("nick"), hall, QStringLiteral("ally") });
    QTRY_VERIFY_WITH_TIMEOUT(bobSees(QStringLiteral("ally")), 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice->room(d, hall)[QStringLiteral("nick")].toString(), QStringLiteral("ally"), 10000);
    m_alice->ctl(QStringLiteral("desktop"), { QStringLiteral("nick"), hall, QStringLiteral("alice") });
    QTRY_VERIFY_WITH_TIMEOUT(bobSees(QStringLiteral("alice")), 10000);

    // Only moderators may change the subject here: bob makes alice an admin first.
    QXmppMucItem admin;
    admin.setJid(QStringLiteral("alice@localhost"));
    admin.setAffiliation(QXmppMucItem::AdminAffiliation);
    bobHall->setPermissions({ admin });
    QTRY_COMPARE_WITH_TIMEOUT(m_alice
                                  ->ctl(QStringLiteral("desktop"),
                                      { QStringLiteral("occupants"), hall })[QStringLiteral("occupants")]
                                  .toArray()[0]
                                  .toObject()[QStringLiteral("affiliation")]
                                  .toString(),
        QStringLiteral("admin"), 10000);
    m_alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("subject"), hall, QStringLiteral("Set from the laptop") });
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->subject(), QStringLiteral("Set from the laptop"), 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->room(d, hall)[QStringLiteral("subject")].toString(),
            QStringLiteral("Set from the laptop"), 10000);

    const QJsonObject sent = m_alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("send"), hall, QStringLiteral("teh typo") });
    const QString id = sent[QStringLiteral("message")].toObject()[QStringLiteral("origin_id")].toString();
    QTRY_COMPARE_WITH_TIMEOUT(bobReceived(QStringLiteral("teh typo")), 1, 10000);
    QStringList replaced;
    connect(bobHall, &QXmppMucRoom::messageReceived, this, [&replaced](const QXmppMessage &m) {
        if (!m.replaceId().isEmpty())
            replaced << m.replaceId();
    });
    m_alice->ctl(
        QStringLiteral("laptop"), { QStringLiteral("correct"), hall, id, QStringLiteral("the typo") });
    QTRY_COMPARE_WITH_TIMEOUT(replaced, QStringList { id }, 10000);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->count(d, hall, QStringLiteral("the typo")), 1, 10000);
    disconnect(bobHall, &QXmppMucRoom::messageReceived, this, nullptr);
    connect(bobHall, &QXmppMucRoom::messageReceived, this,
        [this](const QXmppMessage &m) { m_bobBodies << m.body(); });
}

void TestAccountRooms::plainClientOnTheAccountIsUnaffected()
{
    // Conversations or Gajim on the same account: neither a sibling nor a recipient of relays.
    QXmppClient plain;
    int received = 0;
    connect(&plain, &QXmppClient::messageReceived, this, [&received](const QXmppMessage &) { ++received; });
    QVERIFY(connectClient(plain, *m_server, QStringLiteral("alice"), QStringLiteral("plain-client")));
    QTest::qWait(1000);
    m_bobMuc->rooms().first()->sendMessage(QStringLiteral("not for the plain client"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice->count(d, room(QStringLiteral("hall")), QStringLiteral("not for the plain client")), 1,
            10000);
    QTest::qWait(1000);
    QCOMPARE(received, 0);
    for (const QJsonValue &v :
        m_alice->coordinator(QStringLiteral("home"))[QStringLiteral("siblings")].toArray())
        QVERIFY(!v.toObject()[QStringLiteral("jid")].toString().endsWith(QLatin1String("/plain-client")));
    plain.disconnectFromServer();
}

void TestAccountRooms::privateMessagesBothWays()
{
    const QString hall = room(QStringLiteral("hall"));
    QStringList bobPrivate;
    connect(m_bob.get(), &QXmppClient::messageReceived, this, [&bobPrivate, hall](const QXmppMessage &m) {
        if (m.type() == QXmppMessage::Chat && m.from() == hall + QStringLiteral("/alice"))
            bobPrivate << m.body();
    });
    QXmppMessage pm;
    pm.setType(QXmppMessage::Chat);
    pm.setTo(hall + QStringLiteral("/alice"));
    pm.setBody(QStringLiteral("psst, alice"));
    m_bob->sendPacket(pm);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice->count(d, hall + QStringLiteral("/robert"), QStringLiteral("psst, alice")), 1, 10000);

    m_alice->ctl(QStringLiteral("desktop"),
        { QStringLiteral("send"), hall + QStringLiteral("/robert"), QStringLiteral("psst, robert") });
    QTRY_COMPARE_WITH_TIMEOUT(bobPrivate.count(QStringLiteral("psst, robert")), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->count(QStringLiteral("desktop"), hall + QStringLiteral("/robert"),
                                  QStringLiteral("psst, robert")),
        1, 10000);
    disconnect(m_bob.get(), &QXmppClient::messageReceived, this, nullptr);
}

void TestAccountRooms::forgedRelayIsDropped()
{
    // Bob crafts a perfect relay, but from his own account: every alice device must drop it.
    const QString hall = room(QStringLiteral("hall"));
    const QString laptop
        = m_alice->ctl(QStringLiteral("laptop"), { QStringLiteral("status") })[QStringLiteral("accounts")]
              .toArray()[0]
              .toObject()[QStringLiteral("full_jid")]
              .toString();
    Relay relay;
    relay.term = 1000;
    relay.seq = 1;
    relay.room = hall;
    relay.from = QStringLiteral("bob@localhost/plain");
    relay.to = laptop;
    relay.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    relay.kind = Relay::Kind::Message;
    relay.stanza = "<message xmlns='jabber:client' type='groupchat' from='" + hall.toUtf8()
        + "/robert' id='f1'><body>forged</body></message>";
    const QByteArray xml = RelayCodec::encodeRelay(relay);
    QVERIFY(!xml.isEmpty());
    m_bob->sendPacket(RawStanza(xml));
    QTest::qWait(2000);
    QCOMPARE(m_alice->count(QStringLiteral("laptop"), hall, QStringLiteral("forged")), 0);
    QCOMPARE(
        m_alice->count(QStringLiteral("laptop"), QStringLiteral("bob@localhost"), QStringLiteral("forged")),
        0);
}

void TestAccountRooms::leaveIsSeenEverywhere()
{
    QXmppMucRoom *side = bobCreates(QStringLiteral("side"));
    const QString jid = room(QStringLiteral("side"));
    QCOMPARE(m_alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
                 .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(side->participants().size(), 2, 10000);
    m_alice->ctl(QStringLiteral("laptop"), { QStringLiteral("leave"), jid });
    for (const QString &d : alices) {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice->room(d, jid)[QStringLiteral("state")].toString(), QStringLiteral("left"), 10000);
        QCOMPARE(m_alice->room(d, jid)[QStringLiteral("left_reason")].toString(), QStringLiteral("left"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(side->participants().size(), 1, 10000);
}

void TestAccountRooms::kickAndBanAreSeenEverywhere()
{
    const QString hall = room(QStringLiteral("hall"));
    QXmppMucRoom *bobHall = m_bobMuc->rooms().first();
    bobHall->kick(hall + QStringLiteral("/alice"), QStringLiteral("behave"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->room(d, hall)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("kicked"), 10000);
    QTest::qWait(3000); // no automatic rejoin after a kick
    QCOMPARE(bobHall->participants().size(), 1);

    QCOMPARE(m_alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), hall })[QStringLiteral("state")]
                 .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->participants().size(), 2, 10000);
    bobHall->ban(QStringLiteral("alice@localhost"), QStringLiteral("enough"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->room(d, hall)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("banned"), 10000);
    QTest::qWait(3000); // and no rejoin loop after a ban
    QCOMPARE(bobHall->participants().size(), 1);
    QCOMPARE(m_alice->room(QStringLiteral("home"), hall)[QStringLiteral("state")].toString(),
        QStringLiteral("left"));

    // A sibling asking again gets the room's refusal, relayed by the anchor, in words.
    const auto refused
        = runTandem({ QStringLiteral("--profile"), m_alice->device(QStringLiteral("desktop")).profile,
            QStringLiteral("ctl"), QStringLiteral("join"), hall });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("banned"), refused.err.constData());
    QTest::qWait(2000);
    QCOMPARE(bobHall->participants().size(), 1);
}

void TestAccountRooms::anchorKilledMidStreamLosesNothing()
{
    constexpr int total = 500;
    QXmppMucRoom *stream = bobCreates(QStringLiteral("stream"));
    const QString jid = room(QStringLiteral("stream"));
    QCOMPARE(m_alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
                 .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(stream->participants().size(), 2, 10000);
    for (int i = 0; i < total; ++i) {
        stream->sendMessage(QStringLiteral("stream %1").arg(i));
        QTest::qWait(4);
        if (i == 150)
            m_alice->stop(QStringLiteral("home"), SIGKILL);
    }
    auto complete = [&](const QString &device) {
        QSet<QString> bodies;
        int rows = 0;
        for (const QJsonValue &v : m_alice->history(device, jid)) {
            const QString body = v.toObject()[QStringLiteral("body")].toString();
            if (body.startsWith(QLatin1String("stream "))) {
                bodies.insert(body);
                ++rows;
            }
        }
        return rows == total && bodies.size() == total;
    };
    for (const QString &d : { QStringLiteral("laptop"), QStringLiteral("desktop") })
        QTRY_VERIFY_WITH_TIMEOUT(complete(d), 60000);
    // The killed device comes back, takes the rooms over again and catches up too.
    m_alice->start(QStringLiteral("home"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(complete(QStringLiteral("home")), 60000);
}

void TestAccountRooms::lateDeviceSeesRoomsAndRecentHistory()
{
    // A device that never ran before: the anchor's snapshot shows it the room, the room's
    // archive its recent history (the newest page).
    const QString jid = room(QStringLiteral("stream"));
    m_alice->start(QStringLiteral("tablet"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("tablet")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_alice->room(QStringLiteral("tablet"), jid)[QStringLiteral("state")].toString(),
        QStringLiteral("joined"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_alice->count(QStringLiteral("tablet"), jid, QStringLiteral("stream 499")), 1, 15000);
    QVERIFY(m_alice->history(QStringLiteral("tablet"), jid).size() >= 50);
}

void TestAccountRooms::cleanStopIsSeenAtOnce()
{
    // SIGTERM says goodbye (unavailable presence): the anchor forgets the device without
    // waiting for any timeout.
    const QString tablet
        = m_alice->ctl(QStringLiteral("tablet"), { QStringLiteral("status") })[QStringLiteral("accounts")]
              .toArray()[0]
              .toObject()[QStringLiteral("full_jid")]
              .toString();
    auto anchorSeesTablet = [&] {
        for (const QJsonValue &v :
            m_alice->coordinator(QStringLiteral("home"))[QStringLiteral("siblings")].toArray())
            if (v.toObject()[QStringLiteral("jid")].toString() == tablet)
                return true;
        return false;
    };
    QVERIFY(anchorSeesTablet());
    QElapsedTimer timer;
    timer.start();
    m_alice->stop(QStringLiteral("tablet"));
    QCOMPARE(m_alice->device(QStringLiteral("tablet")).process, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!anchorSeesTablet(), 5000);
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestAccountRooms)
#include "tst_account_rooms.moc"
