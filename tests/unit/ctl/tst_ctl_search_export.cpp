// `tandem ctl search` and `tandem ctl export` end to end: a headless Instance runs in this process
// (its one account never connects: it has no password), and the real `tandem` binary talks to it
// over the control socket.
#include "account/Instance.h"
#include "ctl/ControlEndpoint.h"
#include "profile/Profile.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using namespace Tandem;

namespace {

const QString me = QStringLiteral("me@example.org");
const QString bob = QStringLiteral("bob@example.org");
const QString room = QStringLiteral("tea@muc.example.org");
const qint64 baseMs = 1700000000000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Message makeMessage(const QString &conversation, qint64 ms, const QString &body)
{
    Message m;
    m.account = me;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.direction = ms % 2 ? Message::Direction::Outgoing : Message::Direction::Incoming;
    m.sender = conversation == room ? QStringLiteral("alice") : bob + QStringLiteral("/phone");
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(baseMs + ms, Qt::UTC);
    m.originId = QStringLiteral("o-%1-%2").arg(conversation).arg(ms);
    return m;
}

} // namespace

class TestCtlSearchExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchJson();
    void searchText();
    void exportJsonIsCompleteAndPaged();
    void exportTextToFile();
    void usageErrors();
    void numbersFromTheSocketAreStrict();
    void exportToSpecialFiles();

private:
    Run ctl(const QStringList &arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<ControlEndpoint> m_control;
    QVector<Message> m_bobMessages; // in time order
};

