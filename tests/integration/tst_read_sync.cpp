// Read state across the account's devices (XEP-0490) against a real Prosody: three Tandem
// processes of alice (home --headless, the anchor; laptop and desktop its siblings) and a plain
// client of the account that speaks XEP-0490 as Gajim does. Reading on one device clears the
// unread and mention counts on the others within a second, in a room and in a 1:1 chat; a
// position the plain client publishes is applied by every Tandem device.
#include "AccountRoomsWorld.h"

#include <QDomDocument>
#include <QElapsedTimer>
#include <QXmppClientExtension.h>
#include <QXmppElement.h>
#include <QXmppIq.h>
#include <QXmppUtils.h>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QStringList alices { QStringLiteral("home"), QStringLiteral("laptop"), QStringLiteral("desktop") };
const QString mdsNode = QStringLiteral("urn:xmpp:mds:displayed:0");

/// An IQ whose child is written out as given: the plain client's requests, hand-written as
/// another client would send them (no Tandem code involved).
class RawIq : public QXmppIq
{
public:
    explicit RawIq(const QString &childXml)
    {
        // Without namespace processing the xmlns attributes stay attributes, written out as such.
        QDomDocument doc;
        doc.setContent(childXml, false);
        m_child = QXmppElement(doc.documentElement());
        setType(QXmppIq::Set);
    }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override { m_child.toXml(writer); }

private:
    QXmppElement m_child;
};

/// The plain client's ears: it advertises +notify (as Gajim does) and keeps every XEP-0490 push.
class MdsListener : public QXmppClientExtension
{
public:
    QStringList discoveryFeatures() const override { return { mdsNode + QStringLiteral("+notify") }; }
    bool handleStanza(const QDomElement &stanza) override
    {
        const QDomElement items
            = stanza.firstChildElement(QStringLiteral("event")).firstChildElement(QStringLiteral("items"));
        if (stanza.tagName() != QLatin1String("message")
            || items.attribute(QStringLiteral("node")) != mdsNode)
            return false;
        QString xml;
        QTextStream stream(&xml);
        stanza.save(stream, -1);
        pushes << xml;
        return true;
    }
    QStringList pushes;
};

} // namespace

class TestReadSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roomReadOnOneDeviceIsReadOnAll();
    void chatReadOnOneDeviceIsReadOnAll();
    void positionFromAPlainClientIsApplied();
    void readUpToAMessage();
    void deviceThatWasOffCatchesUpRead();

private:
    /// `ctl unread --json` of `device`: conversation → {unread, mentions}.
    QJsonObject counts(const QString &device, const QString &conversation) const;
    int unread(const QString &device, const QString &conversation) const
    {
        return counts(device, conversation)[QStringLiteral("unread")].toInt();
    }
    /// ms until every device of `devices` shows nothing unread in `conversation` (-1: not in 5 s).
    qint64 msUntilRead(const QStringList &devices, const QString &conversation) const;
    QString lastStanzaId(const QString &device, const QString &conversation) const;

    std::unique_ptr<AccountRoomsWorld> m_w;
    std::unique_ptr<QXmppClient> m_plain;
    MdsListener *m_plainEars = nullptr;
};

void TestReadSync::initTestCase()
{
    m_w = std::make_unique<AccountRoomsWorld>();
    QString error;
    QVERIFY2(m_w->startWithThreeDevices(&error), qPrintable(error));
    m_plain = std::make_unique<QXmppClient>();
    m_plainEars = new MdsListener;
    m_plain->addExtension(m_plainEars);
    QVERIFY(connectClient(*m_plain, *m_w->server, QStringLiteral("alice"), QStringLiteral("gajim")));
}

void TestReadSync::cleanupTestCase()
{
    m_plain.reset();
    m_w.reset();
}

QJsonObject TestReadSync::counts(const QString &device, const QString &conversation) const
{
    const QJsonObject all = m_w->alice->ctl(device, { QStringLiteral("unread") });
    for (const QJsonValue &v : all[QStringLiteral("conversations")].toArray()) {
        if (v.toObject()[QStringLiteral("conversation")].toString() == conversation)
            return v.toObject();
    }
    return QJsonObject { { QStringLiteral("unread"), 0 }, { QStringLiteral("mentions"), 0 } };
}

qint64 TestReadSync::msUntilRead(const QStringList &devices, const QString &conversation) const
{
    QElapsedTimer timer;
    timer.start();
    QStringList left = devices;
    while (!left.isEmpty() && timer.elapsed() < 5000) {
        for (int i = left.size() - 1; i >= 0; --i) {
            if (unread(left.at(i), conversation) == 0)
                left.removeAt(i);
        }
    }
    return left.isEmpty() ? timer.elapsed() : -1;
}

