// The ctl socket: request/response framing, errors, and who may connect.
#include "ctl/ControlClient.h"
#include "ctl/ControlServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace Tandem;

class TestControlSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void noInstanceIsAClearError();
    void malformedRequestGetsAnError();
    void socketIsOwnerOnly();
    void openDirectoryIsRefused();
    void symlinkedDirectoryIsRefused();
    void halfClosedClientGetsItsAnswer();
    void idleConnectionIsClosed();
    void slowAnswerIsNotIdle();
    void connectionsAreCapped();
    void serverRefusesAnotherUser();
    void clientRefusesAServerOfAnotherUser();
    void clientRefusesADirectoryOfAnotherUser();

private:
    static sockaddr_un address(const QString &path)
    {
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, QFile::encodeName(path).constData(), sizeof addr.sun_path - 1);
        return addr;
    }
    // A client byte by byte, as a script or an intruder would write one: non-blocking, so
    // that this thread keeps running the server's event loop.
    static int connectRaw(const QString &path)
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const sockaddr_un addr = address(path);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(fd);
            return -1;
        }
        ::fcntl(fd, F_SETFL, O_NONBLOCK);
        return fd;
    }
    /// What arrives until a newline or the end of file, spinning events (bounded); *eof tells.
    static QByteArray readRaw(int fd, int timeoutMs, bool *eof = nullptr)
    {
        QByteArray got;
        bool ended = false;
        (void)QTest::qWaitFor(
            [&] {
                char buffer[4096];
                const ssize_t n = ::read(fd, buffer, sizeof buffer);
                if (n > 0)
                    got.append(buffer, int(n));
                ended = n == 0 || (n < 0 && errno != EAGAIN);
                return ended || got.contains('\n');
            },
            timeoutMs);
        if (eof)
            *eof = ended;
        return got;
    }
    static bool nobody(uid_t *uid, gid_t *gid)
    {
        const struct passwd *pw = ::getpwnam("nobody");
        if (!pw)
            return false;
        *uid = pw->pw_uid;
        *gid = pw->pw_gid;
        return true;
    }
    /// Waits for \a child, spinning events meanwhile; its exit code, or -1.
    static int waitForChild(pid_t child, int timeoutMs)
    {
        int status = 0;
        if (!QTest::qWaitFor([&] { return ::waitpid(child, &status, WNOHANG) == child; }, timeoutMs)) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            return -1;
        }
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    // ControlClient blocks; the server needs this thread's event loop, so the client runs on
    // another thread while we spin events here (bounded).
    static bool requestFromThread(
        const QString &path, const QString &command, QJsonObject *response, QString *error)
    {
        bool ok = false;
        std::atomic<bool> finished { false };
        std::thread client([&] {
            ok = ControlClient(path).request(command, { { QStringLiteral("x"), 1 } }, response, error, 5000);
            finished = true;
        });
        QTest::qWaitFor([&] { return finished.load(); }, 10000);
        client.join();
        return ok;
    }
};

void TestControlSocket::roundTrip()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    server.setHandler([](const QJsonObject &request, ControlServer::Reply reply) {
        reply(ControlServer::success(
            QJsonObject { { QStringLiteral("echo"), request[QStringLiteral("command")] } }));
    });
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QJsonObject response;
    QVERIFY2(requestFromThread(server.socketPath(), QStringLiteral("status"), &response, &error),
        qPrintable(error));
    QCOMPARE(response[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(response[QStringLiteral("result")].toObject()[QStringLiteral("echo")].toString(),
        QStringLiteral("status"));
}

void TestControlSocket::noInstanceIsAClearError()
{
    QTemporaryDir dir;
    QJsonObject response;
    QString error;
    QVERIFY(!ControlClient(dir.path() + QStringLiteral("/ctl.sock"))
                 .request(QStringLiteral("status"), {}, &response, &error, 2000));
    QVERIFY2(error.contains(QStringLiteral("No running Tandem")), qPrintable(error));
}

void TestControlSocket::malformedRequestGetsAnError()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    bool handled = false;
    server.setHandler([&](const QJsonObject &, ControlServer::Reply reply) {
        handled = true;
        reply(ControlServer::success({}));
    });
    QString error;
    QVERIFY(server.listen(&error));
    QLocalSocket socket;
    socket.connectToServer(server.socketPath());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("{not json\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), 5000);
    const QByteArray line = socket.readLine();
    QVERIFY2(line.contains("\"ok\":false"), line.constData());
    QVERIFY(!handled);
}

void TestControlSocket::socketIsOwnerOnly()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    QString error;
    QVERIFY(server.listen(&error));
    const QFile::Permissions p = QFileInfo(server.socketPath()).permissions();
    QCOMPARE(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
}

void TestControlSocket::openDirectoryIsRefused()
{
    QTemporaryDir dir;
    const QString open = dir.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkdir(open));
    QCOMPARE(::chmod(QFile::encodeName(open).constData(), 0777), 0);
    ControlServer server(open + QStringLiteral("/ctl.sock"));
    QString error;
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("0777")), qPrintable(error));
    QVERIFY(!QFile::exists(server.socketPath()));
    // The client will not look for a socket there either.
    QJsonObject response;
    QVERIFY(
        !ControlClient(server.socketPath()).request(QStringLiteral("status"), {}, &response, &error, 2000));
    QVERIFY2(error.startsWith(QStringLiteral("Refusing")) && error.contains(QStringLiteral("0777")),
        qPrintable(error));
}

