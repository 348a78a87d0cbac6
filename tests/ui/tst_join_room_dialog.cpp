// The join dialog against a real Prosody: it finds the server's group chat service and lists
// its public rooms, refuses an address that is none, says in words why a password room and a
// members-only room refused the account (keeping what was typed), and closes once the room
// lets the account in with the right password. Every control has a name.
#include "AccessibleNames.h"
#include "WindowProfile.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "ctl/StatusText.h"
#include "dialogs/JoinRoomDialog.h"
#include "rooms/RoomService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
QXmppDataForm::Field field(const QString &var, const QVariant &value, QXmppDataForm::Field::Type type)
{
    QXmppDataForm::Field f(type);
    f.setKey(var);
    f.setValue(value);
    return f;
}

/// Configures `room` (muc#roomconfig, XEP-0045 §10.2) with `fields` beside the form type.
void configure(QXmppClient &owner, const QString &room, QList<QXmppDataForm::Field> fields)
{
    fields.prepend(field(QStringLiteral("FORM_TYPE"),
        QStringLiteral("http://jabber.org/protocol/muc#roomconfig"), QXmppDataForm::Field::HiddenField));
    QXmppDataForm form(QXmppDataForm::Submit);
    form.setFields(fields);
    QXmppMucOwnerIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(room);
    iq.setForm(form);
    owner.sendPacket(iq);
}
} // namespace

class TestJoinRoomDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browsesTheService();
    void refusalsInWords();
    void joinsWithThePassword();
    void cleanupTestCase();

private:
    JoinRoomDialog *openDialog();
    QString errorShown(JoinRoomDialog *dialog) const;

    ProsodyFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Instance> m_instance;
    QXmppClient m_bob;
    QString m_lounge, m_secret, m_members;
};

void TestJoinRoomDialog::initTestCase()
{
    qputenv("TANDEM_SETTLE_MS", "200");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(registerUsers(m_server, { QStringLiteral("alice"), QStringLiteral("bob") }, &error),
        qPrintable(error));

    // bob's rooms: a public one, a public one with a password, a members-only one.
    QXmppMucManager *muc = connectMucClient(m_bob, m_server, QStringLiteral("bob"), QStringLiteral("pc"));
    QVERIFY(muc);
    m_lounge = QStringLiteral("lounge@") + m_server.mucDomain();
    m_secret = QStringLiteral("secret@") + m_server.mucDomain();
    m_members = QStringLiteral("members@") + m_server.mucDomain();
    for (const QString &room : { m_lounge, m_secret, m_members })
        QVERIFY(createRoom(m_bob, muc, room, QStringLiteral("bob"))->isJoined());
    configure(m_bob, m_lounge,
        { field(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("The Lounge"),
              QXmppDataForm::Field::TextSingleField),
            field(QStringLiteral("muc#roomconfig_publicroom"), true, QXmppDataForm::Field::BooleanField) });
    configure(m_bob, m_secret,
        { field(QStringLiteral("muc#roomconfig_passwordprotectedroom"), true,
              QXmppDataForm::Field::BooleanField),
            field(QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("sesame"),
                QXmppDataForm::Field::TextPrivateField) });
    configure(m_bob, m_members,
        { field(QStringLiteral("muc#roomconfig_membersonly"), true, QXmppDataForm::Field::BooleanField) });
    QTest::qWait(300);

    QVERIFY2(writeWindowProfile(m_dir.path(), m_server, QStringLiteral("alice"), &error), qPrintable(error));
    m_profile = std::make_unique<Profile>(m_dir.path());
    QVERIFY(m_profile->lock(&error));
    m_instance = std::make_unique<Instance>(m_profile.get(), Instance::Mode::Gui);
    QSignalSpy started(m_instance.get(), &Instance::started);
    m_instance->start();
    QVERIFY(started.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_instance->account()->state(), Account::State::Online, 15000);
}

JoinRoomDialog *TestJoinRoomDialog::openDialog()
{
    auto *dialog = new JoinRoomDialog(m_instance->account());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString TestJoinRoomDialog::errorShown(JoinRoomDialog *dialog) const
{
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("joinMessage"));
    return message && message->isVisible() ? message->text() : QString();
}