void TestCtlSearchExport::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("TANDEM_BINARY").isEmpty());
    QVERIFY(m_dir.isValid());
    m_profile = std::make_unique<Profile>(m_dir.filePath(QStringLiteral("profile")));
    QString error;
    QVERIFY2(m_profile->ensureDirectory(&error), qPrintable(error));
    QVERIFY2(m_profile->lock(&error), qPrintable(error));
    AccountConfig account;
    account.jid = me;
    account.passwordStorage = AccountConfig::PasswordStorage::File; // no file: never connects
    m_profile->saveAccounts({ account });
    m_instance = std::make_unique<Instance>(m_profile.get(), Instance::Mode::Headless);
    m_control = std::make_unique<ControlEndpoint>(m_instance.get());
    QSignalSpy started(m_instance.get(), &Instance::started);
    m_instance->start([this](QString *error) { return m_control->listen(error); });
    QVERIFY(started.wait(10000));

    // 1,234 messages with bob (three of them 1.5 million characters: the export pages cut at
    // 4 MB of text), a few in a room.
    for (int i = 0; i < 1234; ++i) {
        QString body = QStringLiteral("message %1 about the weather").arg(i);
        if (i == 7)
            body = QStringLiteral("first line\nsecond line\r\nthird \"quoted\" line");
        if (i == 600 || i == 601 || i == 602)
            body = QStringLiteral("big ").repeated(375000) + QString::number(i);
        if (i == 1000)
            body = QStringLiteral("shall we have tea?");
        m_bobMessages << makeMessage(bob, i * 1000, body);
    }
    QVector<Message> all = m_bobMessages;
    all << makeMessage(room, 5000, QStringLiteral("green tea or black tea"))
        << makeMessage(room, 6000, QStringLiteral("no more tea"));
    bool stored = false;
    m_instance->messages()->storeBatch(all, this, [&](const QVector<StoreResult> &results) {
        stored = std::all_of(results.begin(), results.end(), [](const StoreResult &r) { return r.inserted; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 20000);
}

void TestCtlSearchExport::cleanupTestCase()
{
    if (m_instance) {
        bool done = false;
        m_instance->shutdown([&] { done = true; });
        QTRY_VERIFY(done);
    }
    m_control.reset();
    m_instance.reset();
    m_profile.reset();
}

Run TestCtlSearchExport::ctl(const QStringList &arguments)
{
    // The instance answers on this thread's event loop: wait without blocking it.
    QProcess process;
    process.start(qEnvironmentVariable("TANDEM_BINARY"),
        QStringList { QStringLiteral("--profile"), m_profile->directory(), QStringLiteral("ctl") }
            + arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCtlSearchExport::searchJson()
{
    const Run run = ctl({ QStringLiteral("search"), QStringLiteral("tea"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result[QStringLiteral("query")].toString(), QStringLiteral("tea"));
    QVERIFY(result[QStringLiteral("conversation")].isNull());
    const QJsonArray hits = result[QStringLiteral("hits")].toArray();
    QCOMPARE(hits.size(), 3);
    const QJsonObject top = hits.first().toObject();
    QCOMPARE(top[QStringLiteral("conversation")].toString(), room);
    QCOMPARE(top[QStringLiteral("kind")].toString(), QStringLiteral("groupchat"));
    QCOMPARE(top[QStringLiteral("sender")].toString(), QStringLiteral("alice"));
    QCOMPARE(top[QStringLiteral("snippet")].toString(), QStringLiteral("green [tea] or black [tea]"));
    QCOMPARE(top[QStringLiteral("time")].toString(), QStringLiteral("2023-11-14T22:13:25.000Z"));
    QVERIFY(top[QStringLiteral("id")].toInt() > 0);
    QVERIFY(top[QStringLiteral("score")].toDouble() < 0);
    QCOMPARE(top[QStringLiteral("direction")].toString(), QStringLiteral("in"));

    const Run inBob = ctl({ QStringLiteral("search"), QStringLiteral("tea"), QStringLiteral("--in"), bob,
        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5") });
    QVERIFY2(inBob.exitCode == 0, inBob.err.constData());
    const QJsonObject filtered = QJsonDocument::fromJson(inBob.out).object();
    QCOMPARE(filtered[QStringLiteral("conversation")].toString(), bob);
    QCOMPARE(filtered[QStringLiteral("hits")].toArray().size(), 1);
    QCOMPARE(filtered[QStringLiteral("hits")].toArray().first()[QStringLiteral("snippet")].toString(),
        QStringLiteral("shall we have [tea]?"));

    const Run limited = ctl({ QStringLiteral("search"), QStringLiteral("weather"), QStringLiteral("--limit"),
        QStringLiteral("7"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(limited.out).object()[QStringLiteral("hits")].toArray().size(), 7);

    // Hostile input is searched literally.
    const Run hostile
        = ctl({ QStringLiteral("search"), QStringLiteral("\"tea AND (*"), QStringLiteral("--json") });
    QVERIFY2(hostile.exitCode == 0, hostile.err.constData());
    QCOMPARE(QJsonDocument::fromJson(hostile.out).object()[QStringLiteral("hits")].toArray().size(), 0);
}

void TestCtlSearchExport::searchText()
{
    const Run run = ctl({ QStringLiteral("search"), QStringLiteral("shall"), QStringLiteral("we") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("bob@example.org  bob@example.org/phone: [shall] [we] have tea?")),
        qPrintable(out));
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    const Run none = ctl({ QStringLiteral("search"), QStringLiteral("zzzzzz") });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(QString::fromUtf8(none.out).contains(QStringLiteral("No messages found.")));
}

void TestCtlSearchExport::exportJsonIsCompleteAndPaged()
{
    const Run run
        = ctl({ QStringLiteral("export"), bob, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc[QStringLiteral("format")].toString(), QStringLiteral("tandem-export"));
    QCOMPARE(doc[QStringLiteral("version")].toInt(), 1);
    QCOMPARE(doc[QStringLiteral("account")].toString(), me);
    QCOMPARE(doc[QStringLiteral("conversation")].toString(), bob);
    QVERIFY(
        QDateTime::fromString(doc[QStringLiteral("exported_at")].toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray messages = doc[QStringLiteral("messages")].toArray();
    QCOMPARE(messages.size(), m_bobMessages.size());
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages[i].toObject();
        const Message &expected = m_bobMessages[i];
        QCOMPARE(m[QStringLiteral("body")].toString(), expected.body);
        QCOMPARE(m[QStringLiteral("time")].toString(), expected.serverTime.toString(Qt::ISODateWithMs));
        QCOMPARE(m[QStringLiteral("origin_id")].toString(), expected.originId);
        QCOMPARE(m[QStringLiteral("direction")].toString(),
            expected.direction == Message::Direction::Outgoing ? QStringLiteral("out")
                                                               : QStringLiteral("in"));
        QCOMPARE(m[QStringLiteral("conversation")].toString(), bob);
    }

    // An empty conversation is a valid, empty export.
    const Run empty
        = ctl({ QStringLiteral("export"), QStringLiteral("nobody@example.org"), QStringLiteral("--json") });
    QVERIFY2(empty.exitCode == 0, empty.err.constData());
    const QJsonObject emptyDoc = QJsonDocument::fromJson(empty.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(emptyDoc[QStringLiteral("messages")].toArray().size(), 0);
}

void TestCtlSearchExport::exportTextToFile()
{
    const QString file = m_dir.filePath(QStringLiteral("room.txt"));
    Run run = ctl({ QStringLiteral("export"), room, QStringLiteral("--output"), file });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("Exported 2 message(s)"), run.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header, two messages, and the empty rest after the last newline
    QVERIFY(lines[0].startsWith(
        QStringLiteral("# Conversation tea@muc.example.org of me@example.org, exported ")));
    QCOMPARE(lines[1], QStringLiteral("[2023-11-14T22:13:25.000Z] alice: green tea or black tea"));
    QCOMPARE(lines[2], QStringLiteral("[2023-11-14T22:13:26.000Z] alice: no more tea"));
    QCOMPARE(lines[3], QString());

    // To stdout, a multi-line body keeps each message starting with "[".
    run = ctl({ QStringLiteral("export"), bob });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("[2023-11-14T22:13:27.000Z] bob@example.org/phone: first line\n"
                                         "    second line\n    third \"quoted\" line\n")));
    int messageLines = 0;
    for (const QStringRef &line : text.splitRef(QLatin1Char('\n')))
        messageLines += line.startsWith(QLatin1Char('[')) ? 1 : 0;
    QCOMPARE(messageLines, m_bobMessages.size());

    // A file that cannot be written is an error, and nothing is left behind.
    const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/out.txt"));
    run = ctl({ QStringLiteral("export"), bob, QStringLiteral("--output"), bad });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(bad));
}

void TestCtlSearchExport::usageErrors()
{
    QCOMPARE(ctl({ QStringLiteral("export") }).exitCode, 2);
    QCOMPARE(
        ctl({ QStringLiteral("export"), bob, QStringLiteral("--format"), QStringLiteral("xml") }).exitCode,
        2);
    QCOMPARE(ctl({ QStringLiteral("search") }).exitCode, 2);
    QCOMPARE(
        ctl({ QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0") })
            .exitCode,
        2);
    QCOMPARE(ctl({ QStringLiteral("history"), bob, QStringLiteral("--in"), bob }).exitCode, 2);
    QCOMPARE(
        ctl({ QStringLiteral("history"), bob, QStringLiteral("--output"), QStringLiteral("x") }).exitCode, 2);
    const Run blank = ctl({ QStringLiteral("search"), QStringLiteral("  ") });
    QCOMPARE(blank.exitCode, 1);
    QVERIFY(blank.err.contains("Nothing to search for"));
    const Run badJid = ctl({ QStringLiteral("export"), QStringLiteral("@@") });
    QCOMPARE(badJid.exitCode, 1);
    // The existing commands are unchanged.
    const Run history = ctl({ QStringLiteral("history"), bob, QStringLiteral("--limit"), QStringLiteral("2"),
        QStringLiteral("--json") });
    QVERIFY2(history.exitCode == 0, history.err.constData());
    QCOMPARE(QJsonDocument::fromJson(history.out).object()[QStringLiteral("messages")].toArray().size(), 2);
}

// What another program (or a hand-written request) may send: the server, not only `tandem ctl`,
// refuses a limit that is not a whole number in range rather than using the default.
void TestCtlSearchExport::numbersFromTheSocketAreStrict()
{
    auto ask = [this](const QByteArray &args) {
        QLocalSocket socket;
        socket.connectToServer(m_profile->controlSocketPath());
        if (!socket.waitForConnected(2000))
            return QByteArray("not connected");
        socket.write("{\"command\":\"history\",\"args\":" + args + "}\n");
        socket.flush();
        (void)QTest::qWaitFor([&] { return socket.canReadLine(); }, 5000);
        return socket.readLine();
    };
    const QByteArray conversation = "\"conversation\":\"" + bob.toUtf8() + "\"";
    for (const QByteArray &limit : { QByteArray("2147483648"), QByteArray("1e308"), QByteArray("\"x\""),
             QByteArray("2.5"), QByteArray("0"), QByteArray("-1"), QByteArray("null"), QByteArray("[5]") }) {
        const QByteArray answer = ask("{" + conversation + ",\"limit\":" + limit + "}");
        QVERIFY2(answer.contains("\"ok\":false") && answer.contains("between 1 and"),
            (limit + " -> " + answer).constData());
    }
    const QByteArray fine = ask("{" + conversation + ",\"limit\":3}");
    QVERIFY2(fine.contains("\"ok\":true"), fine.constData());
    QCOMPARE(QJsonDocument::fromJson(fine)
                 .object()[QStringLiteral("result")]
                 .toObject()[QStringLiteral("messages")]
                 .toArray()
                 .size(),
        3);
    const QByteArray byDefault = ask("{" + conversation + "}");
    QCOMPARE(QJsonDocument::fromJson(byDefault)
                 .object()[QStringLiteral("result")]
                 .toObject()[QStringLiteral("messages")]
                 .toArray()
                 .size(),
        50);
}

void TestCtlSearchExport::exportToSpecialFiles()
{
    // A full device: the write error is the export's. As root, a device node of our own (the
    // same device as /dev/full) so that a regression could not replace the system's.
    QString full = QStringLiteral("/dev/full");
    const QString ownFull = m_dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(ownFull).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        full = ownFull;
    Run run = ctl({ QStringLiteral("export"), bob, QStringLiteral("--output"), full });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("No space left on device"), run.err.constData());
    QVERIFY(!run.err.contains("Exported"));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(full).constData(), &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));

    // A FIFO is written into, not replaced: its reader gets the whole export.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray read;
    std::thread reader([&] {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
        char buffer[65536];
        for (ssize_t n; fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0;)
            read.append(buffer, int(n));
        ::close(fd);
    });
    run = ctl({ QStringLiteral("export"), room, QStringLiteral("--output"), fifo });
    if (run.exitCode != 0) { // let the reader go before failing
        const int unblock = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        ::close(unblock);
    }
    reader.join();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(read.contains("alice: green tea or black tea\n") && read.contains("alice: no more tea\n"),
        read.constData());
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));

    // /dev/stdout is standard output, a pipe here and a regular file below.
    run = ctl({ QStringLiteral("export"), room, QStringLiteral("--output"), QStringLiteral("/dev/stdout") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("alice: no more tea\n"), run.out.constData());
    const QString captured = m_dir.filePath(QStringLiteral("captured.txt"));
    QProcess process;
    process.setStandardOutputFile(captured);
    process.start(qEnvironmentVariable("TANDEM_BINARY"),
        { QStringLiteral("--profile"), m_profile->directory(), QStringLiteral("ctl"),
            QStringLiteral("export"), room, QStringLiteral("--output"), QStringLiteral("/dev/stdout") });
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(process.exitCode(), 0);
    QFile capturedFile(captured);
    QVERIFY(capturedFile.open(QIODevice::ReadOnly));
    QVERIFY(capturedFile.readAll().contains("alice: no more tea\n"));

    // A directory or a socket is refused, and left as it was.
    run = ctl({ QStringLiteral("export"), room, QStringLiteral("--output"), m_dir.path() });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is a directory"), run.err.constData());
    QVERIFY(QFileInfo(m_dir.path()).isDir());
    const QString socket = m_profile->controlSocketPath();
    run = ctl({ QStringLiteral("export"), room, QStringLiteral("--output"), socket });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("special file"), run.err.constData());
    QCOMPARE(::lstat(QFile::encodeName(socket).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    run = ctl({ QStringLiteral("history"), bob, QStringLiteral("--limit"), QStringLiteral("1") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QTEST_GUILESS_MAIN(TestCtlSearchExport)
#include "tst_ctl_search_export.moc"
