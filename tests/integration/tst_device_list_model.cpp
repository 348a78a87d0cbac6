// DeviceListModel on two devices of alice against a real Prosody: both list both devices, the
// anchor first with its reason, the same term, and the room the anchor holds; "make this device
// the anchor" on the sibling turns the roles round on both, and "always on" is advertised.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "account/Coordinator.h"
#include "models/DeviceListModel.h"
#include "rooms/RoomService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestDeviceListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anchorAndSiblingOnBoth();
};

void TestDeviceListModel::anchorAndSiblingOnBoth()
{
    qputenv("TANDEM_SETTLE_MS", "300");
    qputenv("TANDEM_HOLD_DOWN_MS", "1000");
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));

    TestDevice laptop(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    DeviceListModel laptopModel;
    QAbstractItemModelTester laptopTester(
        &laptopModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    laptopModel.setAccount(laptop.account.get());
    QCOMPARE(laptopModel.rowCount(), 0);
    QCOMPARE(int(laptopModel.status()), int(DeviceListModel::Status::Offline));
    QSignalSpy laptopInserted(&laptopModel, &QAbstractItemModel::rowsInserted);
    QSignalSpy laptopResets(&laptopModel, &QAbstractItemModel::modelReset);
    QSignalSpy laptopSummary(&laptopModel, &DeviceListModel::summaryChanged);

    laptop.start();
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.role()), int(DeviceRole::Solo), 15000);
    QCOMPARE(laptopModel.rowCount(), 1);
    QCOMPARE(int(laptopModel.status()), int(DeviceListModel::Status::Solo));
    QCOMPARE(int(laptopModel.anchorReason()), int(AnchorReason::Alone));
    QVERIFY(laptopModel.index(0).data(DeviceListModel::IsSelfRole).toBool());
    QVERIFY(laptopModel.index(0).data().toString().contains(QStringLiteral("(this device)")));
    QVERIFY(!laptopSummary.isEmpty());

    const QString room = QStringLiteral("devices@") + server.mucDomain();
    laptop.account->rooms()->join(room);
    QTRY_VERIFY_WITH_TIMEOUT(laptopModel.rooms().contains(room), 15000);
    QCOMPARE(laptopModel.holderOf(room), laptop.account->fullJid());

    TestDevice desktop(
        server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desktop"));
    DeviceListModel desktopModel;
    QAbstractItemModelTester desktopTester(
        &desktopModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    desktopModel.setAccount(desktop.account.get());
    QSignalSpy desktopResets(&desktopModel, &QAbstractItemModel::modelReset);
    desktop.start();

    // The laptop has run longer: it stays the anchor, the desktop follows it.
    QTRY_COMPARE_WITH_TIMEOUT(int(desktopModel.role()), int(DeviceRole::Sibling), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.role()), int(DeviceRole::Anchor), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(desktopModel.rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(laptopModel.rowCount(), 2, 10000);
    QCOMPARE(laptopInserted.size(), 2);
    for (DeviceListModel *model : { &laptopModel, &desktopModel }) {
        QTRY_COMPARE_WITH_TIMEOUT(int(model->anchorReason()), int(AnchorReason::LongestRunning), 10000);
        QCOMPARE(model->anchor(), laptop.account->fullJid());
        QCOMPARE(model->index(0).data(DeviceListModel::FullJidRole).toString(), laptop.account->fullJid());
        QVERIFY(model->index(0).data(DeviceListModel::IsAnchorRole).toBool());
        QCOMPARE(model->index(0).data(DeviceListModel::AnchorReasonTextRole).toString(),
            QStringLiteral("running the longest"));
        QCOMPARE(model->index(1).data(DeviceListModel::DeviceRoleRole).toInt(), int(DeviceRole::Sibling));
        QVERIFY(!model->index(1).data(DeviceListModel::IsAnchorRole).toBool());
        QCOMPARE(model->index(1).data(DeviceListModel::AnchorReasonRole).toInt(), int(AnchorReason::None));
    }
    QCOMPARE(laptopModel.term(), desktopModel.term());
    QVERIFY(laptopModel.index(0).data(DeviceListModel::IsSelfRole).toBool());
    QVERIFY(desktopModel.index(1).data(DeviceListModel::IsSelfRole).toBool());
    QCOMPARE(int(desktopModel.status()), int(DeviceListModel::Status::Sibling));
    QCOMPARE(int(laptopModel.status()), int(DeviceListModel::Status::Anchor));
    // The sibling sees the room through the anchor, and knows who holds it.
    QTRY_COMPARE_WITH_TIMEOUT(desktopModel.holderOf(room), laptop.account->fullJid(), 10000);
    QCOMPARE(desktopModel.index(0).data(DeviceListModel::HeldRoomsRole).toStringList(), QStringList { room });

    // "Make this device the anchor" on the desktop: a takeover, seen on both.
    const quint64 termBefore = laptopModel.term();
    QSignalSpy laptopMoved(&laptopModel, &QAbstractItemModel::rowsMoved);
    desktopModel.preferThisDevice();
    QTRY_COMPARE_WITH_TIMEOUT(int(desktopModel.role()), int(DeviceRole::Anchor), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.role()), int(DeviceRole::Sibling), 20000);
    for (DeviceListModel *model : { &laptopModel, &desktopModel }) {
        QTRY_COMPARE_WITH_TIMEOUT(model->anchor(), desktop.account->fullJid(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(int(model->anchorReason()), int(AnchorReason::Chosen), 10000);
        QCOMPARE(model->index(0).data(DeviceListModel::FullJidRole).toString(), desktop.account->fullJid());
        QVERIFY(model->term() > termBefore);
    }
    QVERIFY(laptopMoved.size() >= 1); // the anchor row moved up, not a reset
    QTRY_COMPARE_WITH_TIMEOUT(laptopModel.holderOf(room), desktop.account->fullJid(), 15000);

    // "This device is always on" on the laptop: always-on ranks first, so it takes the rooms back.
    QVERIFY(!laptopModel.alwaysOn());
    laptopModel.setAlwaysOn(true);
    QVERIFY(laptopModel.alwaysOn());
    QTRY_VERIFY_WITH_TIMEOUT(desktopModel.index(desktopModel.rowOf(laptop.account->fullJid()))
                                 .data(DeviceListModel::AlwaysOnRole)
                                 .toBool(),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.role()), int(DeviceRole::Anchor), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(desktopModel.anchorReason()), int(AnchorReason::AlwaysOn), 10000);

    QCOMPARE(laptopResets.size(), 0);
    QCOMPARE(desktopResets.size(), 0);

    // The desktop goes away: the laptop lists itself alone again.
    desktop.account->stop();
    QTRY_COMPARE_WITH_TIMEOUT(laptopModel.rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.anchorReason()), int(AnchorReason::Alone), 15000);
}

QTEST_MAIN(TestDeviceListModel)
#include "tst_device_list_model.moc"
