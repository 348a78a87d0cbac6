// A screen reader names every control of the window: the test walks the accessibility tree of
// every top-level widget (the main window with a conversation open, and each dialog it opens) and
// fails on an interactive control without an accessible name.
#include "AccessibleNames.h"
#include "MainWindow.h"
#include "OfflineProfile.h"
#include "account/Instance.h"
#include "profile/Profile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlOfTheWindowIsNamed();
};

void TestAccessibility::everyControlOfTheWindowIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeOfflineProfile(dir.path()));
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    window.openUri(QStringLiteral("xmpp:bob@localhost"));
    // The panels the window opens on demand are named too.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("searchDock")));
    if (auto *devices = window.findChild<QAbstractButton *>(QStringLiteral("deviceStatus")))
        devices->click();
    QTest::qWait(200);

    QAccessible::setActive(true);
    QStringList unnamed;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible())
            unnamed += unnamedControls(top);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
