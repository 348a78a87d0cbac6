// ConversationListModel on a real database: the account's conversations, most recent first,
// kept current by MessageEvents alone; checked by QAbstractItemModelTester from the start.
#include "OfflineAccount.h"
#include "account/Account.h"
#include "models/ConversationListModel.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestConversationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheAccountsMessages();
};

void TestConversationListModel::followsTheAccountsMessages()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    Account &account = *alice.account;
    const AccountConfig &config = alice.config;
    MessageStore &store = alice.store;
    QVERIFY(alice.send(QStringLiteral("bob@localhost"), QStringLiteral("to bob")));
    QTest::qWait(5); // distinct times: the list is ordered by the newest message
    QVERIFY(alice.send(QStringLiteral("carol@localhost"), QStringLiteral("to carol")));

    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    model.setAccount(account.messageEvents());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("carol@localhost"));
    QCOMPARE(model.index(1).data(ConversationListModel::LastBodyRole).toString(), QStringLiteral("to bob"));
    QCOMPARE(model.rowOf(QStringLiteral("bob@localhost")), 1);
    QCOMPARE(model.roleNames().value(ConversationListModel::LastBodyRole), QByteArray("lastBody"));

    // News moves a conversation to the top.
    QTest::qWait(5);
    QVERIFY(alice.send(QStringLiteral("bob@localhost"), QStringLiteral("bob again")));
    QTRY_COMPARE(model.index(0).data().toString(), QStringLiteral("bob@localhost"));
    QCOMPARE(model.index(0).data(ConversationListModel::MessageCountRole).toLongLong(), 2);

    // History (here, as an archive sync reports it) brings a conversation never seen live.
    Message archived;
    archived.account = config.jid;
    archived.conversation = QStringLiteral("dave@localhost");
    archived.sender = QStringLiteral("dave@localhost/phone");
    archived.body = QStringLiteral("from the archive");
    archived.serverTime = archived.localTime = QDateTime::currentDateTimeUtc().addDays(-1);
    archived.fromArchive = true;
    bool stored = false;
    store.store(archived, this, [&](const StoreResult &r) {
        archived.rowId = r.rowId;
        stored = r.inserted;
    });
    QTRY_VERIFY(stored);
    QCOMPARE(model.rowCount(), 2); // the store alone says nothing to the model
    account.messageEvents()->reportHistory({ archived }, MessageEvents::Origin::Archive);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("dave@localhost"));

    // Another account's list is another model's business.
    model.setAccount(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversation_list_model.moc"
