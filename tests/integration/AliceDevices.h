// Several Tandem processes of one account (the real binary, driven through ctl) for the
// account-level rooms tests.
#pragma once

#include "ParentBoundProcess.h"
#include "ProsodyFixture.h"
#include "TandemProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <map>
#include <memory>

namespace Tandem::Test {

/// One device: a profile directory and, while running, its process.
struct Device
{
    QString name;
    QString profile;
    bool headless = false;
    /// Dies with the test process (PR_SET_PDEATHSIG), even when the test is killed.
    std::unique_ptr<ParentBoundProcess> process;
};

class AliceDevices
{
public:
    AliceDevices(const ProsodyFixture &server, const QString &root)
        : m_server(server)
        , m_root(root)
    { }

    /// Creates the profile (account alice) and starts it: --headless (always-on) or the GUI
    /// offscreen. Short election timers keep the tests quick.
    Device &start(const QString &name, bool headless)
    {
        Device &d = m_devices[name];
        d.name = name;
        d.headless = headless;
        d.profile = m_root + QLatin1Char('/') + name;
        if (!QFile::exists(d.profile + QStringLiteral("/accounts.ini"))) {
            const QString pw = m_root + QStringLiteral("/alice.pw");
            QFile f(pw);
            f.open(QIODevice::WriteOnly);
            f.write("pw-alice\n");
            f.close();
            runTandem({ QStringLiteral("--profile"), d.profile, QStringLiteral("account"),
                QStringLiteral("add"), QStringLiteral("alice@localhost"), QStringLiteral("--password-file"),
                pw, QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
                QString::number(m_server.port()), QStringLiteral("--ca-file"), m_server.caFile(),
                QStringLiteral("--password-store"), QStringLiteral("file") });
        }
        QProcessEnvironment env = tandemEnvironment();
        env.insert(QStringLiteral("TANDEM_HOLD_DOWN_MS"), QStringLiteral("1500"));
        env.insert(QStringLiteral("TANDEM_SETTLE_MS"), QStringLiteral("500"));
        env.insert(QStringLiteral("TANDEM_ANCHOR_PING_MS"), QStringLiteral("1000"));
        env.insert(QStringLiteral("TANDEM_ANCHOR_PING_TIMEOUT_MS"), QStringLiteral("1500"));
        d.process = std::make_unique<ParentBoundProcess>();
        d.process->setProcessEnvironment(env);
        d.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args { QStringLiteral("--profile"), d.profile };
        if (headless)
            args.prepend(QStringLiteral("--headless"));
        d.process->start(tandemBinary(), args);
        d.process->waitForStarted(5000);
        return d;
    }

    void stop(const QString &name, int signal = SIGTERM)
    {
        Device &d = m_devices[name];
        if (!d.process)
            return;
        ::kill(pid_t(d.process->processId()), signal);
        if (!d.process->waitForFinished(10000)) {
            d.process->kill();
            d.process->waitForFinished(2000);
        }
        d.process.reset();
    }

    ~AliceDevices()
    {
        for (auto &entry : m_devices)
            stop(entry.first);
    }

    QJsonObject ctl(const QString &name, const QStringList &args) const
    {
        const auto r = runTandem(
            QStringList { QStringLiteral("--profile"), m_devices.at(name).profile, QStringLiteral("ctl") }
            + args + QStringList { QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonObject coordinator(const QString &name) const
    {
        return ctl(name, { QStringLiteral("status") })[QStringLiteral("accounts")]
            .toArray()[0]
            .toObject()[QStringLiteral("coordinator")]
            .toObject();
    }

    QString role(const QString &name) const { return coordinator(name)[QStringLiteral("role")].toString(); }

    QJsonArray history(const QString &name, const QString &room, int limit = 2000) const
    {
        return ctl(name,
            { QStringLiteral("history"), room, QStringLiteral("--limit"),
                QString::number(limit) })[QStringLiteral("messages")]
            .toArray();
    }

    /// How many stored messages of `room` on device `name` have exactly this body.
    int count(const QString &name, const QString &room, const QString &body) const
    {
        int n = 0;
        for (const QJsonValue &v : history(name, room))
            n += v.toObject()[QStringLiteral("body")].toString() == body ? 1 : 0;
        return n;
    }

    QJsonObject room(const QString &name, const QString &jid) const
    {
        for (const QJsonValue &v :
            ctl(name, { QStringLiteral("rooms") })[QStringLiteral("rooms")].toArray()) {
            if (v.toObject()[QStringLiteral("jid")].toString() == jid)
                return v.toObject();
        }
        return {};
    }

    const Device &device(const QString &name) const { return m_devices.at(name); }

private:
    const ProsodyFixture &m_server;
    QString m_root;
    std::map<QString, Device> m_devices;
};

} // namespace Tandem::Test
