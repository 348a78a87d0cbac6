// How the account leaves rooms, with real processes of alice and bob as a plain client (the
// room's owner): a leave, a kick and a ban are seen on every device, with their reason; what
// the account's bookmarks keep of them; joins refused, and the reasons the siblings get.
#include "AccountRoomsWorld.h"
#include "rooms/BookmarkExit.h"
#include "xmpp/BookmarksManager0402.h"

#include <QDomDocument>
#include <QXmppDataForm.h>
#include <QXmppElement.h>
#include <QXmppMucIq.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
} // namespace

class TestRoomExits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void leaveIsSeenEverywhere();
    void kickAndBanAreSeenEverywhere();
    void destroyIsSeenEverywhere();
    void membershipLossIsSeenEverywhere();
    void refusedJoinsReachTheSibling();

private:
    QString room(const QString &name) const { return m_w->room(name); }
    QXmppMucRoom *bobCreates(const QString &name) { return m_w->bobCreates(name); }
    int bobReceived(const QString &body) const { return m_w->bobReceived(body); }

    /// The account's bookmark of `jid` as the server pushes it to a plain session of alice.
    std::optional<RoomBookmark> bookmark(const QString &jid) const { return m_bookmarks->bookmark(jid); }
    /// Whether the bookmark says autojoin is off, and records `reason` (BookmarkExit).
    bool bookmarkSays(const QString &jid, RoomMirror::LeaveReason reason) const
    {
        const auto b = bookmark(jid);
        return b && !b->autojoin && BookmarkExit::read(*b) == reason;
    }
    /// Bob, the owner, submits the room configuration form with `fields` (muc#roomconfig_…).
    void configure(const QString &jid, const QList<QPair<QString, QVariant>> &fields);
    void setAffiliation(QXmppMucRoom *room, QXmppMucItem::Affiliation affiliation);

    std::unique_ptr<AccountRoomsWorld> m_w;
    std::unique_ptr<QXmppClient> m_inspector;
    BookmarksManager0402 *m_bookmarks = nullptr;
};

void TestRoomExits::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
    // A plain session of alice that follows the bookmarks as the server has them.
    m_inspector = std::make_unique<QXmppClient>();
    m_bookmarks = new BookmarksManager0402;
    m_inspector->addExtension(m_bookmarks);
    QSignalSpy fetched(m_bookmarks, &BookmarksManager0402::bookmarksReceived);
    QVERIFY(connectClient(*m_inspector, *m_w->server, QStringLiteral("alice"), QStringLiteral("inspector")));
    QVERIFY(fetched.count() > 0 || fetched.wait(10000));
    QCOMPARE(m_bookmarks->backend(), BookmarksManager0402::Backend::Pep);
}

void TestRoomExits::cleanupTestCase()
{
    m_inspector.reset();
    m_w.reset();
}

void TestRoomExits::configure(const QString &jid, const QList<QPair<QString, QVariant>> &fields)
{
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    QList<QXmppDataForm::Field> list;
    QXmppDataForm::Field type(QXmppDataForm::Field::HiddenField);
    type.setKey(QStringLiteral("FORM_TYPE"));
    type.setValue(QStringLiteral("http://jabber.org/protocol/muc#roomconfig"));
    list << type;
    for (const auto &[key, value] : fields) {
        QXmppDataForm::Field f;
        f.setKey(key);
        f.setValue(value);
        list << f;
    }
    form.setFields(list);
    QXmppMucOwnerIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(jid);
    iq.setForm(form);
    m_w->bob->sendPacket(iq);
    QTest::qWait(300);
}

void TestRoomExits::setAffiliation(QXmppMucRoom *room, QXmppMucItem::Affiliation affiliation)
{
    QXmppMucItem item;
    item.setJid(QStringLiteral("alice@localhost"));
    item.setAffiliation(affiliation);
    room->setPermissions({ item });
}

void TestRoomExits::leaveIsSeenEverywhere()
{
    QXmppMucRoom *side = bobCreates(QStringLiteral("side"));
    const QString jid = room(QStringLiteral("side"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(side->participants().size(), 2, 10000);
    m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("leave"), jid });
    for (const QString &d : alices) {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_w->alice->room(d, jid)[QStringLiteral("state")].toString(), QStringLiteral("left"), 10000);
        QCOMPARE(m_w->alice->room(d, jid)[QStringLiteral("left_reason")].toString(), QStringLiteral("left"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(side->participants().size(), 1, 10000);
    // The bookmark stays, without autojoin, and says why: a restarted device shows it too.
    QTRY_VERIFY_WITH_TIMEOUT(bookmarkSays(jid, RoomMirror::LeaveReason::SelfLeave), 10000);
    m_w->alice->stop(QStringLiteral("desktop"));
    m_w->alice->start(QStringLiteral("desktop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("desktop")), QStringLiteral("sibling"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_w->alice->room(QStringLiteral("desktop"), jid)[QStringLiteral("left_reason")].toString(),
        QStringLiteral("left"), 10000);
}

void TestRoomExits::kickAndBanAreSeenEverywhere()
{
    const QString hall = room(QStringLiteral("hall"));
    QXmppMucRoom *bobHall = bobCreates(QStringLiteral("hall"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), hall })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->participants().size(), 2, 10000);
    bobHall->kick(hall + QStringLiteral("/alice"), QStringLiteral("behave"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("kicked"), 10000);
    QTest::qWait(3000); // no automatic rejoin after a kick
    QCOMPARE(bobHall->participants().size(), 1);
    QVERIFY(bookmark(hall) && bookmark(hall)->autojoin); // the next anchor may try again (§11)

    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), hall })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(bobHall->participants().size(), 2, 10000);
    bobHall->ban(QStringLiteral("alice@localhost"), QStringLiteral("enough"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("banned"), 10000);
    QTest::qWait(3000); // and no rejoin loop after a ban
    QCOMPARE(bobHall->participants().size(), 1);
    QVERIFY(bookmarkSays(hall, RoomMirror::LeaveReason::Banned));
    QCOMPARE(m_w->alice->room(QStringLiteral("home"), hall)[QStringLiteral("state")].toString(),
        QStringLiteral("left"));

    // A sibling asking again gets the room's refusal, relayed by the anchor, in words.
    const auto refused
        = runTandem({ QStringLiteral("--profile"), m_w->alice->device(QStringLiteral("desktop")).profile,
            QStringLiteral("ctl"), QStringLiteral("join"), hall });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("banned"), refused.err.constData());
    QTest::qWait(2000);
    QCOMPARE(bobHall->participants().size(), 1);
}

