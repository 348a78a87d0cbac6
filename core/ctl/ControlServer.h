#pragma once

#include <QJsonObject>
#include <QObject>
#include <functional>

class QLocalServer;
class QLocalSocket;

namespace Tandem {

/// The local socket on which `tandem ctl` reaches the running instance. One JSON object per
/// line each way: {"command": "...", "args": {...}} → {"ok": true, "result": ...} or
/// {"ok": false, "error": "..."}. Only the same OS user can connect (socket mode 0700).
class ControlServer : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const QJsonObject &response)>;
    using Handler = std::function<void(const QJsonObject &request, Reply reply)>;

    explicit ControlServer(const QString &socketPath, QObject *parent = nullptr);
    ~ControlServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// The caller must hold the profile lock: a socket file left by a crashed instance is
    /// removed, which would be wrong if another instance were alive.
    bool listen(QString *error);
    void close();
    QString socketPath() const { return m_socketPath; }

    static QJsonObject success(const QJsonValue &result);
    static QJsonObject failure(const QString &error);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_socketPath;
    QLocalServer *m_server;
    Handler m_handler;
};

} // namespace Tandem
