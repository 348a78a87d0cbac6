// MessageListModel on a real database: history page plus live messages, checked by
// QAbstractItemModelTester from before the first row arrives.
#include "OfflineAccount.h"
#include "account/Account.h"
#include "models/MessageListModel.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestMessageListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyThenLive();
};

void TestMessageListModel::historyThenLive()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    Account &account = *alice.account;
    const AccountConfig &config = alice.config;
    for (int i = 0; i < 3; ++i)
        QVERIFY(alice.send(QStringLiteral("bob@localhost"), QStringLiteral("old %1").arg(i)));
    MessageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MessageListModel::loaded);
    model.setConversation(account.messageEvents(), QStringLiteral("bob@localhost"), 2);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 2); // the newest page only
    QCOMPARE(model.index(0).data(MessageListModel::BodyRole).toString(), QStringLiteral("old 1"));
    QCOMPARE(model.index(1).data(MessageListModel::BodyRole).toString(), QStringLiteral("old 2"));

    account.sendMessage(QStringLiteral("bob@localhost"), QStringLiteral("new"));
    account.sendMessage(QStringLiteral("carol@localhost"), QStringLiteral("elsewhere"));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data(MessageListModel::BodyRole).toString(), QStringLiteral("new"));
    QCOMPARE(model.index(2).data(MessageListModel::DeliveryStateRole).toInt(),
        int(Message::DeliveryState::Pending));
    QCOMPARE(model.roleNames().value(MessageListModel::BodyRole), QByteArray("body"));

    // An archive catch-up stores older messages: they appear at their time, not at the end.
    Message archived;
    archived.account = config.jid;
    archived.conversation = QStringLiteral("bob@localhost");
    archived.body = QStringLiteral("from the archive");
    archived.serverTime = model.index(0).data(MessageListModel::TimeRole).toDateTime().addSecs(-60);
    archived.rowId = 1000;
    archived.fromArchive = true;
    Message elsewhere = archived;
    elsewhere.conversation = QStringLiteral("carol@localhost");
    account.messageEvents()->reportHistory({ archived, elsewhere }, MessageEvents::Origin::Archive);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0).data(MessageListModel::BodyRole).toString(), QStringLiteral("from the archive"));
}

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_message_list_model.moc"
