// The tandem executable end to end: account add, --headless, ctl, signals, a second
// instance on the same profile, and a database it must not touch.
#include "ParentBoundProcess.h"
#include "ProsodyFixture.h"
#include "StorageTestUtils.h"
#include "TandemProcess.h"
#include "XmppTestClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessage.h>
#include <QXmppMucManager.h>
#include <algorithm>
#include <csignal>
#include <memory>
#include <sqlite3.h>

using namespace Tandem::Test;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void ctlWithoutInstanceFails();
    void accountAddValidates();
    void headlessSendHistoryAndShutdown();
    void secondInstanceIsRefused();
    void windowOnAHeadlessProfileIsRefused();
    void corruptDatabaseIsLeftAlone();
    void damagedDatabaseIsReportedAndRepaired();
    void lockedDatabaseKeepsIncomingMessages();
    void roomsThroughCtl();

private:
    QString addAccount(const QString &user, const QString &profile);
    QJsonObject ctlJson(const QString &profile, const QStringList &args);
    std::unique_ptr<ParentBoundProcess> startHeadless(const QString &profile);
    void stopHeadless(QProcess &p);

    std::unique_ptr<ProsodyFixture> m_server;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(
        !tandemBinary().isEmpty() && QFile::exists(tandemBinary()), "TANDEM_BINARY must point at tandem");
    qRegisterMetaType<QXmppMessage>();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice"), &error));
    QVERIFY(m_server->registerUser(QStringLiteral("bob"), QStringLiteral("pw-bob"), &error));
}