void TestRoomExits::destroyIsSeenEverywhere()
{
    bobCreates(QStringLiteral("doomed"));
    const QString jid = room(QStringLiteral("doomed"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_VERIFY_WITH_TIMEOUT(bookmark(jid) && bookmark(jid)->autojoin, 10000);
    QDomDocument doc;
    doc.setContent(
        QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'><destroy><reason>bye</reason>"
                       "</destroy></query>"),
        true);
    QXmppIq destroy(QXmppIq::Set);
    destroy.setTo(jid);
    destroy.setExtensions({ QXmppElement(doc.documentElement()) });
    m_w->bob->sendPacket(destroy);
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, jid)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("destroyed"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(bookmarkSays(jid, RoomMirror::LeaveReason::Destroyed), 10000);
}

void TestRoomExits::membershipLossIsSeenEverywhere()
{
    QXmppMucRoom *club = bobCreates(QStringLiteral("club"));
    const QString jid = room(QStringLiteral("club"));
    configure(jid, { { QStringLiteral("muc#roomconfig_membersonly"), true } });
    setAffiliation(club, QXmppMucItem::MemberAffiliation);
    QTest::qWait(300);
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("join"), jid })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(club->participants().size(), 2, 10000);
    setAffiliation(club, QXmppMucItem::NoAffiliation); // 321: removed with the membership
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, jid)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("affiliation-lost"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(bookmarkSays(jid, RoomMirror::LeaveReason::AffiliationLost), 10000);
    QTest::qWait(2000); // not rejoined
    QCOMPARE(club->participants().size(), 1);
}

void TestRoomExits::refusedJoinsReachTheSibling()
{
    // Joins the anchor makes for a sibling: the room's refusal comes back to the sibling's
    // `ctl join`, in words; with the password the join goes through.
    QXmppMucRoom *secret = bobCreates(QStringLiteral("secret"));
    const QString secretJid = room(QStringLiteral("secret"));
    configure(secretJid,
        { { QStringLiteral("muc#roomconfig_passwordprotectedroom"), true },
            { QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("hunter2") } });
    const QString desktop = m_w->alice->device(QStringLiteral("desktop")).profile;
    const auto noPassword = runTandem(
        { QStringLiteral("--profile"), desktop, QStringLiteral("ctl"), QStringLiteral("join"), secretJid });
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY2(noPassword.err.contains("password"), noPassword.err.constData());
    QCOMPARE(m_w->alice->room(QStringLiteral("laptop"), secretJid)[QStringLiteral("left_reason")].toString(),
        QStringLiteral("join-error"));
    QTRY_VERIFY2_WITH_TIMEOUT(bookmarkSays(secretJid, RoomMirror::LeaveReason::JoinError),
        qPrintable(bookmark(secretJid) ? bookmark(secretJid)->toXmlString() : QStringLiteral("no bookmark")),
        10000);
    const QJsonObject joined = m_w->alice->ctl(QStringLiteral("desktop"),
        { QStringLiteral("join"), secretJid, QStringLiteral("--password"), QStringLiteral("hunter2") });
    QCOMPARE(joined[QStringLiteral("state")].toString(), QStringLiteral("joined"));
    QTRY_COMPARE_WITH_TIMEOUT(secret->participants().size(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(bookmark(secretJid) && bookmark(secretJid)->autojoin
            && bookmark(secretJid)->password == QLatin1String("hunter2")
            && BookmarkExit::read(*bookmark(secretJid)) == RoomMirror::LeaveReason::None,
        10000);

    bobCreates(QStringLiteral("members"));
    const QString membersJid = room(QStringLiteral("members"));
    configure(membersJid, { { QStringLiteral("muc#roomconfig_membersonly"), true } });
    const auto notMember = runTandem(
        { QStringLiteral("--profile"), desktop, QStringLiteral("ctl"), QStringLiteral("join"), membersJid });
    QCOMPARE(notMember.exitCode, 1);
    QVERIFY2(notMember.err.contains("members"), notMember.err.constData());
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, membersJid)[QStringLiteral("left_reason")].toString(),
            QStringLiteral("join-error"), 10000);
}

QTEST_GUILESS_MAIN(TestRoomExits)
#include "tst_room_exits.moc"
