// The account dialog against a real Prosody (a self-signed certificate, as a small server has):
// what a user reads for a wrong password and a closed port, that nothing typed is lost, that the
// certificate is trusted only when asked, and that success saves the account and starts it.
#include "AccessibleNames.h"
#include "ProsodyFixture.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "dialogs/AccountDialog.h"
#include "profile/Profile.h"
#include "session/ConnectionError.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestAccountDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyControlIsNamed();
    void wrongPasswordIsSaidThenTheRightOneAddsTheAccount();
    void aClosedPortIsSaid();

private:
    struct Window
    {
        QTemporaryDir dir;
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Instance> instance;
        std::unique_ptr<AccountDialog> dialog;
    };
    static bool open(Window *window);
    static void fill(
        AccountDialog *dialog, const QString &jid, const QString &password, const QString &host, int port);
    static QString message(AccountDialog *dialog);
    static QPushButton *button(AccountDialog *dialog, const char *name);

    std::unique_ptr<ProsodyFixture> m_server;
};

void TestAccountDialog::initTestCase()
{
    qputenv("TANDEM_CONNECT_TIMEOUT_MS", "10000");
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error),
        qPrintable(error));
}

bool TestAccountDialog::open(Window *window)
{
    window->profile = std::make_unique<Profile>(window->dir.path());
    QString error;
    if (!window->profile->lock(&error))
        return false;
    window->instance = std::make_unique<Instance>(window->profile.get(), Instance::Mode::Gui);
    QSignalSpy started(window->instance.get(), &Instance::started);
    window->instance->start();
    if (!started.wait(10000))
        return false;
    window->dialog = std::make_unique<AccountDialog>(window->instance.get());
    window->dialog->show();
    return QTest::qWaitForWindowExposed(window->dialog.get());
}

void TestAccountDialog::fill(
    AccountDialog *dialog, const QString &jid, const QString &password, const QString &host, int port)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("accountJid"))->setText(jid);
    dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(password);
    dialog->findChild<QGroupBox *>(QStringLiteral("accountAdvanced"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("accountHost"))->setText(host);
    dialog->findChild<QSpinBox *>(QStringLiteral("accountPort"))->setValue(port);
}

QString TestAccountDialog::message(AccountDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("accountMessage"))->text();
}

QPushButton *TestAccountDialog::button(AccountDialog *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

void TestAccountDialog::everyControlIsNamed()
{
    Window window;
    QVERIFY(open(&window));
    const QStringList unnamed = unnamedControls(window.dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAccountDialog::wrongPasswordIsSaidThenTheRightOneAddsTheAccount()
{
    Window window;
    QVERIFY(open(&window));
    AccountDialog *dialog = window.dialog.get();
    QSignalSpy added(dialog, &AccountDialog::accountAdded);
    const QString jid = QStringLiteral("alice@") + m_server->domain();
    fill(dialog, jid, QStringLiteral("wrong"), m_server->host(), m_server->port());
    dialog->findChild<QCheckBox *>(QStringLiteral("accountAlwaysOn"))->setChecked(true);

    // The server's certificate is self-signed: shown by its fingerprint, trusted only on request.
    QPushButton *trust = button(dialog, "trustCertificate");
    QTest::mouseClick(button(dialog, "connectAccount"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 15000);
    QVERIFY2(message(dialog).contains(QStringLiteral("certificate")), qPrintable(message(dialog)));
    QVERIFY(QRegularExpression(QStringLiteral("([0-9A-F]{2}:){31}[0-9A-F]{2}"))
                .match(message(dialog))
                .hasMatch());
    QVERIFY(window.profile->accounts().isEmpty());

    QTest::mouseClick(trust, Qt::LeftButton);
    const QString wrongPassword = ConnectionError(ConnectionError::AuthenticationFailed).message();
    QTRY_COMPARE_WITH_TIMEOUT(message(dialog), wrongPassword, 15000);
    QVERIFY(!trust->isVisible());
    QVERIFY(window.profile->accounts().isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("accountJid"))->text(), jid);
    QCOMPARE(
        dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword"))->text(), QStringLiteral("wrong"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("accountHost"))->text(), m_server->host());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("accountPort"))->value(), int(m_server->port()));
    QVERIFY(dialog->isVisible());

    // The certificate trusted a moment ago still is: the right password is all it takes.
    dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("pw-alice"));
    QTest::mouseClick(button(dialog, "connectAccount"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
    QCOMPARE(added.first().first().toString(), jid);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QVector<AccountConfig> accounts = window.profile->accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().jid, jid);
    QCOMPARE(accounts.first().host, m_server->host());
    QCOMPARE(accounts.first().port, m_server->port());
    QVERIFY(!accounts.first().trustedCertificate.isEmpty());
    QVERIFY(window.profile->alwaysOn());

    // Started in the running instance, and its own connection accepts the trusted certificate.
    Account *account = window.instance->account(jid);
    QVERIFY(account);
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, 20000);

    bool down = false;
    window.instance->shutdown([&down] { down = true; });
    QTRY_VERIFY_WITH_TIMEOUT(down, 10000);
}

void TestAccountDialog::aClosedPortIsSaid()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    Window window;
    QVERIFY(open(&window));
    AccountDialog *dialog = window.dialog.get();
    fill(dialog, QStringLiteral("alice@localhost"), QStringLiteral("pw-alice"), QStringLiteral("127.0.0.1"),
        closedPort);
    QTest::mouseClick(button(dialog, "connectAccount"), Qt::LeftButton);
    const QString refused = ConnectionError(ConnectionError::ConnectionRefused).message();
    QTRY_COMPARE_WITH_TIMEOUT(message(dialog), refused, 15000);
    QVERIFY(dialog->isVisible());
    QVERIFY(button(dialog, "connectAccount")->isEnabled());
    QVERIFY(!button(dialog, "trustCertificate")->isVisible());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("accountPort"))->value(), int(closedPort));
    QVERIFY(window.profile->accounts().isEmpty());
}

QTEST_MAIN(TestAccountDialog)
#include "tst_account_dialog.moc"