QString TestReadSync::lastStanzaId(const QString &device, const QString &conversation) const
{
    const QJsonArray messages = m_w->alice->history(device, conversation);
    for (int i = messages.size() - 1; i >= 0; --i) {
        const QString id = messages.at(i).toObject()[QStringLiteral("stanza_id")].toString();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

void TestReadSync::roomReadOnOneDeviceIsReadOnAll()
{
    const QString hall = m_w->room(QStringLiteral("reading"));
    QXmppMucRoom *bobHall = m_w->bobCreates(QStringLiteral("reading"));
    QCOMPARE(
        m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("join"), hall })[QStringLiteral("state")]
            .toString(),
        QStringLiteral("joined"));
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->room(d, hall)[QStringLiteral("occupants")].toInt(), 2, 15000);
    const QString nick = m_w->alice->room(QStringLiteral("laptop"), hall)[QStringLiteral("nick")].toString();
    const QStringList bodies { QStringLiteral("first"), QStringLiteral("second"),
        nick + QStringLiteral(": third") };
    for (const QString &body : bodies)
        bobHall->sendMessage(body);
    QString why;
    QVERIFY2(m_w->exactlyOnce(alices, hall, bodies, 10000, &why), qPrintable(why));
    for (const QString &d : alices) {
        QTRY_COMPARE_WITH_TIMEOUT(unread(d, hall), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(counts(d, hall)[QStringLiteral("mentions")].toInt(), 1, 5000);
    }

    const QJsonObject read = m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("read"), hall });
    QCOMPARE(read[QStringLiteral("unread")].toInt(), 0);
    QVERIFY(read[QStringLiteral("moved")].toBool());
    const qint64 ms = msUntilRead({ QStringLiteral("home"), QStringLiteral("desktop") }, hall);
    qInfo("room: read on the laptop, read on home and desktop after %lld ms (polled through ctl)", ms);
    QVERIFY2(ms >= 0 && ms < 1000, qPrintable(QStringLiteral("converged after %1 ms").arg(ms)));
    for (const QString &d : alices)
        QCOMPARE(counts(d, hall)[QStringLiteral("mentions")].toInt(), 0);
    // The plain client heard it too, named by the room's stanza-id.
    QTRY_VERIFY_WITH_TIMEOUT(!m_plainEars->pushes.isEmpty(), 5000);
    const QString push = m_plainEars->pushes.last();
    QVERIFY2(push.contains(QStringLiteral("by=\"%1\"").arg(hall)), qPrintable(push));
    qInfo("one read-state change costs each device a push of %d bytes", int(push.toUtf8().size()));
}

void TestReadSync::chatReadOnOneDeviceIsReadOnAll()
{
    const QString alice = QStringLiteral("alice@") + m_w->server->domain();
    const QString bob = QStringLiteral("bob@") + m_w->server->domain();
    for (int i = 1; i <= 2; ++i) {
        QXmppMessage m(m_w->bob->configuration().jid(), alice, QStringLiteral("chat %1").arg(i));
        m.setType(QXmppMessage::Chat);
        m_w->bob->sendPacket(m);
    }
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(unread(d, bob), 2, 10000);
    m_w->alice->ctl(QStringLiteral("desktop"), { QStringLiteral("read"), bob });
    const qint64 ms = msUntilRead({ QStringLiteral("home"), QStringLiteral("laptop") }, bob);
    qInfo("chat: read on the desktop, read on home and laptop after %lld ms", ms);
    QVERIFY2(ms >= 0 && ms < 1000, qPrintable(QStringLiteral("converged after %1 ms").arg(ms)));
}

void TestReadSync::positionFromAPlainClientIsApplied()
{
    const QString alice = QStringLiteral("alice@") + m_w->server->domain();
    const QString bob = QStringLiteral("bob@") + m_w->server->domain();
    for (int i = 3; i <= 5; ++i) {
        QXmppMessage m(m_w->bob->configuration().jid(), alice, QStringLiteral("chat %1").arg(i));
        m.setType(QXmppMessage::Chat);
        m_w->bob->sendPacket(m);
    }
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(unread(d, bob), 3, 10000);
    // The archive's id of the newest message, which every device stored with it.
    QString stanzaId;
    QTRY_VERIFY_WITH_TIMEOUT(!(stanzaId = lastStanzaId(QStringLiteral("home"), bob)).isEmpty(), 5000);
    for (const QString &d : alices)
        QCOMPARE(lastStanzaId(d, bob), stanzaId);

    // What Gajim sends (XEP-0490 §4, example 2).
    RawIq publish(
        QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%1'>"
                       "<item id='%2'><displayed xmlns='urn:xmpp:mds:displayed:0'>"
                       "<stanza-id xmlns='urn:xmpp:sid:0' by='%3' id='%4'/></displayed></item></publish>"
                       "<publish-options><x xmlns='jabber:x:data' type='submit'>"
                       "<field var='FORM_TYPE' type='hidden'><value>"
                       "http://jabber.org/protocol/pubsub#publish-options</value></field>"
                       "<field var='pubsub#persist_items'><value>true</value></field>"
                       "<field var='pubsub#max_items'><value>max</value></field>"
                       "<field var='pubsub#send_last_published_item'><value>never</value></field>"
                       "<field var='pubsub#access_model'><value>whitelist</value></field>"
                       "</x></publish-options></pubsub>")
            .arg(mdsNode, bob, alice, stanzaId));
    bool answered = false;
    QString answer;
    connect(m_plain.get(), &QXmppClient::iqReceived, this, [&](const QXmppIq &iq) {
        if (iq.id() == publish.id()) {
            answered = true;
            answer = iq.type() == QXmppIq::Result ? QStringLiteral("result") : iq.error().text();
        }
    });
    QVERIFY(m_plain->sendPacket(publish));
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QCOMPARE(answer, QStringLiteral("result"));
    const qint64 ms = msUntilRead(alices, bob);
    qInfo("a plain client's publication applied on all three devices after %lld ms", ms);
    QVERIFY2(ms >= 0, "the plain client's position was not applied");
}

