// IqTracker against a real Prosody 0.12: a result, a defined error, a peer that never answers
// (and a reply forged by another resource that does not count), a destroyed context, a
// disconnect with a request in flight, and a request made while offline.
#include "BookmarkDevice.h"
#include "xmpp/IqTracker.h"

#include <QXmppPingIq.h>

#include <optional>

using namespace Tandem;
using namespace Tandem::Test;

class TestIqTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outcomes();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestIqTracker::initTestCase()
{
    qRegisterMetaType<QXmppMessage>();
    m_server = startBookmarkServer();
    QVERIFY(m_server);
}

void TestIqTracker::outcomes()
{
    BookmarkDevice frank(*m_server, QStringLiteral("frank"), QStringLiteral("pc"), /*withManager=*/false);
    BookmarkDevice silent(*m_server, QStringLiteral("bob"), QStringLiteral("silent"), /*withManager=*/false);
    BookmarkDevice mallory(
        *m_server, QStringLiteral("bob"), QStringLiteral("mallory"), /*withManager=*/false);
    silent.client.insertExtension(0, new BlackHole);
    QVERIFY(frank.start());
    QVERIFY(silent.start());
    QVERIFY(mallory.start());
    IqTracker *tracker = IqTracker::of(&frank.client);
    QCOMPARE(IqTracker::of(&frank.client), tracker); // one per client

    // Result, from the server, with the reply in hand.
    std::optional<IqResponse> pong;
    tracker->send(QXmppPingIq(), nullptr, [&](const IqResponse &r) { pong = r; });
    QVERIFY(!pong); // never called from within send()
    QTRY_VERIFY_WITH_TIMEOUT(pong.has_value(), Wait);
    QCOMPARE(pong->outcome, IqResponse::Outcome::Result);
    QCOMPARE(pong->stanza.attribute(QStringLiteral("type")), QStringLiteral("result"));

    // A defined error condition.
    QXmppPingIq toNobody;
    toNobody.setTo(QStringLiteral("nobody@localhost/x"));
    std::optional<IqResponse> error;
    tracker->send(toNobody, nullptr, [&](const IqResponse &r) { error = r; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), Wait);
    QCOMPARE(error->outcome, IqResponse::Outcome::Error);
    QVERIFY2(!error->condition.isEmpty(), qPrintable(error->describe()));

    // Timeout; and a reply forged by someone else with the right id does not count.
    QXmppPingIq toSilent;
    toSilent.setTo(silent.fullJid());
    std::optional<IqResponse> timedOut;
    const QString id = tracker->send(
        toSilent, nullptr, [&](const IqResponse &r) { timedOut = r; }, 1500);
    QXmppIq forged(QXmppIq::Result);
    forged.setId(id);
    forged.setTo(frank.fullJid());
    QVERIFY(mallory.client.sendPacket(forged));
    QTRY_VERIFY_WITH_TIMEOUT(timedOut.has_value(), Wait);
    QCOMPARE(timedOut->outcome, IqResponse::Outcome::Timeout);

    // A destroyed context drops the callback.
    bool called = false;
    {
        QObject context;
        tracker->send(QXmppPingIq(), &context, [&](const IqResponse &) { called = true; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(tracker->pendingCount(), 0, Wait);
    QTest::qWait(100);
    QVERIFY(!called);

    // Disconnected while waiting; NotSent when offline.
    std::optional<IqResponse> cut;
    tracker->send(toSilent, nullptr, [&](const IqResponse &r) { cut = r; });
    frank.client.disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(cut.has_value(), Wait);
    QCOMPARE(cut->outcome, IqResponse::Outcome::Disconnected);
    std::optional<IqResponse> offline;
    tracker->send(QXmppPingIq(), nullptr, [&](const IqResponse &r) { offline = r; });
    QVERIFY(!offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline.has_value(), Wait);
    QCOMPARE(offline->outcome, IqResponse::Outcome::NotSent);
    QCOMPARE(tracker->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestIqTracker)
#include "tst_iq_tracker.moc"
