// The ctl socket: request/response framing, errors, and who may connect.
#include "ctl/ControlClient.h"
#include "ctl/ControlServer.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Tandem;

class TestControlSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void noInstanceIsAClearError();
    void malformedRequestGetsAnError();
    void socketIsOwnerOnly();

private:
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

QTEST_GUILESS_MAIN(TestControlSocket)
#include "tst_control_socket.moc"
