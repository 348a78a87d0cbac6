// Catch-up served by the anchor (PROTOCOL.md §9.3), on a room whose service keeps no archive:
// whatever a sibling missed can only come from the anchor's store. Two alice devices (the
// always-on one is the anchor) and bob, a plain client.
#include "AliceDevices.h"
#include "XmppTestClient.h"

#include <QSet>
#include <QXmppMucManager.h>

using namespace Tandem::Test;

class TestAnchorCatchUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void siblingCatchesUpFromTheAnchorAfterAStop();
    void newDeviceGetsRecentHistoryFromTheAnchor();

private:
    /// Body → rows on `device` of messages in `room` whose body starts with `prefix`.
    QHash<QString, int> rows(const QString &device, const QString &prefix) const;

    std::unique_ptr<ProsodyFixture> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AliceDevices> m_alice;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMucManager *m_bobMuc = nullptr;
    QXmppMucRoom *m_room = nullptr;
    QString m_jid;
};

void TestAnchorCatchUp::initTestCase()
{
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(registerUsers(*m_server, { QStringLiteral("alice"), QStringLiteral("bob") }, &error),
        qPrintable(error));
    m_alice = std::make_unique<AliceDevices>(*m_server, m_dir.path());
    m_alice->start(QStringLiteral("home"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("home")), QStringLiteral("solo"), 30000);
    m_alice->start(QStringLiteral("laptop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("home")), QStringLiteral("anchor"), 30000);

    m_bob = std::make_unique<QXmppClient>();
    m_bobMuc = connectMucClient(*m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("plain"));
    QVERIFY(m_bobMuc);
    m_jid = QStringLiteral("quiet@") + m_server->plainMucDomain();
    m_room = createRoom(*m_bob, m_bobMuc, m_jid, QStringLiteral("bob"));
    QCOMPARE(
        m_alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), m_jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(m_room->participants().size(), 2, 10000);
}

void TestAnchorCatchUp::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
}

QHash<QString, int> TestAnchorCatchUp::rows(const QString &device, const QString &prefix) const
{
    QHash<QString, int> result;
    for (const QJsonValue &v : m_alice->history(device, m_jid, 5000)) {
        const QString body = v.toObject()[QStringLiteral("body")].toString();
        if (body.startsWith(prefix))
            ++result[body];
    }
    return result;
}

void TestAnchorCatchUp::siblingCatchesUpFromTheAnchorAfterAStop()
{
    // Live first, so the laptop has a newest message to continue after.
    for (int i = 0; i < 5; ++i)
        m_room->sendMessage(QStringLiteral("live %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("laptop"), QStringLiteral("live ")).size(), 5, 15000);

    m_alice->stop(QStringLiteral("laptop"));
    // More than two pages of 50: the catch-up must page.
    constexpr int missed = 120;
    for (int i = 0; i < missed; ++i) {
        m_room->sendMessage(QStringLiteral("missed %1").arg(i));
        QTest::qWait(5);
    }
    QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("home"), QStringLiteral("missed ")).size(), missed, 15000);

    m_alice->start(QStringLiteral("laptop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("laptop")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        rows(QStringLiteral("laptop"), QStringLiteral("missed ")).size(), missed, 30000);
    // Exactly once: nothing of the overlap with what the laptop had was stored again.
    QTest::qWait(1000);
    for (const QString &prefix : { QStringLiteral("missed "), QStringLiteral("live ") }) {
        const auto counts = rows(QStringLiteral("laptop"), prefix);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(
                it.value() == 1, qPrintable(it.key() + QStringLiteral(" stored %1 times").arg(it.value())));
    }
    QCOMPARE(rows(QStringLiteral("laptop"), QStringLiteral("live ")).size(), 5);

    // Live traffic goes on as before.
    m_room->sendMessage(QStringLiteral("after"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_alice->count(QStringLiteral("laptop"), m_jid, QStringLiteral("after")), 1, 15000);
}

void TestAnchorCatchUp::newDeviceGetsRecentHistoryFromTheAnchor()
{
    m_alice->start(QStringLiteral("tablet"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->role(QStringLiteral("tablet")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_alice->count(QStringLiteral("tablet"), m_jid, QStringLiteral("after")), 1, 30000);
    // The newest page, as a join with history would show, each message once.
    const QJsonArray history = m_alice->history(QStringLiteral("tablet"), m_jid, 5000);
    QCOMPARE(history.size(), 50);
    QSet<QString> bodies;
    for (const QJsonValue &v : history)
        bodies.insert(v.toObject()[QStringLiteral("body")].toString());
    QCOMPARE(bodies.size(), 50);
    QVERIFY(bodies.contains(QStringLiteral("missed 119")));
}

QTEST_GUILESS_MAIN(TestAnchorCatchUp)
#include "tst_anchor_catch_up.moc"
