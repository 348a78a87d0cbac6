// RosterModel on alice's roster against a real Prosody: a contact added, subscribed to, seen
// online, renamed, gone offline and removed is each one insert, dataChanged, move or remove.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "XmppTestClient.h"
#include "models/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QXmppRosterManager.h>

using namespace Tandem;
using namespace Tandem::Test;

class TestRosterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheRoster();
};

void TestRosterModel::followsTheRoster()
{
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));
    QVERIFY(server.registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), &error));

    TestDevice alice(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    auto *roster = alice.account->client()->findExtension<QXmppRosterManager>();
    QVERIFY(roster);
    RosterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoster(roster);
    QSignalSpy received(roster, &QXmppRosterManager::rosterReceived);
    alice.start();
    QVERIFY(alice.waitOnline());
    QTRY_VERIFY_WITH_TIMEOUT(roster->isRosterReceived(), 10000);
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QString bobJid = QStringLiteral("bob@") + server.domain();
    const QString carolJid = QStringLiteral("carol@") + server.domain();
    roster->addItem(carolJid, QStringLiteral("Carol"));
    roster->addItem(bobJid, QStringLiteral("Bob"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Bob")); // sorted by name
    QCOMPARE(model.index(0).data(RosterModel::JidRole).toString(), bobJid);
    QCOMPARE(model.index(0).data(RosterModel::SubscriptionRole).toString(), QStringLiteral("none"));
    QVERIFY(!model.index(0).data(RosterModel::OnlineRole).toBool());

    // Bob accepts alice's subscription and comes online, away: alice sees it.
    QXmppClient bob;
    auto *bobRoster = bob.findExtension<QXmppRosterManager>();
    connect(bobRoster, &QXmppRosterManager::subscriptionReceived, bobRoster,
        [bobRoster](const QString &jid) { bobRoster->acceptSubscription(jid); });
    QVERIFY(connectClient(bob, server, QStringLiteral("bob"), QStringLiteral("phone")));
    roster->subscribe(bobJid);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(bobJid)).data(RosterModel::SubscriptionRole).toString(),
        QStringLiteral("to"), 10000);
    QXmppPresence away;
    away.setAvailableStatusType(QXmppPresence::Away);
    away.setStatusText(QStringLiteral("lunch"));
    bob.setClientPresence(away);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(model.rowOf(bobJid)).data(RosterModel::OnlineRole).toBool(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(bobJid)).data(RosterModel::ShowRole).toString(),
        QStringLiteral("away"), 10000);
    QCOMPARE(model.index(model.rowOf(bobJid)).data(RosterModel::StatusTextRole).toString(),
        QStringLiteral("lunch"));
    QVERIFY(!changed.isEmpty());

    // Renamed past carol: a move.
    roster->renameItem(bobJid, QStringLiteral("Zed"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(bobJid), 1, 10000);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Zed"));

    bob.disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(model.rowOf(bobJid)).data(RosterModel::OnlineRole).toBool(), 10000);

    roster->removeItem(carolJid);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
}

QTEST_MAIN(TestRosterModel)
#include "tst_roster_model.moc"
