// `tandem ctl` and its table of commands (app/CtlCommands.cpp): the help lists every command of
// the table, usage errors read as they always have, and each command sends the request and
// prints the answer it should. The real tandem binary runs against a ControlServer in this
// process that records the requests and gives canned answers.
#include "CtlCommands.h"
#include "ctl/ControlServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace Tandem;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCtlCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpListsEveryCommandOfTheTable();
    void helpIsTranslated_data();
    void helpIsTranslated();
    void topLevelHelpNamesEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void wrongArgumentCountsGiveTheRowsUsage();
    void requestsAndAnswers_data();
    void requestsAndAnswers();
    void typosWithoutADisplayAreUsageErrors_data();
    void typosWithoutADisplayAreUsageErrors();

private:
    Run tandem(const QStringList &arguments, const QString &language = QStringLiteral("en"));
    Run ctl(const QStringList &arguments, const QString &language = QStringLiteral("en"));

    QTemporaryDir m_dir;
    std::unique_ptr<ControlServer> m_server;
    QJsonObject m_lastRequest;
    QJsonValue m_answer;
};

void TestCtlCommands::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("TANDEM_BINARY").isEmpty());
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ControlServer>(m_dir.filePath(QStringLiteral("ctl.sock")));
    m_server->setHandler([this](const QJsonObject &request, ControlServer::Reply reply) {
        m_lastRequest = request;
        reply(ControlServer::success(m_answer));
    });
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
}

Run TestCtlCommands::tandem(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("TANDEM_BINARY"), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    // The server answers on this thread's event loop: wait without blocking it.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TestCtlCommands::ctl(const QStringList &arguments, const QString &language)
{
    return tandem(
        QStringList { QStringLiteral("--profile"), m_dir.path(), QStringLiteral("ctl") } + arguments,
        language);
}

void TestCtlCommands::helpListsEveryCommandOfTheTable()
{
    const Run help = ctl({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(CtlCommand::commandsHelp()), qPrintable(help.out));
    // Each listed command with its summary on the next line; the unlisted one (raise) not at all.
    QStringList listed;
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    const int start = int(lines.indexOf(QStringLiteral("Commands:")));
    QVERIFY2(start >= 0, qPrintable(help.out));
    for (int i = start + 1; i + 1 < lines.size() && lines.at(i).startsWith(QLatin1String("  ")); i += 2)
        listed << lines.at(i).mid(2) + QLatin1Char('|') + lines.at(i + 1).trimmed();
    QStringList expected;
    for (const CtlCommand::Command &command : CtlCommand::commands()) {
        if (command.summary)
            expected << CtlCommand::synopsis(command) + QLatin1Char('|') + QLatin1String(command.summary);
    }
    QCOMPARE(listed, expected);
    QCOMPARE(listed.first(), QStringLiteral("status [--json]|State of the running instance of the profile."));
    QVERIFY(!help.out.contains(QLatin1String("raise")));
}

void TestCtlCommands::helpIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestCtlCommands::helpIsTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(TANDEM_TRANSLATIONS_BUILD_DIR "/tandem_") + language));
    QCoreApplication::installTranslator(&translator);
    const QString commands = CtlCommand::commandsHelp();
    const CtlCommand::Options options = CtlCommand::makeOptions();
    QCoreApplication::removeTranslator(&translator);

    const Run help = ctl({ QStringLiteral("--help") }, language);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(commands != CtlCommand::commandsHelp(), "the list is translated");
    QVERIFY2(help.out.contains(commands), qPrintable(help.out));
    // The option help is filed under the context the program looks it up in.
    QVERIFY(options.json.description() != QLatin1String("Print the stable JSON form."));
    // simplified(): QCommandLineParser wraps long descriptions.
    for (const QCommandLineOption &option : options.all())
        QVERIFY2(help.out.simplified().contains(option.description()), qPrintable(option.description()));
}

