// The coordinator's two small elements on the wire: <device/> in presence (PROTOCOL.md §5) and
// <handover/> (§6.4), written and read back, and what a reader refuses.
#include "coordinator/DeviceElement.h"
#include "coordinator/HandoverCodec.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppPresence.h>

using namespace Tandem;

namespace {
const QString own = QStringLiteral("alice@example.org");
const QString home = QStringLiteral("alice@example.org/home");
const QString laptop = QStringLiteral("alice@example.org/laptop");

QDomElement root(const QByteArray &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, true))
        qWarning("not well-formed: %s", xml.constData());
    return document.documentElement();
}

/// `device` advertised in a presence from `from`, as the stream would deliver it.
QDomElement presenceWith(const DeviceInfo &device, const QString &from)
{
    QXmppPresence presence;
    presence.setFrom(from);
    presence.setExtensions({ DeviceElement::toElement(device) });
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    presence.toXml(&writer);
    return root(xml);
}

QDomElement presence(
    const QByteArray &device, const QByteArray &attributes = "from='alice@example.org/laptop'")
{
    return root("<presence xmlns='jabber:client' " + attributes + ">" + device + "</presence>");
}

DeviceInfo laptopDevice()
{
    DeviceInfo d;
    d.fullJid = laptop;
    d.alwaysOn = false;
    d.preference = 3;
    d.since = 1764064800123;
    d.term = 7;
    d.anchor = home;
    d.role = DeviceRole::Sibling;
    return d;
}
} // namespace

