// The occupant list draws each role group's heading above its first occupant, and the presence
// as a coloured dot: checked on rows laid out by a real QListView and painted into an image.
#include "models/OccupantListModel.h"
#include "widgets/OccupantDelegate.h"

#include <QListView>
#include <QStandardItemModel>
#include <QTest>

using namespace Tandem;

class TestOccupantDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingsOpenEachGroup();
    void presenceIsADotOfItsColour();
};

static QStandardItem *occupant(const QString &nick, OccupantListModel::Group group, const QString &show = {})
{
    auto *item = new QStandardItem(nick);
    item->setData(nick, OccupantListModel::NickRole);
    item->setData(int(group), OccupantListModel::GroupRole);
    item->setData(OccupantListModel::groupText(group), OccupantListModel::SectionRole);
    item->setData(show, OccupantListModel::ShowRole);
    return item;
}

void TestOccupantDelegate::headingsOpenEachGroup()
{
    QStandardItemModel model;
    model.appendRow(occupant(QStringLiteral("bob"), OccupantListModel::Group::Moderators));
    model.appendRow(occupant(QStringLiteral("alice"), OccupantListModel::Group::Participants));
    model.appendRow(occupant(QStringLiteral("carol"), OccupantListModel::Group::Participants));
    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new OccupantDelegate(&view));
    view.resize(240, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(OccupantDelegate::startsGroup(model.index(0, 0)));
    QVERIFY(OccupantDelegate::startsGroup(model.index(1, 0)));
    QVERIFY(!OccupantDelegate::startsGroup(model.index(2, 0)));
    const int opening = view.visualRect(model.index(1, 0)).height();
    const int plain = view.visualRect(model.index(2, 0)).height();
    QVERIFY2(opening > plain + view.fontMetrics().height() / 2,
        qPrintable(QStringLiteral("%1 %2").arg(opening).arg(plain)));

    // The heading goes when its group has one row fewer at the top: carol opens the group now.
    model.removeRow(1);
    QTRY_COMPARE(view.visualRect(model.index(1, 0)).height(), opening);
}

void TestOccupantDelegate::presenceIsADotOfItsColour()
{
    QVERIFY(
        OccupantDelegate::presenceColor(QString()) != OccupantDelegate::presenceColor(QStringLiteral("dnd")));
    QVERIFY(OccupantDelegate::presenceColor(QStringLiteral("away"))
        != OccupantDelegate::presenceColor(QStringLiteral("dnd")));
    QCOMPARE(OccupantDelegate::presenceColor(QStringLiteral("xa")),
        OccupantDelegate::presenceColor(QStringLiteral("away")));

    QStandardItemModel model;
    model.appendRow(
        occupant(QStringLiteral("dave"), OccupantListModel::Group::Participants, QStringLiteral("dnd")));
    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new OccupantDelegate(&view));
    view.resize(240, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const QColor busy = OccupantDelegate::presenceColor(QStringLiteral("dnd"));
    int found = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < 60; ++x)
            found += image.pixelColor(x, y) == busy;
    QVERIFY2(found >= 4, qPrintable(QString::number(found)));
}

QTEST_MAIN(TestOccupantDelegate)
#include "tst_occupant_delegate.moc"