// `tandem --help` keeps its own, longer list (CommandLine.cpp): it must not miss a command.
void TestCtlCommands::topLevelHelpNamesEveryCommand()
{
    const Run help = tandem({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const CtlCommand::Command &command : CtlCommand::commands()) {
        if (command.summary)
            QVERIFY2(help.out.contains(QStringLiteral("  ctl %1 ").arg(QLatin1String(command.name))),
                command.name);
    }
}

void TestCtlCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    const QString en = QStringLiteral("en");
    auto row
        = [&](const char *name, const QStringList &arguments, const char *message, const QString &language) {
              QTest::newRow(name) << arguments << language << QString::fromUtf8(message);
          };
    row("missing", {}, "Missing command. Run 'tandem ctl --help'.", en);
    row("unknown", { QStringLiteral("frobnicate") }, "Unknown command 'frobnicate'. Run 'tandem ctl --help'.",
        en);
    // The options of search and export are checked before the command is even looked up.
    row("--in elsewhere", { QStringLiteral("frobnicate"), QStringLiteral("--in"), QStringLiteral("a") },
        "--in only applies to 'search'.", en);
    row("--output elsewhere",
        { QStringLiteral("history"), QStringLiteral("a"), QStringLiteral("--output"), QStringLiteral("f") },
        "--format and --output only apply to 'export'.", en);
    row("status", { QStringLiteral("status"), QStringLiteral("x") }, "Usage: tandem ctl status [--json]", en);
    row("send", { QStringLiteral("send"), QStringLiteral("a") }, "Usage: tandem ctl send JID TEXT", en);
    row("history", { QStringLiteral("history") }, "Usage: tandem ctl history JID [--limit N] [--json]", en);
    row("history limit",
        { QStringLiteral("history"), QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("0") },
        "--limit takes a positive number.", en);
    // Out of int's range, not an integer, or not a number: never quietly the default.
    for (const char *limit : { "2147483648", "1e308", "x", "2.5", "-3", "" })
        row(qPrintable(QStringLiteral("history limit ") + QLatin1String(limit)),
            { QStringLiteral("history"), QStringLiteral("a"), QStringLiteral("--limit"),
                QLatin1String(limit) },
            "--limit takes a positive number.", en);
    row("search", { QStringLiteral("search") },
        "Usage: tandem ctl search QUERY [--in JID] [--limit N] [--json]", en);
    row("search limit",
        { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("x") },
        "--limit takes a positive number.", en);
    row("export", { QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b") },
        "Usage: tandem ctl export JID [--format text|json] [--output FILE]", en);
    row("export format",
        { QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("--format"), QStringLiteral("xml") },
        "--format is text or json.", en);
    row("rooms", { QStringLiteral("rooms"), QStringLiteral("x") }, "Usage: tandem ctl rooms [--json]", en);
    row("join", { QStringLiteral("join") }, "Usage: tandem ctl join ROOM [--nick N] [--password P]", en);
    row("leave", { QStringLiteral("leave") }, "Usage: tandem ctl leave ROOM", en);
    row("occupants", { QStringLiteral("occupants"), QStringLiteral("a"), QStringLiteral("b") },
        "Usage: tandem ctl occupants ROOM", en);
    row("nick", { QStringLiteral("nick"), QStringLiteral("a") }, "Usage: tandem ctl nick ROOM NICK", en);
    row("subject", { QStringLiteral("subject") }, "Usage: tandem ctl subject ROOM [TEXT]", en);
    row("correct", { QStringLiteral("correct"), QStringLiteral("a"), QStringLiteral("b") },
        "Usage: tandem ctl correct JID MESSAGE-ID TEXT", en);
    row("anchor", { QStringLiteral("anchor"), QStringLiteral("x") }, "Usage: tandem ctl anchor", en);
    row("de nick", { QStringLiteral("nick") }, "Aufruf: tandem ctl nick RAUM SPITZNAME",
        QStringLiteral("de"));
    row("de leave", { QStringLiteral("leave") }, "Aufruf: tandem ctl leave RAUM", QStringLiteral("de"));
    row("fr correct", { QStringLiteral("correct") }, "Utilisation : tandem ctl correct JID ID-MESSAGE TEXTE",
        QStringLiteral("fr"));
    row("fr anchor", { QStringLiteral("anchor"), QStringLiteral("x") }, "Utilisation : tandem ctl anchor",
        QStringLiteral("fr"));
}

void TestCtlCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QString, message);
    m_lastRequest = {};
    const Run run = ctl(arguments, language);
    QCOMPARE(run.err, QStringLiteral("tandem ctl: ") + message + QLatin1Char('\n'));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY(m_lastRequest.isEmpty());
}