class TestCoordinatorElements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deviceRoundTrip()
    {
        const DeviceInfo sent = laptopDevice();
        const auto read = DeviceElement::fromPresence(presenceWith(sent, laptop));
        QVERIFY(read);
        QCOMPARE(read->fullJid, laptop);
        QCOMPARE(read->alwaysOn, false);
        QCOMPARE(read->preference, qint64(3));
        QCOMPARE(read->since, sent.since); // milliseconds survive: everyone ranks from the same value
        QCOMPARE(read->term, quint64(7));
        QCOMPARE(read->anchor, home);
        QCOMPARE(int(read->role), int(DeviceRole::Sibling));
        QCOMPARE(read->joining, false);
    }

    void joiningClaimAndNoAnchor()
    {
        DeviceInfo claim = laptopDevice();
        claim.role = DeviceRole::Anchor;
        claim.alwaysOn = true;
        claim.anchor = laptop;
        claim.joining = true;
        const auto read = DeviceElement::fromPresence(presenceWith(claim, laptop));
        QVERIFY(read);
        QCOMPARE(int(read->role), int(DeviceRole::Anchor));
        QVERIFY(read->alwaysOn);
        QVERIFY(read->joining);

        DeviceInfo follower = laptopDevice();
        follower.anchor.clear();
        const QDomElement p = presenceWith(follower, laptop);
        QVERIFY(!p.firstChildElement(QStringLiteral("device")).hasAttribute(QStringLiteral("anchor")));
        QCOMPARE(DeviceElement::fromPresence(p)->anchor, QString());
    }

    void lenientReads_data()
    {
        QTest::addColumn<QByteArray>("device");
        QTest::addColumn<qint64>("preference");
        QTest::addColumn<quint64>("term");
        QTest::addColumn<int>("role");
        const QByteArray head = "<device xmlns='urn:tandem:coord:0' since='2026-11-25T10:00:00.000Z' ";
        QTest::newRow("bad preference") << head + "preference='many' term='2' role='anchor'/>" << qint64(0)
                                        << quint64(2) << int(DeviceRole::Anchor);
        QTest::newRow("negative term") << head + "preference='1' term='-4' role='solo'/>" << qint64(1)
                                       << quint64(0) << int(DeviceRole::Solo);
        QTest::newRow("term too big")
            << head + "term='2147483648'/>" << qint64(0) << quint64(0) << int(DeviceRole::Sibling);
        QTest::newRow("unknown role")
            << head + "role='boss'/>" << qint64(0) << quint64(0) << int(DeviceRole::Sibling);
    }

    void lenientReads()
    {
        QFETCH(QByteArray, device);
        QFETCH(qint64, preference);
        QFETCH(quint64, term);
        QFETCH(int, role);
        const auto read = DeviceElement::fromPresence(presence(device));
        QVERIFY(read);
        QCOMPARE(read->preference, preference);
        QCOMPARE(read->term, term);
        QCOMPARE(int(read->role), role);
    }

    void ignored_data()
    {
        QTest::addColumn<QByteArray>("device");
        QTest::addColumn<QByteArray>("attributes");
        const QByteArray good = "<device xmlns='urn:tandem:coord:0' since='2026-11-25T10:00:00.000Z'/>";
        QTest::newRow("since not a time")
            << QByteArray("<device xmlns='urn:tandem:coord:0' since='yesterday'/>")
            << QByteArray("from='alice@example.org/laptop'");
        QTest::newRow("another namespace")
            << QByteArray("<device xmlns='urn:example:other' since='2026-11-25T10:00:00.000Z'/>")
            << QByteArray("from='alice@example.org/laptop'");
        QTest::newRow("unavailable") << good
                                     << QByteArray("from='alice@example.org/laptop' type='unavailable'");
        QTest::newRow("bare from") << good << QByteArray("from='alice@example.org'");
        QTest::newRow("no element") << QByteArray() << QByteArray("from='alice@example.org/laptop'");
    }

    void ignored()
    {
        QFETCH(QByteArray, device);
        QFETCH(QByteArray, attributes);
        QVERIFY(!DeviceElement::fromPresence(presence(device, attributes)));
    }

    // §16: activity rides in <device/> only in presence directed to a sibling.
    void activityRoundTrip()
    {
        const DeviceActivity sent { DeviceActivity::State::Active, 1796659200123 };
        QXmppPresence p;
        p.setFrom(laptop);
        p.setTo(home);
        p.setExtensions({ DeviceElement::toElement(laptopDevice(), &sent) });
        QByteArray xml;
        QXmlStreamWriter writer(&xml);
        p.toXml(&writer);
        QVERIFY2(
            xml.contains("<activity since=\"2026-12-07T16:00:00.123Z\" state=\"active\" v=\"1\"/></device>"),
            xml.constData());
        const QDomElement read = root(xml);
        QVERIFY(DeviceElement::activityFromPresence(read) == std::optional<DeviceActivity>(sent));
        // The device itself reads as it always did: an older Tandem sees nothing new.
        QVERIFY(*DeviceElement::fromPresence(read)
            == *DeviceElement::fromPresence(presenceWith(laptopDevice(), laptop)));
        // Without activity (the broadcast presence) there is no child, and nothing to read.
        const QDomElement plain = presenceWith(laptopDevice(), laptop);
        QVERIFY(plain.firstChildElement(QStringLiteral("device")).firstChildElement().isNull());
        QVERIFY(!DeviceElement::activityFromPresence(plain));
        const DeviceActivity unknown;
        QVERIFY(DeviceElement::toElement(laptopDevice(), &unknown).firstChildElement().isNull());
    }

    void activityReads_data()
    {
        QTest::addColumn<QByteArray>("activity");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("since");
        QTest::newRow("idle") << QByteArray("<activity v='1' state='idle' since='2026-12-07T16:00:00.123Z'/>")
                              << int(DeviceActivity::State::Idle) << qint64(1796659200123);
        QTest::newRow("later version")
            << QByteArray("<activity v='2' state='active' since='2026-12-07T16:00:00.123Z'/>")
            << int(DeviceActivity::State::Unknown) << qint64(0);
        QTest::newRow("no version") << QByteArray(
            "<activity state='active' since='2026-12-07T16:00:00.123Z'/>")
                                    << int(DeviceActivity::State::Unknown) << qint64(0);
        QTest::newRow("bad state") << QByteArray(
            "<activity v='1' state='asleep' since='2026-12-07T16:00:00Z'/>")
                                   << int(DeviceActivity::State::Unknown) << qint64(0);
        QTest::newRow("bad since") << QByteArray("<activity v='1' state='active' since='now'/>")
                                   << int(DeviceActivity::State::Unknown) << qint64(0);
        QTest::newRow("another namespace")
            << QByteArray("<activity xmlns='urn:example' v='1' state='active' since='2026-12-07T16:00:00Z'/>")
            << -1 << qint64(0);
    }

    void activityReads()
    {
        QFETCH(QByteArray, activity);
        QFETCH(int, state);
        QFETCH(qint64, since);
        const auto read = DeviceElement::activityFromPresence(presence(
            "<device xmlns='urn:tandem:coord:0' since='2026-11-25T10:00:00.000Z'>" + activity + "</device>"));
        if (state < 0) {
            QVERIFY(!read);
            return;
        }
        QVERIFY(read);
        QCOMPARE(int(read->state), state);
        QCOMPARE(read->sinceMs, since);
    }

    void handoverRoundTrip()
    {
        const QByteArray xml = HandoverCodec::encode({ 6, home, laptop });
        const QDomElement message = root(xml);
        QCOMPARE(message.attribute(QStringLiteral("type")), QStringLiteral("headline"));
        for (const char *hint : { "no-copy", "no-store", "private" })
            QVERIFY2(!message.firstChildElement(QLatin1String(hint)).isNull(), hint);
        QString why;
        const auto read = HandoverCodec::decode(message, own, &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(read->term, quint64(6));
        QCOMPARE(read->from, home);
        QCOMPARE(read->to, laptop);
    }

    void handoverRejected_data()
    {
        QTest::addColumn<QByteArray>("xml");
        const QByteArray tail = "<no-copy xmlns='urn:xmpp:hints'/><no-store xmlns='urn:xmpp:hints'/>"
                                "<private xmlns='urn:xmpp:carbons:2'/></message>";
        auto with = [&](const QByteArray &from, const QByteArray &type, const QByteArray &term) {
            return "<message xmlns='jabber:client' type='" + type + "' from='" + from
                + "' to='alice@example.org/laptop' id='h1'><handover xmlns='urn:tandem:coord:0' term='" + term
                + "'/>" + tail;
        };
        QTest::newRow("another account") << with("mallory@example.org/home", "headline", "6");
        QTest::newRow("not a headline") << with("alice@example.org/home", "chat", "6");
        QTest::newRow("term not a number") << with("alice@example.org/home", "headline", "six");
        QTest::newRow("negative term") << with("alice@example.org/home", "headline", "-6");
        QTest::newRow("term too big") << with("alice@example.org/home", "headline", "2147483648");
        QTest::newRow("from our own bare JID") << with("alice@example.org", "headline", "6");
    }

    void handoverRejected()
    {
        QFETCH(QByteArray, xml);
        QString why;
        QVERIFY(!HandoverCodec::decode(root(xml), own, &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoordinatorElements)
#include "tst_coordinator_elements.moc"