QString TestCli::addAccount(const QString &user, const QString &profile)
{
    const QString passwordFile = m_dir.path() + QLatin1Char('/') + user + QStringLiteral(".pw");
    QFile f(passwordFile);
    f.open(QIODevice::WriteOnly);
    f.write("pw-" + user.toUtf8() + "\n");
    f.close();
    const auto r = runTandem({ QStringLiteral("--profile"), profile, QStringLiteral("account"),
        QStringLiteral("add"), user + QStringLiteral("@localhost"), QStringLiteral("--password-file"),
        passwordFile, QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"),
        QString::number(m_server->port()), QStringLiteral("--ca-file"), m_server->caFile(),
        QStringLiteral("--password-store"), QStringLiteral("file") });
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

QJsonObject TestCli::ctlJson(const QString &profile, const QStringList &args)
{
    const auto r = runTandem(QStringList { QStringLiteral("--profile"), profile, QStringLiteral("ctl") }
        + args + QStringList { QStringLiteral("--json") });
    if (r.exitCode != 0)
        qWarning() << "ctl failed" << args << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

std::unique_ptr<ParentBoundProcess> TestCli::startHeadless(const QString &profile)
{
    auto p = std::make_unique<ParentBoundProcess>();
    p->setProcessEnvironment(tandemEnvironment());
    p->start(tandemBinary(), { QStringLiteral("--headless"), QStringLiteral("--profile"), profile });
    p->waitForStarted(5000);
    return p;
}

void TestCli::stopHeadless(QProcess &p)
{
    ::kill(pid_t(p.processId()), SIGTERM);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(2000);
    }
}

void TestCli::versionAndHelp()
{
    const auto version = runTandem({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(TANDEM_VERSION), version.out.constData());
    const auto help = runTandem({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *needle :
        { "--profile", "--headless", "--version", "account add", "--password-file", "--host", "--port",
            "--ca-file", "--password-store", "ctl status", "ctl send", "ctl history", "--limit", "--json" })
        QVERIFY2(help.out.contains(needle), needle);
    // Every ctl command is listed, and each says that it takes --json (they all do).
    QSet<QString> listed;
    for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  ctl ")))
            continue;
        listed.insert(line.section(QLatin1Char(' '), 3, 3));
        QVERIFY2(line.contains(QLatin1String("[--json]")), qPrintable(line));
    }
    const QSet<QString> commands { QStringLiteral("status"), QStringLiteral("send"),
        QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("export"),
        QStringLiteral("rooms"), QStringLiteral("join"), QStringLiteral("leave"), QStringLiteral("hide"),
        QStringLiteral("show"), QStringLiteral("occupants"), QStringLiteral("nick"),
        QStringLiteral("subject"), QStringLiteral("correct"), QStringLiteral("anchor"), QStringLiteral("read"),
        QStringLiteral("unread"), QStringLiteral("active"), QStringLiteral("notifications") };
    QCOMPARE(listed, commands);
    QVERIFY(help.out.contains("--account JID"));
    QVERIFY(help.out.contains("xmpp:JID"));
    // The manual page keeps up with the command line.
    QFile man(QStringLiteral(TANDEM_MAN_PAGE));
    QVERIFY2(man.open(QIODevice::ReadOnly), TANDEM_MAN_PAGE);
    const QString page = QString::fromUtf8(man.readAll()).remove(QLatin1Char('\\'));
    for (const QString &command : commands)
        QVERIFY2(page.contains(QStringLiteral("ctl ") + command), qPrintable(command));
    for (const char *option : { "--account", "--json", "--limit", "--in", "--format", "--output", "--nick",
             "--password", "account list", "xmpp" })
        QVERIFY2(page.contains(QLatin1String(option)), option);
    const auto unknown = runTandem({ QStringLiteral("frobnicate") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("Unknown command"));
}

void TestCli::ctlWithoutInstanceFails()
{
    const auto r = runTandem({ QStringLiteral("--profile"), m_dir.path() + QStringLiteral("/nobody"),
        QStringLiteral("ctl"), QStringLiteral("status") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No running Tandem"), r.err.constData());
}

void TestCli::accountAddValidates()
{
    const QString profile = m_dir.path() + QStringLiteral("/validate");
    const auto bad
        = runTandem({ QStringLiteral("--profile"), profile, QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("not a jid"), QStringLiteral("--password-file"), QStringLiteral("/dev/null") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("Invalid account address"), bad.err.constData());
    const auto noFile = runTandem({ QStringLiteral("--profile"), profile, QStringLiteral("account"),
        QStringLiteral("add"), QStringLiteral("a@localhost"), QStringLiteral("--password-file"),
        QStringLiteral("/nonexistent/pw") });
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY(noFile.err.contains("Cannot read"));
}

void TestCli::headlessSendHistoryAndShutdown()
{
    const QString aliceProfile = m_dir.path() + QStringLiteral("/alice-home");
    const QString bobProfile = m_dir.path() + QStringLiteral("/bob");
    QCOMPARE(addAccount(QStringLiteral("alice"), aliceProfile), QString());
    QCOMPARE(addAccount(QStringLiteral("bob"), bobProfile), QString());
    QFile accounts(aliceProfile + QStringLiteral("/accounts.ini"));
    QVERIFY(accounts.open(QIODevice::ReadOnly));
    QVERIFY(!accounts.readAll().contains("pw-alice"));
    auto alice = startHeadless(aliceProfile);
    auto bob = startHeadless(bobProfile);

    auto online = [&](const QString &profile) {
        const QJsonObject s = ctlJson(profile, { QStringLiteral("status") });
        const QJsonArray accounts = s[QStringLiteral("accounts")].toArray();
        return !accounts.isEmpty()
            && accounts[0].toObject()[QStringLiteral("state")].toString() == QLatin1String("online");
    };
    QTRY_VERIFY_WITH_TIMEOUT(online(aliceProfile), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(online(bobProfile), 30000);
    const QJsonObject status = ctlJson(aliceProfile, { QStringLiteral("status") });
    QCOMPARE(status[QStringLiteral("mode")].toString(), QStringLiteral("headless"));
    QCOMPARE(status[QStringLiteral("accounts")].toArray()[0].toObject()[QStringLiteral("jid")].toString(),
        QStringLiteral("alice@localhost"));
    // The keys README.md documents as stable: fields may be added, none may go.
    auto hasKeys = [](const QJsonObject &o, const char *const *keys, int n) {
        for (int i = 0; i < n; ++i) {
            if (!o.contains(QLatin1String(keys[i]))) {
                qWarning("missing key %s", keys[i]);
                return false;
            }
        }
        return true;
    };
    const char *const top[]
        = { "version", "profile", "mode", "resource", "pid", "started_at", "startup", "accounts" };
    const char *const startup[] = { "start_monotonic_ns", "database_open_ms", "accounts_started_ms",
        "connected_ms", "holding_rooms_ms", "last_room_joined_ms", "rooms_joined" };
    const char *const account[]
        = { "jid", "full_jid", "state", "resumed", "error", "roster_size", "coordinator" };
    const char *const coordinator[] = { "role", "anchor", "term", "siblings", "rooms" };
    const QJsonObject first = status[QStringLiteral("accounts")].toArray()[0].toObject();
    QVERIFY(hasKeys(status, top, 8));
    QVERIFY(hasKeys(status[QStringLiteral("startup")].toObject(), startup, 7));
    QVERIFY(hasKeys(first, account, 7));
    QVERIFY(hasKeys(first[QStringLiteral("coordinator")].toObject(), coordinator, 5));

    const QJsonObject sent = ctlJson(aliceProfile,
        { QStringLiteral("send"), QStringLiteral("bob@localhost"),
            QStringLiteral("hello from the command line") });
    QVERIFY(!sent[QStringLiteral("message")].toObject()[QStringLiteral("origin_id")].toString().isEmpty());
    auto bobHistory = [&] {
        return ctlJson(bobProfile,
            { QStringLiteral("history"), QStringLiteral("alice@localhost") })[QStringLiteral("messages")]
            .toArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(bobHistory().size(), 1, 15000);
    const QJsonObject m = bobHistory()[0].toObject();
    QCOMPARE(m[QStringLiteral("body")].toString(), QStringLiteral("hello from the command line"));
    QCOMPARE(m[QStringLiteral("direction")].toString(), QStringLiteral("in"));
    auto aliceState = [&] {
        return ctlJson(aliceProfile,
            { QStringLiteral("history"), QStringLiteral("bob@localhost"), QStringLiteral("--limit"),
                QStringLiteral("1") })[QStringLiteral("messages")]
            .toArray()[0]
            .toObject()[QStringLiteral("state")]
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(aliceState(), QStringLiteral("delivered"), 15000);

    // Invalid input through ctl: a clear error, non-zero exit.
    const auto badSend = runTandem({ QStringLiteral("--profile"), aliceProfile, QStringLiteral("ctl"),
        QStringLiteral("send"), QStringLiteral("not-a-jid"), QStringLiteral("x") });
    QCOMPARE(badSend.exitCode, 1);
    QVERIFY(badSend.err.contains("Invalid recipient"));

    // SIGTERM: clean exit, lock released, database closed (SQLite removes the WAL file when the
    // last connection closes; a killed process leaves it behind).
    const QString wal = aliceProfile + QStringLiteral("/tandem.db-wal");
    QVERIFY(QFile::exists(wal));
    stopHeadless(*alice);
    QCOMPARE(alice->exitStatus(), QProcess::NormalExit);
    QCOMPARE(alice->exitCode(), 0);
    QVERIFY(!QFile::exists(aliceProfile + QStringLiteral("/ctl.sock")));
    QVERIFY(!QFile::exists(wal));
    // SIGINT (Ctrl+C in a terminal) stops it the same way.
    auto again = startHeadless(aliceProfile);
    QTRY_VERIFY_WITH_TIMEOUT(online(aliceProfile), 30000);
    QVERIFY(QFile::exists(wal));
    ::kill(pid_t(again->processId()), SIGINT);
    QVERIFY(again->waitForFinished(15000));
    QCOMPARE(again->exitStatus(), QProcess::NormalExit);
    QCOMPARE(again->exitCode(), 0);
    QVERIFY(!QFile::exists(wal));
    QVERIFY(!QFile::exists(aliceProfile + QStringLiteral("/ctl.sock")));
    stopHeadless(*bob);
    QCOMPARE(bob->exitCode(), 0);
}

void TestCli::secondInstanceIsRefused()
{
    const QString profile = m_dir.path() + QStringLiteral("/twice");
    QCOMPARE(addAccount(QStringLiteral("alice"), profile), QString());
    auto first = startHeadless(profile);
    QTRY_VERIFY_WITH_TIMEOUT(!ctlJson(profile, { QStringLiteral("status") }).isEmpty(), 20000);
    const auto second
        = runTandem({ QStringLiteral("--headless"), QStringLiteral("--profile"), profile }, 15000);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already in use"), second.err.constData());
    // The first one is unharmed.
    QVERIFY(!ctlJson(profile, { QStringLiteral("status") }).isEmpty());
    stopHeadless(*first);
    QCOMPARE(first->exitCode(), 0);
}

void TestCli::windowOnAHeadlessProfileIsRefused()
{
    const QString profile = m_dir.path() + QStringLiteral("/headless-only");
    QCOMPARE(addAccount(QStringLiteral("alice"), profile), QString());
    auto headless = startHeadless(profile);
    QTRY_VERIFY_WITH_TIMEOUT(!ctlJson(profile, { QStringLiteral("status") }).isEmpty(), 20000);
    // A desktop start (offscreen here) cannot hand over to an instance without a window: it
    // says why instead of leaving silently.
    const auto gui = runTandem({ QStringLiteral("--profile"), profile }, 15000);
    QCOMPARE(gui.exitCode, 1);
    QVERIFY2(gui.err.contains("headless"), gui.err.constData());
    QVERIFY2(gui.err.contains(QByteArray::number(headless->processId())), gui.err.constData());
    QVERIFY(!ctlJson(profile, { QStringLiteral("status") }).isEmpty());
    stopHeadless(*headless);
    QCOMPARE(headless->exitCode(), 0);
}

void TestCli::corruptDatabaseIsLeftAlone()
{
    const QString profile = m_dir.path() + QStringLiteral("/corrupt");
    QCOMPARE(addAccount(QStringLiteral("alice"), profile), QString());
    QFile db(profile + QStringLiteral("/tandem.db"));
    QVERIFY(db.open(QIODevice::WriteOnly));
    QByteArray garbage(64 * 1024, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    db.write(garbage);
    db.close();
    const QByteArray before = QCryptographicHash::hash(garbage, QCryptographicHash::Sha256);
    const auto r = runTandem({ QStringLiteral("--headless"), QStringLiteral("--profile"), profile }, 15000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.isEmpty(), "a clear error is printed");
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256), before);
}

void TestCli::damagedDatabaseIsReportedAndRepaired()
{
    const QString profile = m_dir.path() + QStringLiteral("/damaged");
    QCOMPARE(addAccount(QStringLiteral("alice"), profile), QString());
    const QString file = profile + QStringLiteral("/tandem.db");
    QVERIFY(createDatabaseWithMessages(file, 3000));
    const QVector<int> leaves = leafPages(file, QStringLiteral("messages"));
    QVERIFY(leaves.size() >= 20);
    QVERIFY(damagePages(file, leaves[leaves.size() / 2], 2));
    const QByteArray damagedBytes = fileChecksum(file);

    // It starts (header and schema are sound), then finds the damage and says so in status.
    auto running = startHeadless(profile);
    QTRY_VERIFY_WITH_TIMEOUT(
        ctlJson(profile, { QStringLiteral("status") })[QStringLiteral("error")].toString().contains(
            QLatin1String("damaged")),
        20000);
    const QString error = ctlJson(profile, { QStringLiteral("status") })[QStringLiteral("error")].toString();
    QVERIFY2(error.contains(QLatin1String("tandem repair")), qPrintable(error));
    const auto text = runTandem(
        { QStringLiteral("--profile"), profile, QStringLiteral("ctl"), QStringLiteral("status") });
    QVERIFY2(text.out.contains("Error: "), text.out.constData());
    // No repair under a running instance.
    const auto busy = runTandem({ QStringLiteral("--profile"), profile, QStringLiteral("repair") });
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.err.contains("already in use"), busy.err.constData());
    stopHeadless(*running);
    QCOMPARE(running->exitCode(), 0);
    QCOMPARE(fileChecksum(file), damagedBytes); // nothing was written into the damaged file

    const auto repaired = runTandem({ QStringLiteral("--profile"), profile, QStringLiteral("repair") });
    QVERIFY2(repaired.exitCode == 0, repaired.err.constData());
    QVERIFY2(repaired.out.contains("renamed to"), repaired.out.constData());
    QVERIFY2(repaired.out.contains("could not be read"), repaired.out.constData());
    QStringList aside = QDir(profile).entryList({ QStringLiteral("tandem.db.damaged-*") }, QDir::Files);
    // Its -wal and -shm go along under the same name.
    aside.erase(std::remove_if(aside.begin(), aside.end(),
                    [](const QString &n) {
                        return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm"));
                    }),
        aside.end());
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileChecksum(profile + QLatin1Char('/') + aside.first()), damagedBytes);
    QVERIFY2(repaired.out.contains(aside.first().toUtf8()), repaired.out.constData());

    // The next start runs on the new file, without an error.
    running = startHeadless(profile);
    QTRY_VERIFY_WITH_TIMEOUT(!ctlJson(profile, { QStringLiteral("status") }).isEmpty(), 20000);
    QTest::qWait(1000); // the check after opening has had its time
    QVERIFY(!ctlJson(profile, { QStringLiteral("status") }).contains(QStringLiteral("error")));
    stopHeadless(*running);
    QCOMPARE(running->exitCode(), 0);
}

void TestCli::lockedDatabaseKeepsIncomingMessages()
{
    const QString aliceProfile = m_dir.path() + QStringLiteral("/alice-locked");
    const QString bobProfile = m_dir.path() + QStringLiteral("/bob-locked");
    QCOMPARE(addAccount(QStringLiteral("alice"), aliceProfile), QString());
    QCOMPARE(addAccount(QStringLiteral("bob"), bobProfile), QString());
    auto alice = startHeadless(aliceProfile);
    auto bob = startHeadless(bobProfile);
    auto online = [&](const QString &profile) {
        const QJsonArray accounts
            = ctlJson(profile, { QStringLiteral("status") })[QStringLiteral("accounts")].toArray();
        return !accounts.isEmpty()
            && accounts[0].toObject()[QStringLiteral("state")].toString() == QLatin1String("online");
    };
    QTRY_VERIFY_WITH_TIMEOUT(online(aliceProfile), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(online(bobProfile), 30000);

    // Another program holds alice's database while bob writes to her.
    sqlite3 *other = nullptr;
    const QByteArray db = (aliceProfile + QStringLiteral("/tandem.db")).toUtf8();
    QCOMPARE(sqlite3_open_v2(db.constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    const QJsonObject sent = ctlJson(bobProfile,
        { QStringLiteral("send"), QStringLiteral("alice@localhost"), QStringLiteral("while it was locked") });
    QVERIFY(!sent.isEmpty());
    auto aliceError = [&] {
        return ctlJson(aliceProfile, { QStringLiteral("status") })[QStringLiteral("error")].toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(aliceError().contains(QLatin1String("kept in memory")), 20000);
    QVERIFY2(aliceError().contains(QLatin1String("locked")), qPrintable(aliceError()));
    auto bobState = [&] {
        return ctlJson(bobProfile,
            { QStringLiteral("history"), QStringLiteral("alice@localhost"), QStringLiteral("--limit"),
                QStringLiteral("1") })[QStringLiteral("messages")]
            .toArray()[0]
            .toObject()[QStringLiteral("state")]
            .toString();
    };
    // No receipt for what is not stored.
    QTest::qWait(1500);
    QCOMPARE(bobState(), QStringLiteral("sent"));

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(other);
    auto aliceHistory = [&] {
        return ctlJson(aliceProfile,
            { QStringLiteral("history"), QStringLiteral("bob@localhost") })[QStringLiteral("messages")]
            .toArray();
    };
    // Her history may also hold earlier messages from bob (the archive sync brings them).
    auto storedAfterLock = [&] {
        for (const QJsonValue &m : aliceHistory()) {
            if (m.toObject()[QStringLiteral("body")].toString() == QLatin1String("while it was locked"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedAfterLock(), 45000);
    QTRY_VERIFY_WITH_TIMEOUT(aliceError().isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bobState(), QStringLiteral("delivered"), 15000);
    stopHeadless(*alice);
    stopHeadless(*bob);
}

void TestCli::roomsThroughCtl()
{
    const QString profile = m_dir.path() + QStringLiteral("/alice-rooms");
    QCOMPARE(addAccount(QStringLiteral("alice"), profile), QString());
    auto alice = startHeadless(profile);
    QTRY_VERIFY_WITH_TIMEOUT(ctlJson(profile, { QStringLiteral("status") })[QStringLiteral("accounts")]
                                 .toArray()[0]
                                 .toObject()[QStringLiteral("state")]
            == QStringLiteral("online"),
        30000);
    const QString room = QStringLiteral("lounge@") + m_server->mucDomain();
    const QJsonObject joined = ctlJson(
        profile, { QStringLiteral("join"), room, QStringLiteral("--nick"), QStringLiteral("ally") });
    QCOMPARE(joined[QStringLiteral("state")].toString(), QStringLiteral("joined"));
    QCOMPARE(joined[QStringLiteral("nick")].toString(), QStringLiteral("ally"));

    QXmppClient bob;
    auto *muc = new QXmppMucManager;
    bob.addExtension(muc);
    QVERIFY(connectClient(bob, *m_server, QStringLiteral("bob"), QStringLiteral("plain")));
    QXmppMucRoom *bobRoom = muc->addRoom(room);
    bobRoom->setNickName(QStringLiteral("bob"));
    QSignalSpy bobJoined(bobRoom, &QXmppMucRoom::joined);
    QSignalSpy bobGot(bobRoom, &QXmppMucRoom::messageReceived);
    bobRoom->join();
    QVERIFY(bobJoined.wait(10000));

    const QJsonArray rooms = ctlJson(profile, { QStringLiteral("rooms") })[QStringLiteral("rooms")].toArray();
    QCOMPARE(rooms.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        ctlJson(profile, { QStringLiteral("occupants"), room })[QStringLiteral("occupants")].toArray().size(),
        2, 10000);

    bobRoom->sendMessage(QStringLiteral("hello room"));
    auto history = [&] {
        return ctlJson(profile, { QStringLiteral("history"), room })[QStringLiteral("messages")].toArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(history().size(), 1, 10000);
    QCOMPARE(history()[0].toObject()[QStringLiteral("sender")].toString(), QStringLiteral("bob"));
    QCOMPARE(history()[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("groupchat"));
    QVERIFY(!history()[0].toObject()[QStringLiteral("stanza_id")].isNull());

    // A room address works where a contact address does; the reflection marks it delivered,
    // and it is stored once.
    ctlJson(profile, { QStringLiteral("send"), room, QStringLiteral("hello bob") });
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bobGot.cbegin(), bobGot.cend(),
                                 [](const QList<QVariant> &a) {
                                     return a[0].value<QXmppMessage>().body() == QLatin1String("hello bob");
                                 }),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(history().size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        history()[1].toObject()[QStringLiteral("state")].toString(), QStringLiteral("delivered"), 10000);

    const auto badJoin = runTandem({ QStringLiteral("--profile"), profile, QStringLiteral("ctl"),
        QStringLiteral("join"), QStringLiteral("not a room") });
    QCOMPARE(badJoin.exitCode, 1);
    QVERIFY(badJoin.err.contains("Invalid room address"));

    ctlJson(profile, { QStringLiteral("leave"), room });
    QTRY_COMPARE_WITH_TIMEOUT(bobRoom->participants().size(), 1, 10000);
    const QJsonObject left
        = ctlJson(profile, { QStringLiteral("rooms") })[QStringLiteral("rooms")].toArray()[0].toObject();
    QCOMPARE(left[QStringLiteral("state")].toString(), QStringLiteral("left"));
    QCOMPARE(left[QStringLiteral("left_reason")].toString(), QStringLiteral("left"));
    stopHeadless(*alice);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
