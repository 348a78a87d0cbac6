// tandem-devserver: a local Prosody for the demo script and manual testing.
//
//   tandem-devserver [--dir DIR] [--port N] [--user NAME:PASSWORD]...
//
// Prints one JSON line with the connection details once the server is ready,
// then serves until SIGINT/SIGTERM/SIGHUP and stops Prosody on the way out.
#include "ProsodyFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using Tandem::Test::ProsodyFixture;

namespace {

int signalPipe[2] = { -1, -1 };

// Only write() is async-signal-safe; the Qt side reads the byte in the event loop.
void onSignal(int signo)
{
    const char byte = static_cast<char>(signo);
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signo : { SIGINT, SIGTERM, SIGHUP }) {
        if (::sigaction(signo, &action, nullptr) != 0)
            return false;
    }
    return true;
}

QString jsonString(const QString &s)
{
    // A one-element array is the simplest way to get Qt to escape a string.
    const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "tandem-devserver: %s\n", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-devserver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a local Prosody (127.0.0.1 only, STARTTLS with a self-signed certificate) for Tandem demos."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Keep config, certificate and data in <dir> across runs."), QStringLiteral("dir"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Listen on 127.0.0.1:<port> (default: a free port)."), QStringLiteral("port"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("Register (or reset) an account; may be repeated."), QStringLiteral("name:password"));
    parser.addOptions({ dirOption, portOption, userOption });
    parser.process(app);

    quint16 port = 0;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint value = parser.value(portOption).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            printErr(QStringLiteral("--port needs a number between 1 and 65535"));
            return 2;
        }
        port = static_cast<quint16>(value);
    }
    QList<QPair<QString, QString>> users;
    for (const QString &spec : parser.values(userOption)) {
        const int colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == spec.size() - 1) {
            printErr(QStringLiteral("--user needs NAME:PASSWORD, got \"%1\"").arg(spec));
            return 2;
        }
        users.append({ spec.left(colon), spec.mid(colon + 1) });
    }
    // Before starting Prosody, so that Ctrl-C during startup still cleans up.
    if (!installSignalHandlers()) {
        printErr(QStringLiteral("cannot install signal handlers"));
        return 1;
    }

    ProsodyFixture server(parser.value(dirOption), port);
    QString error;
    for (const auto &[name, password] : users) {
        if (!server.registerUser(name, password, &error)) {
            printErr(error);
            return 1;
        }
    }
    if (!server.start(&error)) {
        printErr(error);
        return 1;
    }

    int exitCode = 0;
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char signo = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &signo, 1);
        printErr(QStringLiteral("signal %1, stopping Prosody").arg(int(signo)));
        app.quit();
    });
    QObject::connect(&server, &ProsodyFixture::stoppedUnexpectedly, &app, [&](int code) {
        printErr(
            QStringLiteral("Prosody exited on its own (code %1); see %2").arg(code).arg(server.logFile()));
        exitCode = 1;
        app.quit();
    });

    const QString ready
        = QStringLiteral("{\"host\":%1,\"port\":%2,\"domain\":%3,\"muc\":%4,\"ca_file\":%5,"
                         "\"data_dir\":%6,\"log_file\":%7}\n")
              .arg(jsonString(server.host()), QString::number(server.port()), jsonString(server.domain()),
                  jsonString(server.mucDomain()), jsonString(server.caFile()), jsonString(server.dataDir()),
                  jsonString(server.logFile()));
    std::fputs(ready.toUtf8().constData(), stdout);
    std::fflush(stdout);

    app.exec();
    server.stop();
    return exitCode;
}