void TestJoinRoomDialog::browsesTheService()
{
    JoinRoomDialog *dialog = openDialog();
    auto *service = dialog->findChild<QComboBox *>(QStringLiteral("roomService"));
    auto *list = dialog->findChild<QListView *>(QStringLiteral("roomList"));
    QTRY_COMPARE_WITH_TIMEOUT(service->currentText(), m_server.mucDomain(), 10000);
    auto row = [list](const QString &shown) {
        for (int i = 0; i < list->model()->rowCount(); ++i)
            if (list->model()->index(i, 0).data().toString() == shown)
                return i;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("The Lounge")) >= 0, 10000);
    QCOMPARE(row(m_members), -1); // not public

    // The filter narrows the list; a click puts the room's address in the address line.
    dialog->findChild<QLineEdit *>(QStringLiteral("roomFilter"))->setText(QStringLiteral("loun"));
    QCOMPARE(list->model()->rowCount(), 1);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
    QCOMPARE(dialog->room(), m_lounge);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("roomNick"))->text(),
        m_instance->account()->rooms()->defaultNick());

    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    dialog->close();
}

void TestJoinRoomDialog::refusalsInWords()
{
    JoinRoomDialog *dialog = openDialog();
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("roomAddress"));
    auto *nick = dialog->findChild<QLineEdit *>(QStringLiteral("roomNick"));
    auto *joinButton = dialog->findChild<QPushButton *>(QStringLiteral("joinButton"));
    QSignalSpy joined(dialog, &JoinRoomDialog::joined);

    nick->clear();
    address->setText(m_secret);
    QVERIFY(!joinButton->isEnabled()); // no nick
    nick->setText(QStringLiteral("ally"));

    // Not an address at all.
    address->setText(QStringLiteral("no room here"));
    QTest::mouseClick(joinButton, Qt::LeftButton);
    QVERIFY2(errorShown(dialog).contains(QStringLiteral("no room here")), qPrintable(errorShown(dialog)));
    QVERIFY(dialog->isVisible());

    // The password room without the password: refused, in words, with what was typed kept.
    address->setText(m_secret);
    QTest::mouseClick(joinButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        errorShown(dialog).contains(StatusText::joinError(QStringLiteral("not-authorized"))), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(address->text(), m_secret);
    QCOMPARE(nick->text(), QStringLiteral("ally"));
    QVERIFY(address->isEnabled() && joinButton->isEnabled());

    // Members only.
    address->setText(m_members);
    QTest::mouseClick(joinButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        errorShown(dialog).contains(StatusText::joinError(QStringLiteral("registration-required"))), 15000);
    QVERIFY(joined.isEmpty());
    const RoomMirror *secret = m_instance->account()->rooms()->mirror(m_secret);
    QVERIFY(!secret || secret->state() != RoomMirror::State::Joined);
    dialog->close();
}

void TestJoinRoomDialog::joinsWithThePassword()
{
    JoinRoomDialog *dialog = openDialog();
    QSignalSpy joined(dialog, &JoinRoomDialog::joined);
    QSignalSpy finished(dialog, &QDialog::finished);
    dialog->setRoom(m_secret);
    dialog->findChild<QLineEdit *>(QStringLiteral("roomPassword"))->setText(QStringLiteral("sesame"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("joinButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, 15000);
    QCOMPARE(joined.at(0).at(0).toString(), m_secret);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    const RoomMirror *mirror = m_instance->account()->rooms()->mirror(m_secret);
    QVERIFY(mirror && mirror->state() == RoomMirror::State::Joined);
    QCOMPARE(mirror->ownNick(), m_instance->account()->rooms()->defaultNick());
}

void TestJoinRoomDialog::cleanupTestCase()
{
    if (m_instance) {
        bool down = false;
        m_instance->shutdown([&down] { down = true; });
        QTRY_VERIFY_WITH_TIMEOUT(down, 10000);
    }
    m_instance.reset();
}

QTEST_MAIN(TestJoinRoomDialog)
#include "tst_join_room_dialog.moc"
