// The compact room snapshot (PROTOCOL.md §9.1): parts of a big room, on the wire and back, and
// expanded into the presences a sibling's mirror is fed with.
#include "coordinator/RoomSnapshot.h"
#include "coordinator/SnapshotCodec.h"
#include "xmpp/MucPresence.h"

#include <QDomDocument>
#include <QTest>

using namespace Tandem;

namespace {
const QString own = QStringLiteral("alice@example.org");
const QString anchor = QStringLiteral("alice@example.org/home");
const QString sibling = QStringLiteral("alice@example.org/laptop");
const QString room = QStringLiteral("big@conference.example.org");

QDomElement root(const QByteArray &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, true))
        qWarning("not well-formed: %s", xml.constData());
    return document.documentElement();
}

bool feed(RoomMirror &mirror, const QByteArray &stanza)
{
    const QDomElement e = root(stanza);
    if (e.tagName() == QLatin1String("message")) {
        mirror.applySubject(e.firstChildElement(QStringLiteral("subject")).text(), {});
        return true;
    }
    MucPresence presence;
    if (!MucPresence::parse(e, &presence))
        return false;
    if (mirror.state() == RoomMirror::State::Idle)
        mirror.beginJoin(QStringLiteral("alice"));
    mirror.apply(presence);
    return true;
}

/// A joined room of `others` occupants besides us, with a subject.
RoomMirror bigRoom(int others)
{
    RoomMirror mirror(room);
    for (int i = 0; i < others; ++i) {
        RoomMirror::Occupant o { QStringLiteral("guest %1 & <co>").arg(i),
            QStringLiteral("g%1@example.net/r").arg(i),
            i % 7 ? QStringLiteral("participant") : QStringLiteral("moderator"),
            i % 5 ? QStringLiteral("none") : QStringLiteral("member"),
            i % 3 ? QString() : QStringLiteral("away") };
        feed(mirror, RoomSnapshot::presence(room, o, false, anchor));
    }
    feed(mirror,
        RoomSnapshot::presence(room,
            { QStringLiteral("alice"), {}, QStringLiteral("participant"), QStringLiteral("owner"),
                QStringLiteral("dnd") },
            true, anchor));
    feed(mirror, RoomSnapshot::subject(room, QStringLiteral("Release on Friday"), anchor));
    return mirror;
}
} // namespace

class TestSnapshotCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bigRoomRoundTrip()
    {
        const RoomMirror original = bigRoom(600);
        QCOMPARE(original.state(), RoomMirror::State::Joined);
        QCOMPARE(original.occupants().size(), 601);

        QVector<SnapshotPart> parts = SnapshotCodec::parts(original);
        QCOMPARE(parts.size(), 3); // 250 + 250 + 101
        RoomMirror copy(room);
        quint64 seq = 10;
        int bytes = 0;
        for (SnapshotPart &part : parts) {
            part.term = 4;
            part.seq = ++seq;
            part.from = anchor;
            part.to = sibling;
            const QByteArray xml = SnapshotCodec::encode(part);
            bytes += xml.size();
            QString why;
            const auto decoded = SnapshotCodec::decode(root(xml), own, &why);
            QVERIFY2(decoded, qPrintable(why));
            QCOMPARE(decoded->seq, seq);
            QCOMPARE(decoded->room, room);
            QCOMPARE(decoded->last, &part == &parts.last());
            QCOMPARE(decoded->occupants.size(), part.occupants.size());
            for (const QByteArray &stanza : SnapshotCodec::stanzas(*decoded, sibling))
                QVERIFY(feed(copy, stanza));
        }
        // The whole point: far fewer bytes than one relayed presence per occupant.
        QVERIFY2(bytes < 601 * 120, qPrintable(QString::number(bytes)));
        QCOMPARE(copy.state(), RoomMirror::State::Joined);
        QCOMPARE(copy.ownNick(), QStringLiteral("alice"));
        QCOMPARE(copy.subject(), QStringLiteral("Release on Friday"));
        QCOMPARE(copy.occupants().size(), original.occupants().size());
        for (const RoomMirror::Occupant &o : original.occupants()) {
            const RoomMirror::Occupant c = copy.occupants().value(o.nick);
            QCOMPARE(c.realJid, o.realJid);
            QCOMPARE(c.role, o.role);
            QCOMPARE(c.affiliation, o.affiliation);
            QCOMPARE(c.show, o.show);
        }
        QCOMPARE(copy.occupants().value(QStringLiteral("alice")).show, QStringLiteral("dnd"));
    }

    void roomNotJoinedHasNoSnapshot() { QVERIFY(SnapshotCodec::parts(RoomMirror(room)).isEmpty()); }

    void roomLeftForGoodSaysWhy_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("announced");
        using R = RoomMirror::LeaveReason;
        QTest::newRow("kicked") << int(R::Kicked) << QStringLiteral("spam") << true;
        QTest::newRow("banned") << int(R::Banned) << QString() << true;
        QTest::newRow("left") << int(R::SelfLeave) << QString() << true;
        QTest::newRow("destroyed") << int(R::Destroyed) << QString() << true;
        QTest::newRow("password") << int(R::JoinError) << QStringLiteral("not-authorized") << true;
        // A rejoin is due: the room will be joined (and snapshotted) again.
        QTest::newRow("disconnected") << int(R::Disconnected) << QString() << false;
        QTest::newRow("full room") << int(R::JoinError) << QStringLiteral("service-unavailable") << false;
    }

    void roomLeftForGoodSaysWhy()
    {
        // A sibling whose mirror a new stream reset learns the kick from the snapshot (tests/sim).
        QFETCH(int, reason);
        QFETCH(QString, detail);
        QFETCH(bool, announced);
        RoomMirror left = bigRoom(3);
        left.setLeft(RoomMirror::LeaveReason(reason), detail);
        QVector<SnapshotPart> parts = SnapshotCodec::parts(left);
        QCOMPARE(parts.size(), announced ? 1 : 0);
        if (!announced)
            return;
        SnapshotPart part = parts.first();
        part.term = 2;
        part.seq = 7;
        part.from = anchor;
        part.to = sibling;
        QString why;
        const auto decoded = SnapshotCodec::decode(root(SnapshotCodec::encode(part)), own, &why);
        QVERIFY2(decoded, qPrintable(why));
        QCOMPARE(int(decoded->left), reason);
        QCOMPARE(decoded->leftDetail, detail);
        QVERIFY(decoded->occupants.isEmpty());
        QVERIFY(SnapshotCodec::stanzas(*decoded, sibling).isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        const QByteArray head
            = "<message xmlns='jabber:client' type='headline' from='alice@example.org/home' "
              "to='alice@example.org/laptop'><snapshot xmlns='urn:tandem:coord:0' ";
        QTest::newRow("no seq") << head + "term='1' room='r@c.example.org' nick='a'/></message>"
                                << QStringLiteral("seq");
        QTest::newRow("room not a bare JID")
            << head + "term='1' seq='1' room='r@c.example.org/x' nick='a'/></message>"
            << QStringLiteral("bare JID");
        QTest::newRow("no nick") << head + "term='1' seq='1' room='r@c.example.org'/></message>"
                                 << QStringLiteral("nick");
        QTest::newRow("occupant without nick") << head
                + "term='1' seq='1' room='r@c.example.org' nick='a'><o r='participant'/></snapshot></message>"
                                               << QStringLiteral("occupant");
        QByteArray many = head + "term='1' seq='1' room='r@c.example.org' nick='a'>";
        for (int i = 0; i <= SnapshotCodec::maxOccupantsPerPart; ++i)
            many += "<o n='x" + QByteArray::number(i) + "'/>";
        QTest::newRow("too many occupants") << many + "</snapshot></message>" << QStringLiteral("more than");
        QTest::newRow("unknown exit")
            << head + "term='1' seq='1' room='r@c.example.org' left='bored'/></message>"
            << QStringLiteral("unknown reason");
        QTest::newRow("exit with occupants")
            << head + "term='1' seq='1' room='r@c.example.org' left='kicked'><o n='x'/></snapshot></message>"
            << QStringLiteral("no state");
        QTest::newRow("another account")
            << QByteArray("<message xmlns='jabber:client' type='headline' "
                          "from='mallory@example.org/x' to='alice@example.org/laptop'>"
                          "<snapshot xmlns='urn:tandem:coord:0' term='1' seq='1' "
                          "room='r@c.example.org' nick='a'/></message>")
            << QString();
    }

    void rejected()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!SnapshotCodec::decode(root(xml), own, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCodec)
#include "tst_snapshot_codec.moc"
