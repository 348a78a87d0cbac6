// One verdict for every path a contact's message takes, against a real Prosody: bob (a plain
// client) writes to alice's desk; her laptop gets the carbon and a fresh tablet the archive. A
// message carrying a coordinator element is stored by none of them, a delay in the future is not
// believed, and of two bodies the first is the one stored.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "coordinator/RawStanza.h"

#include <QUuid>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString Bob = QStringLiteral("bob@localhost");
constexpr int Wait = 20000;

bool hasBody(TestDevice &device, const QString &body)
{
    const QVector<Message> history = device.history(Bob);
    return std::any_of(history.cbegin(), history.cend(), [&](const Message &m) { return m.body == body; });
}

std::optional<Message> withBody(TestDevice &device, const QString &body)
{
    for (const Message &m : device.history(Bob)) {
        if (m.body == body)
            return m;
    }
    return std::nullopt;
}

} // namespace

class TestReceivedMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void coordinatorElementIsStoredNowhere();
    void delayInTheFutureIsNotBelieved();
    void firstOfTwoBodiesIsStored();
    void archiveGivesTheSameVerdicts();
    void cleanupTestCase();

private:
    /// Sends `inner` (children of a chat message) from bob to alice's desk.
    void sendToDesk(const QString &id, const QString &inner)
    {
        const QString xml
            = QStringLiteral("<message xmlns='jabber:client' type='chat' to='alice@localhost/desk' "
                             "id='%1'>%2</message>")
                  .arg(id, inner);
        QVERIFY(m_bob.sendPacket(RawStanza(xml.toUtf8())));
    }
    /// Sends a plain message after the others and waits until desk and laptop have it: what bob sent
    /// before has been handled by then.
    void sendMarker(const QString &body)
    {
        sendToDesk(
            QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("<body>%1</body>").arg(body));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*m_desk, body), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*m_laptop, body), Wait);
    }

    std::unique_ptr<ProsodyFixture> m_server;
    std::unique_ptr<TestDevice> m_desk;
    std::unique_ptr<TestDevice> m_laptop;
    QXmppClient m_bob;
    QString m_tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
};

void TestReceivedMessages::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error),
        qPrintable(error));
    QVERIFY2(
        m_server->registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), &error), qPrintable(error));
    QVERIFY(connectClient(m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("pc")));
    m_desk = std::make_unique<TestDevice>(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desk"));
    m_laptop = std::make_unique<TestDevice>(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    m_desk->start();
    m_laptop->start();
    QVERIFY(m_desk->waitOnline());
    QVERIFY(m_laptop->waitOnline());
    // Carbons are enabled once the laptop has asked: a first marker proves the copy arrives.
    sendMarker(m_tag + QStringLiteral(" hello"));
}

void TestReceivedMessages::coordinatorElementIsStoredNowhere()
{
    // A contact's chat message with a body and a coordinator element: the desk's coordinator takes
    // it live; the laptop gets it as a carbon, which is not the coordinator's but must not be stored
    // either.
    sendToDesk(QStringLiteral("smuggled"),
        QStringLiteral("<body>%1 smuggled</body><relay xmlns='urn:tandem:coord:0' term='1' seq='1' "
                       "room='r@conference.localhost'/>")
            .arg(m_tag));
    sendMarker(m_tag + QStringLiteral(" after smuggled"));
    QVERIFY(!hasBody(*m_desk, m_tag + QStringLiteral(" smuggled")));
    QVERIFY(!hasBody(*m_laptop, m_tag + QStringLiteral(" smuggled")));
}

void TestReceivedMessages::delayInTheFutureIsNotBelieved()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString body = m_tag + QStringLiteral(" from the future");
    sendToDesk(QStringLiteral("future"),
        QStringLiteral("<body>%1</body><delay xmlns='urn:xmpp:delay' stamp='2999-01-01T00:00:00Z'/>")
            .arg(body));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*m_desk, body), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*m_laptop, body), Wait);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    for (TestDevice *device : { m_desk.get(), m_laptop.get() }) {
        const auto m = withBody(*device, body);
        QVERIFY(m);
        QVERIFY2(m->serverTime >= before && m->serverTime <= after,
            qPrintable(m->serverTime.toString(Qt::ISODate)));
    }
}

void TestReceivedMessages::firstOfTwoBodiesIsStored()
{
    // RFC 6121 §5.2.3: the body without xml:lang is the stanza's; the test runs in the C locale.
    sendToDesk(QStringLiteral("two-bodies"),
        QStringLiteral("<body>%1 first body</body><body xml:lang='zz'>%1 second body</body>").arg(m_tag));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*m_desk, m_tag + QStringLiteral(" first body")), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*m_laptop, m_tag + QStringLiteral(" first body")), Wait);
    QVERIFY(!hasBody(*m_desk, m_tag + QStringLiteral(" second body")));
    QVERIFY(!hasBody(*m_laptop, m_tag + QStringLiteral(" second body")));
}

void TestReceivedMessages::archiveGivesTheSameVerdicts()
{
    // A device that was never online gets it all from the archive, and stores what the others did.
    TestDevice tablet(
        *m_server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("tablet"));
    tablet.start();
    QVERIFY(tablet.waitOnline(Wait * 2));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(tablet, m_tag + QStringLiteral(" first body")), Wait);
    QVERIFY(hasBody(tablet, m_tag + QStringLiteral(" after smuggled")));
    QVERIFY(!hasBody(tablet, m_tag + QStringLiteral(" smuggled")));
    QVERIFY(!hasBody(tablet, m_tag + QStringLiteral(" second body")));
    // The archive's stamp is the server's: now, not the year 2999 the sender claimed.
    const auto future = withBody(tablet, m_tag + QStringLiteral(" from the future"));
    QVERIFY(future);
    QVERIFY(future->serverTime <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TestReceivedMessages::cleanupTestCase()
{
    m_bob.disconnectFromServer();
    m_desk.reset();
    m_laptop.reset();
    m_server.reset();
}

QTEST_GUILESS_MAIN(TestReceivedMessages)
#include "tst_received_messages.moc"
