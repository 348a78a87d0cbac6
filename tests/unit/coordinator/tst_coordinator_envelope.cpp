// One envelope for every coordinator stanza (PROTOCOL.md §7, §14): whichever codec reads a forged or
// malformed stanza refuses it for the same reason, in the same words, and each finds its element by
// namespace and local name, whatever the prefix.
#include "CoordinatorTestXml.h"
#include "coordinator/HandoverCodec.h"
#include "coordinator/RelayCodec.h"
#include "coordinator/RequestCodec.h"
#include "coordinator/SnapshotCodec.h"

#include <QTest>
#include <functional>
#include <optional>

using namespace Tandem;

namespace {
const QString &own = Test::ownBareJid;

/// The five decoders of the four codecs, each with an element it accepts.
struct Decoder
{
    const char *kind; ///< what it calls an element it does not read: "<x/> is not a relay"
    QByteArray payload; ///< with xmlns='urn:tandem:coord:0' and an end tag, which prefixed() rewrites
    std::function<bool(const QDomElement &, QString *)> decode;
};

const QVector<Decoder> &decoders()
{
    static const QVector<Decoder> all {
        { "relay",
            "<relay xmlns='urn:tandem:coord:0' term='5' seq='1' room='room@conference.example.org'>"
            "<forwarded xmlns='urn:xmpp:forward:0'>"
                + Test::groupchatFromBob + "</forwarded></relay>",
            [](const QDomElement &m, QString *why) { return bool(RelayCodec::decodeRelay(m, own, why)); } },
        { "request",
            "<request xmlns='urn:tandem:coord:0' term='5' id='q1' action='leave'"
            " room='room@conference.example.org'></request>",
            [](const QDomElement &m, QString *why) {
                return bool(RequestCodec::decodeRequest(m, own, why));
            } },
        { "snapshot",
            "<snapshot xmlns='urn:tandem:coord:0' term='5' seq='1' room='room@conference.example.org'"
            " nick='alice'></snapshot>",
            [](const QDomElement &m, QString *why) { return bool(SnapshotCodec::decode(m, own, why)); } },
        { "handover", "<handover xmlns='urn:tandem:coord:0' term='5'></handover>",
            [](const QDomElement &m, QString *why) { return bool(HandoverCodec::decode(m, own, why)); } },
        { "response", "<ack xmlns='urn:tandem:coord:0' id='q1'></ack>",
            [](const QDomElement &m, QString *why) {
                return bool(RequestCodec::decodeResponse(m, own, why));
            } },
    };
    return all;
}

QByteArray localName(const QByteArray &payload)
{
    return payload.mid(1, payload.indexOf(' ') - 1);
}

/// `payload` with its element under prefix c:, bound to `ns`.
QByteArray prefixed(QByteArray payload, const QByteArray &ns)
{
    const QByteArray name = localName(payload);
    payload.replace("<" + name + " xmlns='urn:tandem:coord:0'", "<c:" + name + " xmlns:c='" + ns + "'");
    return payload.replace("</" + name + ">", "</c:" + name + ">");
}

/// `payload` with attribute `name` set to `value`, or left out.
QByteArray withAttribute(QByteArray payload, const QByteArray &name, const std::optional<QByteArray> &value)
{
    const int start = payload.indexOf(" " + name + "='");
    const int end = payload.indexOf('\'', start + name.size() + 3);
    return payload.replace(start, end + 1 - start, value ? " " + name + "='" + *value + "'" : QByteArray());
}

QByteArray message(const QByteArray &content,
    const QByteArray &attributes
    = "type='headline' from='alice@example.org/home' to='alice@example.org/laptop'",
    const QByteArray &stanza = "message", const QByteArray &ns = "jabber:client")
{
    return "<" + stanza + " xmlns='" + ns + "' " + attributes + ">" + content
        + "<no-copy xmlns='urn:xmpp:hints'/><no-store xmlns='urn:xmpp:hints'/>"
          "<private xmlns='urn:xmpp:carbons:2'/></"
        + stanza + ">";
}

// Both name the decoder, so that a failed comparison says which one.
QString refusal(const Decoder &decoder, const QByteArray &xml)
{
    const QDomDocument document = Test::parseXml(xml);
    QString why = QStringLiteral("(accepted)");
    if (document.isNull())
        why = QStringLiteral("(not well-formed)");
    else if (!decoder.decode(document.documentElement(), &why) && why.isEmpty())
        why = QStringLiteral("(refused without a reason)");
    return QStringLiteral("%1: %2").arg(QLatin1String(decoder.kind), why);
}

QString expected(const Decoder &decoder, const QString &reason)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(decoder.kind), reason);
}