void TestReadSync::readUpToAMessage()
{
    const QString alice = QStringLiteral("alice@") + m_w->server->domain();
    const QString bob = QStringLiteral("bob@") + m_w->server->domain();
    m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("read"), bob });
    QVERIFY(msUntilRead(alices, bob) >= 0);
    for (int i = 6; i <= 8; ++i) {
        QXmppMessage m(m_w->bob->configuration().jid(), alice, QStringLiteral("chat %1").arg(i));
        m.setType(QXmppMessage::Chat);
        m_w->bob->sendPacket(m);
    }
    for (const QString &d : alices)
        QTRY_COMPARE_WITH_TIMEOUT(unread(d, bob), 3, 10000);
    // Up to "chat 7" on the laptop: one left unread there, and, once the archive's id of
    // "chat 7" names the position, on the others too.
    qint64 id = 0;
    for (const QJsonValue &v : m_w->alice->history(QStringLiteral("laptop"), bob)) {
        if (v.toObject()[QStringLiteral("body")].toString() == QLatin1String("chat 7"))
            id = v.toObject()[QStringLiteral("id")].toVariant().toLongLong();
    }
    QVERIFY(id > 0);
    const QJsonObject read = m_w->alice->ctl(QStringLiteral("laptop"),
        { QStringLiteral("read"), bob, QStringLiteral("--up-to"), QString::number(id) });
    QCOMPARE(read[QStringLiteral("unread")].toInt(), 1);
    for (const QString &d : { QStringLiteral("home"), QStringLiteral("desktop") })
        QTRY_COMPARE_WITH_TIMEOUT(unread(d, bob), 1, 5000);
    // A bad id is a usage error, not a silent no-op.
    const auto bad = runTandem({ QStringLiteral("--profile"),
        m_w->alice->device(QStringLiteral("laptop")).profile, QStringLiteral("ctl"), QStringLiteral("read"),
        bob, QStringLiteral("--up-to"), QStringLiteral("x") });
    QCOMPARE(bad.exitCode, 2);
}

// The desktop was off while the room talked and the laptop read it: on its return it learns the
// position when it connects, before the anchor's catch-up brings the messages it names; it waits
// for them and then shows the room read.
void TestReadSync::deviceThatWasOffCatchesUpRead()
{
    const QString hall = m_w->room(QStringLiteral("reading"));
    QXmppMucRoom *bobHall = m_w->bobMuc->rooms().first();
    m_w->alice->stop(QStringLiteral("desktop"));
    const QStringList bodies { QStringLiteral("while away 1"), QStringLiteral("while away 2") };
    for (const QString &body : bodies)
        bobHall->sendMessage(body);
    QString why;
    QVERIFY2(
        m_w->exactlyOnce({ QStringLiteral("home"), QStringLiteral("laptop") }, hall, bodies, 10000, &why),
        qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(unread(QStringLiteral("laptop"), hall), 2, 5000);
    m_w->alice->ctl(QStringLiteral("laptop"), { QStringLiteral("read"), hall });
    QVERIFY(msUntilRead({ QStringLiteral("home"), QStringLiteral("laptop") }, hall) >= 0);

    m_w->alice->start(QStringLiteral("desktop"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_w->alice->role(QStringLiteral("desktop")), QStringLiteral("sibling"), 20000);
    QVERIFY2(m_w->exactlyOnce({ QStringLiteral("desktop") }, hall, bodies, 15000, &why), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(unread(QStringLiteral("desktop"), hall), 0, 5000);
}

QTEST_GUILESS_MAIN(TestReadSync)
#include "tst_read_sync.moc"