void TestControlSocket::symlinkedDirectoryIsRefused()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString link = dir.filePath(QStringLiteral("sockets"));
    QVERIFY(QFile::link(elsewhere.path(), link));
    ControlServer server(link + QStringLiteral("/ctl.sock"));
    QString error;
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY(QDir(elsewhere.path()).isEmpty());
}

void TestControlSocket::halfClosedClientGetsItsAnswer()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    // Answered later, as a database query is: the end of file arrives first.
    server.setHandler([](const QJsonObject &, ControlServer::Reply reply) {
        QTimer::singleShot(200, [reply] { reply(ControlServer::success(QStringLiteral("late"))); });
    });
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    const int fd = connectRaw(server.socketPath());
    QVERIFY(fd >= 0);
    const QByteArray request = "{\"command\":\"status\",\"args\":{}}\n";
    QCOMPARE(::write(fd, request.constData(), size_t(request.size())), ssize_t(request.size()));
    QCOMPARE(::shutdown(fd, SHUT_WR), 0);
    const QByteArray answer = readRaw(fd, 5000);
    ::close(fd);
    QVERIFY2(answer.contains("\"ok\":true") && answer.contains("late"), answer.constData());

    // Without even the newline: the end of file ends the request.
    const int bare = connectRaw(server.socketPath());
    QVERIFY(bare >= 0);
    QCOMPARE(::write(bare, request.constData(), size_t(request.size() - 1)), ssize_t(request.size() - 1));
    QCOMPARE(::shutdown(bare, SHUT_WR), 0);
    const QByteArray second = readRaw(bare, 5000);
    ::close(bare);
    QVERIFY2(second.contains("\"ok\":true"), second.constData());
}

void TestControlSocket::idleConnectionIsClosed()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    server.setIdleTimeout(300);
    server.setHandler(
        [](const QJsonObject &, ControlServer::Reply reply) { reply(ControlServer::success({})); });
    QString error;
    QVERIFY(server.listen(&error));
    const int silent = connectRaw(server.socketPath());
    const int partial = connectRaw(server.socketPath());
    QVERIFY(silent >= 0 && partial >= 0);
    QCOMPARE(::write(partial, "{\"comm", 6), ssize_t(6));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 2000);
    QElapsedTimer timer;
    timer.start();
    bool eof = false;
    QVERIFY(readRaw(silent, 5000, &eof).isEmpty());
    QVERIFY(eof);
    QVERIFY2(timer.elapsed() >= 200 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(readRaw(partial, 5000, &eof).isEmpty());
    QVERIFY(eof);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 2000);
    ::close(silent);
    ::close(partial);
    QCOMPARE(ControlServer::defaultIdleTimeoutMs, 30000);
}

void TestControlSocket::slowAnswerIsNotIdle()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    server.setIdleTimeout(200);
    server.setHandler([](const QJsonObject &, ControlServer::Reply reply) {
        QTimer::singleShot(800, [reply] { reply(ControlServer::success(QStringLiteral("slow"))); });
    });
    QString error;
    QVERIFY(server.listen(&error));
    QJsonObject response;
    QVERIFY2(requestFromThread(server.socketPath(), QStringLiteral("history"), &response, &error),
        qPrintable(error));
    QCOMPARE(response[QStringLiteral("result")].toString(), QStringLiteral("slow"));
}

void TestControlSocket::connectionsAreCapped()
{
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    server.setMaxConnections(2);
    QVector<ControlServer::Reply> held;
    bool hold = true;
    server.setHandler([&](const QJsonObject &, ControlServer::Reply reply) {
        if (hold)
            held.append(std::move(reply));
        else
            reply(ControlServer::success(QStringLiteral("served")));
    });
    QString error;
    QVERIFY(server.listen(&error));
    const QByteArray request = "{\"command\":\"status\",\"args\":{}}\n";
    int first = connectRaw(server.socketPath());
    int second = connectRaw(server.socketPath());
    QVERIFY(first >= 0 && second >= 0);
    ::write(first, request.constData(), size_t(request.size()));
    ::write(second, request.constData(), size_t(request.size()));
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 5000);

    const int third = connectRaw(server.socketPath());
    QVERIFY(third >= 0);
    const QByteArray refusal = readRaw(third, 5000);
    ::close(third);
    QVERIFY2(refusal.contains("\"ok\":false") && refusal.contains("Too many control connections"),
        refusal.constData());
    QCOMPARE(held.size(), 2);
    QCOMPARE(server.connectionCount(), 2);

    // The two held ones are still answered, and their places free up again.
    for (const ControlServer::Reply &reply : qAsConst(held))
        reply(ControlServer::success(QStringLiteral("held")));
    QVERIFY(readRaw(first, 5000).contains("held"));
    QVERIFY(readRaw(second, 5000).contains("held"));
    ::close(first);
    ::close(second);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 2000);
    hold = false;
    QJsonObject response;
    QVERIFY2(requestFromThread(server.socketPath(), QStringLiteral("status"), &response, &error),
        qPrintable(error));
    QCOMPARE(response[QStringLiteral("result")].toString(), QStringLiteral("served"));
    QCOMPARE(ControlServer::defaultMaxConnections, 16);
}

