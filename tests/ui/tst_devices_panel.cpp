// The devices panel, offscreen, on two devices of alice against a real Prosody: on the anchor and
// on the sibling it lists both devices, names the anchor with its reason, the term and who holds
// the room, and offers "make this device the anchor" only where it would change something.
#include "ProsodyFixture.h"
#include "TestDevice.h"
#include "models/DeviceListModel.h"
#include "models/OccupantListModel.h"
#include "rooms/RoomService.h"
#include "widgets/DevicesPanel.h"
#include "widgets/OccupantPanel.h"

#include <QCheckBox>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestDevicesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onAnchorAndOnSibling();
};

void TestDevicesPanel::onAnchorAndOnSibling()
{
    qputenv("TANDEM_SETTLE_MS", "300");
    qputenv("TANDEM_HOLD_DOWN_MS", "1000");
    ProsodyFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));

    TestDevice laptop(server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("laptop"));
    DeviceListModel laptopModel;
    laptopModel.setAccount(laptop.account.get());
    DevicesPanel laptopPanel(&laptopModel);
    laptopPanel.show();
    laptop.start();
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.role()), int(DeviceRole::Solo), 15000);
    const QString room = QStringLiteral("panel@") + server.mucDomain();
    laptop.account->rooms()->join(room);
    QTRY_VERIFY_WITH_TIMEOUT(laptopModel.holderOf(room) == laptop.account->fullJid(), 15000);

    TestDevice desktop(
        server, QStringLiteral("alice"), QStringLiteral("pw-alice"), QStringLiteral("desktop"));
    DeviceListModel desktopModel;
    desktopModel.setAccount(desktop.account.get());
    DevicesPanel desktopPanel(&desktopModel);
    desktopPanel.show();
    desktop.start();
    QTRY_COMPARE_WITH_TIMEOUT(int(desktopModel.status()), int(DeviceListModel::Status::Sibling), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.status()), int(DeviceListModel::Status::Anchor), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(desktopModel.holderOf(room), laptop.account->fullJid(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(int(desktopModel.anchorReason()), int(AnchorReason::LongestRunning), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.anchorReason()), int(AnchorReason::LongestRunning), 10000);

    const QString term = QString::number(laptopModel.term());
    for (DevicesPanel *panel : { &laptopPanel, &desktopPanel }) {
        auto *list = panel->findChild<QListView *>(QStringLiteral("devices"));
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY2(panel->summaryText().contains(laptop.account->fullJid()), qPrintable(panel->summaryText()));
        QVERIFY2(panel->summaryText().contains(QStringLiteral("running the longest")),
            qPrintable(panel->summaryText()));
        QVERIFY2(panel->summaryText().contains(term), qPrintable(panel->summaryText()));
        QVERIFY2(panel->roomsText().contains(room + QStringLiteral(": held by ") + laptop.account->fullJid()),
            qPrintable(panel->roomsText()));
        for (QWidget *control : { static_cast<QWidget *>(panel->findChild<QPushButton *>()),
                 static_cast<QWidget *>(panel->findChild<QCheckBox *>()) }) {
            QVERIFY(control);
            QVERIFY(!control->accessibleName().isEmpty());
        }
    }
    QVERIFY(
        laptopPanel.summaryText().startsWith(DeviceListModel::statusText(DeviceListModel::Status::Anchor)));
    QVERIFY(
        desktopPanel.summaryText().startsWith(DeviceListModel::statusText(DeviceListModel::Status::Sibling)));
    // The anchor has nothing to take over; the sibling does.
    QVERIFY(!laptopPanel.findChild<QPushButton *>(QStringLiteral("makeAnchor"))->isEnabled());
    auto *makeAnchor = desktopPanel.findChild<QPushButton *>(QStringLiteral("makeAnchor"));
    QVERIFY(makeAnchor->isEnabled());

    // The sibling's occupant panel lists the room as relayed by the anchor.
    OccupantPanel occupants;
    occupants.setRoom(desktop.account->rooms(), room);
    occupants.show();
    QTRY_COMPARE_WITH_TIMEOUT(occupants.model()->count(), 1, 10000);
    QCOMPARE(occupants.headerText(), QStringLiteral("Occupants (1)"));

    // The button on the sibling makes it the anchor, and both panels say so.
    QTest::mouseClick(makeAnchor, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(desktopModel.status()), int(DeviceListModel::Status::Anchor), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(laptopPanel.summaryText().contains(desktop.account->fullJid()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        desktopPanel.roomsText().contains(QStringLiteral(": held by ") + desktop.account->fullJid()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!makeAnchor->isEnabled(), 5000);

    // "This device is always on" on the laptop goes to the model and is advertised.
    auto *alwaysOn = laptopPanel.findChild<QCheckBox *>(QStringLiteral("alwaysOn"));
    alwaysOn->click();
    QVERIFY(laptopModel.alwaysOn());
    QTRY_COMPARE_WITH_TIMEOUT(int(laptopModel.status()), int(DeviceListModel::Status::Anchor), 20000);
}

QTEST_MAIN(TestDevicesPanel)
#include "tst_devices_panel.moc"