void TestCtlCommands::wrongArgumentCountsGiveTheRowsUsage()
{
    for (const CtlCommand::Command &command : CtlCommand::commands()) {
        const QString usage
            = QStringLiteral("tandem ctl: Usage: tandem ctl %1\n").arg(CtlCommand::synopsis(command));
        QStringList tooFew { QLatin1String(command.name) };
        for (int i = 1; i < command.count.min; ++i)
            tooFew << QStringLiteral("x");
        if (command.count.min > 0)
            QCOMPARE(ctl(tooFew).err, usage);
        if (command.count.max != CtlCommand::Command::Count::any) {
            QStringList tooMany { QLatin1String(command.name) };
            for (int i = 0; i <= command.count.max; ++i)
                tooMany << QStringLiteral("x");
            QCOMPARE(ctl(tooMany).err, usage);
        }
    }
}

void TestCtlCommands::requestsAndAnswers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("request"); ///< compact JSON of the request's args
    QTest::addColumn<QString>("answer"); ///< the canned result
    QTest::addColumn<QString>("printed");
    const QString message = QStringLiteral(
        R"({"message":{"origin_id":"o-1","conversation":"bob@example.org","state":"delivered"}})");
    QTest::newRow("status")
        << QStringList { QStringLiteral("status"), QStringLiteral("--account"),
               QStringLiteral("me@example.org") }
        << QStringLiteral(R"({"account":"me@example.org"})")
        << QStringLiteral(R"({"version":"1","mode":"headless","pid":7,"profile":"/p","accounts":[]})")
        << QStringLiteral("Tandem 1 (headless), pid 7, profile /p\n"
                          "No account configured: use 'tandem account add'.\n");
    QTest::newRow("status --json") << QStringList { QStringLiteral("status"), QStringLiteral("--json") }
                                   << QStringLiteral("{}") << QStringLiteral(R"({"pid":7})")
                                   << QStringLiteral("{\n    \"pid\": 7\n}\n");
    QTest::newRow("send") << QStringList { QStringLiteral("send"), QStringLiteral("bob@example.org"),
        QStringLiteral("hello"), QStringLiteral("there") }
                          << QStringLiteral(R"({"body":"hello there","to":"bob@example.org"})") << message
                          << QStringLiteral("Message o-1 to bob@example.org: delivered\n");
    QTest::newRow("history")
        << QStringList { QStringLiteral("history"), QStringLiteral("bob@example.org"),
               QStringLiteral("--limit"), QStringLiteral("3") }
        << QStringLiteral(R"({"conversation":"bob@example.org","limit":3})")
        << QStringLiteral(
               R"({"messages":[{"time":"2026-01-02T03:04:05.000Z","direction":"out","sender":"me","body":"hi"}]})")
        << QStringLiteral("[2026-01-02 03:04:05] → me: hi\n");
    QTest::newRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("green"),
        QStringLiteral("tea"), QStringLiteral("--in"), QStringLiteral("tea@muc.example.org") }
                            << QStringLiteral(
                                   R"({"conversation":"tea@muc.example.org","limit":50,"query":"green tea"})")
                            << QStringLiteral(R"({"hits":[]})") << QStringLiteral("No messages found.\n");
    QTest::newRow("rooms") << QStringList { QStringLiteral("rooms") } << QStringLiteral("{}")
                           << QStringLiteral(
                                  R"({"rooms":[{"jid":"tea@m","state":"left","left_reason":"kicked"}]})")
                           << QStringLiteral("tea@m  left (kicked)\n");
    QTest::newRow("join") << QStringList { QStringLiteral("join"), QStringLiteral("tea@m"),
        QStringLiteral("--nick"), QStringLiteral("ally"), QStringLiteral("--password"), QStringLiteral("pw") }
                          << QStringLiteral(R"({"nick":"ally","password":"pw","room":"tea@m"})")
                          << QStringLiteral(R"({"jid":"tea@m","state":"joined"})")
                          << QStringLiteral("tea@m: joined\n");
    QTest::newRow("leave") << QStringList { QStringLiteral("leave"), QStringLiteral("tea@m") }
                           << QStringLiteral(R"({"room":"tea@m"})")
                           << QStringLiteral(R"({"room":"tea@m","state":"left"})")
                           << QStringLiteral("tea@m: left\n");
    QTest::newRow("rooms hidden")
        << QStringList { QStringLiteral("rooms") } << QStringLiteral("{}")
        << QStringLiteral(
               R"({"rooms":[{"jid":"tea@m","state":"joined","nick":"al","occupants":2,"hidden":true}]})")
        << QStringLiteral("tea@m  joined as al, 2 occupant(s) (hidden on this device)\n");
    QTest::newRow("hide") << QStringList { QStringLiteral("hide"), QStringLiteral("tea@m") }
                          << QStringLiteral(R"({"room":"tea@m"})")
                          << QStringLiteral(R"({"room":"tea@m","hidden":true})")
                          << QStringLiteral("tea@m: hidden on this device\n");
    QTest::newRow("show") << QStringList { QStringLiteral("show"), QStringLiteral("tea@m") }
                          << QStringLiteral(R"({"room":"tea@m"})")
                          << QStringLiteral(R"({"room":"tea@m","hidden":false})")
                          << QStringLiteral("tea@m: shown on this device\n");
    QTest::newRow("occupants")
        << QStringList { QStringLiteral("occupants"), QStringLiteral("tea@m") }
        << QStringLiteral(R"({"room":"tea@m"})")
        << QStringLiteral(R"({"occupants":[{"nick":"bob","role":"participant","affiliation":"none"}]})")
        << QStringLiteral("bob (participant, none)\n");
    QTest::newRow("nick") << QStringList { QStringLiteral("nick"), QStringLiteral("tea@m"),
        QStringLiteral("al") }
                          << QStringLiteral(R"({"nick":"al","room":"tea@m"})") << QStringLiteral("{}")
                          << QString();
    QTest::newRow("subject cleared") << QStringList { QStringLiteral("subject"), QStringLiteral("tea@m") }
                                     << QStringLiteral(R"({"room":"tea@m","subject":""})")
                                     << QStringLiteral("{}") << QString();
    QTest::newRow("correct") << QStringList { QStringLiteral("correct"), QStringLiteral("bob@example.org"),
        QStringLiteral("o-0"), QStringLiteral("new"), QStringLiteral("text") }
                             << QStringLiteral(R"({"body":"new text","id":"o-0","to":"bob@example.org"})")
                             << message << QStringLiteral("Message o-1 to bob@example.org: delivered\n");
    QTest::newRow("anchor --json") << QStringList { QStringLiteral("anchor"), QStringLiteral("--json") }
                                   << QStringLiteral("{}") << QStringLiteral("{}")
                                   << QStringLiteral("{\n}\n");
    QTest::newRow("raise") << QStringList { QStringLiteral("raise"), QStringLiteral("ignored") }
                           << QStringLiteral("{}") << QStringLiteral("{}") << QString();
}

