// HiddenRooms: the rooms one device hides, per account, kept in its profile across restarts.
#include "profile/HiddenRooms.h"
#include "profile/Profile.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestHiddenRooms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenPerAccountAndKept();
    void privateChatsAreNotHidden();
    void handEditedFileIsRead();
};

namespace {
const QString alice = QStringLiteral("alice@localhost");
const QString work = QStringLiteral("work@conference.localhost");
const QString lounge = QStringLiteral("lounge@conference.localhost");
} // namespace

void TestHiddenRooms::hiddenPerAccountAndKept()
{
    QTemporaryDir dir;
    {
        Profile profile(dir.path());
        HiddenRooms hidden(&profile);
        QSignalSpy changed(&hidden, &HiddenRooms::changed);
        QVERIFY(!hidden.isHidden(alice, work));
        QVERIFY(hidden.setHidden(alice, QStringLiteral("Work@Conference.localhost"), true));
        QVERIFY(hidden.setHidden(alice, lounge, true));
        QVERIFY(!hidden.setHidden(alice, work, true)); // already
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.first().at(0).toString(), alice);
        QCOMPARE(changed.first().at(1).toString(), work);
        QCOMPARE(changed.first().at(2).toBool(), true);
        QVERIFY(hidden.isHidden(alice, work));
        QVERIFY(!hidden.isHidden(QStringLiteral("bob@localhost"), work));
        QCOMPARE(hidden.rooms(alice), (QStringList { lounge, work }));
        QVERIFY(hidden.setHidden(alice, lounge, false));
        QVERIFY(!hidden.setHidden(alice, lounge, false));
    }
    // A restart finds the setting; it lives in the profile, not in the account's accounts.ini.
    Profile again(dir.path());
    QCOMPARE(again.hiddenRooms(alice), QStringList { work });
    HiddenRooms hidden(&again);
    QVERIFY(hidden.isHidden(alice, work));
    QVERIFY(!hidden.isHidden(alice, lounge));
    QVERIFY(hidden.setHidden(alice, work, false));
    QVERIFY(Profile(dir.path()).hiddenRooms(alice).isEmpty());
}

void TestHiddenRooms::privateChatsAreNotHidden()
{
    HiddenRooms hidden(nullptr);
    hidden.setHidden(alice, work, true);
    QVERIFY(hidden.isHidden(alice, work));
    QVERIFY(!hidden.isHidden(alice, work + QStringLiteral("/carol")));
}

void TestHiddenRooms::handEditedFileIsRead()
{
    QTemporaryDir dir;
    {
        QSettings settings(dir.path() + QStringLiteral("/profile.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("hiddenRooms/") + alice,
            QStringList {
                QStringLiteral("WORK@conference.localhost"), QStringLiteral("not a jid"), QString() });
    }
    Profile profile(dir.path());
    HiddenRooms hidden(&profile);
    QVERIFY(hidden.isHidden(alice, work));
    QCOMPARE(hidden.rooms(alice), QStringList { work });
}

QTEST_GUILESS_MAIN(TestHiddenRooms)
#include "tst_hidden_rooms.moc"