void TestControlSocket::serverRefusesAnotherUser()
{
    uid_t uid;
    gid_t gid;
    if (::geteuid() != 0 || !nobody(&uid, &gid))
        QSKIP("needs root and a 'nobody' user to connect as another user");
    QTemporaryDir dir;
    ControlServer server(dir.path() + QStringLiteral("/ctl.sock"));
    bool handled = false;
    server.setHandler([&](const QJsonObject &, ControlServer::Reply reply) {
        handled = true;
        reply(ControlServer::success(QStringLiteral("secret")));
    });
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    // Loosen what the file system guards, as a mistake or a careless umask could: the uid
    // check must hold on its own.
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0711), 0);
    QCOMPARE(::chmod(QFile::encodeName(server.socketPath()).constData(), 0777), 0);
    const sockaddr_un addr = address(server.socketPath());
    const char request[] = "{\"command\":\"status\",\"args\":{}}\n";
    const pid_t child = ::fork();
    if (child == 0) {
        // Only system calls from here: this is a copy of a process with threads.
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(10);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
            ::_exit(11);
        if (::write(fd, request, sizeof request - 1) != ssize_t(sizeof request - 1))
            ::_exit(12);
        const timeval wait { 5, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
        char answer[4096];
        size_t got = 0;
        for (ssize_t n;
             got < sizeof answer - 1 && (n = ::read(fd, answer + got, sizeof answer - 1 - got)) > 0;)
            got += size_t(n);
        answer[got] = 0;
        if (std::strstr(answer, "\"ok\":true"))
            ::_exit(1);
        ::_exit(std::strstr(answer, "another user") ? 0 : 2);
    }
    QVERIFY(child > 0);
    QCOMPARE(waitForChild(child, 10000), 0);
    QVERIFY(!handled);
    QCOMPARE(server.connectionCount(), 0);
}

void TestControlSocket::clientRefusesAServerOfAnotherUser()
{
    uid_t uid;
    gid_t gid;
    if (::geteuid() != 0 || !nobody(&uid, &gid))
        QSKIP("needs root and a 'nobody' user to listen as another user");
    QTemporaryDir dir; // ours and 0700: only the uid of the listener is wrong
    const QString path = dir.path() + QStringLiteral("/ctl.sock");
    const sockaddr_un addr = address(path);
    const char forged[] = "{\"ok\":true,\"result\":{}}\n";
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::alarm(10);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        // Bound while still root (the file is root's), listening as nobody: the kernel
        // records the listener's credentials at listen().
        if (::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
            ::_exit(10);
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(11);
        if (::listen(fd, 4) != 0)
            ::_exit(12);
        ::write(ready[1], "r", 1);
        for (;;) {
            const int c = ::accept(fd, nullptr, nullptr);
            char buffer[4096];
            ssize_t n = ::read(c, buffer, sizeof buffer);
            if (n > 0) // a request came: answer it the way a forger would
                ::write(c, forged, sizeof forged - 1);
            ::close(c);
        }
    }
    QVERIFY(child > 0);
    ::close(ready[1]);
    char byte = 0;
    QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
    ::close(ready[0]);
    QJsonObject response;
    QString error;
    const bool ok = ControlClient(path).request(QStringLiteral("join"),
        { { QStringLiteral("password"), QStringLiteral("hunter2") } }, &response, &error, 3000);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("served by another user")) && error.contains(QString::number(uid)),
        qPrintable(error));
}

void TestControlSocket::clientRefusesADirectoryOfAnotherUser()
{
    uid_t uid;
    gid_t gid;
    if (::geteuid() != 0 || !nobody(&uid, &gid))
        QSKIP("needs root and a 'nobody' user to own a directory");
    QTemporaryDir dir;
    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    QVERIFY(QDir().mkdir(theirs));
    QCOMPARE(::chmod(QFile::encodeName(theirs).constData(), 0700), 0);
    QCOMPARE(::chown(QFile::encodeName(theirs).constData(), uid, gid), 0);
    QJsonObject response;
    QString error;
    QVERIFY(!ControlClient(theirs + QStringLiteral("/ctl.sock"))
                 .request(QStringLiteral("status"), {}, &response, &error, 2000));
    QVERIFY2(error.contains(QStringLiteral("another user")), qPrintable(error));
    ControlServer server(theirs + QStringLiteral("/ctl.sock"));
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("another user")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestControlSocket)
#include "tst_control_socket.moc"
