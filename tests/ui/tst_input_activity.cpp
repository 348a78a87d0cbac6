// InputActivityFilter: the user's input on the application makes the device active (and so the
// one that notifies); on a headless device, nothing does.
#include "account/ActivityMonitor.h"
#include "activity/InputActivityFilter.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

class TestInputActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyPressMakesTheDeviceActive()
    {
        ActivityMonitor monitor(true);
        InputActivityFilter filter(&monitor);
        qApp->installEventFilter(&filter);
        QSignalSpy changed(&monitor, &ActivityMonitor::reportChanged);
        QLineEdit edit;
        edit.show();
        QTest::keyClick(&edit, Qt::Key_A);
        QVERIFY(monitor.reported().isActive());
        // Typing on is no news: one report for the whole burst.
        const int reports = changed.count();
        QVERIFY(reports >= 1);
        QTest::keyClicks(&edit, QStringLiteral("hello"));
        QCOMPARE(changed.count(), reports);
        qApp->removeEventFilter(&filter);
    }

    void headlessNeverBecomesActive()
    {
        ActivityMonitor monitor(false);
        InputActivityFilter filter(&monitor);
        qApp->installEventFilter(&filter);
        QLineEdit edit;
        edit.show();
        QTest::keyClick(&edit, Qt::Key_A);
        QCOMPARE(int(monitor.reported().state), int(DeviceActivity::State::Unknown));
        qApp->removeEventFilter(&filter);
    }
};

QTEST_MAIN(TestInputActivity)
#include "tst_input_activity.moc"