void TestCtlCommands::requestsAndAnswers()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, request);
    QFETCH(QString, answer);
    QFETCH(QString, printed);
    m_answer = QJsonDocument::fromJson(answer.toUtf8()).object();
    m_lastRequest = {};
    const Run run = ctl(arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, printed);
    QCOMPARE(m_lastRequest[QStringLiteral("command")].toString(), arguments.first());
    QCOMPARE(
        QString::fromUtf8(
            QJsonDocument(m_lastRequest[QStringLiteral("args")].toObject()).toJson(QJsonDocument::Compact)),
        request);
}

void TestCtlCommands::typosWithoutADisplayAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("--headles") << QStringList { QStringLiteral("--headles") } << 2
                               << QStringLiteral("Unknown option 'headles'.");
    QTest::newRow("bogus") << QStringList { QStringLiteral("bogus") } << 2
                           << QStringLiteral("Unknown command 'bogus'.");
    QTest::newRow("--profile bogus") << QStringList { QStringLiteral("--profile"), m_dir.path(),
        QStringLiteral("bogus") } << 2
                                     << QStringLiteral("Unknown command 'bogus'.");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0 << QString();
}

void TestCtlCommands::typosWithoutADisplayAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // As on a server over ssh: no display, no platform chosen. Creating a QApplication there
    // aborts in the platform plugin; a command line that wants no window must not create one.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("TANDEM_BINARY"), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("platform plugin")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCtlCommands)
#include "tst_ctl_commands.moc"
