// TrayIcon offscreen: its tooltip counts the unread messages of the conversation list and follows
// the list's changes; its menu shows the window or quits.
#include "models/ConversationListModel.h"
#include "widgets/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Tandem;

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toolTipText();
    void toolTipFollowsTheList();
    void menuShowsAndQuits();

private:
    static QStandardItem *conversation(qint64 unread)
    {
        auto *item = new QStandardItem;
        item->setData(unread, ConversationListModel::UnreadCountRole);
        return item;
    }
};

void TestTrayIcon::toolTipText()
{
    QCOMPARE(TrayIcon::toolTipFor(0), QStringLiteral("Tandem"));
    // Without a catalogue Qt leaves the plural as written; the number is what matters.
    QCOMPARE(TrayIcon::toolTipFor(1), QStringLiteral("Tandem: 1 unread message(s)"));
    QCOMPARE(TrayIcon::toolTipFor(12), QStringLiteral("Tandem: 12 unread message(s)"));
}

void TestTrayIcon::toolTipFollowsTheList()
{
    QStandardItemModel list;
    list.appendRow(conversation(2));
    TrayIcon tray(&list);
    QCOMPARE(tray.toolTip(), TrayIcon::toolTipFor(2));

    list.appendRow(conversation(3));
    QCOMPARE(tray.toolTip(), TrayIcon::toolTipFor(5));
    list.item(0)->setData(0, ConversationListModel::UnreadCountRole); // read
    QCOMPARE(tray.toolTip(), TrayIcon::toolTipFor(3));
    list.removeRow(1);
    QCOMPARE(tray.toolTip(), TrayIcon::toolTipFor(0));
    list.appendRow(conversation(4));
    list.clear();
    QCOMPARE(tray.toolTip(), TrayIcon::toolTipFor(0));
}

void TestTrayIcon::menuShowsAndQuits()
{
    QStandardItemModel list;
    TrayIcon tray(&list);
    QSignalSpy show(&tray, &TrayIcon::showRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    const QList<QAction *> actions = tray.contextMenu()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(0)->trigger();
    QCOMPARE(show.count(), 1);
    actions.at(1)->trigger();
    QCOMPARE(quit.count(), 1);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_tray_icon.moc"
