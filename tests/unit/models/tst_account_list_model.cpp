// AccountListModel over a real profile and Instance: rows follow accounts added, disabled and
// removed; the check box enables and disables the account in the profile.
#include "account/Instance.h"
#include "models/AccountListModel.h"
#include "profile/Profile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

class TestAccountListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheProfilesAccounts();

private:
    static bool add(Instance *instance, const QString &jid);
};

bool TestAccountListModel::add(Instance *instance, const QString &jid)
{
    AccountConfig config;
    config.jid = jid;
    config.host = QStringLiteral("127.0.0.1");
    config.port = 1; // never reached: the instance is not started
    bool saved = false;
    bool answered = false;
    instance->addAccount(config, QStringLiteral("secret"), [&](const ProfileAccounts::SaveResult &r) {
        saved = r.ok;
        answered = true;
    });
    return QTest::qWaitFor([&] { return answered; }, 10000) && saved;
}

void TestAccountListModel::followsTheProfilesAccounts()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    Instance instance(&profile, Instance::Mode::Gui);
    AccountListModel model(&instance);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(add(&instance, QStringLiteral("alice@example.org")));
    QVERIFY(add(&instance, QStringLiteral("bob@example.org")));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex bob = model.index(1);
    QCOMPARE(bob.data(AccountListModel::JidRole).toString(), QStringLiteral("bob@example.org"));
    QCOMPARE(bob.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(bob.data(AccountListModel::HostRole).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(model.flags(bob) & Qt::ItemIsUserCheckable);

    // Unchecked: disabled in the profile, the row stays and says so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(bob, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(bob.data(AccountListModel::EnabledRole).toBool(), false);
    QVERIFY(!profile.accounts().at(1).enabled);
    QVERIFY(profile.accounts().at(0).enabled);
    QVERIFY(model.setData(bob, true, AccountListModel::EnabledRole));
    QVERIFY(profile.accounts().at(1).enabled);

    instance.removeAccount(QStringLiteral("alice@example.org"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.jidAt(0), QStringLiteral("bob@example.org"));
    QCOMPARE(profile.accounts().size(), 1);
    QVERIFY(model.jidAt(1).isEmpty());
}

QTEST_MAIN(TestAccountListModel)
#include "tst_account_list_model.moc"
