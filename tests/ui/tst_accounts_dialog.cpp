// The accounts settings dialog over a real profile and running Instance: removal asks first and
// says the archive stays, the check box stops and starts the account, Add opens AccountDialog.
#include "AccessibleNames.h"
#include "account/Instance.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/AccountsDialog.h"
#include "profile/Profile.h"

#include <QAbstractButton>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestAccountsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesAfterAskingAndTogglesAccounts();
};

void TestAccountsDialog::removesAfterAskingAndTogglesAccounts()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();

    QTemporaryDir dir;
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    QVector<AccountConfig> accounts(2);
    accounts[0].jid = QStringLiteral("alice@localhost");
    accounts[1].jid = QStringLiteral("bob@localhost");
    for (AccountConfig &a : accounts) {
        a.host = QStringLiteral("127.0.0.1");
        a.port = deadPort;
        a.passwordStorage = AccountConfig::PasswordStorage::File;
    }
    profile.saveAccounts(accounts);
    Instance instance(&profile, Instance::Mode::Gui);
    QSignalSpy started(&instance, &Instance::started);
    instance.start();
    QVERIFY(started.wait(10000));
    QCOMPARE(instance.accounts().size(), 2);

    AccountsDialog dialog(&instance);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(
        unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
    auto *list = dialog.findChild<QListView *>(QStringLiteral("accountList"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeAccount"));
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(remove->isEnabled());

    // Cancelled: nothing goes.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmRemoval"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(confirm->text().contains(QStringLiteral("alice@localhost")));
    QVERIFY(confirm->text().contains(QStringLiteral("archive")));
    confirm->button(QMessageBox::Cancel)->click();
    QCOMPARE(profile.accounts().size(), 2);
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("confirmRemoval")));

    // Confirmed: gone from the profile and from the running instance.
    QTest::mouseClick(remove, Qt::LeftButton);
    confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmRemoval"));
    QVERIFY(confirm);
    confirm->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
    QCOMPARE(profile.accounts().size(), 1);
    QVERIFY(!instance.account(QStringLiteral("alice@localhost")));
    QCOMPARE(list->model()->rowCount(), 1);

    // Unchecked: stopped and remembered as disabled; checked again: started.
    const QModelIndex bob = list->model()->index(0, 0);
    QVERIFY(list->model()->setData(bob, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(instance.accounts().isEmpty());
    QVERIFY(!profile.accounts().first().enabled);
    QVERIFY(list->model()->setData(bob, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(instance.account(QStringLiteral("bob@localhost")));
    QVERIFY(profile.accounts().first().enabled);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addAccount")), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<AccountDialog *>() && dialog.findChild<AccountDialog *>()->isVisible());

    bool down = false;
    instance.shutdown([&down] { down = true; });
    QTRY_VERIFY_WITH_TIMEOUT(down, 10000);
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accounts_dialog.moc"
