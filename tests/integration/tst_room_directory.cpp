// RoomDirectory against a real Prosody: the server's two group chat services are found (and
// nothing else its disco#items lists), a service lists the public rooms it has with their names,
// a room says whether it is public, a service that does not exist is an error in words, and an
// offline account says so.
#include "XmppTestClient.h"
#include "models/RoomListModel.h"
#include "xmpp/RoomDirectory.h"

#include <QAbstractItemModelTester>
#include <QXmppMucManager.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
/// Names `room` and lists it in the service's directory (muc#roomconfig, XEP-0045 §10.2).
void publish(QXmppClient &owner, const QString &room, const QString &name)
{
    auto field = [](const QString &var, const QVariant &value, QXmppDataForm::Field::Type type) {
        QXmppDataForm::Field f(type);
        f.setKey(var);
        f.setValue(value);
        return f;
    };
    QXmppDataForm form(QXmppDataForm::Submit);
    form.setFields(
        { field(QStringLiteral("FORM_TYPE"), QStringLiteral("http://jabber.org/protocol/muc#roomconfig"),
              QXmppDataForm::Field::HiddenField),
            field(QStringLiteral("muc#roomconfig_roomname"), name, QXmppDataForm::Field::TextSingleField),
            field(QStringLiteral("muc#roomconfig_publicroom"), true, QXmppDataForm::Field::BooleanField) });
    QXmppMucOwnerIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(room);
    iq.setForm(form);
    owner.sendPacket(iq);
}
} // namespace

class TestRoomDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void servicesAndRooms();
    void offline();

private:
    std::unique_ptr<ProsodyFixture> m_server;
};

void TestRoomDirectory::initTestCase()
{
    qRegisterMetaType<QVector<RoomListing>>();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(registerUsers(*m_server, { QStringLiteral("alice"), QStringLiteral("bob") }, &error),
        qPrintable(error));
}

void TestRoomDirectory::servicesAndRooms()
{
    QXmppClient bob;
    QXmppMucManager *muc = connectMucClient(bob, *m_server, QStringLiteral("bob"), QStringLiteral("pc"));
    QVERIFY(muc);
    const QString lounge = QStringLiteral("lounge@") + m_server->mucDomain();
    QXmppMucRoom *room = createRoom(bob, muc, lounge, QStringLiteral("bob"));
    QVERIFY(room->isJoined());
    const QString attic = QStringLiteral("attic@") + m_server->mucDomain();
    createRoom(bob, muc, attic, QStringLiteral("bob"));
    createRoom(bob, muc, QStringLiteral("hidden@") + m_server->mucDomain(), QStringLiteral("bob"));
    publish(bob, lounge, QStringLiteral("The Lounge"));
    publish(bob, attic, QString());
    QTest::qWait(300);

    QXmppClient alice;
    QVERIFY(connectClient(alice, *m_server, QStringLiteral("alice"), QStringLiteral("pc")));
    RoomDirectory directory(&alice);
    QSignalSpy services(&directory, &RoomDirectory::servicesFound);
    directory.findServices();
    QVERIFY(services.isEmpty()); // the answer never comes from within the call
    QVERIFY(services.wait(10000));
    QCOMPARE(services.at(0).at(1).toString(), QString());
    const QStringList found = services.at(0).at(0).toStringList();
    // (the plain service is a subdomain of the first, so the server does not list it)
    QCOMPARE(found, QStringList({ m_server->mucDomain() }));

    RoomListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
    directory.listRooms(m_server->mucDomain());
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.at(0).at(0).toString(), m_server->mucDomain());
    QCOMPARE(listed.at(0).at(2).toString(), QString());
    model.setRooms(listed.at(0).at(1).value<QVector<RoomListing>>());
    // The public rooms (not the hidden one; the plain service is an item too, told apart only
    // by its address), sorted by what is shown: the name, or the address of a room without one.
    QStringList shown;
    for (int i = 0; i < model.rowCount(); ++i)
        shown << model.index(i).data().toString();
    QVERIFY2(!shown.contains(QStringLiteral("hidden@") + m_server->mucDomain()),
        qPrintable(shown.join(QLatin1Char(','))));
    const int a = shown.indexOf(attic), l = shown.indexOf(QStringLiteral("The Lounge"));
    QVERIFY2(a >= 0 && l > a, qPrintable(shown.join(QLatin1Char(','))));
    QCOMPARE(model.index(l).data(RoomListModel::JidRole).toString(), lounge);
    QCOMPARE(model.index(l).data(RoomListModel::NameRole).toString(), QStringLiteral("The Lounge"));
    QCOMPARE(model.roleNames().value(RoomListModel::JidRole), QByteArray("jid"));

    // A room says whether it is listed (what a room's notifications default to depends on it).
    QSignalSpy described(&directory, &RoomDirectory::roomDescribed);
    directory.describeRoom(lounge);
    QVERIFY(described.wait(10000));
    QCOMPARE(described.at(0).at(0).toString(), lounge);
    QVERIFY(described.at(0).at(1).toBool());
    QVERIFY(described.at(0).at(2).toBool());
    directory.describeRoom(QStringLiteral("hidden@") + m_server->mucDomain());
    QTRY_COMPARE_WITH_TIMEOUT(described.size(), 2, 10000);
    QVERIFY(described.at(1).at(1).toBool());
    QVERIFY(!described.at(1).at(2).toBool());
    directory.describeRoom(QStringLiteral("nobody-here@") + m_server->mucDomain());
    QTRY_COMPARE_WITH_TIMEOUT(described.size(), 3, 10000);
    QVERIFY(!described.at(2).at(1).toBool());

    // A service that is not there: an error, no rooms.
    listed.clear();
    directory.listRooms(QStringLiteral("nowhere.localhost"));
    QVERIFY(listed.wait(10000));
    QVERIFY(listed.at(0).at(1).value<QVector<RoomListing>>().isEmpty());
    QVERIFY(!listed.at(0).at(2).toString().isEmpty());
}

void TestRoomDirectory::offline()
{
    QXmppClient nobody;
    RoomDirectory directory(&nobody);
    QSignalSpy services(&directory, &RoomDirectory::servicesFound);
    QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
    directory.findServices();
    directory.listRooms(QStringLiteral("conference.localhost"));
    QSignalSpy described(&directory, &RoomDirectory::roomDescribed);
    directory.describeRoom(QStringLiteral("tea@conference.localhost"));
    QCOMPARE(described.size(), 1);
    QVERIFY(!described.at(0).at(1).toBool());
    QCOMPARE(services.size(), 1);
    QVERIFY(!services.at(0).at(1).toString().isEmpty());
    QCOMPARE(listed.size(), 1);
    QVERIFY(!listed.at(0).at(2).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRoomDirectory)
#include "tst_room_directory.moc"
