// The world of the account-level rooms tests: a private Prosody, alice's Tandem devices (the real
// binary, AliceDevices) and bob on a plain QXmppClient, with what bob received and saw of alice.
#pragma once

#include "AliceDevices.h"
#include "XmppTestClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>
#include <QXmppMessage.h>
#include <QXmppMucManager.h>
#include <QXmppPresence.h>

namespace Tandem::Test {

class AccountRoomsWorld : public QObject
{
public:
    /// Starts the server with the accounts alice and bob, and bob's client.
    bool start(QString *error)
    {
        qRegisterMetaType<QXmppMessage>();
        server = std::make_unique<ProsodyFixture>();
        if (!server->start(error)
            || !server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), error)
            || !server->registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), error))
            return false;
        alice = std::make_unique<AliceDevices>(*server, dir.path());
        bob = std::make_unique<QXmppClient>();
        bobMuc = new QXmppMucManager;
        bob->addExtension(bobMuc);
        connect(bob.get(), &QXmppClient::presenceReceived, this, [this](const QXmppPresence &p) {
            if (p.from().endsWith(QStringLiteral("/alice")))
                aliceSeen[p.from().section(QLatin1Char('/'), 0, 0)]
                    << (p.type() == QXmppPresence::Unavailable ? QStringLiteral("unavailable")
                                                               : QStringLiteral("available"));
        });
        if (!connectClient(*bob, *server, QStringLiteral("bob"), QStringLiteral("plain"))) {
            *error = QStringLiteral("bob could not connect");
            return false;
        }
        return true;
    }

    /// start(), then alice's three devices as most tests want them: the laptop first, holding the
    /// rooms alone until the always-on home and the desktop come; then home the anchor, the
    /// other two its siblings. `error` says which step did not happen in time.
    bool startWithThreeDevices(QString *error)
    {
        if (!start(error))
            return false;
        auto roleBecomes = [&](const QString &device, const QString &role, int timeoutMs) {
            if (QTest::qWaitFor([&] { return alice->role(device) == role; }, timeoutMs))
                return true;
            *error = QStringLiteral("%1 is %2, not %3").arg(device, alice->role(device), role);
            return false;
        };
        alice->start(QStringLiteral("laptop"), false);
        if (!roleBecomes(QStringLiteral("laptop"), QStringLiteral("solo"), 30000))
            return false;
        alice->start(QStringLiteral("home"), true);
        alice->start(QStringLiteral("desktop"), false);
        return roleBecomes(QStringLiteral("home"), QStringLiteral("anchor"), 30000)
            && roleBecomes(QStringLiteral("laptop"), QStringLiteral("sibling"), 15000)
            && roleBecomes(QStringLiteral("desktop"), QStringLiteral("sibling"), 15000);
    }

    ~AccountRoomsWorld() override
    {
        alice.reset();
        bob.reset();
    }

    QString room(const QString &name) const { return name + QLatin1Char('@') + server->mucDomain(); }

    /// Bob creates (or joins) the room `name`; what it says to him is recorded.
    QXmppMucRoom *bobCreates(const QString &name)
    {
        QXmppMucRoom *r = createRoom(*bob, bobMuc, room(name), QStringLiteral("bob"));
        connect(r, &QXmppMucRoom::messageReceived, this,
            [this](const QXmppMessage &m) { bobBodies << m.body(); });
        return r;
    }

    int bobReceived(const QString &body) const { return int(bobBodies.count(body)); }

    QString fullJid(const QString &device) const
    {
        return alice->ctl(device, { QStringLiteral("status") })[QStringLiteral("accounts")]
            .toArray()[0]
            .toObject()[QStringLiteral("full_jid")]
            .toString();
    }

    /// Every device of `devices` stores each of `bodies` in `roomJid` exactly once — and still
    /// does a second after the last one got there, since a duplicate (a relay and a catch-up
    /// page, an archive copy) arrives right behind the first copy. `why` says what was wrong.
    bool exactlyOnce(const QStringList &devices, const QString &roomJid, const QStringList &bodies,
        int timeoutMs, QString *why) const
    {
        const auto check = [&](const QString &device) {
            QHash<QString, int> n;
            for (const QJsonValue &v : alice->history(device, roomJid))
                ++n[v.toObject()[QStringLiteral("body")].toString()];
            for (const QString &body : bodies) {
                if (n.value(body) != 1)
                    return QStringLiteral("%1 stores '%2' %3 times").arg(device, body).arg(n.value(body));
            }
            return QString();
        };
        for (const QString &device : devices) {
            if (!QTest::qWaitFor([&] { return check(device).isEmpty(); }, timeoutMs)) {
                *why = check(device);
                return false;
            }
        }
        QTest::qWait(1000);
        for (const QString &device : devices) {
            if (const QString wrong = check(device); !wrong.isEmpty()) {
                *why = wrong + QStringLiteral(", a second after it was right");
                return false;
            }
        }
        return true;
    }

    QTemporaryDir dir;
    std::unique_ptr<ProsodyFixture> server;
    std::unique_ptr<AliceDevices> alice;
    std::unique_ptr<QXmppClient> bob;
    QXmppMucManager *bobMuc = nullptr;
    QStringList bobBodies;
    /// Per room, the presences of alice's occupant bob received, in order.
    QHash<QString, QStringList> aliceSeen;
};

} // namespace Tandem::Test