enum class Payload { Valid, InAnotherNamespace, PrefixedInAnotherNamespace, Twice, None };
} // namespace

Q_DECLARE_METATYPE(Payload)

class TestCoordinatorEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted()
    {
        for (const Decoder &decoder : decoders()) {
            for (const QByteArray &payload :
                { decoder.payload, prefixed(decoder.payload, "urn:tandem:coord:0") }) {
                const QDomDocument document = Test::parseXml(message(payload));
                QString why;
                QVERIFY2(decoder.decode(document.documentElement(), &why),
                    qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(payload), why)));
            }
        }
    }

    void envelopeRefusedAlike_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QByteArray>("stanza");
        QTest::addColumn<QByteArray>("ns");
        QTest::addColumn<Payload>("payload");
        QTest::addColumn<QString>("reason");

        auto sent = [](const QByteArray &from, const QByteArray &to, const QByteArray &type = "headline") {
            return "type='" + type + "' from='" + from + "' to='" + to + "'";
        };
        const QByteArray home = "alice@example.org/home";
        const QByteArray laptop = "alice@example.org/laptop";
        const QByteArray headline = sent(home, laptop);
        const QByteArray message = "message";
        const QByteArray client = "jabber:client";
        QTest::newRow("from another account")
            << sent("mallory@example.org/home", laptop) << message << client << Payload::Valid
            << "sender 'mallory@example.org/home' is not a session of alice@example.org";
        QTest::newRow("from our bare JID")
            << sent("alice@example.org", laptop) << message << client << Payload::Valid
            << "sender 'alice@example.org' is not a session of alice@example.org";
        QTest::newRow("from our server") << sent("example.org", laptop) << message << client << Payload::Valid
                                         << "sender 'example.org' is not a session of alice@example.org";
        QTest::newRow("to another account")
            << sent(home, "bob@example.org/laptop") << message << client << Payload::Valid
            << "recipient 'bob@example.org/laptop' is not a session of alice@example.org";
        QTest::newRow("to our bare JID")
            << sent(home, "alice@example.org") << message << client << Payload::Valid
            << "recipient 'alice@example.org' is not a session of alice@example.org";
        QTest::newRow("sent by the receiving session")
            << sent(laptop, laptop) << message << client << Payload::Valid
            << "sent by the receiving session itself";
        QTest::newRow("a chat message") << sent(home, laptop, "chat") << message << client << Payload::Valid
                                        << "message type is 'chat', not headline";
        QTest::newRow("a normal message") << QByteArray("from='" + home + "' to='" + laptop + "'") << message
                                          << client << Payload::Valid << "message type is '', not headline";
        QTest::newRow("a presence") << headline << QByteArray("presence") << client << Payload::Valid
                                    << "not a <message/> stanza";
        QTest::newRow("a server-to-server message") << headline << message << QByteArray("jabber:server")
                                                    << Payload::Valid << "not a <message/> stanza";
        QTest::newRow("the right name in another namespace")
            << headline << message << client << Payload::InAnotherNamespace << "no coordinator element";
        QTest::newRow("the right name under a prefix of another namespace")
            << headline << message << client << Payload::PrefixedInAnotherNamespace
            << "no coordinator element";
        QTest::newRow("two coordinator elements")
            << headline << message << client << Payload::Twice << "more than one coordinator element";
        QTest::newRow("no coordinator element")
            << headline << message << client << Payload::None << "no coordinator element";
    }

    void envelopeRefusedAlike()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QByteArray, stanza);
        QFETCH(QByteArray, ns);
        QFETCH(Payload, payload);
        QFETCH(QString, reason);
        for (const Decoder &decoder : decoders()) {
            QByteArray content;
            switch (payload) {
            case Payload::Valid:
                content = decoder.payload;
                break;
            case Payload::InAnotherNamespace:
                content = QByteArray(decoder.payload).replace("urn:tandem:coord:0", "urn:tandem:coord:1");
                break;
            case Payload::PrefixedInAnotherNamespace:
                content = prefixed(decoder.payload, "urn:example:other");
                break;
            case Payload::Twice:
                content = decoder.payload + decoder.payload;
                break;
            case Payload::None:
                content = "<body>hi</body>";
                break;
            }
            const QByteArray xml = message(content, attributes, stanza, ns);
            QCOMPARE(refusal(decoder, xml), expected(decoder, reason));
        }
    }

    void otherElementRefusedAlike_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("name");
        QTest::newRow("an element no codec reads")
            << QByteArray("<device xmlns='urn:tandem:coord:0'/>") << "device";
        QTest::newRow("under a prefix") << QByteArray("<c:device xmlns:c='urn:tandem:coord:0'/>") << "device";
        QTest::newRow("a handover") << QByteArray("<handover xmlns='urn:tandem:coord:0' term='5'/>")
                                    << "handover";
        QTest::newRow("a relay") << QByteArray("<relay xmlns='urn:tandem:coord:0' term='5' seq='1'/>")
                                 << "relay";
    }

    void otherElementRefusedAlike()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, name);
        for (const Decoder &decoder : decoders()) {
            if (localName(decoder.payload) == name.toUtf8())
                continue;
            QCOMPARE(refusal(decoder, message(payload)),
                expected(
                    decoder, QStringLiteral("<%1/> is not a %2").arg(name, QLatin1String(decoder.kind))));
        }
    }

    void countsRefusedAlike_data()
    {
        QTest::addColumn<QByteArray>("attribute");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        auto row = [](const QByteArray &attribute, const QByteArray &value, const QString &reason) {
            QTest::addRow("%s='%s'", attribute.constData(), value.constData())
                << attribute << true << value << reason.arg(QString::fromUtf8(value));
        };
        for (const char *term :
            { "", "-1", "+5", " 5", "5.0", "0x5", "five", "2147483648", "99999999999999999999999" })
            row("term", term, QStringLiteral("term '%1' is not a count"));
        for (const char *seq : { "", "-1", "+1", "18446744073709551616" })
            row("seq", seq, QStringLiteral("seq '%1' is not a count"));
        for (const char *room : { "", "room@conference.example.org/bob", "conference.example.org" })
            row("room", room, QStringLiteral("room '%1' is not a bare JID"));
        QTest::newRow("no term") << QByteArray("term") << false << QByteArray() << "term '' is not a count";
        QTest::newRow("no seq") << QByteArray("seq") << false << QByteArray() << "seq '' is not a count";
        QTest::newRow("no room") << QByteArray("room") << false << QByteArray()
                                 << "room '' is not a bare JID";
    }

    void countsRefusedAlike()
    {
        QFETCH(QByteArray, attribute);
        QFETCH(bool, present);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        int refusing = 0;
        for (const Decoder &decoder : decoders()) {
            if (!decoder.payload.contains(" " + attribute + "='"))
                continue;
            ++refusing;
            const QByteArray payload
                = withAttribute(decoder.payload, attribute, present ? std::optional(value) : std::nullopt);
            QCOMPARE(refusal(decoder, message(payload)), expected(decoder, reason));
        }
        QVERIFY(refusing >= 2);
    }
};

QTEST_GUILESS_MAIN(TestCoordinatorEnvelope)
#include "tst_coordinator_envelope.moc"
