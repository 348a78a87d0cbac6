// Messages that arrive while the database is locked by another program are kept in memory, up
// to a bound; past it they fail. Against a real Prosody that archives them (XEP-0313), those are
// fetched back from the archive as soon as storage works again, without waiting for a reconnect:
// every message bob sent ends up stored once.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "storage/HeldMessages.h"

#include <QXmppMessage.h>

#include <sqlite3.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestStorageRefill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lostWhileLockedComesBackFromTheArchive();
};

void TestStorageRefill::lostWhileLockedComesBackFromTheArchive()
{
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    for (const char *user : { "alice", "bob" })
        QVERIFY2(server.registerUser(
                     QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user), &error),
            qPrintable(error));
    TestDevice alice(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    alice.store->held()->setLimits(1, 1024 * 1024);
    alice.start();
    QVERIFY(alice.waitOnline());
    QXmppClient bob;
    QVERIFY(connectClient(bob, server, QStringLiteral("bob"), QStringLiteral("phone")));

    // Another program locks the database; bob writes three messages: one is held, the others fail.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(alice.dir.filePath(QStringLiteral("tandem.db")).toUtf8().constData(), &other,
                 SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QSignalSpy held(alice.store->held(), &HeldMessages::heldChanged);
    QSignalSpy recovered(alice.store->held(), &HeldMessages::recoveredWithLosses);
    const QStringList bodies { QStringLiteral("while locked 1"), QStringLiteral("while locked 2"),
        QStringLiteral("while locked 3") };
    for (const QString &body : bodies) {
        QXmppMessage m(QString(), QStringLiteral("alice@localhost/laptop"), body);
        m.setType(QXmppMessage::Chat);
        QVERIFY(bob.sendPacket(m));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000);
    // The others find the queue full once they have waited out the lock, and fail.
    QTest::qWait(3000);
    QCOMPARE(alice.store->held()->count(), 1);

    // The lock goes: the held one is stored, and the archive brings the others, once each.
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close_v2(other);
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 40000);
    QVERIFY(recovered.first().first().toInt() >= 1);
    const auto count = [&](const QString &body) {
        int n = 0;
        for (const Message &m : alice.history(QStringLiteral("bob@localhost")))
            n += m.body == body;
        return n;
    };
    for (const QString &body : bodies)
        QTRY_COMPARE_WITH_TIMEOUT(count(body), 1, 15000);
    QCOMPARE(alice.account->state(), Account::State::Online);
}

QTEST_MAIN(TestStorageRefill)
#include "tst_storage_refill.moc"
