// UnreadTotal over a real ConversationListModel: the sum of unread messages follows what the
// account's messages and reads do to the list.
#include "OfflineAccount.h"
#include "models/ConversationListModel.h"
#include "models/UnreadTotal.h"
#include "storage/MessageEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

class TestUnreadTotal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheList();

private:
    static void incoming(Test::OfflineAccount &alice, const QString &conversation, const QString &body);
};

void TestUnreadTotal::incoming(Test::OfflineAccount &alice, const QString &conversation, const QString &body)
{
    static int counter = 0;
    Message m;
    m.account = alice.config.jid;
    m.conversation = conversation;
    m.sender = conversation + QStringLiteral("/phone");
    m.originId = QStringLiteral("u-%1").arg(++counter);
    m.body = body;
    m.serverTime = m.localTime = QDateTime::fromMSecsSinceEpoch(1000 * counter, Qt::UTC);
    bool stored = false;
    QObject context;
    alice.store.store(m, &context, [&](const StoreResult &r) {
        m.rowId = r.rowId;
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
    alice.account->messageEvents()->reportAdded(m, MessageEvents::Origin::Live);
}

void TestUnreadTotal::followsTheList()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UnreadTotal unread(&model);
    QSignalSpy changed(&unread, &UnreadTotal::totalChanged);
    QCOMPARE(unread.total(), 0);

    model.addAccount(alice.account->messageEvents());
    const QString bob = QStringLiteral("bob@localhost");
    const QString carol = QStringLiteral("carol@localhost");
    incoming(alice, bob, QStringLiteral("one"));
    incoming(alice, bob, QStringLiteral("two"));
    incoming(alice, carol, QStringLiteral("three"));
    QTRY_COMPARE_WITH_TIMEOUT(unread.total(), 3, 5000);
    QCOMPARE(UnreadTotal::count(&model), 3);

    // Our own message is not unread.
    QVERIFY(alice.send(carol, QStringLiteral("reply")));
    QTest::qWait(100);
    QCOMPARE(unread.total(), 3);

    alice.account->messageEvents()->markAllRead(bob);
    QTRY_COMPARE_WITH_TIMEOUT(unread.total(), 1, 5000);
    QCOMPARE(changed.last().at(0).toLongLong(), 1);

    model.removeAccount(alice.config.jid);
    QCOMPARE(unread.total(), 0);
}

QTEST_GUILESS_MAIN(TestUnreadTotal)
#include "tst_unread_total.moc"
